import { Descriptions, Space, Tag, Tooltip } from 'antd';
import type { ItemDetail, Reply } from '../../api/types';
import { SimpleList } from '../../components/SimpleList';
import { formatDate, formatDateTime } from '../../lib/dates';
import { CONTACT_METHOD_LABELS, CONTACT_PHASE_LABELS, EVALUATION_LABELS, PUBLICITY_LABELS, REPLY_STATE_LABELS } from '../../lib/labels';
import { Body, Section, type SectionProps as Props, unitOf } from './Section';
import { reportsApi } from '../../api/reports';
import { DocxButton } from './DocxButton';
import { PrintButton } from '../../components/PrintButton';
import { replyLetterUrl } from '../print/urls';
import { useUser } from '../../auth/AuthContext';
import { FormButton } from '../imports/StandardForms';
import { wordsOf } from '../../lib/words';
import { ClassTag } from './ClassTag';

// ── 答复 ──────────────────────────────────────────────────────────
function ReplyCard({ r, detail }: { r: Reply; detail: ItemDetail }) {
  const items = [
    {
      key: 'class',
      label: '办理结果',
      children: <ClassTag r={r} detail={detail} />,
    },
    { key: 'pub', label: '是否公开', children: `${PUBLICITY_LABELS[r.publicity]}${r.privateReason ? `（${r.privateReason}）` : ''}` },
    { key: 'doc', label: '文号', children: r.docNumber ?? '—' },
    { key: 'signer', label: '签发人', children: r.signer ?? '—' },
    { key: 'contact', label: '联系人', children: `${r.contactPerson}\u3000${r.contactPhone}` },
    { key: 'sent', label: '答复日期', children: r.sentOn ?? (r.sentAt ? formatDate(r.sentAt) : '—') },
    ...(r.state === 'sent' && r.publicity === 'public'
      ? [{ key: 'published', label: '门户公开', children: r.publishedAt ? formatDate(r.publishedAt) : '尚未公开' }]
      : []),
    ...(r.copies.length ? [{ key: 'copies', label: '抄送', children: r.copies.join('、') }] : []),
    ...(r.sendBackReason && r.state !== 'sent' ? [{ key: 'sendBack', label: '退回理由', children: r.sendBackReason }] : []),
  ];
  return (
    <div className="reply-block">
      <div className="reply-head">
        <span style={{ fontWeight: 600 }}>{unitOf(detail, r.taskId)}</span>
        <Space size={4}>
          {r.round > 1 && <Tag>第 {r.round} 轮</Tag>}
          <Tag color={r.state === 'sent' ? 'green' : 'processing'} style={{ marginInlineEnd: 0 }}>
            {REPLY_STATE_LABELS[r.state]}
          </Tag>
          {/* The reply letter as .docx and for print; a classified item has none (its letter stays offline). */}
          {!detail.item.classified && <DocxButton label="答复函" download={() => reportsApi.downloadReplyLetter(detail.item.id, r.id)} />}
          {!detail.item.classified && <PrintButton size="small" to={replyLetterUrl(detail.item.id, r.id)} label="打印答复函" />}
        </Space>
      </div>
      <Descriptions items={items} size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 8 }} />
      <div className="reply-body">
        <Body text={r.body} rows={5} />
      </div>
    </div>
  );
}

export function RepliesSection({ detail }: Props) {
  if (!detail.replies.length) return null;
  const replies = [...detail.replies].sort((a, b) => b.round - a.round || a.id - b.id);
  return (
    <Section title="答复">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {replies.map((r) => (
          <ReplyCard key={r.id} r={r} detail={detail} />
        ))}
      </Space>
    </Section>
  );
}

