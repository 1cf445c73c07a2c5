import { Alert, DatePicker, Form, Radio, Select } from 'antd';
import type { CommitmentAction, CommitmentState } from '../../../../../../domain/commitments/tracking';
import { COMMITMENT_ACTION_LABELS } from '../../../../lib/labels';
import { NOTE_ROWS, TextArea } from '../shared';

// Rules behind the texts below: R-REPLY-3 (../shared/domain.md).
const NOTE_LABELS: Record<CommitmentAction, string> = {
  progress: '进展情况',
  requestStrikeOff: '落实情况',
  approveStrikeOff: '审批意见（可选）',
  rejectStrikeOff: '驳回理由',
  strikeOff: '销号说明',
  convertToC: '转 C 类说明',
};
const NOTE_HINTS: Partial<Record<CommitmentAction, string>> = {
  requestStrikeOff: '说明承诺事项的落实情况，报交办机关（联工委、提案委员会或政府办公厅）审核销号',
  rejectStrikeOff: '说明尚未落实到位之处，承办单位将继续办理',
  convertToC: '说明因法律、政策或现实条件限制暂不能解决的原因',
};

/** One commitment's state as the forms show it: the pending strike-off request or the last rejection. */
export interface CommitmentContext {
  state: CommitmentState;
  strikeOffRequestNote: string | null;
  lastRejection?: string | null;
}

/**
 * The fields of a commitment change: the actions this user may take on this
 * commitment now (commitmentActionsFor, from the transitions table), the note,
 * and for a progress report a new target date and evidence from the item's attachments.
 */
export function CommitmentActionFields({
  actions,
  commitment,
  evidence,
}: {
  actions: CommitmentAction[];
  commitment?: CommitmentContext;
  evidence: { id: number; filename: string }[];
}) {
  return (
    <>
      {commitment?.state === 'strikeOffRequested' && commitment.strikeOffRequestNote && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`承办单位申请销号：${commitment.strikeOffRequestNote}`} />
      )}
      {commitment?.state === 'registered' && commitment.lastRejection && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`上次销号申请被驳回：${commitment.lastRejection}`} />
      )}
      <Form.Item name="action" label="操作" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={actions.map((a) => ({ value: a, label: COMMITMENT_ACTION_LABELS[a] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.action !== b.action}>
        {({ getFieldValue }) => {
          const action = (getFieldValue('action') as CommitmentAction | undefined) ?? 'progress';
          return (
            <>
              <Form.Item name="note" label={NOTE_LABELS[action]} required={action !== 'approveStrikeOff'} extra={NOTE_HINTS[action]}>
                <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
              </Form.Item>
              {action === 'progress' && (
                <>
                  <Form.Item
                    name="attachmentIds"
                    label="佐证材料（可选）"
                    extra={evidence.length ? '从本件已上传的附件中选择；新材料请先在本件页面“上传附件”' : '本件暂无可引用的附件；可先在本件页面“上传附件”'}
                  >
                    <Select
                      mode="multiple"
                      allowClear
                      placeholder="选择附件"
                      options={evidence.map((a) => ({ value: a.id, label: a.filename }))}
                      optionFilterProp="label"
                    />
                  </Form.Item>
                  <Form.Item name="targetDate" label="调整完成时限（可选）">
                    <DatePicker />
                  </Form.Item>
                </>
              )}
            </>
          );
        }}
      </Form.Item>
    </>
  );
}
