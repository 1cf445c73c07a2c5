import { Form, Select } from 'antd';
import { commitmentActionBody } from '../../../../../../domain/contracts/commitments';
import { commitmentActionsFor } from '../../../../../../domain/commitments/tracking';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import type { ItemDetail } from '../../../../api/types';
import { COMMITMENT_STATE_LABELS } from '../../../../lib/labels';
import { ActionModal } from '../../ActionModal';
import type { ModalProps } from '../shared';
import { CommitmentActionFields } from './CommitmentActionFields';
import { commitmentRequest, type CommitmentActionValues } from './commitment-request';

/** The last rejection of a commitment's strike-off request, from the item's history. */
export function lastRejectionOf(detail: ItemDetail, commitmentId: number): string | null {
  const e = detail.history.filter((h) => h.type === 'rejectCommitmentStrikeOff' && h.payload?.commitmentId === commitmentId).at(-1);
  return typeof e?.payload?.note === 'string' ? e.payload.note : null;
}

export function CommitmentModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  // The commitments this user may change now (a unit: its own, which the server sends it alone).
  const open = detail.commitments.filter((c) => commitmentActionsFor(user.role, c.state).length > 0);
  const evidence = detail.attachments.map((a) => ({ id: a.id, filename: a.filename }));
  const first = open[0];
  return (
    <ActionModal<typeof commitmentActionBody, CommitmentActionValues & { commitmentId?: number }>
      open
      title="承诺事项跟踪"
      schema={commitmentActionBody}
      fields={['commitmentId', 'action', 'note', 'targetDate', 'attachmentIds']}
      initialValues={{ commitmentId: first?.id, action: first ? commitmentActionsFor(user.role, first.state)[0] : undefined }}
      toBody={(v) => commitmentRequest(v, open.find((c) => c.id === v.commitmentId)?.version)}
      extraCheck={(v) => (v.commitmentId ? [] : [{ field: 'commitmentId', message: '请选择承诺事项' }])}
      submit={(body, v) => actions.changeCommitment(detail.item.id, v.commitmentId!, body)}
      successText="承诺事项已更新"
      onClose={onClose}
      onChanged={onChanged}
    >
      {(form) => (
        <>
          <Form.Item name="commitmentId" label="承诺事项" required>
            <Select
              options={open.map((c) => ({ value: c.id, label: `${c.content}（${c.targetDate}前 · ${COMMITMENT_STATE_LABELS[c.state]}）` }))}
              onChange={(id: number) => {
                // Another commitment may allow other actions: keep the chosen one only if it still applies.
                const c = open.find((x) => x.id === id);
                const allowed = c ? commitmentActionsFor(user.role, c.state) : [];
                if (!allowed.includes(form.getFieldValue('action'))) form.setFieldValue('action', allowed[0]);
              }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.commitmentId !== b.commitmentId}>
            {({ getFieldValue }) => {
              const c = open.find((x) => x.id === getFieldValue('commitmentId'));
              return (
                <CommitmentActionFields
                  actions={c ? commitmentActionsFor(user.role, c.state) : []}
                  commitment={c && { ...c, lastRejection: lastRejectionOf(detail, c.id) }}
                  evidence={evidence}
                />
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
