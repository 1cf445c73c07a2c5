import { EDIT_LOCK_ROLES } from '../../domain/collaboration/edit-locks';
import { ROLES, type Role } from '../../domain/items/roles';
import { MESSAGE_TYPE_LABELS, type MessageType } from './templates';

const DEPUTY = ['deputy'] as const satisfies readonly Role[];
/** A unit's messages reach all its staff (outbox-dispatch: the users of the organization). */
const UNIT = ['unitOffice', 'unitHandler', 'unitLeader'] as const satisfies readonly Role[];
/** A notice without recipient goes to the liaison office's queue (server/usecases/lib/history.ts `notify`). */
const LIAISON = ['liaisonOffice'] as const satisfies readonly Role[];
const OFFICES = ['liaisonOffice', 'governmentOffice'] as const satisfies readonly Role[];

/**
 * Who receives each message type (§7): the roles of the users the outbox fans it out to,
 * as the use cases and jobs that write it address it (a deputy, a unit's staff or one role
 * of them, an office's queue). The notification settings (提醒设置) list a user only the
 * kinds their role receives, and refuse muting any other.
 *
 * Typed by the templates: a new message type is a compile error here until its roles are
 * named, so the settings page never lacks or shows a kind by accident.
 */
export const MESSAGE_RECIPIENT_ROLES: Record<MessageType, readonly Role[]> = {
  // Submission and review (R-SUBMIT-1, R-REVIEW-1) — the deputies
  cosignRequested: DEPUTY,
  suggestionSubmitted: DEPUTY,
  suggestionWithdrawn: DEPUTY,
  acceptSuggestion: DEPUTY,
  returnSuggestion: DEPUTY,
  returnFromDelegation: DEPUTY,
  // Two-stage review: a suggestion of the delegation waits for its contact person
  delegationReviewRequested: ['delegationContact'],
  convertToReference: DEPUTY,
  rejectSuggestion: DEPUTY,
  responsibilityForConfirmation: DEPUTY,
  contactToConfirm: DEPUTY,
  referenceContacted: DEPUTY,
  replyReceived: DEPUTY,
  evaluationExpired: DEPUTY,
  // Assignment and handling (R-ASSIGN, R-CO, R-TALK) — the units
  referenceAssigned: UNIT,
  draftAssignment: UNIT,
  assignSuggestion: UNIT,
  reassigned: UNIT,
  adjustmentDecided: UNIT,
  extensionDecided: UNIT,
  coOpinionReceived: UNIT,
  coOpinionReturned: UNIT,
  rehandleRequired: UNIT,
  // R-REPLY-1: each step of the reply to the role that takes the next one (the drafter: handler or office)
  replyForReview: ['unitOffice'],
  replyForSignOff: ['unitLeader'],
  replySigned: ['unitOffice'],
  replySentBack: ['unitHandler', 'unitOffice'],
  // Reminders and supervision (R-SUP-1/2/3, R-ASSIGN-3) — the units
  weeklyReminder: UNIT,
  weeklyUrge: UNIT,
  manualReminder: UNIT,
  urgingLetter: UNIT,
  lightYellow: UNIT,
  lightRed: UNIT,
  adjustmentWindowClosing: UNIT,
  keySupervisionDesignated: UNIT,
  keySupervisionRevoked: UNIT,
  // Commitments and the look-back (R-TRACK-1/2)
  commitmentStrikeOffDecided: UNIT,
  commitmentClosed: UNIT,
  commitmentsCarriedOver: UNIT,
  commitmentDue: UNIT,
  lookBackStarted: UNIT,
  commitmentStrikeOffRequested: OFFICES,
  lookBackNotDelivered: LIAISON,
  // The offices' queues
  contactDisputed: [...UNIT, ...LIAISON],
  assignmentAcknowledged: LIAISON,
  handedDown: OFFICES,
  adjustmentRequested: OFFICES,
  extensionRequested: OFFICES,
  coOpinionCopied: ['governmentOffice'],
  dissatisfiedEvaluation: LIAISON,
  publicationDue: LIAISON,
  publicationOverdue: LIAISON,
  bulletinGenerated: OFFICES,
  // Issue 13 §9: to the former holder of a soft edit lock (a unit's drafter, an office's assigner)
  editLockTakenOver: EDIT_LOCK_ROLES,
  // Issue 16: the county's guidance checklists, to the township presidium
  checklistIssued: ['townshipPresidium'],
  checklistDue: ['townshipPresidium'],
  guidanceVisitRecorded: ['townshipPresidium'],
  exchangeMeetingRecorded: ['townshipPresidium'],
  // Issue 15: the deputies' hotline channel — the hotline office, the units, the deputy, the supervisors (R-LINE-2)
  hotlineOrderReceived: ['hotlineOffice'],
  hotlineOrderDispatched: UNIT,
  hotlineOrderReturned: ['hotlineOffice'],
  hotlineExtensionRequested: ['hotlineOffice'],
  hotlineExtensionDecided: UNIT,
  hotlineFedBack: DEPUTY,
  hotlineOrderSupervised: ['supervisor', 'liaisonOffice', 'townshipPresidium'],
  hotlineRehandle: UNIT,
  hotlineJointSupervision: [...UNIT, 'hotlineOffice'],
  hotlineUrged: UNIT,
  hotlineBulletined: [...UNIT, 'hotlineOffice', 'liaisonOffice'],
  hotlineMonthlyReport: ['liaisonOffice'],
};

/** The message types a role receives, in the templates' order (supervisors: the hotline orders they supervise; administrators, auditors: none). */
export const MESSAGE_TYPES_BY_ROLE: Readonly<Record<Role, readonly MessageType[]>> = byRole();

function byRole(): Record<Role, MessageType[]> {
  const out = Object.fromEntries(ROLES.map((r) => [r, [] as MessageType[]])) as Record<Role, MessageType[]>;
  for (const type of Object.keys(MESSAGE_TYPE_LABELS) as MessageType[]) for (const r of MESSAGE_RECIPIENT_ROLES[type]) out[r].push(type);
  return out;
}

/** Whether `type` is a message a user of `role` can receive. */
export function receives(role: Role, type: string): type is MessageType {
  return (MESSAGE_TYPES_BY_ROLE[role] as readonly string[]).includes(type);
}
