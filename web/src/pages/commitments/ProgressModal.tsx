import { Typography } from 'antd';
import { commitmentActionBody } from '../../../../domain/contracts/commitments';
import { actions } from '../../api/actions';
import { useUser } from '../../auth/AuthContext';
import { ActionModal } from '../item/ActionModal';
import { CommitmentActionFields, commitmentRequest, type CommitmentActionValues } from '../item/forms/FollowUpForms';
import type { RegisterRow } from './CommitmentsPage';

/** One commitment's change straight from the register (R-TRACK-1). */
export function ProgressModal({ row, onClose, onChanged }: { row: RegisterRow; onClose: () => void; onChanged: () => void }) {
  const user = useUser();
  return (
    <ActionModal<typeof commitmentActionBody, CommitmentActionValues>
      open
      title="承诺事项跟踪"
      schema={commitmentActionBody}
      fields={['action', 'note', 'targetDate']}
      initialValues={{ action: 'progress' }}
      toBody={(v) => commitmentRequest(v, row.version)}
      submit={(body) => actions.changeCommitment(row.itemId, row.id, body)}
      successText="承诺事项已更新"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {row.number}{'\u3000'}{row.unitName}：{row.content}（{row.targetDate}前）
        </Typography.Paragraph>
      }
    >
      {() => <CommitmentActionFields office={user.role !== 'unitOffice'} />}
    </ActionModal>
  );
}
