// Loads a value once per dependency change, keeping the error text for display.
import { type DependencyList, useEffect, useState } from 'react';

export interface AsyncState<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
}

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ value: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, error: null, loading: false }),
      (e: unknown) => live && setState({ value: null, error: (e as Error).message, loading: false }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; the caller's deps decide when to reload.
  }, deps);
  return state;
}
