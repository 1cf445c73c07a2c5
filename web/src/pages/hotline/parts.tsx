import { Space, Tag, Tooltip } from 'antd';
import type { WorkOrderRating, WorkOrderState } from '../../../../domain/hotline/orders';
import type { OrderClock, OrderRow } from '../../api/hotline';
import { LightDot } from '../../components/Status';
import { daysText, formatDateTime } from '../../lib/dates';
import { LIGHT_COLORS } from '../../lib/labels';
import './hotline.css';

/** 409 after an action on an order: tell the user and reload. */
export const STALE_TEXT = '工单刚被他人更新，已为您刷新。请核对最新情况后再操作。';

const STATE_COLORS: Record<WorkOrderState, string> = {
  received: 'orange',
  signOff: 'gold',
  dispatched: 'blue',
  returned: 'volcano',
  finished: 'cyan',
  fedBack: 'lime',
  supervised: 'red',
  closed: 'green',
  merged: 'default',
};

export function OrderStateTag({ state, label }: { state: WorkOrderState; label: string }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

export function UrgencyTag({ row }: { row: Pick<OrderRow, 'urgency' | 'urgencyLabel'> }) {
  return (
    <Tag color={row.urgency === 'urgent' ? 'red' : 'default'} bordered={row.urgency === 'urgent'} style={{ marginInlineEnd: 0 }}>
      {row.urgencyLabel}
    </Tag>
  );
}

const RATING_COLORS: Record<WorkOrderRating, string> = { satisfied: 'green', basicallySatisfied: 'cyan', dissatisfied: 'orange', veryDissatisfied: 'red' };

export function RatingTag({ rating, label }: { rating: WorkOrderRating | null; label: string | null }) {
  if (!rating) return <span className="muted">—</span>;
  return (
    <Tag color={RATING_COLORS[rating]} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** The three clocks of R-LINE-1, by name and by what stops each. */
export const CLOCKS = [
  { key: 'contactClock', label: '联系代表', done: '已联系' },
  { key: 'finishClock', label: '办结', done: '已办结' },
  { key: 'feedbackClock', label: '反馈代表', done: '已反馈' },
] as const;
export type ClockKey = (typeof CLOCKS)[number]['key'];

/** What is left of a clock counted in hours (the contact's 24 hours): 剩 5 小时 / 超时 3 小时. */
function hoursText(due: string, now = Date.now()): string {
  const h = Math.round((new Date(due).getTime() - now) / 3_600_000);
  if (h > 0) return `剩 ${h} 小时`;
  if (h === 0) return '即将到时';
  return `超时 ${-h} 小时`;
}

/** One clock: its light, its deadline, and what is left (hours for an instant, days for a day); stopped or not started. */
export function ClockValue({ clock, done, compact }: { clock: OrderClock; done: string; compact?: boolean }) {
  if (clock.stopped) return <span className="muted">{done}</span>;
  if (!clock.due) return <span className="muted">未开始</span>;
  // A deadline no longer counted (the order left the units' hands meanwhile): the date alone.
  if (clock.light === 'none') return <span className="muted">{clock.due.length > 10 ? formatDateTime(clock.due) : clock.due}</span>;
  const instant = clock.due.length > 10;
  const left = instant ? hoursText(clock.due) : daysText(clock.daysLeft);
  const color = clock.light === 'red' ? LIGHT_COLORS.red : clock.light === 'yellow' ? '#ad6800' : undefined;
  return (
    <span className="clock-value">
      <LightDot light={clock.light} />
      {!compact && <span className="clock-due">{instant ? formatDateTime(clock.due) : clock.due}</span>}
      {left && (
        <span style={{ color }} className={color ? 'clock-left' : 'clock-left muted'}>
          {left}
        </span>
      )}
    </span>
  );
}

/** The clocks that matter now, one line each (联系代表 ● 剩 20 小时); all stopped: the last one's state. */
export function ClocksCell({ row }: { row: Pick<OrderRow, ClockKey | 'state'> }) {
  const running = CLOCKS.filter((c) => !row[c.key].stopped && row[c.key].due && row[c.key].light !== 'none');
  if (!running.length) return <span className="muted">{row.state === 'received' || row.state === 'signOff' ? '待派单' : '—'}</span>;
  return (
    <Space orientation="vertical" size={0}>
      {running.map((c) => (
        <Tooltip key={c.key} title={`${c.label}期限 ${row[c.key].due?.length === 10 ? row[c.key].due : formatDateTime(row[c.key].due)}`}>
          <span className="clock-line">
            <span className="muted">{c.label}</span>
            <ClockValue clock={row[c.key]} done={c.done} compact />
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}

/** 属地: the county or township and the place as said. */
export function placeText(p: OrderRow['place']): string {
  const body = p.congress?.name.replace(/人民代表大会$/, '');
  if (body && p.name?.includes(body)) return p.name;
  return [body, p.name].filter(Boolean).join(' ') || '—';
}
