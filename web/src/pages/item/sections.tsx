import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Deadline, ItemDetail, Reply, Task } from '../../api/types';
import { api } from '../../api/client';
import { SimpleList } from '../../components/SimpleList';
import { LightDot } from '../../components/Status';
import { daysText, formatDate, formatDateTime, lightOf, todayInShanghai } from '../../lib/dates';
import {
  COMMITMENT_STATE_LABELS,
  CONTACT_METHOD_LABELS,
  CONTACT_PHASE_LABELS,
  DEADLINE_KIND_LABELS,
  EVALUATION_LABELS,
  LIGHT_COLORS,
  PUBLICITY_LABELS,
  REPLY_STATE_LABELS,
  REQUEST_KIND_LABELS,
  REQUEST_STATE_LABELS,
  RESULT_CLASS_LABELS,
  SIGNER_STATUS_LABELS,
  TASK_ROLE_LABELS,
  TASK_STATE_LABELS,
} from '../../lib/labels';
import { useIsMobile } from '../../lib/useIsMobile';

interface Props {
  detail: ItemDetail;
}

function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  const mobile = useIsMobile();
  return (
    <Card title={title} extra={extra} size={mobile ? 'small' : undefined}>
      {children}
    </Card>
  );
}

const unitOf = (detail: ItemDetail, taskId: number | null | undefined, unitId?: number) =>
  detail.tasks.find((t) => (taskId != null ? t.id === taskId : t.unitId === unitId))?.unitName ?? '';

