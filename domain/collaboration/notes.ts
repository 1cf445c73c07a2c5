import type { Role } from '../items/roles';

/**
 * Who keeps internal notes (内部备注) on an item (issue 13 §9): the staff of the offices and of the units,
 * each organization seeing only its own. Deputies, supervisors, administrators and
 * auditors have none; notes never reach the history, the ledger, exports or the portal.
 */
export const NOTE_ROLES = ['liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader'] as const satisfies readonly Role[];

/** Whether a user of `role` keeps internal notes at all (the workbench shows the card only then). */
export function keepsNotes(role: Role): boolean {
  return (NOTE_ROLES as readonly Role[]).includes(role);
}

export const NOTE_MAX_LENGTH = 2000;
