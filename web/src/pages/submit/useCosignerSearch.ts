import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { DeputyOption } from '../../api/types';

/**
 * The co-signer picker's search (R-SUBMIT-1): deputies found by name as the user types (debounced, the
 * last request only, the user left out), listed after the ones chosen so far, whose tags keep their names.
 */
export function useCosignerSearch(selfId: number | null) {
  const { message } = App.useApp();
  const [deputyOptions, setDeputyOptions] = useState<DeputyOption[]>([]);
  const [options, setOptions] = useState<{ value: number; label: string; occupation: DeputyOption['occupation'] }[]>([]);
  const [searching, setSearching] = useState(false);
  const chosen = useRef(new Map<number, DeputyOption>());
  const searchTimer = useRef<number | undefined>(undefined);
  const searchCtl = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      window.clearTimeout(searchTimer.current);
      searchCtl.current?.abort();
    },
    [],
  );

  const search = (q: string) => {
    window.clearTimeout(searchTimer.current);
    searchCtl.current?.abort();
    if (!q.trim()) {
      showFound([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    searchTimer.current = window.setTimeout(() => {
      const ctl = new AbortController();
      searchCtl.current = ctl;
      api
        .listDeputies(q.trim(), ctl.signal)
        .then((list) => {
          showFound(list.filter((d) => d.id !== selfId));
          setSearching(false);
        })
        .catch((e) => {
          if (!ctl.signal.aborted) {
            setSearching(false);
            if (e instanceof ApiError) message.error(e.message);
          }
        });
    }, 300);
  };

  // The options: the deputies chosen so far (their tags keep their names), then the ones found.
  // Made when an answer arrives, not while rendering, which may not read the `chosen` ref.
  const showFound = (found: DeputyOption[]) => {
    setDeputyOptions(found);
    const map = new Map<number, DeputyOption>(chosen.current);
    for (const d of found) map.set(d.id, d);
    setOptions(
      [...map.values()].map((d) => ({
        value: d.id,
        label: d.name,
        occupation: d.occupation,
      })),
    );
  };

  const choose = (ids: number[]) => {
    const next = new Map<number, DeputyOption>();
    for (const id of ids) {
      const d = chosen.current.get(id) ?? deputyOptions.find((x) => x.id === id);
      if (d) next.set(id, d);
    }
    chosen.current = next;
  };

  /** Cosigners chosen before (a resumed draft): their tags show their names. */
  const preset = (list: { id: number; name: string }[]) => {
    chosen.current = new Map(list.map((d) => [d.id, { id: d.id, name: d.name, delegationId: null, occupation: null }]));
    showFound([]);
  };

  return { options, searching, search, choose, preset };
}
