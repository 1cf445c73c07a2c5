import type { ItemDetail } from '../../api/types';
import type { ItemState } from '../../../../domain/items/states';
import { formatDate, formatDateTime } from '../../lib/dates';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_PHASE_LABELS,
  DEADLINE_KIND_LABELS,
  EVALUATION_LABELS,
  ITEM_STATE_LABELS,
  ROLE_LABELS,
  TASK_ROLE_LABELS,
  TASK_STATE_LABELS,
} from '../../lib/labels';
import { describe } from '../item/HistoryTimeline';
import { wordsOf } from '../../lib/words';
import { PrintTable } from './PrintSheet';

/** The parts of the printed 办理单, each a heading and a ruled table (left out when there is nothing to show, except the history). */
type Props = { detail: ItemDetail };

export const unitName = (d: ItemDetail, taskId: number | null | undefined, unitId?: number) =>
  d.tasks.find((t) => (taskId != null ? t.id === taskId : t.unitId === unitId))?.unitName ?? '';

export function UnitsTable({ detail }: Props) {
  if (!detail.tasks.length) return null;
  const tasks = [...detail.tasks].sort((a, b) => Number(a.state === 'withdrawn') - Number(b.state === 'withdrawn'));
  return (
    <>
      <h2>承办单位</h2>
      <PrintTable
        rows={tasks}
        rowKey={(t) => t.id}
        columns={[
          { title: '承办单位', render: (t) => `${t.unitName}${t.isKeyItem ? '（重点处理）' : ''}` },
          { title: '承办方式', width: '16mm', className: 'center', render: (t) => TASK_ROLE_LABELS[t.role] },
          { title: '状态', width: '22mm', className: 'center', render: (t) => TASK_STATE_LABELS[t.state] },
          { title: '承办人 / 责任领导', render: (t) => [t.handlerName, t.responsibleLeader].filter(Boolean).join(' / ') || '—' },
          { title: '交办日期', width: '22mm', className: 'center', render: (t) => t.assignedOn ?? '—' },
          { title: '办理期限', width: '22mm', className: 'center', render: (t) => t.dueDate ?? '—' },
          { title: '签收', width: '22mm', className: 'center', render: (t) => (t.acknowledgedAt ? formatDate(t.acknowledgedAt) : '—') },
        ]}
      />
    </>
  );
}

export function DeadlinesTable({ detail }: Props) {
  if (!detail.deadlines.length) return null;
  const rows = [...detail.deadlines].sort((a, b) => Number(b.active) - Number(a.active) || a.dueDate.localeCompare(b.dueDate));
  return (
    <>
      <h2>办理期限</h2>
      <PrintTable
        rows={rows}
        rowKey={(d) => d.id}
        columns={[
          { title: '期限', width: '28mm', render: (d) => wordsOf(detail.item.kind).say(DEADLINE_KIND_LABELS[d.kind] ?? d.kind) },
          { title: '承办单位', render: (d) => (d.taskId ? unitName(detail, d.taskId) : '—') },
          { title: '截止日期', width: '22mm', className: 'center', render: (d) => d.dueDate },
          {
            title: '计算方法',
            render: (d) =>
              [
                d.baseDate && d.rule?.description ? `自 ${d.baseDate} 起 ${d.rule.description}` : (d.rule?.description ?? ''),
                d.rule?.profileYear ? `（${d.rule.profileYear} 年规则）` : '',
                d.provisional ? '（临时，尚无该年节假日安排）' : '',
              ].join('') || '—',
          },
          { title: '是否有效', width: '16mm', className: 'center', render: (d) => (d.active ? '有效' : '已停用') },
        ]}
      />
    </>
  );
}

export function ContactsTable({ detail }: Props) {
  if (!detail.contacts.length) return null;
  return (
    <>
      <h2>沟通联系（{detail.contacts.length} 次）</h2>
      <PrintTable
        rows={detail.contacts}
        rowKey={(c) => c.id}
        columns={[
          { title: '日期', width: '22mm', className: 'center', render: (c) => c.contactedOn },
          { title: '承办单位', width: '30mm', render: (c) => unitName(detail, c.taskId, c.unitId) },
          {
            title: '方式',
            width: '20mm',
            className: 'center',
            render: (c) => `${CONTACT_PHASE_LABELS[c.phase] ?? c.phase}${CONTACT_METHOD_LABELS[c.method] ?? c.method}`,
          },
          { title: '参加人员', width: '30mm', render: (c) => c.participants },
          {
            title: `沟通内容及${wordsOf(detail.item.kind).submitter}意见`,
            render: (c) => (
              <span className="print-pre">
                {c.summary}
                {c.deputyView ? `\n${wordsOf(detail.item.kind).submitter}意见：${c.deputyView}` : ''}
                {c.responses?.map((x) => `\n${x.name}${x.response === 'confirmed' ? '已确认' : '有异议'}${x.note ? `：${x.note}` : ''}`).join('')}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}

export function EvaluationsTable({ detail }: Props) {
  if (!detail.evaluations.length) return null;
  const w = wordsOf(detail.item.kind);
  const nameOf = (id: number) => detail.signers.find((s) => s.deputyId === id)?.name ?? w.submitter;
  return (
    <>
      <h2>{w.submitter}评价</h2>
      <PrintTable
        rows={detail.evaluations}
        rowKey={(e) => e.id}
        columns={[
          { title: w.submitter, width: '22mm', render: (e) => nameOf(e.deputyId) },
          { title: '评价', width: '20mm', className: 'center', render: (e) => EVALUATION_LABELS[e.result] ?? e.result },
          { title: '轮次', width: '14mm', className: 'center', render: (e) => `第 ${e.round} 轮` },
          { title: '评价意见', render: (e) => <span className="print-pre">{e.comment ?? '—'}</span> },
          { title: '评价时间', width: '30mm', className: 'center', render: (e) => `${formatDateTime(e.createdAt)}${e.proxy ? '（代录）' : ''}` },
        ]}
      />
    </>
  );
}

/** The whole history, oldest first, with what each event says (as the item page's timeline). */
export function HistoryTable({ detail }: Props) {
  const w = wordsOf(detail.item.kind);
  return (
    <>
      <h2>办理过程</h2>
      <PrintTable
        compact
        rows={detail.history}
        rowKey={(e) => e.id}
        empty="暂无办理记录"
        columns={[
          { title: '序号', width: '9mm', className: 'center', render: (_, i) => i + 1 },
          { title: '时间', width: '27mm', className: 'center', render: (e) => formatDateTime(e.at) },
          {
            title: '事项',
            width: '34mm',
            render: (e) =>
              `${w.event(e.type)}${e.fromState !== e.toState && e.toState && e.toState in ITEM_STATE_LABELS ? ` → ${w.state(e.toState as ItemState)}` : ''}`,
          },
          {
            title: '经办',
            width: '36mm',
            render: (e) => {
              const unit = e.taskId ? detail.tasks.find((t) => t.id === e.taskId)?.unitName : undefined;
              const who = e.actorRole === 'system' ? '系统' : e.actorRole ? (unit ?? ROLE_LABELS[e.actorRole]) : '';
              return [e.actorName, who && `（${who}）`].filter(Boolean).join('') || '—';
            },
          },
          { title: '说明', render: (e) => <span className="print-pre">{describe(e, detail).join('\n')}</span> },
        ]}
      />
    </>
  );
}
