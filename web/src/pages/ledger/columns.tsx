import type { TableColumnsType, TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import { DEFAULT_LEDGER_COLUMNS, LEDGER_COLUMN_LABELS, LEDGER_COLUMNS, type LedgerColumn } from '../../../../domain/contracts/ledger-columns';
import type { LedgerRow, SortField } from '../../api/types';
import { DueCell, KindTag, StateTag } from '../../components/Status';
import { formatDate } from '../../lib/dates';
import { HANDLING_MODE_LABELS, TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';
import type { Words } from '../../lib/words';

interface ColumnOptions {
  sort: SortField;
  order: 'asc' | 'desc';
  /** A unit's user: show the unit's own task. */
  unitRole: boolean;
  /** A deputy: hide the lead-deputy column. */
  deputy: boolean;
  /** The review queue: show the submission date instead of units and deadline. */
  review: boolean;
  /** The columns the user chose, in their order (the ledger's defaults when absent). */
  visible?: readonly LedgerColumn[];
  /** The user's words: a CPPCC committee's ledger says 第一提案人 and 界别 */
  words: Words;
  /** One who sees both streams (the government office, units): a 类型 column, 建议 or 提案, after the number */
  kinds?: boolean;
}

/** A column's title in the user's words (领衔代表 / 第一提案人, 代表团 / 界别). */
export function columnLabel(key: LedgerColumn, w: Words): string {
  if (key === 'leadDeputy') return w.lead;
  if (key === 'delegation') return w.group;
  return LEDGER_COLUMN_LABELS[key];
}

/** 类型: 建议 or 提案, for those who handle both (§8); not a chooser's column (the export has no such column). */
const KIND_COLUMN: TableColumnType<LedgerRow> = {
  title: '类型',
  dataIndex: 'kind',
  key: 'kind',
  width: 72,
  render: (_: string, r) => <KindTag kind={r.kind} />,
};

/** The review queue's fixed columns (the chooser belongs to the ledger). */
export const REVIEW_COLUMNS: readonly LedgerColumn[] = ['number', 'title', 'state', 'leadDeputy', 'submittedAt', 'category'];

/** The columns this user may choose from: 本单位 only for units, 领衔代表 not for deputies (they are the deputy). */
export function availableColumns({ unitRole, deputy }: { unitRole: boolean; deputy: boolean }): LedgerColumn[] {
  return LEDGER_COLUMNS.filter((c) => (c !== 'myTask' || unitRole) && (c !== 'leadDeputy' || !deputy));
}

export function defaultColumns(available: readonly LedgerColumn[]): LedgerColumn[] {
  return DEFAULT_LEDGER_COLUMNS.filter((c) => available.includes(c));
}

const dash = <span className="muted">—</span>;

/** One table column per chooser key. */
function columnDef(key: LedgerColumn, sortOrderOf: (f: SortField) => 'ascend' | 'descend' | null, w: Words): TableColumnType<LedgerRow> {
  const title = columnLabel(key, w);
  switch (key) {
    case 'number':
      return {
        title,
        dataIndex: 'number',
        key,
        width: 104,
        sorter: true,
        sortOrder: sortOrderOf('number'),
        render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
      };
    case 'title':
      return {
        title,
        dataIndex: 'title',
        key,
        minWidth: 240,
        render: (_: string, r) => (
          <Link to={`/items/${r.id}`} className="ledger-title">
            {r.title}
          </Link>
        ),
      };
    case 'state':
      return { title, dataIndex: 'state', key, width: 104, render: (_: string, r) => <StateTag state={r.state} kind={r.kind} /> };
    case 'myTask':
      return {
        title: '本单位',
        key,
        width: 130,
        render: (_: unknown, r) =>
          r.myTask ? (
            <span>
              {TASK_ROLE_LABELS[r.myTask.role]}
              <span className="muted"> · {TASK_STATE_LABELS[r.myTask.state]}</span>
            </span>
          ) : (
            dash
          ),
      };
    case 'leadDeputy':
      return { title, dataIndex: 'leadDeputy', key, width: 84, render: (v: string | null) => v ?? '—' };
    case 'delegation':
      return { title, dataIndex: 'delegation', key, width: 120, render: (v: string | null) => v ?? '—' };
    case 'leadUnits':
      return {
        title,
        dataIndex: 'leadUnits',
        key,
        width: 172,
        render: (_: string | null, r) =>
          r.leadUnits ? (
            <div>
              <div>{r.leadUnits}</div>
              {r.coUnits && <div className="muted ledger-co">会办：{r.coUnits}</div>}
            </div>
          ) : (
            dash
          ),
      };
    case 'due':
      return {
        title,
        key,
        width: 168,
        sorter: true,
        sortOrder: sortOrderOf('due'),
        render: (_: unknown, r) => <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />,
      };
    case 'replyDue':
      return { title, dataIndex: 'replyDue', key, width: 110, render: (v: string | null) => v ?? '—' };
    case 'handlingMode':
      return { title, dataIndex: 'handlingMode', key, width: 100, render: (v: LedgerRow['handlingMode']) => (v ? HANDLING_MODE_LABELS[v] : '—') };
    case 'resultClass':
      return { title, dataIndex: 'resultClass', key, width: 110, render: (v: LedgerRow['resultClass']) => (v ? `${v} 类` : '—') };
    case 'category':
      return { title, dataIndex: 'category', key, width: 96, render: (v: string | null) => v ?? '—' };
    case 'submittedAt':
      return { title, dataIndex: 'submittedAt', key, width: 110, render: (v: string) => formatDate(v) };
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** The ledger table's columns for the user's role, their chosen columns and the current sort. */
export function ledgerColumns({ sort, order, unitRole, deputy, review, visible, words, kinds }: ColumnOptions): TableColumnsType<LedgerRow> {
  const sortOrderOf = (f: SortField) => (sort === f ? (order === 'asc' ? 'ascend' : 'descend') : null);
  const available = availableColumns({ unitRole, deputy });
  const keys = (review ? REVIEW_COLUMNS : (visible ?? defaultColumns(available))).filter((k) => available.includes(k));
  const columns = keys.map((k) => columnDef(k, sortOrderOf, words));
  if (!kinds) return columns;
  const at = keys.indexOf('number') + 1;
  return [...columns.slice(0, at), KIND_COLUMN, ...columns.slice(at)];
}
