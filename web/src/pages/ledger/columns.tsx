import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { LedgerRow, SortField } from '../../api/types';
import { DueCell, StateTag } from '../../components/Status';
import { formatDate } from '../../lib/dates';
import { TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';

interface ColumnOptions {
  sort: SortField;
  order: 'asc' | 'desc';
  /** A unit's user: show the unit's own task. */
  unitRole: boolean;
  /** A deputy: hide the lead-deputy column. */
  deputy: boolean;
  /** The review queue: show the submission date instead of units and deadline. */
  review: boolean;
}

/** The ledger table's columns for the user's role and the current sort. */
export function ledgerColumns({ sort, order, unitRole, deputy, review }: ColumnOptions): TableColumnsType<LedgerRow> {
  const sortOrderOf = (f: SortField) => (sort === f ? (order === 'asc' ? 'ascend' : 'descend') : null);
  const cols: TableColumnsType<LedgerRow> = [
    {
      title: '编号',
      dataIndex: 'number',
      key: 'number',
      width: 104,
      sorter: true,
      sortOrder: sortOrderOf('number'),
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      minWidth: 240,
      render: (_: string, r) => (
        <Link to={`/items/${r.id}`} className="ledger-title">
          {r.title}
        </Link>
      ),
    },
    { title: '状态', dataIndex: 'state', key: 'state', width: 104, render: (_: string, r) => <StateTag state={r.state} /> },
  ];
  if (unitRole) {
    cols.push({
      title: '本单位',
      key: 'myTask',
      width: 130,
      render: (_: unknown, r) =>
        r.myTask ? (
          <span>
            {TASK_ROLE_LABELS[r.myTask.role]}
            <span className="muted"> · {TASK_STATE_LABELS[r.myTask.state]}</span>
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    });
  }
  if (!deputy) cols.push({ title: '领衔代表', dataIndex: 'leadDeputy', key: 'leadDeputy', width: 84, render: (v: string | null) => v ?? '—' });
  if (review) {
    cols.push({ title: '提出时间', dataIndex: 'submittedAt', key: 'submittedAt', width: 110, render: (v: string) => formatDate(v) });
  } else {
    cols.push({
      title: '主办单位',
      dataIndex: 'leadUnits',
      key: 'leadUnits',
      width: 172,
      render: (_: string | null, r) =>
        r.leadUnits ? (
          <div>
            <div>{r.leadUnits}</div>
            {r.coUnits && <div className="muted ledger-co">会办：{r.coUnits}</div>}
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    });
    cols.push({
      title: '期限',
      key: 'due',
      width: 168,
      sorter: true,
      sortOrder: sortOrderOf('due'),
      render: (_: unknown, r) => <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />,
    });
  }
  cols.push({ title: '类别', dataIndex: 'category', key: 'category', width: 96, render: (v: string | null) => v ?? '—' });
  return cols;
}
