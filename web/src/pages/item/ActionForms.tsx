import type { Implemented } from './ActionBar';
// The offices' assignment forms: draft, formal and second assignment (R-ASSIGN-1..3), and adjustment decisions.
import { AssignModal } from './forms/assignment/AssignModal';
import { DecideAdjustmentModal } from './forms/assignment/DecideAdjustmentModal';
// R-ASSIGN-4: handing an item down to a lower congress (the levels area's own form).
import { HandDownModal } from '../levels/HandDownModal';
// Working with the deputy and the co-handlers: contacts (R-TALK-1), co-opinions (R-CO-1) and their return (R-CO-3).
import { ContactModal } from './forms/co-handling/ContactModal';
import { CoOpinionModal } from './forms/co-handling/CoOpinionModal';
import { ReturnCoOpinionModal } from './forms/co-handling/ReturnCoOpinionModal';
// The deputy's forms: cosign, evaluate, confirm a contact, resubmit after a return.
import { CosignModal } from './forms/deputy/CosignModal';
import { EvaluateModal } from './forms/deputy/EvaluateModal';
import { RespondContactModal } from './forms/deputy/RespondContactModal';
import { ResubmitModal } from './forms/deputy/ResubmitModal';
// After the reply: re-handling, closing, B-commitment tracking; and documents on the item.
import { CommitmentModal } from './forms/follow-up/CommitmentModal';
import { NoteActionModal } from './forms/follow-up/NoteActionModal';
import { UploadModal } from './forms/follow-up/UploadModal';
// The reply's way out (R-REPLY-1): draft → office review (or send back) → leader sign-off → send; offices' send-back and override; publication (R-PUBLISH-1).
import { OverrideModal } from './forms/reply/OverrideModal';
import { PublishModal } from './forms/reply/PublishModal';
import { ReplyDraftModal } from './forms/reply/ReplyDraftModal';
import { ReplyStepModal } from './forms/reply/ReplyStepModal';
import { SendBackModal } from './forms/reply/SendBackModal';
// The liaison office's review (立案审核) and merge (并案) forms.
import { ChangeCategoryModal } from './forms/review/ChangeCategoryModal';
// Two-stage review: the delegation's contact person checks first.
import { DelegationReviewModal } from './forms/review/DelegationReviewModal';
import { MergeModal } from './forms/review/MergeModal';
import { ReviewModal } from './forms/review/ReviewModal';
import type { ModalProps } from './forms/shared';
// A unit's forms on its own task (adjustment, extension, breakdown, key item) and the offices' extension decision.
import { AcknowledgeModal } from './forms/unit-task/AcknowledgeModal';
import { DecideExtensionModal } from './forms/unit-task/DecideExtensionModal';
import { KeyItemModal } from './forms/unit-task/KeyItemModal';
import { RequestAdjustmentModal } from './forms/unit-task/RequestAdjustmentModal';
import { RequestExtensionModal } from './forms/unit-task/RequestExtensionModal';
import { ResponsibilityModal } from './forms/unit-task/ResponsibilityModal';

/**
 * The form of each action the server may list for an item, each a modal
 * validated with the shared contract. Loaded only when the user opens one.
 */
export default function ActionForm({ action, ...props }: ModalProps & { action: Implemented }) {
  switch (action) {
    case 'reviewByDelegation':
      return <DelegationReviewModal {...props} />;
    case 'reviewSuggestion':
      return <ReviewModal {...props} />;
    case 'mergeSuggestions':
      return <MergeModal {...props} />;
    case 'changeCategory':
      return <ChangeCategoryModal {...props} />;
    case 'draftAssignment':
    case 'assignSuggestion':
    case 'reassignSuggestion':
      return <AssignModal {...props} kind={action} />;
    case 'handDownItem':
      return <HandDownModal {...props} />;
    case 'decideAdjustment':
      return <DecideAdjustmentModal {...props} />;
    case 'decideExtension':
      return <DecideExtensionModal {...props} />;
    case 'respondCosignature':
      return <CosignModal {...props} />;
    case 'resubmitSuggestion':
      return <ResubmitModal {...props} />;
    case 'evaluateReply':
      return <EvaluateModal {...props} />;
    case 'respondContact':
      return <RespondContactModal {...props} />;
    case 'requestAdjustment':
      return <RequestAdjustmentModal {...props} />;
    case 'requestExtension':
      return <RequestExtensionModal {...props} />;
    case 'acknowledgeAssignment':
      return <AcknowledgeModal {...props} />;
    case 'setResponsibility':
      return <ResponsibilityModal {...props} />;
    case 'markKeyItem':
      return <KeyItemModal {...props} />;
    case 'recordContact':
      return <ContactModal {...props} />;
    case 'sendCoOpinion':
      return <CoOpinionModal {...props} />;
    case 'returnCoOpinion':
      return <ReturnCoOpinionModal {...props} />;
    case 'saveReplyDraft':
      return <ReplyDraftModal {...props} />;
    case 'submitReplyForReview':
    case 'approveReplyReview':
    case 'signOffReply':
    case 'sendReply':
      return <ReplyStepModal {...props} step={action} />;
    case 'sendBackReply':
      return <SendBackModal {...props} />;
    case 'overrideReplyCheck':
      return <OverrideModal {...props} />;
    case 'publishReply':
      return <PublishModal {...props} />;
    case 'forwardForRehandling':
    case 'closeItem':
    case 'withdrawSuggestion':
      return <NoteActionModal {...props} kind={action} />;
    case 'changeCommitment':
      return <CommitmentModal {...props} />;
    case 'uploadAttachment':
      return <UploadModal {...props} />;
  }
}
