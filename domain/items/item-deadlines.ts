import { addDuration, describeDuration, monthDayInYear, type Duration, type IsoDate, type RulesProfileValues, type WorkdayCalendar } from '../deadlines';
import type { ItemState, TaskState } from './states';
import type { TaskRole } from './kinds';

export type DeadlineKind = 'adjustmentWindow' | 'coOpinion' | 'reply' | 'rehandle' | 'evaluation' | 'referenceContact';

/** How a deadline was computed, stored beside it (issue: "can say how each was computed"). */
export interface DeadlineRule {
  /** the profile rule name, e.g. 'reply' or 'replyExtended' */
  rule: string;
  duration?: Duration;
  monthDay?: string;
  description: string;
  profileYear: number;
  missingYears: number[];
}

export interface ComputedDeadline {
  kind: DeadlineKind;
  taskId: number | null;
  baseDate: IsoDate;
  dueDate: IsoDate;
  provisional: boolean;
  rule: DeadlineRule;
}

export interface ItemFacts {
  state: ItemState;
  sessionYear: number;
  assignedOn: IsoDate | null;
  replyExtended: boolean;
  rehandleFrom: IsoDate | null;
  repliedOn: IsoDate | null;
  tasks: { id: number; role: TaskRole; state: TaskState; assignedOn: IsoDate | null }[];
}

export interface ItemDeadlines {
  deadlines: ComputedDeadline[];
  replyDue: IsoDate | null;
  /** the date the ledger light and sort use in the item's present state (R-SUP-1) */
  currentDue: IsoDate | null;
  currentDueProvisional: boolean;
  /** per task: its own due date */
  taskDue: Map<number, { due: IsoDate; provisional: boolean }>;
}

/**
 * Every deadline of an item from its facts, the rules profile and the
 * calendar: adjustment window (R-ASSIGN-3), co-opinion (R-CO-1), reply and
 * extended reply (R-REPLY-7), re-handling (R-EVAL-2), evaluation window
 * (R-EVAL-3), reference-item contact date (R-REVIEW-1). Pure: the same facts
 * always give the same dates, so a change of base or profile just recomputes.
 */
export function computeItemDeadlines(f: ItemFacts, rules: RulesProfileValues, cal: WorkdayCalendar, profileYear: number): ItemDeadlines {
  const out: ComputedDeadline[] = [];
  const taskDue = new Map<number, { due: IsoDate; provisional: boolean }>();
  const add = (kind: DeadlineKind, taskId: number | null, base: IsoDate, rule: string, d: Duration) => {
    const r = addDuration(base, d, cal);
    const c: ComputedDeadline = {
      kind,
      taskId,
      baseDate: base,
      dueDate: r.date,
      provisional: r.provisional,
      rule: { rule, duration: d, description: describeDuration(d), profileYear, missingYears: r.missingYears },
    };
    out.push(c);
    return c;
  };

  let reply: ComputedDeadline | null = null;
  if (f.assignedOn) {
    add('adjustmentWindow', null, f.assignedOn, 'adjustmentWindow', rules.adjustmentWindow);
    reply = f.replyExtended ? add('reply', null, f.assignedOn, 'replyExtended', rules.replyExtended) : add('reply', null, f.assignedOn, 'reply', rules.reply);
    for (const t of f.tasks) {
      if (t.state === 'withdrawn' || t.state === 'draft') continue;
      // A reassigned task keeps the item's base unless the office reset it (R-ASSIGN-3).
      const base = t.assignedOn ?? f.assignedOn;
      if (t.role === 'co') {
        const c = add('coOpinion', t.id, base, 'coOpinion', rules.coOpinion);
        taskDue.set(t.id, { due: c.dueDate, provisional: c.provisional });
      } else if (t.role !== 'reference') {
        taskDue.set(t.id, { due: reply.dueDate, provisional: reply.provisional });
      }
    }
  }
  let rehandle: ComputedDeadline | null = null;
  if (f.rehandleFrom) rehandle = add('rehandle', null, f.rehandleFrom, 'rehandle', rules.rehandle);
  if (f.repliedOn && (f.state === 'replied' || f.state === 'dissatisfied' || f.state === 'closed')) {
    add('evaluation', null, f.repliedOn, 'evaluationWindow', rules.evaluationWindow);
  }
  let reference: ComputedDeadline | null = null;
  const refTask = f.tasks.find((t) => t.role === 'reference' && t.state !== 'withdrawn');
  if (refTask) {
    const due = monthDayInYear(rules.referenceContactBy, f.sessionYear);
    reference = {
      kind: 'referenceContact',
      taskId: refTask.id,
      baseDate: due,
      dueDate: due,
      provisional: false,
      rule: { rule: 'referenceContactBy', monthDay: rules.referenceContactBy, description: `当年${rules.referenceContactBy}前`, profileYear, missingYears: [] },
    };
    out.push(reference);
    taskDue.set(refTask.id, { due, provisional: false });
  }
  if (rehandle)
    for (const t of f.tasks) if (t.role === 'lead' || t.role === 'split') taskDue.set(t.id, { due: rehandle.dueDate, provisional: rehandle.provisional });

  const current = currentDeadline(f.state, reply, rehandle, reference);
  return {
    deadlines: out,
    replyDue: reply?.dueDate ?? null,
    currentDue: current?.dueDate ?? null,
    currentDueProvisional: current?.provisional ?? false,
    taskDue,
  };
}

function currentDeadline(
  state: ItemState,
  reply: ComputedDeadline | null,
  rehandle: ComputedDeadline | null,
  reference: ComputedDeadline | null,
): ComputedDeadline | null {
  switch (state) {
    case 'handling':
      return reply;
    case 'rehandling':
      return rehandle;
    case 'referenceItem':
      return reference;
    case 'awaitingCosigners':
    case 'delegationReview':
    case 'submitted':
    case 'returned':
    case 'notAccepted':
    case 'merged':
    case 'withdrawn':
    case 'accepted':
    case 'draftAssigned':
    case 'replied':
    case 'dissatisfied':
    case 'closed':
      return null;
    default: {
      const never: never = state;
      return never;
    }
  }
}
