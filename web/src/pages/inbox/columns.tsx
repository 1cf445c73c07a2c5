import { Button, Space, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { InboxRow, InboxTab } from '../../api/ledgerTools';
import { DueCell } from '../../components/Status';
import { daysText, lightOf } from '../../lib/dates';
import { TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';

/**
 * R-ASSIGN-3: how long the unit may still ask for an adjustment. A draft
 * assignment (R-ASSIGN-2) has no window yet: objections go in before the
 * formal assignment.
 */
export function AdjustmentWindow({ row }: { row: InboxRow }) {
  if (row.myTask?.state === 'adjustmentRequested') return <Tag color="processing">已申请调整，待审批</Tag>;
  if (row.myTask?.state === 'draft' || !row.adjustmentDue) {
    return (
      <span className="inbox-window">
        <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
          预交办
        </Tag>
        <span className="muted">正式交办前可提出意见</span>
      </span>
    );
  }
  const left = row.adjustmentDaysLeft ?? 0;
  return (
    <span className="inbox-window">
      <span style={{ whiteSpace: 'nowrap' }}>{row.adjustmentDue} 前</span>
      <Tag color={left <= 3 ? 'orange' : 'blue'} style={{ marginInlineEnd: 0 }}>
        {left === 0 ? '今日截止' : daysText(left)}
      </Tag>
    </span>
  );
}

const number = { title: '编号', dataIndex: 'number', key: 'number', width: 104 };
const title = {
  title: '标题',
  dataIndex: 'title',
  key: 'title',
  minWidth: 240,
  render: (_: string, r: InboxRow) => (
    <Link to={`/items/${r.id}`} className="ledger-title">
      {r.title}
    </Link>
  ),
};
const myTask = {
  title: '本单位',
  key: 'myTask',
  width: 130,
  render: (_: unknown, r: InboxRow) =>
    r.myTask ? (
      <span>
        {TASK_ROLE_LABELS[r.myTask.role]}
        <span className="muted"> · {TASK_STATE_LABELS[r.myTask.state]}</span>
      </span>
    ) : (
      '—'
    ),
};
const action = (label: string) => ({
  title: '操作',
  key: 'action',
  width: 120,
  render: (_: unknown, r: InboxRow) => <Link to={`/items/${r.id}`}>{label}</Link>,
});
const due = (t: string, pick: (r: InboxRow) => string | null, none = '—') => ({
  title: t,
  key: t,
  width: 180,
  render: (_: unknown, r: InboxRow) => {
    const d = pick(r);
    return d ? <DueCell due={d} {...lightOf(d)} /> : <span className="muted">{none}</span>;
  },
});

/** 签收 of a new assignment (the unit office), or that it was acknowledged; the item page for the rest. */
function acknowledgement(ack?: { canAcknowledge: boolean; acknowledge: (r: InboxRow) => void; busy: number | null }) {
  return {
    title: '签收',
    key: 'ack',
    width: 170,
    render: (_: unknown, r: InboxRow) => (
      <Space size={8}>
        {r.myTask?.acknowledgedAt ? (
          <Tag color="green">已签收</Tag>
        ) : ack?.canAcknowledge && (r.myTask?.state === 'draft' || r.myTask?.state === 'assigned') ? (
          <Button size="small" type="primary" loading={ack.busy === r.id} onClick={() => ack.acknowledge(r)}>
            签收
          </Button>
        ) : (
          <Tag>待签收</Tag>
        )}
        <Link to={`/items/${r.id}`}>办理</Link>
      </Space>
    ),
  };
}

/** The columns of each inbox tab: what the unit has to decide or write, and by when. */
export function inboxColumns(tab: InboxTab, ack?: Parameters<typeof acknowledgement>[0]): TableColumnsType<InboxRow> {
  switch (tab) {
    case 'assignments':
      return [
        number,
        title,
        myTask,
        {
          title: <Tooltip title="在此期限内可申请调整（退办），逾期只能由交办机关调整">调整申请期限</Tooltip>,
          key: 'window',
          width: 200,
          render: (_, r) => <AdjustmentWindow row={r} />,
        },
        due('答复期限', (r) => r.replyDue, '正式交办后计算'),
        acknowledgement(ack),
      ];
    case 'coOpinions':
      return [
        number,
        title,
        { title: '主办单位', dataIndex: 'leadUnits', key: 'leadUnits', width: 172 },
        due('会办意见期限', (r) => r.myTask?.dueDate ?? null),
        action('撰写会办意见'),
      ];
    case 'rehandling':
      return [
        number,
        title,
        { title: '领衔代表', dataIndex: 'leadDeputy', key: 'leadDeputy', width: 90 },
        {
          title: '重新办理期限',
          key: 'due',
          width: 180,
          render: (_, r) => <DueCell due={r.currentDue} light={r.light} daysLeft={r.daysLeft} provisional={r.dueProvisional} />,
        },
        action('重新办理'),
      ];
    default: {
      const never: never = tab;
      return never;
    }
  }
}
