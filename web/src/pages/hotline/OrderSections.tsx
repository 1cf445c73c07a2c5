import { Card, Descriptions, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrderDetail } from '../../api/hotline';
import { SimpleList } from '../../components/SimpleList';
import { formatDateTime } from '../../lib/dates';
import { useIsMobile } from '../../lib/useIsMobile';
import { RatingTag } from './parts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const mobile = useIsMobile();
  return (
    <Card title={title} size={mobile ? 'small' : undefined}>
      {children}
    </Card>
  );
}

/** 承办单位: the lead unit and the others, with a return's reason. */
export function UnitsCard({ d }: { d: OrderDetail }) {
  if (!d.unitParts.length) return null;
  return (
    <Section title="承办单位">
      <SimpleList
        items={d.unitParts}
        rowKey={(u) => u.id}
        render={(u) => (
          <div style={{ width: '100%' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <span>
                {u.unit.name}
                {u.isLead && (
                  <Tag color="blue" style={{ marginInlineStart: 6 }}>
                    牵头
                  </Tag>
                )}
              </span>
              {u.state !== 'assigned' && <Tag style={{ marginInlineEnd: 0 }}>{u.stateLabel}</Tag>}
            </div>
            <div className="muted" style={{ fontSize: 12 }}>
              派单 {formatDateTime(u.assignedAt)}
              {u.returnedAt && `\u3000退单 ${formatDateTime(u.returnedAt)}`}
            </div>
            {u.returnReason && <div style={{ fontSize: 13 }}>退单理由：{u.returnReason}</div>}
          </div>
        )}
      />
    </Section>
  );
}

/** 联系代表: each contact of a unit with the deputy (R-LINE-1: within 24 hours, inviting them). */
export function ContactsCard({ d }: { d: OrderDetail }) {
  if (!d.contacts.length) return null;
  return (
    <Section title="联系代表">
      <SimpleList
        items={d.contacts}
        rowKey={(c) => c.id}
        render={(c) => (
          <div>
            <div>
              <strong>{c.unit.name}</strong>
              <span className="muted">
                {'\u3000'}
                {formatDateTime(c.at)}
                {'\u3000'}
                {c.methodLabel}
                {c.createdByName && `\u3000${c.createdByName}`}
              </span>
              {c.invited && (
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  已邀请代表参加办理
                </Tag>
              )}
            </div>
            <div className="pre-wrap">{c.note}</div>
            {c.deputyView && <div className="pre-wrap muted">代表意见：{c.deputyView}</div>}
          </div>
        )}
      />
    </Section>
  );
}

/** 办理结果: the result, how and when it went back to the deputy, and their rating. */
export function ResultCard({ d }: { d: OrderDetail }) {
  if (!d.result && !d.rating) return null;
  const items = [
    ...(d.finishedAt ? [{ key: 'finished', label: '办结时间', children: formatDateTime(d.finishedAt) }] : []),
    ...(d.fedBackAt ? [{ key: 'fedBack', label: '回复时间', children: formatDateTime(d.fedBackAt) }] : []),
    ...(d.rating
      ? [
          {
            key: 'rating',
            label: '满意度',
            children: (
              <>
                <RatingTag rating={d.rating} label={d.ratingLabel} />
                <span className="muted">
                  {'\u3000'}
                  {formatDateTime(d.ratedAt)}
                  {d.ratedByRoleLabel && `（${d.ratedByRoleLabel}）`}
                </span>
              </>
            ),
          },
        ]
      : []),
    ...(d.ratingComment ? [{ key: 'comment', label: '评价意见', children: d.ratingComment }] : []),
  ];
  return (
    <Section title="办理结果">
      {d.result && (
        <Typography.Paragraph className="pre-wrap" style={{ fontSize: 15 }}>
          {d.result}
        </Typography.Paragraph>
      )}
      <Descriptions items={items} column={1} size="small" />
    </Section>
  );
}

/** R-LINE-2 督办: 对口督办 (a committee), 属地督办 (a county or township), 联合督办, and their checks. */
export function SupervisionCard({ d }: { d: OrderDetail }) {
  if (!d.supervisions.length) return null;
  return (
    <Section title="督办">
      <SimpleList
        items={d.supervisions}
        rowKey={(s) => s.id}
        render={(s) => (
          <div style={{ width: '100%' }}>
            <div>
              <Tag color={s.closedAt ? 'default' : 'red'}>{s.kindLabel}</Tag>
              {s.committee?.name ?? s.place?.name.replace(/人民代表大会$/, '人大') ?? ''}
              <span className="muted" style={{ fontSize: 12 }}>
                {'\u3000'}
                {formatDateTime(s.openedAt)}
                {s.closedAt && ` 至 ${formatDateTime(s.closedAt)}`}
              </span>
            </div>
            {s.note && <div className="pre-wrap">{s.note}</div>}
            {s.checks.map((c, i) => (
              <div key={i} style={{ fontSize: 13, marginTop: 4 }}>
                <span className="muted">
                  抽查 {formatDateTime(c.at)} {c.by}：
                </span>
                {c.note}
              </div>
            ))}
          </div>
        )}
      />
    </Section>
  );
}

/** 办理过程: every event of the order, oldest first. */
export function HistoryCard({ d }: { d: OrderDetail }) {
  return (
    <Section title="办理过程">
      <Timeline
        className="history"
        items={d.events.map((e) => ({
          key: e.id,
          color: e.type === 'rated' || e.type === 'fedBack' ? 'green' : e.type === 'unitReturned' || e.type === 'supervisionOpened' ? 'red' : 'blue',
          content: (
            <div>
              <div>
                <strong>{e.typeLabel}</strong>
                {e.toStateLabel && e.toStateLabel !== e.fromStateLabel && <span className="muted">{`\u3000→ ${e.toStateLabel}`}</span>}
              </div>
              <div className="muted" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
                {'\u3000'}
                {e.actorName}（{e.actorRoleLabel}）
              </div>
              {e.detail && <div className="pre-wrap">{e.detail}</div>}
            </div>
          ),
        }))}
      />
    </Section>
  );
}
