import { Button, Timeline } from 'antd';
import { useState } from 'react';
import type { ItemDetail, HistoryEvent } from '../../api/types';
import type { ItemState } from '../../../../domain/items/states';
import { formatDateTime } from '../../lib/dates';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_PHASE_LABELS,
  EVALUATION_LABELS,
  HANDLING_MODE_LABELS,
  ITEM_STATE_LABELS,
  ROLE_LABELS,
  TASK_ROLE_LABELS,
} from '../../lib/labels';
import { wordsOf } from '../../lib/words';

const RED = new Set([
  'returnSuggestion',
  'returnFromDelegation',
  'rejectSuggestion',
  'sendBackReply',
  'returnCoOpinion',
  'dissatisfiedEvaluation',
  'declineCosignature',
  'forwardForRehandling',
]);
const GREEN = new Set(['passDelegationReview', 'acceptSuggestion', 'closeItem', 'sendReply', 'allRepliesSent', 'strikeOffCommitment', 'referenceContacted']);

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** What an event's payload says, in a line of Chinese (only the parts worth showing). */
export function describe(e: HistoryEvent, detail: ItemDetail): string[] {
  const p = e.payload ?? {};
  const out: string[] = [];
  const unitName = (id: unknown) => detail.tasks.find((t) => t.unitId === id)?.unitName;
  const deputyName = (id: unknown) => detail.signers.find((s) => s.deputyId === id)?.name;
  const w = wordsOf(detail.item.kind);

  if (e.type === 'submitSuggestion' && str(p.number)) out.push(`编号 ${p.number}`);
  if (typeof p.mode === 'string' && p.mode in HANDLING_MODE_LABELS) out.push(`办理方式：${HANDLING_MODE_LABELS[p.mode as keyof typeof HANDLING_MODE_LABELS]}`);
  if (Array.isArray(p.units)) {
    const names = (p.units as { unitId?: number; role?: string }[])
      .map((u) => {
        const n = unitName(u.unitId);
        const r = u.role && u.role in TASK_ROLE_LABELS ? TASK_ROLE_LABELS[u.role as keyof typeof TASK_ROLE_LABELS] : '';
        return n ? `${n}${r ? `（${r}）` : ''}` : null;
      })
      .filter(Boolean);
    if (names.length) out.push(`承办单位：${names.join('、')}`);
  }
  if (str(p.assignedOn)) out.push(`交办日期 ${p.assignedOn}`);
  // §2 the category an item is filed under at 立案 or 交办, or filed anew (修改类别)
  if (str(p.categoryName))
    out.push(p.fromCategoryId !== undefined ? `类别：${str(p.fromCategoryName) ?? '未分类'} → ${p.categoryName}` : `类别：${p.categoryName}`);
  if (str(p.leadingLeader)) out.push(`领办领导：${p.leadingLeader}`);
  if (Array.isArray(p.merged) && p.merged.length) out.push(`并入：${p.merged.join('、')}`);
  if (e.type === 'evaluateReply' || e.type === 'confirmCosignature' || e.type === 'declineCosignature') {
    const n = deputyName(p.deputyId);
    if (n) out.push(`${w.submitter} ${n}`);
  }
  // R-CPPCC-3: the other item of a link, by its kind and number.
  if ((e.type === 'linkRelated' || e.type === 'unlinkRelated') && str(p.number)) out.push(`${str(p.kind) ?? ''} ${p.number}`.trim());
  if (typeof p.result === 'string' && p.result in EVALUATION_LABELS)
    out.push(`评价：${EVALUATION_LABELS[p.result as keyof typeof EVALUATION_LABELS]}${p.proxy ? '（代录）' : ''}`);
  if (typeof p.method === 'string' && p.method in CONTACT_METHOD_LABELS) {
    const phase = typeof p.phase === 'string' && p.phase in CONTACT_PHASE_LABELS ? CONTACT_PHASE_LABELS[p.phase as keyof typeof CONTACT_PHASE_LABELS] : '';
    out.push(`${phase}${CONTACT_METHOD_LABELS[p.method as keyof typeof CONTACT_METHOD_LABELS]}`);
  }
  if (str(p.resultClass) && e.type !== 'saveReplyDraft') out.push(`${p.resultClass} 类`);
  if (str(p.docNumber)) out.push(`文号 ${p.docNumber}`);
  if (p.after && typeof p.after === 'object' && e.type === 'setResponsibility') {
    const a = p.after as { division?: string; handlerName?: string; responsibleLeader?: string };
    out.push([a.division, a.handlerName && `承办人 ${a.handlerName}`, a.responsibleLeader && `责任领导 ${a.responsibleLeader}`].filter(Boolean).join('，'));
  }
  if (e.type === 'markKeyItem' && typeof p.after === 'boolean') out.push(p.after ? '列为重点处理' : '取消重点处理');
  // R-SUP-2/3 supervision: the kind of key supervision or activity, the unit urged, the letter's number
  if (str(p.kindLabel))
    out.push(
      [p.kindLabel, ...(Array.isArray(p.leaders) ? p.leaders : []), ...(Array.isArray(p.committees) ? p.committees : []), p.heldOn]
        .filter(Boolean)
        .join('\u3000'),
    );
  if ((e.type === 'sendManualReminder' || e.type === 'issueUrgingLetter') && str(p.unit)) out.push([p.number, `致 ${p.unit}`].filter(Boolean).join('\u3000'));
  if (typeof p.approve === 'boolean') out.push(p.approve ? '同意' : '不同意');
  for (const k of ['note', 'reason', 'comment'] as const) {
    const v = str(p[k]);
    if (v) out.push(v);
  }
  return out.filter(Boolean);
}

const PREVIEW = 12;

/** The item's history (R: every state change is an event) as a timeline, oldest first. */
export function HistoryTimeline({ detail }: { detail: ItemDetail }) {
  const [all, setAll] = useState(false);
  const w = wordsOf(detail.item.kind);
  const events = detail.history;
  if (!events.length) return <span className="muted">暂无办理记录</span>;
  const hidden = !all && events.length > PREVIEW ? events.length - PREVIEW : 0;
  const shown = hidden ? events.slice(-PREVIEW) : events;

  return (
    <>
      {hidden > 0 && (
        <Button type="link" size="small" onClick={() => setAll(true)} style={{ paddingInline: 0, marginBottom: 8 }}>
          显示更早的 {hidden} 条记录
        </Button>
      )}
      <Timeline
        className="history"
        items={shown.map((e) => {
          const unit = e.taskId ? detail.tasks.find((t) => t.id === e.taskId)?.unitName : undefined;
          const lines = describe(e, detail);
          const changed = e.fromState !== e.toState && e.toState && e.toState in ITEM_STATE_LABELS;
          return {
            key: e.id,
            color: RED.has(e.type) ? 'red' : GREEN.has(e.type) ? 'green' : 'blue',
            content: (
              <div className="history-item">
                <div className="history-title">
                  <span>{w.event(e.type)}</span>
                  {changed && <span className="history-state">→ {w.state(e.toState as ItemState)}</span>}
                </div>
                <div className="muted history-meta">
                  {formatDateTime(e.at)}
                  {e.actorName && `\u3000${e.actorName}`}
                  {e.actorRole && e.actorRole !== 'system' && `（${unit ?? ROLE_LABELS[e.actorRole]}）`}
                </div>
                {lines.map((l, i) => (
                  <div key={i} className="history-line">
                    {l}
                  </div>
                ))}
              </div>
            ),
          };
        })}
      />
    </>
  );
}
