import { useCallback, useEffect, useState, type DependencyList } from 'react';

/**
 * Loads data for a page: aborts the request when the inputs change or the
 * page goes away, keeps the last answer while reloading (no flicker), and
 * offers `reload` for refresh buttons and after actions. `load` null = nothing to load.
 */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: DependencyList) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!load) return;
    const ctl = new AbortController();
    setLoading(true);
    setError(null);
    load(ctl.signal)
      .then((d) => {
        setData(d);
        setLoading(false);
      })
      .catch((e) => {
        if (ctl.signal.aborted) return;
        setError(e);
        setLoading(false);
      });
    return () => ctl.abort();
    // The caller's deps decide when to load again; `load` is a fresh closure each render.
  }, [...deps, tick]);

  return { data, error, loading, reload };
}
