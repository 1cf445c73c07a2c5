import { KeySupervisionModal } from './KeySupervisionModal';
import { ManualReminderModal } from './ManualReminderModal';
import { RevokeKeySupervisionModal } from './RevokeKeySupervisionModal';
import type { SupervisionModalProps } from './shared';
import { SupervisionActivityModal } from './SupervisionActivityModal';
import { UrgingLetterModal } from './UrgingLetterModal';

/** The form of one supervision action (loaded only when the user opens one). */
export function SupervisionForm({ action, ...props }: SupervisionModalProps & { action: string }) {
  switch (action) {
    case 'designateKeySupervision':
    case 'updateKeySupervision':
      return <KeySupervisionModal {...props} />;
    case 'revokeKeySupervision':
      return <RevokeKeySupervisionModal {...props} />;
    case 'recordSupervisionActivity':
      return <SupervisionActivityModal {...props} />;
    case 'sendManualReminder':
      return <ManualReminderModal {...props} />;
    case 'issueUrgingLetter':
      return <UrgingLetterModal {...props} />;
    default:
      return null;
  }
}
