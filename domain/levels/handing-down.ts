/**
 * R-ASSIGN-4 handing down (交由下级办理): an item of a higher body is handed to a lower body's
 * offices, which assign it to their own units and run their handling; the item stays the higher
 * body's — its number, deadlines, review, closing, evaluation and history. Which office may take an
 * office action on such an item follows from which side it is on.
 */

/** The office actions (transition names) the lower body takes on an item handed down to it. */
export const HANDLED_BELOW_ACTIONS = [
  'draftAssignment',
  'assignSuggestion',
  'reassignSuggestion',
  'decideAdjustment',
  'decideExtension',
  'forwardForRehandling',
  'sendBackReply',
  'overrideReplyCheck',
] as const;

/** The same as the item page's operations (operationIds, mostly the same names), for the buttons it shows. */
export const HANDLED_BELOW_OPERATIONS: readonly string[] = [...HANDLED_BELOW_ACTIONS, 'changeCommitment', 'uploadAttachment'];

/** Where an office stands to an item: its own body's (not handed down), the higher body that handed it down, the lower one handling it. */
export type OfficeSide = 'own' | 'handedDown' | 'handlingBody';

export function officeSide(officeCongressId: number | null, item: { congressId: number; handledByCongressId: number | null }): OfficeSide {
  if (item.handledByCongressId === null) return 'own';
  return officeCongressId === item.handledByCongressId && officeCongressId !== item.congressId ? 'handlingBody' : 'handedDown';
}

/** Whether an office on this side takes this office action (a transition name or an operationId). */
export function officeTakes(side: OfficeSide, action: string): boolean {
  const below = (HANDLED_BELOW_ACTIONS as readonly string[]).includes(action) || HANDLED_BELOW_OPERATIONS.includes(action);
  if (side === 'own') return true;
  return side === 'handlingBody' ? below : !below;
}
