import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { api } from '../../api/client';
import { SimpleList } from '../../components/SimpleList';
import { COMMITMENT_STATE_LABELS, REQUEST_KIND_LABELS, REQUEST_STATE_LABELS } from '../../lib/labels';
import { Section, type SectionProps as Props, unitOf } from './Section';

// ── 承诺事项 ──────────────────────────────────────────────────────
export function CommitmentsSection({ detail }: Props) {
  if (!detail.commitments.length) return null;
  return (
    <Section title="承诺事项（B类）">
      <SimpleList
        items={detail.commitments}
        rowKey={(c) => c.id}
        render={(c) => (
          <>
            <div className="reply-head">
              <span>{c.content}</span>
              <Tag color={c.state === 'struckOff' ? 'green' : c.state === 'convertedToC' ? 'orange' : 'blue'} style={{ marginInlineEnd: 0 }}>
                {COMMITMENT_STATE_LABELS[c.state]}
              </Tag>
            </div>
            <div className="muted" style={{ fontSize: 12 }}>
              目标日期：{c.targetDate}
              {c.progress.length > 0 && `\u3000最近进展（${c.progress[c.progress.length - 1].on}）：${c.progress[c.progress.length - 1].note}`}
              {c.closedNote && `\u3000${c.closedNote}`}
            </div>
          </>
        )}
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
