// Panels and dialogs that are not on screen at first paint are split from the first bundle the page parses (which
// counts on a slow office PC) and fetched once the page is idle, so a click finds them ready and they render at once,
// as before. Shown before that, they suspend for the few milliseconds the chunk takes from the local host.
// Import sites change only their import line.
import { type ComponentType, type JSX, Suspense, lazy, useState } from 'react';

const whenIdle = (f: () => void): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(f, { timeout: 3000 });
  else setTimeout(f, 500);
};

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = (): Promise<ComponentType<P>> => (pending ??= load().then((c) => (Loaded = c)));
  const Lazy = lazy(async () => ({ default: await fetchOnce() }));
  whenIdle(() => void fetchOnce().catch(() => (pending = null)));
  return function LazyLoaded(props: P) {
    // Decided once per mount: switching from the suspending wrapper to the loaded component would remount it and lose
    // what the clerk typed in it.
    const [Direct] = useState(() => Loaded);
    if (Direct) return <Direct {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
