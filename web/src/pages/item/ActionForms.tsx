import type { Implemented } from './ActionBar';
import { AssignModal, DecideAdjustmentModal } from './forms/AssignmentForms';
import { CoOpinionModal, ContactModal, ReturnCoOpinionModal } from './forms/CoHandlingForms';
import { CosignModal, EvaluateModal, RespondContactModal, ResubmitModal } from './forms/DeputyForms';
import { CommitmentModal, NoteActionModal, UploadModal } from './forms/FollowUpForms';
import { OverrideModal, ReplyDraftModal, ReplyStepModal, SendBackModal } from './forms/ReplyForms';
import { PublishModal } from './forms/PublishForms';
import { MergeModal, ReviewModal } from './forms/ReviewForms';
import type { ModalProps } from './forms/shared';
import { AcknowledgeModal, DecideExtensionModal, KeyItemModal, RequestAdjustmentModal, RequestExtensionModal, ResponsibilityModal } from './forms/UnitTaskForms';

/**
 * The form of each action the server may list for an item, each a modal
 * validated with the shared contract. Loaded only when the user opens one.
 */
export default function ActionForm({ action, ...props }: ModalProps & { action: Implemented }) {
  switch (action) {
    case 'reviewSuggestion':
      return <ReviewModal {...props} />;
    case 'mergeSuggestions':
      return <MergeModal {...props} />;
    case 'draftAssignment':
    case 'assignSuggestion':
    case 'reassignSuggestion':
      return <AssignModal {...props} kind={action} />;
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
      return <NoteActionModal {...props} kind={action} />;
    case 'changeCommitment':
      return <CommitmentModal {...props} />;
    case 'uploadAttachment':
      return <UploadModal {...props} />;
  }
}
