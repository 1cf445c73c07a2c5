import { Button, Popconfirm, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { QueueKey, QueueRow } from '../../api/queues';
import { DueCell, KindTag } from '../../components/Status';
import { TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';
import { wordsOf, type Words } from '../../lib/words';

/**
 * The step a row can take straight from the list, without opening the item: 签收 of a new assignment,
 * and the reply's review, sign-off and sending (each asks first, naming the item).
 */
export interface QuickStep {
  label: string;
  /** asked before running; none for 签收 */
  confirm?: (r: QueueRow) => string;
  can: (r: QueueRow) => boolean;
  run: (r: QueueRow) => void;
  busy: number | null;
}

/** What the row's date column shows: the due date with its light, or since when it waits (queues without a deadline). */
function dueColumn(key: QueueKey, dueLabel: string) {
  return {
    title: dueLabel,
    key: 'due',
    width: 190,
    render: (_: unknown, r: QueueRow) => {
      if (key === 'assignments' && r.myTask?.state === 'adjustmentRequested') return <Tag color="processing">已申请调整，待审批</Tag>;
      if (key === 'assignments' && r.myTask?.state === 'draft') return <Tag color="geekblue">预交办 · 正式交办前可提出意见</Tag>;
      if (r.due) return <DueCell due={r.due} light={r.light} daysLeft={r.daysLeft} />;
      if (r.since) return <span>{r.since.slice(0, 10)}</span>;
      return <span className="muted">—</span>;
    },
  };
}

/** Who the row is about: the unit's part for unit queues, the deputy and the units for the offices, the units for a deputy. */
function whoColumn(key: QueueKey, w: Words): TableColumnsType<QueueRow>[number] {
  switch (key) {
    case 'assignments':
    case 'coOpinions':
    case 'coOpinionsReceived':
      return {
        title: '本单位',
        key: 'myTask',
        width: 130,
        render: (_, r) => (r.myTask ? `${TASK_ROLE_LABELS[r.myTask.role]} · ${TASK_STATE_LABELS[r.myTask.state]}` : '—'),
      };
    case 'toReview':
    case 'toAssign':
    case 'cosignatures':
      return { title: w.lead, dataIndex: 'leadDeputy', key: 'leadDeputy', width: 96, render: (v: string | null) => v ?? '—' };
    default:
      return { title: '承办单位', dataIndex: 'leadUnits', key: 'leadUnits', width: 180, ellipsis: true, render: (v: string | null) => v ?? '—' };
  }
}

/**
 * The columns of a queue: number, title, who, state, the date it is due (or since when it waits), waiting days, and the way in.
 * `kinds`: the user handles suggestions and proposals alike (§8) — a proposal's title carries a small 提案 tag.
 */
export function queueColumns(key: QueueKey, dueLabel: string, w: Words, kinds: boolean, quick?: QuickStep): TableColumnsType<QueueRow> {
  return [
    { title: '编号', dataIndex: 'number', key: 'number', width: 104 },
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      minWidth: 240,
      render: (_: string, r) => (
        <>
          {kinds && r.kind === 'proposal' && (
            <span style={{ marginInlineEnd: 6 }}>
              <KindTag kind={r.kind} />
            </span>
          )}
          <Link to={`/items/${r.id}`} className="ledger-title">
            {r.title}
          </Link>
        </>
      ),
    },
    whoColumn(key, w),
    { title: '状态', dataIndex: 'state', key: 'state', width: 100, render: (s: QueueRow['state'], r) => wordsOf(r.kind).state(s) },
    dueColumn(key, dueLabel),
    {
      title: '已等待',
      key: 'waiting',
      width: 80,
      render: (_, r) => (r.waitingDays === null ? '—' : r.waitingDays === 0 ? '今天' : `${r.waitingDays} 天`),
    },
    {
      title: '操作',
      key: 'action',
      width: 170,
      render: (_, r) => (
        <Space size={8}>
          {key === 'assignments' && r.myTask?.acknowledgedAt && <Tag color="green">已签收</Tag>}
          {quick?.can(r) &&
            (quick.confirm ? (
              <Popconfirm title={quick.confirm(r)} okText={quick.label} cancelText="取消" onConfirm={() => quick.run(r)}>
                <Button size="small" type="primary" loading={quick.busy === r.id}>
                  {quick.label}
                </Button>
              </Popconfirm>
            ) : (
              <Button size="small" type="primary" loading={quick.busy === r.id} onClick={() => quick.run(r)}>
                {quick.label}
              </Button>
            ))}
          <Link to={`/items/${r.id}`}>办理</Link>
        </Space>
      ),
    },
  ];
}
