import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { QUEUES_CHANGED, queuesApi } from '../api/queues';

const POLL_MS = 60_000;

/** How many steps wait on the user (the 待办 menu entry's count): on page change, every minute, on focus and after an action. */
export function useQueueTotal(enabled: boolean): number {
  const [total, setTotal] = useState(0);
  const location = useLocation();
  useEffect(() => {
    if (!enabled) return;
    const ctl = new AbortController();
    const load = () =>
      queuesApi.counts(ctl.signal).then(
        (r) => setTotal(r.total),
        () => undefined, // a failed poll keeps the last count
      );
    void load();
    const timer = setInterval(load, POLL_MS);
    window.addEventListener('focus', load);
    window.addEventListener(QUEUES_CHANGED, load);
    return () => {
      ctl.abort();
      clearInterval(timer);
      window.removeEventListener('focus', load);
      window.removeEventListener(QUEUES_CHANGED, load);
    };
  }, [enabled, location.pathname]);
  return total;
}
