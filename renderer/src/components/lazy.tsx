// Panels and dialogs that are not on screen at first paint are loaded when first shown: the first bundle the page
// parses is smaller, which counts on a slow office PC. Each wraps itself in Suspense (nothing is shown for the few
// milliseconds the chunk takes to load from the local host), so import sites change only their import line.
import { type ComponentType, type JSX, Suspense, lazy } from 'react';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyLoaded(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