function Body({ text, rows = 4 }: { text: string; rows?: number }) {
  return (
    <Typography.Paragraph className="pre-wrap" ellipsis={{ rows, expandable: 'collapsible', symbol: (e) => (e ? '收起' : '展开') }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

// ── 提出代表 ──────────────────────────────────────────────────────
const SIGNER_COLORS = { pending: 'gold', confirmed: 'green', declined: 'default' } as const;

export function SignersSection({ detail }: Props) {
  return (
    <Section title="提出代表">
      <SimpleList
        items={detail.signers}
        dense
        split={false}
        rowKey={(s) => s.deputyId}
        render={(s) => (
          <div className="unit-row" style={{ alignItems: 'center' }}>
            <Space size={8} wrap>
              <Tag color={s.isLead ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
                {s.isLead ? '领衔' : '附议'}
              </Tag>
              <span style={{ fontWeight: s.isLead ? 600 : undefined }}>{s.name}</span>
            </Space>
            <Tag color={SIGNER_COLORS[s.status]} style={{ marginInlineEnd: 0 }}>
              {SIGNER_STATUS_LABELS[s.status]}
            </Tag>
          </div>
        )}
      />
    </Section>
  );
}

// ── 承办单位 ──────────────────────────────────────────────────────
const TASK_COLORS: Partial<Record<Task['state'], string>> = {
  assigned: 'blue',
  draft: 'geekblue',
  adjustmentRequested: 'orange',
  opinionSent: 'green',
  replied: 'green',
  contacted: 'green',
  withdrawn: 'default',
};

export function UnitsSection({ detail }: Props) {
  if (!detail.tasks.length) return null;
  const tasks = [...detail.tasks].sort((a, b) => Number(a.state === 'withdrawn') - Number(b.state === 'withdrawn'));
  return (
    <Section title="承办单位">
      <SimpleList
        items={tasks}
        dense
        rowKey={(t) => t.id}
        render={(t) => (
          <div style={{ opacity: t.state === 'withdrawn' ? 0.55 : 1 }}>
            <div className="unit-row">
              <Space size={6} wrap style={{ minWidth: 0 }}>
                <Tag color={t.role === 'lead' ? 'blue' : t.role === 'co' ? 'cyan' : 'purple'} style={{ marginInlineEnd: 0 }}>
                  {TASK_ROLE_LABELS[t.role]}
                </Tag>
                <span style={{ fontWeight: 500, textDecoration: t.state === 'withdrawn' ? 'line-through' : undefined }}>{t.unitName}</span>
                {t.isKeyItem && <Tag color="red">重点处理</Tag>}
              </Space>
              <Tag color={TASK_COLORS[t.state]} style={{ marginInlineEnd: 0 }}>
                {TASK_STATE_LABELS[t.state]}
              </Tag>
            </div>
            {(t.handlerName || t.responsibleLeader || t.dueDate) && (
              <div className="muted unit-meta">
                {t.responsibleLeader && <span>责任领导：{t.responsibleLeader}</span>}
                {t.handlerName && <span>承办人：{t.handlerName}</span>}
                {t.dueDate && <span>期限：{t.dueDate}</span>}
              </div>
            )}
          </div>
        )}
      />
    </Section>
  );
}

// ── 办理期限 ──────────────────────────────────────────────────────
/** Whether the duty behind a deadline is still open (then it has a light). */
function isRunning(d: Deadline, detail: ItemDetail): boolean {
  const s = detail.item.state;
  const task = d.taskId ? detail.tasks.find((t) => t.id === d.taskId) : undefined;
  switch (d.kind) {
    case 'reply':
      return s === 'handling' && (!task || ['assigned', 'adjustmentRequested'].includes(task.state));
    case 'coOpinion':
      return s === 'handling' && (!task || ['assigned', 'adjustmentRequested'].includes(task.state));
    case 'rehandle':
      return s === 'rehandling';
    case 'evaluation':
      return s === 'replied';
    case 'referenceContact':
      return s === 'referenceItem';
    case 'adjustmentWindow':
      return (s === 'handling' || s === 'draftAssigned') && d.dueDate >= todayInShanghai();
  }
}

function howComputed(d: Deadline): ReactNode {
  const r = d.rule;
  const desc = r?.description ?? '';
  const base = d.baseDate && r?.duration ? `自 ${d.baseDate} 起 ${desc}` : desc || (d.baseDate ? `基准日 ${d.baseDate}` : '—');
  return (
    <span>
      {base}
      {r?.profileYear && <span className="muted">（{r.profileYear} 年规则）</span>}
      {d.provisional && (
        <Tooltip title={r?.missingYears?.length ? `${r.missingYears.join('、')} 年的节假日安排尚未录入，暂按周末计算，录入后自动重算` : '节假日安排录入后自动重算'}>
          <Tag color="warning" style={{ marginInlineStart: 6 }}>
            临时（尚无该年节假日安排）
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

function DeadlineState({ d, detail }: { d: Deadline; detail: ItemDetail }) {
  if (!d.active) return <span className="muted">已停用</span>;
  if (!isRunning(d, detail)) {
    return <span className="muted">{d.kind === 'adjustmentWindow' && d.dueDate < todayInShanghai() ? '已截止' : '已完成或不再计时'}</span>;
  }
  const { light, daysLeft } = lightOf(d.dueDate);
  return (
    <Space size={6}>
      <LightDot light={light} />
      <span style={{ color: light === 'red' ? LIGHT_COLORS.red : light === 'yellow' ? '#ad6800' : undefined }}>{daysText(daysLeft)}</span>
    </Space>
  );
}

export function DeadlinesSection({ detail }: Props) {
  const mobile = useIsMobile();
  if (!detail.deadlines.length) return null;
  const rows = [...detail.deadlines].sort((a, b) => Number(b.active) - Number(a.active) || a.dueDate.localeCompare(b.dueDate));
  const kindOf = (d: Deadline) => (
    <span>
      {DEADLINE_KIND_LABELS[d.kind] ?? d.kind}
      {d.taskId && <div className="muted" style={{ fontSize: 12 }}>{unitOf(detail, d.taskId)}</div>}
    </span>
  );
  if (mobile) {
    return (
      <Section title="办理期限">
        <SimpleList
          items={rows}
          dense
          rowKey={(d) => d.id}
          render={(d) => (
            <div style={{ opacity: d.active ? 1 : 0.55 }}>
              <div className="unit-row">
                {kindOf(d)}
                <span style={{ textAlign: 'right' }}>
                  <div style={{ fontWeight: 500 }}>{d.dueDate}</div>
                  <DeadlineState d={d} detail={detail} />
                </span>
              </div>
              <div className="muted" style={{ fontSize: 12, marginTop: 2 }}>
                如何计算：{howComputed(d)}
              </div>
            </div>
          )}
        />
      </Section>
    );
  }
  const columns: TableColumnsType<Deadline> = [
    { title: '期限', key: 'kind', width: 150, render: (_, d) => kindOf(d) },
    { title: '截止日期', dataIndex: 'dueDate', key: 'due', width: 110 },
    { title: '状态', key: 'light', width: 130, render: (_, d) => <DeadlineState d={d} detail={detail} /> },
    { title: '如何计算', key: 'how', render: (_, d) => howComputed(d) },
  ];
  return (
    <Section title="办理期限">
      <Table<Deadline>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(d) => (d.active ? '' : 'row-inactive')}
        scroll={{ x: 560 }}
      />
    </Section>
  );
}

// ── 答复 ──────────────────────────────────────────────────────────
function ReplyCard({ r, detail }: { r: Reply; detail: ItemDetail }) {
  const items = [
    { key: 'class', label: '办理结果', children: <Tag color={r.resultClass === 'A' ? 'green' : r.resultClass === 'B' ? 'blue' : 'orange'}>{RESULT_CLASS_LABELS[r.resultClass]}</Tag> },
    { key: 'pub', label: '是否公开', children: `${PUBLICITY_LABELS[r.publicity]}${r.privateReason ? `（${r.privateReason}）` : ''}` },
    { key: 'doc', label: '文号', children: r.docNumber ?? '—' },
    { key: 'signer', label: '签发人', children: r.signer ?? '—' },
    { key: 'contact', label: '联系人', children: `${r.contactPerson}\u3000${r.contactPhone}` },
    { key: 'sent', label: '答复日期', children: r.sentOn ?? (r.sentAt ? formatDate(r.sentAt) : '—') },
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
              </Space>
            </div>
            <div className="muted" style={{ fontSize: 12, marginBottom: 4 }}>
              {o.sentAt ? `报送于 ${formatDateTime(o.sentAt)}` : ''}
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
  if (!detail.contacts.length) return null;
  return (
    <Section title={`沟通联系（${detail.contacts.length} 次）`}>
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
                <span className="muted">代表意见：</span>
                {c.deputyView}
              </div>
            )}
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
  const nameOf = (id: number) => detail.signers.find((s) => s.deputyId === id)?.name ?? `代表 ${id}`;
  return (
    <Section title="代表评价">
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
                  <Tooltip title="工作人员根据代表签字的纸质评价表代为录入">
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
