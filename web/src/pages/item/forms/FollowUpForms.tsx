import { UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { commitmentActionBody } from '../../../../../domain/contracts/commitments';
import { attachmentBody, versionNoteBody } from '../../../../../domain/contracts/items';
import { actions } from '../../../api/actions';
import { useUser } from '../../../auth/AuthContext';
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
  action?: 'progress' | 'strikeOff' | 'convertToC';
  note?: string;
  targetDate?: Dayjs | null;
}

/** The request of one commitment change: progress (units and offices), strike-off or conversion to C (offices). */
export function commitmentRequest(v: CommitmentActionValues, version: number | undefined) {
  return v.action === 'progress'
    ? { action: 'progress' as const, version, note: v.note ?? '', targetDate: v.targetDate ? v.targetDate.format('YYYY-MM-DD') : undefined }
    : { action: v.action, version, note: v.note ?? '' };
}

/** The fields of a commitment change; only offices strike off or convert to C. */
export function CommitmentActionFields({ office }: { office: boolean }) {
  return (
    <>
      <Form.Item name="action" label="操作" required>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'progress', label: '报告进展' },
            ...(office
              ? [
                  { value: 'strikeOff', label: '销号' },
                  { value: 'convertToC', label: '转 C 类' },
                ]
              : []),
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.action !== b.action}>
        {({ getFieldValue }) => {
          const action = getFieldValue('action');
          return (
            <>
              <Form.Item name="note" label={action === 'progress' ? '进展情况' : action === 'strikeOff' ? '销号说明' : '转 C 类说明'} required>
                <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
              </Form.Item>
              {action === 'progress' && (
                <Form.Item name="targetDate" label="调整完成时限（可选）">
                  <DatePicker />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
    </>
  );
}

export function CommitmentModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const office = user.role === 'liaisonOffice' || user.role === 'governmentOffice';
  const open = detail.commitments.filter((c) => c.state === 'registered' && (office || c.unitId === user.organizationId));
  return (
    <ActionModal<typeof commitmentActionBody, CommitmentActionValues & { commitmentId?: number }>
      open
      title="承诺事项跟踪"
      schema={commitmentActionBody}
      fields={['commitmentId', 'action', 'note', 'targetDate']}
      initialValues={{ commitmentId: open[0]?.id, action: 'progress' }}
      toBody={(v) => commitmentRequest(v, open.find((c) => c.id === v.commitmentId)?.version)}
      extraCheck={(v) => (v.commitmentId ? [] : [{ field: 'commitmentId', message: '请选择承诺事项' }])}
      submit={(body, v) => actions.changeCommitment(detail.item.id, v.commitmentId!, body)}
      successText="承诺事项已更新"
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          <Form.Item name="commitmentId" label="承诺事项" required>
            <Select options={open.map((c) => ({ value: c.id, label: `${c.content}（${c.targetDate}前）` }))} />
          </Form.Item>
          <CommitmentActionFields office={office} />
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
