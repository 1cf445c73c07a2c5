import type { Role } from '../items/roles';
import type { ItemState } from '../items/states';

/** R-SUP-3 kinds of key supervision (重点督办): led by leaders, by a special committee (对口督办), or jointly (联合督办). */
export const KEY_SUPERVISION_KINDS = ['leaderLed', 'committee', 'joint'] as const;
export type KeySupervisionKind = (typeof KEY_SUPERVISION_KINDS)[number];
export const KEY_SUPERVISION_KIND_LABELS: Record<KeySupervisionKind, string> = {
  leaderLed: '领导领衔督办',
  committee: '专委会对口督办',
  joint: '联合督办',
};

/** R-SUP-3 supervision activities (督办活动). */
export const SUPERVISION_ACTIVITY_KINDS = ['meeting', 'siteVisit', 'research', 'other'] as const;
export type SupervisionActivityKind = (typeof SUPERVISION_ACTIVITY_KINDS)[number];
export const SUPERVISION_ACTIVITY_LABELS: Record<SupervisionActivityKind, string> = {
  meeting: '座谈会',
  siteVisit: '实地视察',
  research: '调研',
  other: '其他',
};

/** Who supervises (R-SUP-3, R-SUP-2): the liaison office, the government office and the supervising leaders and committees. */
export const SUPERVISING_ROLES: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];

/**
 * R-SUP-3: an item may be designated for key supervision once accepted and
 * before it is closed — while it waits for assignment, is handled, answered,
 * found unsatisfactory or re-handled. Reference items (no written reply) and
 * finished ones are not.
 */
export const KEY_SUPERVISABLE_STATES: readonly ItemState[] = ['accepted', 'draftAssigned', 'handling', 'replied', 'dissatisfied', 'rehandling'];

/** R-SUP-2: reminders and urging letters go out while a deadline runs (units owe a reply, an opinion or a contact). */
export const URGEABLE_STATES: readonly ItemState[] = ['handling', 'rehandling', 'referenceItem'];

/** An urging letter's number (督办函文号): 督办〔2026〕3号 — sequential per congress and year (R-SUP-2). */
export function urgingLetterNumber(year: number, seq: number): string {
  return `督办〔${year}〕${seq}号`;
}

/** What the item page knows about the supervision of one item, for the actions it offers. */
export interface SupervisionFacts {
  role: Role;
  itemState: ItemState;
  /** an active key-supervision designation exists */
  keySupervised: boolean;
  /** units whose part is still open (may be reminded or urged) */
  openUnits: number;
}

/**
 * The supervision operations (operationIds) the user may take on the item
 * now (R-SUP-2, R-SUP-3), with the same preconditions the use cases check;
 * the server still checks everything.
 */
export function supervisionActions(f: SupervisionFacts): string[] {
  if (!SUPERVISING_ROLES.includes(f.role)) return [];
  const out: string[] = [];
  if (!f.keySupervised && KEY_SUPERVISABLE_STATES.includes(f.itemState)) out.push('designateKeySupervision');
  if (f.keySupervised) out.push('updateKeySupervision', 'revokeKeySupervision', 'recordSupervisionActivity');
  if (URGEABLE_STATES.includes(f.itemState) && f.openUnits > 0) out.push('sendManualReminder', 'issueUrgingLetter');
  return out;
}
