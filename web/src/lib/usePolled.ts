import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';

const POLL_MS = 60_000;

/**
 * A small figure the header or menu keeps current (unread messages, waiting steps): loaded on every page
 * change, every minute, when the window regains focus and when `changedEvent` fires after an action.
 * A failed poll keeps the last value; the next one tries again. `enabled` false loads nothing.
 */
export function usePolled<T>(load: (signal: AbortSignal) => Promise<T>, changedEvent: string, enabled = true): T | null {
  const [value, setValue] = useState<T | null>(null);
  const location = useLocation();
  useEffect(() => {
    if (!enabled) return;
    const ctl = new AbortController();
    const refresh = () =>
      load(ctl.signal).then(
        (v) => setValue(v),
        () => undefined,
      );
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    window.addEventListener(changedEvent, refresh);
    return () => {
      ctl.abort();
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(changedEvent, refresh);
    };
    // `load` is a module-level call in every user; the page change is what asks for a fresh value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, changedEvent, location.pathname]);
  return value;
}
