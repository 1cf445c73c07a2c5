import { Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { DeputyDuty, DutyHotlineOrder } from '../../api/duty';
import { EmptyState } from '../../components/PageStates';
import { formatDate, formatDateTime } from '../../lib/dates';

/** The colours of a work order's state: done green, being handled blue, waiting gold, supervised red. */
const ORDER_COLORS: Record<DutyHotlineOrder['state'], string> = {
  received: 'gold',
  signOff: 'gold',
  dispatched: 'blue',
  returned: 'gold',
  finished: 'cyan',
  fedBack: 'cyan',
  supervised: 'red',
  closed: 'green',
  merged: 'default',
};

/** The problems the deputy reported through the hotline channel this year, with each order's state (counted, each 1 point up to the cap). */
export function HotlineOrdersCard({ d }: { d: DeputyDuty }) {
  return (
    <Card size="small" title={`通过专线反映的问题（${d.hotlineOrders.length}）`}>
      {d.hotlineOrders.length === 0 ? (
        <EmptyState description="本年度尚未通过民情通达专线（12345 热线）反映问题" />
      ) : (
        d.hotlineOrders.map((o) => (
          <div key={o.id} className="duty-entry">
            <div className="duty-entry-head">
              <Tag color={ORDER_COLORS[o.state]} style={{ marginInlineEnd: 0 }}>
                {o.stateLabel}
              </Tag>
              <span className="muted">{o.category}</span>
              <span className="duty-entry-meta" style={{ marginInlineStart: 'auto' }}>
                {o.number}
              </span>
            </div>
            <span className="duty-entry-title">{o.content}</span>
            <span className="duty-entry-meta">来电时间 {formatDateTime(o.calledAt)}</span>
          </div>
        ))
      )}
    </Card>
  );
}

/** The suggestions the deputy submitted this year, as lead or confirmed co-signer (counted). */
export function SuggestionsCard({ d }: { d: DeputyDuty }) {
  return (
    <Card size="small" title={`提交的建议（${d.suggestions.length}）`}>
      {d.suggestions.length === 0 ? (
        <EmptyState description="本年度尚未提交建议" />
      ) : (
        d.suggestions.map((s) => (
          <div key={s.itemId} className="duty-entry">
            <div className="duty-entry-head">
              <Tag style={{ marginInlineEnd: 0 }}>{s.roleLabel}</Tag>
              <span className="muted">{s.stateLabel}</span>
              <span className="duty-entry-meta" style={{ marginInlineStart: 'auto' }}>
                {s.number}
              </span>
            </div>
            <span className="duty-entry-title">
              <Link to={`/items/${s.itemId}`}>{s.title}</Link>
            </span>
            <span className="duty-entry-meta">提交于 {formatDate(s.submittedAt)}</span>
          </div>
        ))
      )}
    </Card>
  );
}
