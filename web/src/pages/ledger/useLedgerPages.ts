import { useState } from 'react';
import { api } from '../../api/client';
import type { LedgerPage, LedgerParams } from '../../api/types';
import { useLoad } from '../../lib/useLoad';

interface Known {
  key: string;
  /** the cursor that reads each page: the `nextCursor` of the page before it */
  cursors: Record<number, string>;
  total: number | null;
}

/**
 * The ledger's pages, read forward by keyset cursor: the next page is asked for after the last row of the
 * one before (its answer's `nextCursor`), so paging on through a province's ledger costs the same on page
 * 500 as on page 2; a jump to a page not reached that way asks by number. Answers by cursor carry no total:
 * the one from the last numbered answer stays.
 */
export function useLedgerPages(filter: Omit<LedgerParams, 'page' | 'pageSize'>, page: number, pageSize: number) {
  const key = JSON.stringify([filter, pageSize]);
  const [known, setKnown] = useState<Known>({ key, cursors: {}, total: null });
  const mine = known.key === key ? known : { key, cursors: {}, total: null };
  const after = page > 1 ? mine.cursors[page] : undefined;
  // What an answer teaches — the next page's cursor, the total — is kept when it arrives.
  const learn = (d: LedgerPage) =>
    setKnown((k) => {
      const base = k.key === key ? k : { key, cursors: {}, total: null };
      const cursors = d.nextCursor ? { ...base.cursors, [page + 1]: d.nextCursor } : base.cursors;
      return { key, cursors, total: d.total ?? base.total };
    });
  const load = useLoad<LedgerPage>(
    (signal) =>
      api.listItems({ ...filter, page, pageSize, after }, signal).then((d) => {
        learn(d);
        return d;
      }),
    [key, page, after],
  );
  return { ...load, total: load.data?.total ?? mine.total };
}
