import { diffDays, type IsoDate } from '../deadlines';
import type { Role } from '../items/roles';
import { canTransition, TRANSITIONS, type Action } from '../items/transitions';

/** R-TRACK-1 the states of a B-class commitment (承诺事项). */
export const COMMITMENT_STATES = ['registered', 'strikeOffRequested', 'struckOff', 'convertedToC'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const COMMITMENT_STATE_LABELS: Record<CommitmentState, string> = {
  registered: '已挂号',
  strikeOffRequested: '销号待审批',
  struckOff: '已销号',
  convertedToC: '已转C类',
};

/** R-TRACK-1: a commitment is tracked (progress, reminders, carry-over) until struck off or converted to C. */
export const OPEN_COMMITMENT_STATES: readonly CommitmentState[] = ['registered', 'strikeOffRequested'];

/** R-TRACK-2 a unit's finding in the look-back review (复查表). */
export const LOOK_BACK_FINDINGS = ['delivered', 'inProgress', 'notDelivered'] as const;
export type LookBackFinding = (typeof LOOK_BACK_FINDINGS)[number];
export const LOOK_BACK_FINDING_LABELS: Record<LookBackFinding, string> = {
  delivered: '已落实',
  inProgress: '正在推进',
  notDelivered: '未落实',
};
export const LOOK_BACK_REVIEW_STATES = ['pending', 'submitted'] as const;
export type LookBackReviewState = (typeof LOOK_BACK_REVIEW_STATES)[number];
export const LOOK_BACK_REVIEW_STATE_LABELS: Record<LookBackReviewState, string> = { pending: '待填报', submitted: '已填报' };

/** A reminder stage: N days before the target date, or once overdue. */
export type ReminderStage = number | 'overdue';

/**
 * R-TRACK-1 reminders before a commitment's target date: which reminder is
 * due today, if any. With `days` = [30, 7] a commitment is reminded when 30
 * or fewer days are left, again at 7 or fewer, and once after the target date.
 *
 * The stage is "days left ≤ N", not "= N", so a run after downtime still
 * sends a missed reminder. When several stages are due at once (a long
 * downtime, or a commitment registered with 5 days left) only the most urgent
 * is sent: the stage only moves towards 'overdue' as days pass, so a
 * superseded earlier one never comes due later and the unit gets one
 * message, not two on the same day saying the same thing.
 */
export function reminderStage(targetDate: IsoDate, today: IsoDate, days: readonly number[]): { stage: ReminderStage; daysLeft: number } | null {
  const daysLeft = diffDays(today, targetDate);
  if (daysLeft < 0) return { stage: 'overdue', daysLeft };
  const due = days.filter((n) => daysLeft <= n);
  return due.length ? { stage: Math.min(...due), daysLeft } : null;
}

/** The key that makes one reminder exist once (outbox dedupe): a changed target date starts the reminders anew. */
export function reminderKey(commitmentId: number, targetDate: IsoDate, stage: ReminderStage): string {
  return `commitmentDue:${commitmentId}:${targetDate}:${stage}`;
}

/** The commitment changes of the API (`action` of changeCommitment) and the transition each takes. */
export const COMMITMENT_ACTIONS = {
  progress: 'reportCommitmentProgress',
  requestStrikeOff: 'requestCommitmentStrikeOff',
  approveStrikeOff: 'approveCommitmentStrikeOff',
  rejectStrikeOff: 'rejectCommitmentStrikeOff',
  strikeOff: 'strikeOffCommitment',
  convertToC: 'convertCommitmentToC',
} as const satisfies Record<string, Action>;
export type CommitmentAction = keyof typeof COMMITMENT_ACTIONS;

export const COMMITMENT_ACTION_LABELS: Record<CommitmentAction, string> = {
  progress: '报告进展',
  requestStrikeOff: '申请销号',
  approveStrikeOff: '同意销号',
  rejectStrikeOff: '驳回销号申请',
  strikeOff: '直接销号',
  convertToC: '转 C 类',
};

/**
 * R-TRACK-1: the changes `role` may make to a commitment in `state`, from the
 * transitions table the server enforces (so a form offers nothing it refuses).
 */
export function commitmentActionsFor(role: Role, state: string): CommitmentAction[] {
  return (Object.keys(COMMITMENT_ACTIONS) as CommitmentAction[]).filter((a) => {
    const t = TRANSITIONS[COMMITMENT_ACTIONS[a]];
    return (t.roles as readonly Role[]).includes(role) && canTransition(COMMITMENT_ACTIONS[a], state);
  });
}
