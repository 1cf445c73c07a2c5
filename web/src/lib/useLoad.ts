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

  // New inputs (or a reload) start a new load: mark it while rendering rather than
  // from the effect, which would cost a second render (React's "adjust state when a prop changes").
  const inputs = [...deps, tick];
  const [loadingFor, setLoadingFor] = useState(inputs);
  if (!sameInputs(loadingFor, inputs)) {
    setLoadingFor(inputs);
    if (load) {
      setLoading(true);
      setError(null);
    }
  }

  useEffect(() => {
    if (!load) return;
    const ctl = new AbortController();
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
    // The caller's deps decide when to load again, as with useEffect's own: the rule cannot see
    // through the spread, and `load` is a fresh closure each render, so it must not be a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  return { data, error, loading, reload };
}

/** The same inputs, compared as React compares dependencies. */
function sameInputs(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
