import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { api } from '../../api/client';
import { SimpleList } from '../../components/SimpleList';
import { COMMITMENT_STATE_LABELS, REQUEST_KIND_LABELS, REQUEST_STATE_LABELS } from '../../lib/labels';
import { Section, type SectionProps as Props, unitOf } from './Section';

// ── 承诺事项 ──────────────────────────────────────────────────────
const COMMITMENT_COLORS = { registered: 'blue', strikeOffRequested: 'gold', struckOff: 'green', convertedToC: 'orange' } as const;

/**
 * R-TRACK-1 the item's B commitments: state, target date, carry-over into a
 * later session, every progress report with the evidence it cites (links to
 * download), a pending strike-off request or the last rejection, and the
 * closing note.
 */
export function CommitmentsSection({ detail }: Props) {
  if (!detail.commitments.length) return null;
  const files = new Map(detail.attachments.map((a) => [a.id, a.filename]));
  const lastEvent = (type: string, id: number) => detail.history.filter((e) => e.type === type && e.payload?.commitmentId === id).at(-1)?.payload ?? null;
  return (
    <Section title="承诺事项（B类）">
      <SimpleList
        items={[...detail.commitments].sort((a, b) => a.id - b.id)}
        rowKey={(c) => c.id}
        render={(c) => {
          const carried = c.carriedOverAt ? lastEvent('carryOverCommitment', c.id) : null;
          const rejected = c.state === 'registered' ? lastEvent('rejectCommitmentStrikeOff', c.id) : null;
          return (
            <>
              <div className="reply-head">
                <span>{c.content}</span>
                <Space size={4}>
                  {c.carriedOverAt && <Tag color="purple">{typeof carried?.toSession === 'string' ? `结转·${carried.toSession}` : '已结转'}</Tag>}
                  <Tag color={COMMITMENT_COLORS[c.state]} style={{ marginInlineEnd: 0 }}>
                    {COMMITMENT_STATE_LABELS[c.state]}
                  </Tag>
                </Space>
              </div>
              <div className="muted" style={{ fontSize: 12 }}>
                完成时限：{c.targetDate}
                {detail.tasks.length > 1 && `\u3000${unitOf(detail, null, c.unitId)}`}
              </div>
              {c.progress.map((p, i) => (
                <div key={i} className="contact-line">
                  <span className="muted">
                    {p.on} {p.by}：
                  </span>
                  {p.note}
                  {(p.attachmentIds ?? []).map((id) =>
                    files.has(id) ? (
                      <a key={id} href={api.attachmentUrl(detail.item.id, id)} target="_blank" rel="noreferrer" style={{ marginInlineStart: 8 }}>
                        <PaperClipOutlined /> {files.get(id)}
                      </a>
                    ) : null,
                  )}
                </div>
              ))}
              {c.state === 'strikeOffRequested' && c.strikeOffRequestNote && (
                <div className="contact-line">
                  <span className="muted">销号申请：</span>
                  {c.strikeOffRequestNote}
                </div>
              )}
              {rejected && typeof rejected.note === 'string' && (
                <div className="contact-line">
                  <span className="muted">销号申请被驳回：</span>
                  {rejected.note}
                </div>
              )}
              {c.closedNote && (c.state === 'struckOff' || c.state === 'convertedToC') && (
                <div className="contact-line">
                  <span className="muted">{c.state === 'struckOff' ? '销号说明：' : '转 C 类说明：'}</span>
                  {c.closedNote}
                </div>
              )}
            </>
          );
        }}
      />
    </Section>
  );
}

// ── 调整 / 延期申请 ───────────────────────────────────────────────
export function RequestsSection({ detail }: Props) {
  if (!detail.requests.length) return null;
  return (
    <Section title="调整与延期申请">
      <SimpleList
        items={detail.requests}
        rowKey={(r) => r.id}
        render={(r) => (
          <>
            <div className="reply-head">
              <Space size={6} wrap>
                <span style={{ fontWeight: 600 }}>{REQUEST_KIND_LABELS[r.kind] ?? r.kind}</span>
                <span className="muted">{unitOf(detail, r.taskId, r.unitId)}</span>
              </Space>
              <Tag color={r.state === 'approved' ? 'green' : r.state === 'rejected' ? 'red' : 'gold'} style={{ marginInlineEnd: 0 }}>
                {REQUEST_STATE_LABELS[r.state]}
              </Tag>
            </div>
            <div className="contact-line">
              <span className="muted">理由：</span>
              {r.reason}
            </div>
            {r.decisionNote && (
              <div className="contact-line">
                <span className="muted">审批意见：</span>
                {r.decisionNote}
              </div>
            )}
          </>
        )}
      />
    </Section>
  );
}

// ── 附件 ──────────────────────────────────────────────────────────
export function AttachmentsSection({ detail }: Props) {
  if (!detail.attachments.length) return null;
  const size = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
  return (
    <Section title="附件">
      <SimpleList
        items={detail.attachments}
        dense
        rowKey={(a) => a.id}
        render={(a) => (
          <div className="unit-row">
            <a href={api.attachmentUrl(detail.item.id, a.id)} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {a.filename}
            </a>
            <span className="muted" style={{ fontSize: 12 }}>
              {a.purpose === 'proxyEvaluationForm' ? '评价表扫描件 · ' : ''}
              {size(a.size)}
            </span>
          </div>
        )}
      />
    </Section>
  );
}
