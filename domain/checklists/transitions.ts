import { domainError } from '../errors';
import type { Role } from '../items/roles';
import { CHECKLIST_STATE_LABELS, REPORT_STATUS_LABELS, type ChecklistState, type ReportStatus } from './checklists';
import { ASSESSMENT_STATE_LABELS, type AssessmentState } from './scoring';

type Def<E extends string, S extends string> = {
  entity: E;
  /** States the action may start from. */
  from: readonly S[];
  /** States it may lead to. */
  to: readonly S[];
  /** Roles allowed to take it (the county or township scope is checked on top, in server/auth/checklist-scope.ts). */
  roles: readonly Role[];
  label: string;
};

/**
 * Every state change of the township checklists (R-TOWN-1), in the shape of the items' table
 * (domain/items/transitions.ts): a checklist, a township's report on one entry, a year's
 * assessment. Use cases call `checkChecklistTransition` before their compare-and-set.
 */
export const CHECKLIST_TRANSITIONS = {
  editChecklist: { entity: 'checklist', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '修改清单' },
  deleteChecklist: { entity: 'checklist', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '删除清单' },
  issueChecklist: { entity: 'checklist', from: ['draft'], to: ['issued'], roles: ['liaisonOffice'], label: '下发清单' },
  // A township reports an entry and may report it again as the work moves on (推进中 → 完成).
  reportChecklistEntry: {
    entity: 'report',
    from: ['pending', 'done', 'inProgress', 'notDone'],
    to: ['done', 'inProgress', 'notDone'],
    roles: ['townshipPresidium'],
    label: '报送落实情况',
  },
  // The assessment is scored and adjusted while a draft; finalizing fixes the scores and the ranking.
  scoreAssessment: { entity: 'assessment', from: ['draft'], to: ['draft'], roles: ['liaisonOffice'], label: '考核评分' },
  finalizeAssessment: { entity: 'assessment', from: ['draft'], to: ['finalized'], roles: ['liaisonOffice'], label: '确定考核结果' },
} as const satisfies Record<string, Def<'checklist', ChecklistState> | Def<'report', ReportStatus> | Def<'assessment', AssessmentState>>;

export type ChecklistAction = keyof typeof CHECKLIST_TRANSITIONS;

const STATE_LABELS: Record<string, Record<string, string>> = {
  checklist: CHECKLIST_STATE_LABELS,
  report: REPORT_STATUS_LABELS,
  assessment: ASSESSMENT_STATE_LABELS,
};

/** Whether `action` may start from `state` (no role check). */
export function canChecklistTransition(action: ChecklistAction, state: string): boolean {
  return (CHECKLIST_TRANSITIONS[action].from as readonly string[]).includes(state);
}

/** Throws FORBIDDEN when `role` may not take `action`, ILLEGAL_TRANSITION (409) when it may not start from `state` or lead to `to`. */
export function checkChecklistTransition(action: ChecklistAction, state: string, role: Role, to?: string): void {
  const def = CHECKLIST_TRANSITIONS[action];
  if (!(def.roles as readonly Role[]).includes(role)) throw domainError('FORBIDDEN', { action: def.label });
  const bad = !canChecklistTransition(action, state) || (to !== undefined && !(def.to as readonly string[]).includes(to));
  if (bad) {
    const stateLabel = STATE_LABELS[def.entity][state] ?? state;
    throw domainError('ILLEGAL_TRANSITION', { stateLabel, actionLabel: def.label }, { action, state, ...(to === undefined ? {} : { to }) });
  }
}
