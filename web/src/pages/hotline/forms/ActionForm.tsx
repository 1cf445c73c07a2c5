import type { ReactNode } from 'react';
import type { WorkOrderAction } from '../../../../../domain/hotline/actions';
import { DispatchModal } from './DispatchModal';
import { MergeModal } from './MergeModal';
import { ConfirmCallerModal, ExtensionDecisionModal, SignOffRecordModal, SignOffRequestModal } from './OfficeModals';
import { RatingModal } from './RatingModal';
import { JointSupervisionModal, SpotCheckModal } from './SupervisionModals';
import type { FormProps } from './types';
import { ContactModal, ExtensionRequestModal, FeedbackModal, FinishModal, ReturnModal } from './UnitModals';

const FORMS: Record<WorkOrderAction, (p: FormProps) => ReactNode> = {
  confirmWorkOrderCaller: ConfirmCallerModal,
  requestWorkOrderSignOff: SignOffRequestModal,
  recordWorkOrderSignOff: SignOffRecordModal,
  dispatchWorkOrder: DispatchModal,
  returnWorkOrder: ReturnModal,
  recordWorkOrderContact: ContactModal,
  requestWorkOrderExtension: ExtensionRequestModal,
  decideWorkOrderExtension: ExtensionDecisionModal,
  finishWorkOrder: FinishModal,
  feedBackWorkOrder: FeedbackModal,
  rateWorkOrder: RatingModal,
  mergeWorkOrder: MergeModal,
  superviseWorkOrderJointly: JointSupervisionModal,
  spotCheckWorkOrder: SpotCheckModal,
};

/** The form of one action of an order (loaded with the first one opened). */
export default function ActionForm({ action, ...p }: FormProps & { action: WorkOrderAction }) {
  const Form = FORMS[action];
  return <Form {...p} />;
}
