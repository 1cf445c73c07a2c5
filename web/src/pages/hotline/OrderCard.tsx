import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { OrderRow } from '../../api/hotline';
import { formatDateTime } from '../../lib/dates';
import { ClocksCell, OrderStateTag, RatingTag, UrgencyTag } from './parts';

/**
 * One order as a card (phones, and a deputy's own list): what was reported, its state, the unit,
 * the running clock; for the deputy the result and their rating, or that a rating is awaited.
 */
export function OrderCard({ row: r, deputy }: { row: OrderRow; deputy: boolean }) {
  const awaitingRating = deputy && r.state === 'fedBack';
  return (
    <Link to={`/hotline/${r.id}`} className="order-card-link">
      <Card size="small" className={r.overdue && !deputy ? 'order-card-red' : undefined}>
        <div className="order-card-head">
          <span className="muted" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {r.number}
            {'\u3000'}
            {formatDateTime(r.calledAt)}
          </span>
          <OrderStateTag state={r.state} label={r.stateLabel} />
        </div>
        <Typography.Paragraph className="order-card-text" ellipsis={{ rows: 3 }}>
          {r.content}
        </Typography.Paragraph>
        <div className="order-card-meta">
          <Space size={6} wrap>
            <Tag style={{ marginInlineEnd: 0 }}>{r.category}</Tag>
            {r.urgency === 'urgent' && <UrgencyTag row={r} />}
            {!deputy && r.deputy && <span>{r.deputy.name}</span>}
            {r.leadUnit && <span>{r.leadUnit.name}</span>}
          </Space>
          {!deputy && <ClocksCell row={r} />}
          {deputy && r.result && (
            <div>
              <span className="muted">办理结果{'\u3000'}</span>
              {r.result.length > 60 ? `${r.result.slice(0, 60)}…` : r.result}
            </div>
          )}
          {(r.rating || awaitingRating) && (
            <div>
              <span className="muted">满意度{'\u3000'}</span>
              {r.rating ? <RatingTag rating={r.rating} label={r.ratingLabel} /> : <Tag color="processing">请您评价</Tag>}
            </div>
          )}
        </div>
      </Card>
    </Link>
  );
}
