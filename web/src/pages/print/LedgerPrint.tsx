import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isUnitRole } from '../../../../domain/items/roles';
import { api } from '../../api/client';
import type { LedgerRow } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { useLoad } from '../../lib/useLoad';
import { BOTH, seesBothKinds, useWords, wordsOf } from '../../lib/words';
import { availableColumns, defaultColumns, REVIEW_COLUMNS } from '../ledger/columns';
import { useColumnPrefs } from '../ledger/useColumnPrefs';
import { cellText, COLUMN_WIDTHS, columnTitle, describeFilter, INDEX_WIDTH, needsLandscape, readLedgerFilter, type LedgerFilter } from './ledger-print';
import { PrintFooter, PrintPending, PrintSheet, PrintTable, usePrintStamp } from './PrintSheet';

/** At most this many rows go on paper (the .xlsx export is for more). */
export const PRINT_CAP = 1000;
const PAGE = 200;

/** Every row of the filter, page by page, up to the cap; the total as the first page counted it. */
async function loadAll(filter: LedgerFilter, signal: AbortSignal) {
  const rows: LedgerRow[] = [];
  let total: number | null = null;
  let totalCapped = false;
  for (let page = 1; rows.length < PRINT_CAP; page++) {
    const p = await api.listItems({ ...filter, page, pageSize: PAGE }, signal);
    if (page === 1) {
      total = p.total;
      totalCapped = Boolean(p.totalCapped);
    }
    rows.push(...p.rows);
    if (p.rows.length < PAGE) break;
  }
  return { rows: rows.slice(0, PRINT_CAP), total: total ?? rows.length, totalCapped };
}

/**
 * 台账 on paper (/print/ledger?…): every row of the ledger's current filter
 * (up to PRINT_CAP) with the columns the user shows, in their order; the
 * filter described on top, with the date and who printed it.
 */
export default function LedgerPrint() {
  const user = useUser();
  const [sp] = useSearchParams();
  const deputy = user.role === 'deputy';
  const unitRole = isUnitRole(user.role);
  const review = sp.get('review') === '1' && user.role === 'liaisonOffice';
  const key = sp.toString();
  const filter = useMemo(() => readLedgerFilter(new URLSearchParams(key), review), [key, review]);
  const available = useMemo(() => availableColumns({ unitRole, deputy }), [unitRole, deputy]);
  const defaults = useMemo(() => defaultColumns(available), [available]);
  const prefs = useColumnPrefs(user.userId, available, defaults);
  const columns = review ? REVIEW_COLUMNS.filter((c) => available.includes(c)) : prefs.visible;
  const stamp = usePrintStamp();
  const w = useWords();
  const { data, error, reload } = useLoad((signal) => loadAll(filter, signal), [filter]);
  if (!data) return <PrintPending error={error} onRetry={reload} />;

  const landscape = needsLandscape(columns);
  // Those who handle both streams print 建议提案 unless they filtered one.
  const noun = filter.kind ? wordsOf(filter.kind).item : seesBothKinds(user.role) ? BOTH : w.item;
  const title = review ? `待审核${noun}` : deputy ? `我的${noun}` : unitRole ? `本单位${noun}台账` : `${noun}办理台账`;
  const count = `共 ${data.total}${data.totalCapped ? '+' : ''} 件`;
  const cut = data.rows.length < data.total ? `，本表列出前 ${data.rows.length} 件（更多请导出 Excel）` : '';
  return (
    <PrintSheet title={title} landscape={landscape}>
      <h1>{title}</h1>
      <div className="print-meta">
        <span>
          {count}
          {cut}
        </span>
        <span>{stamp}</span>
      </div>
      <div className="print-filter">{describeFilter(filter)}</div>
      <PrintTable
        compact
        fixed
        rows={data.rows}
        rowKey={(r) => r.id}
        flag={(r) => r.light === 'red'}
        empty={`没有符合筛选条件的${noun}`}
        columns={[
          { title: '序号', width: `${INDEX_WIDTH}mm`, className: 'center', render: (_, i) => i + 1 },
          ...columns.map((c) => ({
            title: columnTitle(c, w),
            // the title takes the rest of the width; on a turned page it shares it with the units
            width: c === 'title' || (landscape && c === 'leadUnits') ? undefined : `${COLUMN_WIDTHS[c]}mm`,
            className: c === 'number' || c === 'state' || c === 'resultClass' ? ('center' as const) : undefined,
            render: (r: LedgerRow) => <span className="print-pre">{cellText(c, r)}</span>,
          })),
        ]}
      />
      {data.rows.some((r) => r.light === 'red') && <div className="print-note">底色标出的行为红灯（已超期）。</div>}
      <PrintFooter />
    </PrintSheet>
  );
}
