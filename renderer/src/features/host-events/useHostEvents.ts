// Subscribes the app to every host event once, then tells the host it is ready (files given at start wait for it).
import { useEffect, useRef } from 'react';
import { HOST_EVENT_NAMES } from '../../../../core/common/api/host-events';
import { onHostEvent, reportToHost } from '../../api';
import { type HostActions, hostEventTable } from './dispatch';

export function useHostEvents(actions: HostActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    // Handlers read the latest actions through the ref, so subscribing once is enough.
    const proxy = new Proxy({} as HostActions, { get: (_t, k) => latest.current[k as keyof HostActions] });
    const table = hostEventTable(proxy, reportToHost);
    const offs = HOST_EVENT_NAMES.map((n) => onHostEvent(n, table[n] as (p: unknown) => void));
    reportToHost('app.ready', {});
    return () => offs.forEach((off) => off());
  }, []);
}

