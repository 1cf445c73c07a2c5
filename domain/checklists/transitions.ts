import type { Role } from '../items/roles';
import { canTransition, checkTransition, TRANSITIONS, type Action } from '../items/transitions';

/**
 * The township checklists' state changes (R-TOWN-1) are rows of the one transitions table
 * (domain/items/transitions.ts): a checklist, a township's report on one entry, a year's assessment.
 * Use cases call `checkChecklistTransition` before their compare-and-set.
 */
export const CHECKLIST_ACTIONS = [
  'editChecklist',
  'deleteChecklist',
  'issueChecklist',
  'reportChecklistEntry',
  'scoreAssessment',
  'finalizeAssessment',
] as const satisfies readonly Action[];
export type ChecklistAction = (typeof CHECKLIST_ACTIONS)[number];

/** The checklists' rows of the table. */
export const CHECKLIST_TRANSITIONS = Object.fromEntries(CHECKLIST_ACTIONS.map((a) => [a, TRANSITIONS[a]])) as Pick<typeof TRANSITIONS, ChecklistAction>;

/** Whether `action` may start from `state` (no role check). */
export function canChecklistTransition(action: ChecklistAction, state: string): boolean {
  return canTransition(action, state);
}

/** Throws FORBIDDEN when `role` may not take `action`, ILLEGAL_TRANSITION (409) when it may not start from `state` or lead to `to`. */
export function checkChecklistTransition(action: ChecklistAction, state: string, role: Role, to?: string): void {
  checkTransition(action, state, role, to);
}