// ── 会办意见 ──────────────────────────────────────────────────────
export function CoOpinionsSection({ detail }: Props) {
  if (!detail.coOpinions.length) return null;
  return (
    <Section title="会办意见">
      <SimpleList
        items={detail.coOpinions}
        rowKey={(o) => o.id}
        render={(o) => (
          <>
            <div className="reply-head">
              <span style={{ fontWeight: 600 }}>{unitOf(detail, o.taskId)}</span>
              <Space size={4}>
                <Tag>{PUBLICITY_LABELS[o.publicity]}</Tag>
                {o.state === 'returned' ? <Tag color="orange">已退回</Tag> : <Tag color="green">已报送</Tag>}
                {!detail.item.classified && <DocxButton label="会办意见函" download={() => reportsApi.downloadCoOpinionLetter(detail.item.id, o.id)} />}
              </Space>
            </div>
            <div className="muted" style={{ fontSize: 12, marginBottom: 4 }}>
              {o.sentAt ? `报送于 ${formatDateTime(o.sentAt)}` : ''}
              {o.contactPerson ? `\u3000联系人：${o.contactPerson}` : ''}
              {o.contactPhone ? `\u3000联系电话：${o.contactPhone}` : ''}
              {o.privateReason ? `\u3000不公开理由：${o.privateReason}` : ''}
              {o.returnReason ? `\u3000退回理由：${o.returnReason}` : ''}
            </div>
            <Body text={o.body} />
          </>
        )}
      />
    </Section>
  );
}

// ── 沟通联系 ──────────────────────────────────────────────────────
export function ContactsSection({ detail }: Props) {
  const user = useUser();
  const w = wordsOf(detail.item.kind);
  if (!detail.contacts.length) return null;
  // §6 the visit card of this item's face-to-face visits, for the deputy to sign (staff only; a unit gets its own).
  const card = user.role === 'deputy' ? undefined : <FormButton form="visitCard" query={{ itemId: detail.item.id }} type="link" />;
  return (
    <Section title={`沟通联系（${detail.contacts.length} 次）`} extra={card}>
      <SimpleList
        items={detail.contacts}
        rowKey={(c) => c.id}
        render={(c) => (
          <>
            <div className="reply-head">
              <Space size={6} wrap>
                <span style={{ fontWeight: 600 }}>{c.contactedOn}</span>
                <Tag color={c.faceToFace ? 'blue' : undefined}>{CONTACT_METHOD_LABELS[c.method] ?? c.method}</Tag>
                <Tag>{CONTACT_PHASE_LABELS[c.phase] ?? c.phase}</Tag>
              </Space>
              <span className="muted" style={{ fontSize: 12 }}>
                {unitOf(detail, c.taskId, c.unitId)}
              </span>
            </div>
            <div className="contact-line">
              <span className="muted">参加人员：</span>
              {c.participants}
            </div>
            <div className="contact-line pre-wrap">
              <span className="muted">沟通内容：</span>
              {c.summary}
            </div>
            {c.deputyView && (
              <div className="contact-line pre-wrap">
                <span className="muted">{w.submitter}意见：</span>
                {c.deputyView}
              </div>
            )}
            {c.responses?.map((r) => (
              <div key={r.deputyId} className="contact-line">
                <Tag color={r.response === 'confirmed' ? 'green' : 'red'}>
                  {r.name}
                  {r.response === 'confirmed' ? '已确认' : '有异议'}
                </Tag>
                {r.note}
              </div>
            ))}
          </>
        )}
      />
    </Section>
  );
}

// ── 评价 ──────────────────────────────────────────────────────────
const EVAL_COLORS = { satisfied: 'green', basicallySatisfied: 'blue', dissatisfied: 'red' } as const;

export function EvaluationsSection({ detail }: Props) {
  if (!detail.evaluations.length) return null;
  const w = wordsOf(detail.item.kind);
  const nameOf = (id: number) => detail.signers.find((s) => s.deputyId === id)?.name ?? `${w.submitter} ${id}`;
  return (
    <Section title={`${w.submitter}评价`}>
      <SimpleList
        items={detail.evaluations}
        rowKey={(e) => e.id}
        render={(e) => (
          <>
            <div className="reply-head">
              <Space size={6} wrap>
                <span style={{ fontWeight: 600 }}>{nameOf(e.deputyId)}</span>
                <Tag color={EVAL_COLORS[e.result]}>{EVALUATION_LABELS[e.result] ?? e.result}</Tag>
                {e.round > 1 && <Tag>第 {e.round} 轮</Tag>}
                {e.proxy && (
                  <Tooltip title={`工作人员根据${w.submitter}签字的纸质评价表代为录入`}>
                    <Tag color="default">代录</Tag>
                  </Tooltip>
                )}
              </Space>
              <span className="muted" style={{ fontSize: 12 }}>
                {formatDateTime(e.createdAt)}
              </span>
            </div>
            {e.comment && <div className="pre-wrap">{e.comment}</div>}
          </>
        )}
      />
    </Section>
  );
}
