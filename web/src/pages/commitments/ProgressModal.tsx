import { Typography } from 'antd';
import { commitmentActionBody } from '../../../../domain/contracts/commitments';
import { commitmentActionsFor, type CommitmentAction } from '../../../../domain/commitments/tracking';
import { actions } from '../../api/actions';
import { api } from '../../api/client';
import type { RegisterRow } from '../../api/tracking';
import { useUser } from '../../auth/AuthContext';
import { useLoad } from '../../lib/useLoad';
import { ActionModal } from '../item/ActionModal';
import { CommitmentActionFields } from '../item/forms/follow-up/CommitmentActionFields';
import { commitmentRequest, type CommitmentActionValues } from '../item/forms/follow-up/commitment-request';

/**
 * One commitment's change straight from the register (R-TRACK-1): progress
 * with evidence, the unit's strike-off request, the office's decision on it,
 * or its own strike-off or conversion to C — whatever this user may do now.
 */
export function ProgressModal({
  row,
  initialAction,
  onClose,
  onChanged,
}: {
  row: RegisterRow;
  initialAction?: CommitmentAction;
  onClose: () => void;
  onChanged: () => void;
}) {
  const user = useUser();
  const allowed = commitmentActionsFor(user.role, row.state);
  // Evidence is cited from the item's attachments this user may see.
  const item = useLoad((signal) => api.getItem(row.itemId, signal), [row.itemId]);
  const evidence = (item.data?.attachments ?? []).map((a) => ({ id: a.id, filename: a.filename }));
  return (
    <ActionModal<typeof commitmentActionBody, CommitmentActionValues>
      open
      title="承诺事项跟踪"
      schema={commitmentActionBody}
      fields={['action', 'note', 'targetDate', 'attachmentIds']}
      initialValues={{ action: initialAction && allowed.includes(initialAction) ? initialAction : allowed[0] }}
      toBody={(v) => commitmentRequest(v, row.version)}
      submit={(body) => actions.changeCommitment(row.itemId, row.id, body)}
      successText="承诺事项已更新"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {row.number}
          {'\u3000'}
          {row.unitName}：{row.content}（{row.targetDate}前）
        </Typography.Paragraph>
      }
    >
      {() => <CommitmentActionFields actions={allowed} commitment={row} evidence={evidence} />}
    </ActionModal>
  );
}
