import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { commitmentActionBody } from '../../../../../domain/contracts/commitments';
import { commitmentActionsFor, type CommitmentAction, type CommitmentState } from '../../../../../domain/commitments/tracking';
import { attachmentBody, versionNoteBody } from '../../../../../domain/contracts/items';
import { actions } from '../../../api/actions';
import { useUser } from '../../../auth/AuthContext';
import type { ItemDetail } from '../../../api/types';
import { COMMITMENT_ACTION_LABELS, COMMITMENT_STATE_LABELS } from '../../../lib/labels';
import { ActionModal } from '../ActionModal';
import { ATTACHMENT_ACCEPT, checkAttachment, mimeOf, uploadFile } from '../../../lib/attachments';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** After the reply: re-handling, closing, B-commitment tracking; and documents on the item. */

const NOTE_ACTIONS = {
  forwardForRehandling: {
    title: '转交重新办理',
    label: '转办说明',
    placeholder: '代表不满意的主要意见，以及对重新办理的要求',
    done: '已转交承办单位重新办理（30 日内当面沟通并再次答复）',
    intro: '代表对答复不满意（R-EVAL-2）：承办单位须重新研究办理，与代表当面沟通，并在收到反馈后 30 日内再次答复。',
    call: actions.forwardForRehandling,
  },
  closeItem: {
    title: '办结',
    label: '办结说明',
    placeholder: '如：代表逾期未评价，按规定办结',
    done: '已办结',
    intro: '评价期限届满代表未评价的建议，或已沟通的参阅件，可由联工委办结（R-EVAL-3）。',
    call: actions.closeItem,
  },
} as const;

export function NoteActionModal({ detail, onClose, onChanged, kind }: ModalProps & { kind: keyof typeof NOTE_ACTIONS }) {
  const a = NOTE_ACTIONS[kind];
  return (
    <ActionModal<typeof versionNoteBody, { note?: string }>
      open
      title={a.title}
      schema={versionNoteBody}
      fields={['note']}
      toBody={(v) => ({ version: detail.item.version, note: v.note ?? '' })}
      submit={(body) => a.call(detail.item.id, body)}
      successText={a.done}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">{a.intro}</Typography.Paragraph>
        </>
      }
    >
      {() => (
        <Form.Item name="note" label={a.label} required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder={a.placeholder} />
        </Form.Item>
      )}
    </ActionModal>
  );
}

// ── B 类承诺事项 (R-TRACK-1) ────────────────────────────────────────
export interface CommitmentActionValues {
  action?: CommitmentAction;
  note?: string;
  targetDate?: Dayjs | null;
  attachmentIds?: number[];
}

/** The request of one commitment change (the shared contract validates it). */
export function commitmentRequest(v: CommitmentActionValues, version: number | undefined) {
  switch (v.action) {
    case 'progress':
      return {
        action: 'progress' as const,
        version,
        note: v.note ?? '',
        targetDate: v.targetDate ? v.targetDate.format('YYYY-MM-DD') : undefined,
        attachmentIds: v.attachmentIds?.length ? v.attachmentIds : undefined,
      };
    case 'approveStrikeOff':
      return { action: v.action, version, note: v.note?.trim() ? v.note : undefined };
    default:
      return { action: v.action, version, note: v.note ?? '' };
  }
}

const NOTE_LABELS: Record<CommitmentAction, string> = {
  progress: '进展情况',
  requestStrikeOff: '落实情况',
  approveStrikeOff: '审批意见（可选）',
  rejectStrikeOff: '驳回理由',
  strikeOff: '销号说明',
  convertToC: '转 C 类说明',
};
const NOTE_HINTS: Partial<Record<CommitmentAction, string>> = {
  requestStrikeOff: '说明承诺事项的落实情况，报联工委（政府办公厅）审核销号',
  rejectStrikeOff: '说明尚未落实到位之处，承办单位将继续办理',
  convertToC: '说明因法律、政策或现实条件限制暂不能解决的原因（R-REPLY-3）',
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
export function CommitmentActionFields({ actions, commitment, evidence }: { actions: CommitmentAction[]; commitment?: CommitmentContext; evidence: { id: number; filename: string }[] }) {
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
                  <Form.Item name="attachmentIds" label="佐证材料（可选）" extra={evidence.length ? '从本件已上传的附件中选择；新材料请先在建议页面“上传附件”' : '本件暂无可引用的附件；可先在建议页面“上传附件”'}>
                    <Select mode="multiple" allowClear placeholder="选择附件" options={evidence.map((a) => ({ value: a.id, label: a.filename }))} optionFilterProp="label" />
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

// ── 上传附件 ──────────────────────────────────────────────────────
interface UploadValues {
  file?: UploadFile[];
  purpose?: 'general' | 'scan';
}

export function UploadModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  return (
    <ActionModal<typeof attachmentBody, UploadValues>
      open
      title="上传附件"
      okText="上传"
      schema={attachmentBody}
      fields={['file', 'purpose']}
      initialValues={{ purpose: 'general' }}
      // The contract is checked on the file's name and type; its bytes are read only when sending.
      toBody={(v) => ({ filename: v.file?.[0]?.name ?? '', mimeType: v.file?.[0]?.originFileObj ? (mimeOf(v.file[0].originFileObj) ?? '') : '', purpose: v.purpose, contentBase64: v.file?.length ? '-' : '' })}
      extraCheck={(v) => {
        const file = v.file?.[0]?.originFileObj;
        const problem = file ? checkAttachment(file) : '请选择文件';
        return problem ? [{ field: 'file', message: problem }] : [];
      }}
      submit={(body, v) => uploadFile(detail.item.id, v.file![0].originFileObj!, body.purpose === 'scan' ? 'scan' : 'general')}
      successText="附件已上传"
      onClose={onClose}
      onChanged={onChanged}
      intro={<Typography.Paragraph type="secondary">支持 PDF、Word、Excel、JPG、PNG，单个文件不超过 10 MB。</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="file" label="文件" required valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}>
            <Upload beforeUpload={() => false} maxCount={1} accept={ATTACHMENT_ACCEPT}>
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
          {user.role !== 'deputy' && (
            <Form.Item name="purpose" label="类别">
              <Radio.Group
                options={[
                  { value: 'general', label: '一般附件' },
                  { value: 'scan', label: '纸质材料扫描件' },
                ]}
              />
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}
