import { useCallback, useMemo, useState } from 'react';
import type { LedgerColumn } from '../../../../domain/contracts/ledger-columns';

/** The user's column layout: every available column in their order, and which are hidden. */
export interface ColumnLayout {
  order: LedgerColumn[];
  hidden: LedgerColumn[];
}

/** A display preference, not a record: it stays in this browser, per user (the saved filters are on the server). */
const storageKey = (userId: number) => `jianyi:ledger-columns:${userId}`;

function read(userId: number): Partial<ColumnLayout> | null {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    return raw ? (JSON.parse(raw) as Partial<ColumnLayout>) : null;
  } catch {
    return null;
  }
}

/**
 * A stored layout made to fit today's columns: unknown keys dropped, new
 * columns appended hidden, at least one column left visible.
 */
function fit(stored: Partial<ColumnLayout> | null, available: readonly LedgerColumn[], defaults: readonly LedgerColumn[]): ColumnLayout {
  const fallback = { order: [...defaults, ...available.filter((c) => !defaults.includes(c))], hidden: available.filter((c) => !defaults.includes(c)) };
  if (!stored || !Array.isArray(stored.order) || !Array.isArray(stored.hidden)) return fallback;
  const known = stored.order.filter((c): c is LedgerColumn => available.includes(c as LedgerColumn));
  const order = [...new Set([...known, ...available.filter((c) => !known.includes(c))])];
  const hidden = order.filter((c) => stored.hidden!.includes(c) || !known.includes(c));
  return hidden.length === order.length ? fallback : { order, hidden };
}

/** The ledger's chosen columns, remembered per user in localStorage. */
export function useColumnPrefs(userId: number, available: readonly LedgerColumn[], defaults: readonly LedgerColumn[]) {
  const [stored, setStored] = useState(() => read(userId));
  const layout = useMemo(() => fit(stored, available, defaults), [stored, available, defaults]);
  const visible = useMemo(() => layout.order.filter((c) => !layout.hidden.includes(c)), [layout]);

  const save = useCallback(
    (next: ColumnLayout | null) => {
      try {
        if (next) localStorage.setItem(storageKey(userId), JSON.stringify(next));
        else localStorage.removeItem(storageKey(userId));
      } catch {
        // private mode or full storage: the choice still holds until the page is left
      }
      setStored(next);
    },
    [userId],
  );
  return { layout, visible, save, reset: () => save(null) };
}
