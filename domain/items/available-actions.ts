import type { Role } from './roles';
import type { TaskRole } from './kinds';
import {
  ACTIVE_TASK_STATES,
  DROPPED_ITEM_STATES,
  MERGE_PRIMARY_STATES,
  OPEN_HANDLING_STATES,
  TERMINAL_ITEM_STATES,
  type ItemState,
  type ReplyState,
  type TaskState,
} from './states';
import { canTransition, TRANSITIONS, type Action } from './transitions';
import { contactPhasesFor, mayBreakDown } from './handling-rules';
import { officeTakes, type OfficeSide } from '../levels/handing-down';

/** What the item page knows about the current user's relation to the item. */
export interface ActionFacts {
  role: Role;
  itemState: ItemState;
  replyExtended: boolean;
  /** the item's kind: a proposal is evaluated by its lead member only (R-CPPCC-2) */
  kind?: string;
  /** deputy: their signer row on the item */
  signer?: { isLead: boolean; status: 'pending' | 'confirmed' | 'declined' } | null;
  /** deputy: already evaluated the current round */
  evaluatedThisRound?: boolean;
  /** deputy: contacts logged on the item they have not yet confirmed or disputed */
  unansweredContacts?: number;
  /** unit roles: their own live task */
  myTask?: { role: TaskRole; state: TaskState; acknowledged?: boolean } | null;
  /** unit roles: their reply of the current round */
  myReply?: { state: ReplyState } | null;
  /** lead unit: co-handlers' tasks */
  coTaskStates?: TaskState[];
  adjustmentWindowOpen?: boolean;
  pendingAdjustment?: boolean;
  pendingExtension?: boolean;
  /** replies of the round not yet sent that this office may act on (the government office: government units' only) */
  unsentReplyStates?: ReplyState[];
  registeredCommitments?: number;
  evaluationWindowPassed?: boolean;
  /** a reference item whose contact deadline has passed (the office may then close it) */
  referenceContactPassed?: boolean;
  /** R-REPLY-8: classified items take no attachments */
  classified?: boolean;
  /** R-PUBLISH-1: sent public replies not yet recorded as published on the portal */
  unpublishedPublicReplies?: number;
  /** offices: R-ASSIGN-4, where the office stands to an item handed down (domain/levels/handing-down.ts) */
  officeSide?: OfficeSide;
  /** offices: their body has bodies below it (an accepted item may be handed down) */
  lowerBodies?: number;
}

const allowed = (a: Action, role: Role) => (TRANSITIONS[a].roles as readonly Role[]).includes(role);

/**
 * The operations (API operationIds) the user may take on the item now, so
 * the workbench shows no action the server would refuse. It follows the
 * transitions table and the same preconditions as the use cases; the server
 * still checks everything (this only decides what to show).
 */
