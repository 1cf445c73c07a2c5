import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { OrderDetail } from '../../api/hotline';
import { formatDateTime } from '../../lib/dates';
import { useIsMobile } from '../../lib/useIsMobile';
import { CLOCKS, ClockValue, placeText } from './parts';

/** 来电信息: the seed's columns of the order — who called from which number when, what about, where. */
export function CallCard({ d }: { d: OrderDetail }) {
  const mobile = useIsMobile();
  const items = [
    { key: 'phone', label: '来电号码', children: d.callerPhone },
    {
      key: 'deputy',
      label: '来电代表',
      children: d.deputy ? (
        <>
          {d.deputy.name}
          {!d.deputyConfirmed && (
            <Tag color="warning" style={{ marginInlineStart: 6 }}>
              待确认
            </Tag>
          )}
        </>
      ) : (
        <span className="muted">未匹配到代表</span>
      ),
    },
    { key: 'time', label: '来电时间', children: formatDateTime(d.calledAt) },
    { key: 'category', label: '事件分类', children: d.category },
    { key: 'place', label: '属地', children: placeText(d.place) },
    { key: 'source', label: '来源', children: d.platformOrderNo ? `${d.sourceLabel}（平台编号 ${d.platformOrderNo}）` : d.sourceLabel },
    ...(d.dispatchedAt ? [{ key: 'dispatched', label: '派单时间', children: formatDateTime(d.dispatchedAt) }] : []),
    ...(d.round > 1 ? [{ key: 'round', label: '办理轮次', children: `第 ${d.round} 轮（评价不满意后重新办理）` }] : []),
    ...(d.mergedInto ? [{ key: 'merged', label: '已并入', children: <Link to={`/hotline/${d.mergedInto.id}`}>{d.mergedInto.number}</Link> }] : []),
    ...(d.mergedFrom.length
      ? [
          {
            key: 'mergedFrom',
            label: '并入本单的工单',
            children: d.mergedFrom.map((m, i) => (
              <span key={m.id}>
                {i > 0 && '、'}
                <Link to={`/hotline/${m.id}`}>{m.number}</Link>
              </span>
            )),
          },
        ]
      : []),
  ];
  return (
    <Card title="来电信息" size={mobile ? 'small' : undefined}>
      <Descriptions items={items} column={{ xs: 1, sm: 2, xl: 2, xxl: 3 }} size="small" />
      <Typography.Paragraph className="pre-wrap" style={{ marginTop: 12, marginBottom: 0, fontSize: 15 }}>
        {d.content}
      </Typography.Paragraph>
    </Card>
  );
}

/** 时限 (R-LINE-1): the three clocks with their deadlines and lights; the finishing day with any extension. */
export function ClocksCard({ d }: { d: OrderDetail }) {
  const mobile = useIsMobile();
  // When the page was shown: whether the 退单 window is still open then.
  const [shownAt] = useState(() => Date.now());
  if (!d.dispatchedAt) return null;
  const notes: Record<(typeof CLOCKS)[number]['key'], string | null> = {
    contactClock: d.contactedAt ? formatDateTime(d.contactedAt) : '派单后 24 小时内',
    finishClock: d.finishedAt
      ? formatDateTime(d.finishedAt)
      : `${d.urgency === 'urgent' ? '急办：派单当天' : '一般：7 个工作日'}${d.extensionWorkdays ? `，已延期 ${d.extensionWorkdays} 个工作日` : ''}${d.finishDueProvisional ? '（临时，待节假日安排公布后重算）' : ''}`,
    feedbackClock: d.fedBackAt ? formatDateTime(d.fedBackAt) : '办结后 2 天内',
  };
  // What stopped each clock: what it waited for, or the order leaving the units' hands (退单, 并单).
  const stopped = {
    contactClock: d.contactedAt ? '已联系' : '已停止计时',
    finishClock: d.finishedAt ? '已办结' : '已停止计时',
    feedbackClock: d.fedBackAt ? '已反馈' : '已停止计时',
  };
  return (
    <Card title="办理时限" size={mobile ? 'small' : undefined}>
      <div className="order-clocks">
        {CLOCKS.map((c) => (
          <div key={c.key} className="order-clock">
            <div className="order-clock-name">{c.label}</div>
            <ClockValue clock={d[c.key]} done={stopped[c.key]} />
            <div className="muted" style={{ fontSize: 12, marginTop: 4 }}>
              {notes[c.key]}
            </div>
          </div>
        ))}
      </div>
      {d.returnUntil && d.state === 'dispatched' && new Date(d.returnUntil).getTime() > shownAt && (
        <div className="muted" style={{ fontSize: 12, marginTop: 10 }}>
          派错单位的可在 {formatDateTime(d.returnUntil)} 前退单
        </div>
      )}
    </Card>
  );
}

/** What waits on the hotline office: a sign-off form out or decided, an extension asked for. */
export function PendingNotes({ d }: { d: OrderDetail }) {
  return (
    <>
      {d.signOff && (
        <Alert
          type={d.signOff.decision ? 'success' : 'info'}
          showIcon
          title={d.signOff.decision ? `呈签批示（${d.signOff.decidedBy ?? ''}，${formatDateTime(d.signOff.decidedAt)}）` : '已呈签，等待分管副秘书长批示'}
          description={
            <>
              <div>呈签事由：{d.signOff.reason}</div>
              {d.signOff.decision && <div>批示意见：{d.signOff.decision}</div>}
            </>
          }
        />
      )}
      {d.extensionRequest && (
        <Alert
          type="warning"
          showIcon
          title={`${d.extensionRequest.unit?.name ?? '承办单位'}申请延期 ${d.extensionRequest.workdays} 个工作日`}
          description={`${d.extensionRequest.reason}（${formatDateTime(d.extensionRequest.requestedAt)}）`}
        />
      )}
    </>
  );
}