export function availableActions(f: ActionFacts): string[] {
  const out = new Set<string>();
  const s = f.itemState;
  const can = (a: Action, state: string) => allowed(a, f.role) && canTransition(a, state);
  const open = OPEN_HANDLING_STATES.includes(s);
  switch (f.role) {
    case 'deputy':
      if (f.signer && !f.signer.isLead && f.signer.status === 'pending' && can('confirmCosignature', s)) out.add('respondCosignature');
      if (f.signer?.isLead && can('resubmitSuggestion', s)) out.add('resubmitSuggestion');
      if (f.signer?.isLead && can('withdrawSuggestion', s)) out.add('withdrawSuggestion');
      // R-REPLY-5 every signer evaluates a suggestion; R-CPPCC-2 a proposal only its lead member (or organization's contact).
      if (f.signer?.status === 'confirmed' && (f.kind !== 'proposal' || f.signer.isLead) && can('evaluateReply', s) && !f.evaluatedThisRound)
        out.add('evaluateReply');
      if (f.signer?.status === 'confirmed' && f.unansweredContacts) out.add('respondContact');
      // Documents of the suggestion are the lead deputy's: a cosigner confirms the text, adds none to it.
      if (f.signer?.isLead && f.signer.status === 'confirmed' && !f.classified && !TERMINAL_ITEM_STATES.includes(s)) out.add('uploadAttachment');
      break;
    case 'liaisonOffice':
    case 'governmentOffice':
      if (can('acceptSuggestion', s)) out.add('reviewSuggestion');
      if (f.role === 'liaisonOffice' && MERGE_PRIMARY_STATES.includes(s)) out.add('mergeSuggestions');
      if (can('changeCategory', s)) out.add('changeCategory');
      if (can('draftAssignment', s)) out.add('draftAssignment');
      if (can('assignSuggestion', s)) out.add('assignSuggestion');
      if (can('reassignSuggestion', s)) out.add('reassignSuggestion');
      if (f.pendingAdjustment && allowed('decideAdjustment', f.role)) out.add('decideAdjustment');
      if (f.pendingExtension && can('decideExtension', s)) out.add('decideExtension');
      if (can('forwardForRehandling', s)) out.add('forwardForRehandling');
      if (can('closeItem', s) && (f.referenceContactPassed || f.evaluationWindowPassed)) out.add('closeItem');
      if (f.role === 'liaisonOffice' && can('evaluateReply', s)) out.add('evaluateReply');
      if (open && f.unsentReplyStates?.length) out.add('overrideReplyCheck');
      if (f.role === 'governmentOffice' && f.unsentReplyStates?.some((r) => canTransition('sendBackReply', r))) out.add('sendBackReply');
      if (f.registeredCommitments) out.add('changeCommitment');
      if (f.role === 'liaisonOffice' && f.unpublishedPublicReplies && !f.classified) out.add('publishReply');
      if (!f.classified && !DROPPED_ITEM_STATES.includes(s)) out.add('uploadAttachment');
      if ((f.officeSide ?? 'own') === 'own' && f.lowerBodies && can('handDownItem', s)) out.add('handDownItem');
      // R-ASSIGN-4: on an item handed down, the lower body assigns and runs the handling, the higher one the rest.
      for (const op of out) if (!officeTakes(f.officeSide ?? 'own', op)) out.delete(op);
      break;
    case 'unitOffice':
    case 'unitHandler':
    case 'unitLeader': {
      const t = f.myTask;
      if (!t) break;
      const live = ACTIVE_TASK_STATES.includes(t.state);
      const replying = t.role === 'lead' || t.role === 'split';
      if (can('requestAdjustment', t.state) && (t.state === 'draft' || f.adjustmentWindowOpen) && !f.pendingAdjustment) out.add('requestAdjustment');
      // 签收: a new assignment, draft or formal, not yet acknowledged
      if (f.role === 'unitOffice' && (t.state === 'draft' || t.state === 'assigned') && !t.acknowledged) out.add('acknowledgeAssignment');
      if (f.role === 'unitOffice' && live) {
        if (mayBreakDown(t.state)) out.add('setResponsibility');
        if (open) out.add('markKeyItem');
      }
      if (t.role === 'co' && can('sendCoOpinion', t.state) && open) out.add('sendCoOpinion');
      if (t.role === 'lead' && f.role === 'unitOffice' && open && t.state === 'assigned' && f.coTaskStates?.includes('opinionSent')) out.add('returnCoOpinion');
      if ((f.role === 'unitOffice' || f.role === 'unitHandler') && contactPhasesFor(t.state, s).length) out.add('recordContact');
      if (replying && open && t.state === 'assigned') {
        const r = f.myReply?.state;
        if ((f.role === 'unitOffice' || f.role === 'unitHandler') && (!r || r === 'draft')) out.add('saveReplyDraft');
        if (r && can('submitReplyForReview', r)) out.add('submitReplyForReview');
        if (r && can('approveReplyReview', r)) out.add('approveReplyReview');
        if (r && can('sendBackReply', r)) out.add('sendBackReply');
        if (r && can('signOffReply', r)) out.add('signOffReply');
        if (r && can('sendReply', r)) out.add('sendReply');
        if (f.role === 'unitOffice' && s === 'handling' && !f.replyExtended && !f.pendingExtension) out.add('requestExtension');
      }
      if (f.role === 'unitOffice' && f.registeredCommitments) out.add('changeCommitment');
      if ((f.role === 'unitOffice' || f.role === 'unitHandler') && live && !f.classified) out.add('uploadAttachment');
      break;
    }
    case 'delegationContact':
      // Two-stage review: pass on to the office, or return to the deputy (one operation, the form picks).
      if (can('passDelegationReview', s)) out.add('reviewByDelegation');
      break;
    case 'supervisor':
    case 'townshipPresidium':
    case 'admin':
    case 'auditor':
    case 'member': // never a part: a member acts as a deputy, the proposal committee as the liaison office (partOf)
    case 'proposalCommittee':
    case 'hotlineOffice': // the hotline channel's work orders are not items of the suggestion ledger (domain/hotline)
      break;
    default: {
      const never: never = f.role;
      return never;
    }
  }
  return [...out].sort();
}
