import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { coOpinionBody, contactBody, cosignBody, evaluateBody, reviewBody } from '../../../../domain/contracts/items';
import { CONTACT_METHODS, CONTACT_PHASES, EVALUATION_RESULTS, type ContactMethod, type ContactPhase, type EvaluationResult } from '../../../../domain/items/kinds';
import { api } from '../../api/client';
import type { ItemDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { todayInShanghai } from '../../lib/dates';
import { CONTACT_METHOD_LABELS, CONTACT_PHASE_LABELS, EVALUATION_LABELS, RESULT_CLASS_LABELS } from '../../lib/labels';
import { ActionModal } from './ActionModal';
import type { Implemented } from './ActionBar';

/**
 * The forms of the actions this slice implements, each a modal validated with
 * the shared contract. Loaded only when the user opens one.
 */
export default function ActionForm({ action, ...props }: ModalProps & { action: Implemented }) {
  switch (action) {
    case 'reviewSuggestion':
      return <ReviewModal {...props} />;
    case 'respondCosignature':
      return <CosignModal {...props} />;
    case 'evaluateReply':
      return <EvaluateModal {...props} />;
    case 'recordContact':
      return <ContactModal {...props} />;
    case 'sendCoOpinion':
      return <CoOpinionModal {...props} />;
  }
}

const { TextArea } = Input;

interface ModalProps {
  detail: ItemDetail;
  onClose: () => void;
  onChanged: () => void;
}

function ItemIntro({ detail }: { detail: ItemDetail }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      {detail.item.number}{'\u3000'}{detail.item.title}
    </Typography.Paragraph>
  );
}

// ── 审核 (R-REVIEW-1) ──────────────────────────────────────────────
interface ReviewValues {
  decision: 'accept' | 'return' | 'reject';
  note?: string;
  reason?: string;
}

function ReviewModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  return (
    <ActionModal<typeof reviewBody, ReviewValues>
      open
      title="审核建议"
      schema={reviewBody}
      fields={['decision', 'note', 'reason']}
      initialValues={{ decision: 'accept' }}
      toBody={(v) =>
        v.decision === 'accept'
          ? { decision: 'accept', version: item.version, note: v.note }
          : { decision: v.decision, version: item.version, reason: v.reason ?? '' }
      }
      submit={(body) => api.reviewSuggestion(item.id, body)}
      successText="审核结果已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <Form.Item name="decision" label="审核结论" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accept', label: '立案' },
                { value: 'return', label: '退回修改' },
                { value: 'reject', label: '不予立案' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
            {({ getFieldValue }) =>
              getFieldValue('decision') === 'accept' ? (
                <Form.Item name="note" label="审核意见（可选）">
                  <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder="如：符合代表建议有关规定，予以立案。" />
                </Form.Item>
              ) : (
                <Form.Item
                  name="reason"
                  label={getFieldValue('decision') === 'return' ? '退回理由' : '不予立案理由'}
                  required
                  extra={getFieldValue('decision') === 'return' ? '代表将看到此理由，修改后可重新提交。' : '理由将告知代表。'}
                >
                  <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 附议确认 (R-SUBMIT-1) ───────────────────────────────────────────
function CosignModal({ detail, onClose, onChanged }: ModalProps) {
  const lead = detail.signers.find((s) => s.isLead);
  return (
    <ActionModal<typeof cosignBody, { confirm?: boolean }>
      open
      title="附议确认"
      schema={cosignBody}
      fields={['confirm']}
      initialValues={{ confirm: true }}
      toBody={(v) => ({ confirm: v.confirm })}
      submit={(body) => api.respondCosignature(detail.item.id, body)}
      successText="已答复附议邀请"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph>
          {lead ? `${lead.name} 代表` : '领衔代表'}邀请您附议《{detail.item.title}》。请阅读建议正文后确认。
        </Typography.Paragraph>
      }
    >
      {() => (
        <Form.Item name="confirm" label="您的决定" required>
          <Radio.Group
            options={[
              { value: true, label: '确认附议（联名提出）' },
              { value: false, label: '不附议' },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      )}
    </ActionModal>
  );
}

// ── 评价答复 (R-EVAL-1) ─────────────────────────────────────────────
interface EvaluateValues {
  result?: EvaluationResult;
  comment?: string;
  deputyId?: number;
  form?: UploadFile[];
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error('读取文件失败'));
    r.readAsDataURL(file);
  });
}

function EvaluateModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const proxy = user.role !== 'deputy';
  const { item } = detail;
  const sent = detail.replies.filter((r) => r.state === 'sent' && r.round === item.round);
  const evaluated = new Set(detail.evaluations.filter((e) => e.round === item.round).map((e) => e.deputyId));
  const deputies = detail.signers.filter((s) => s.status === 'confirmed' && !evaluated.has(s.deputyId));

  return (
    <ActionModal<typeof evaluateBody, EvaluateValues>
      open
      title={proxy ? '代录代表评价' : '评价答复'}
      schema={evaluateBody}
      fields={['result', 'comment', 'deputyId', 'form']}
      extraCheck={(v) => (proxy && !v.form?.length ? [{ field: 'form', message: '代录评价须上传代表签字的评价表扫描件' }] : [])}
      initialValues={proxy && deputies.length === 1 ? { deputyId: deputies[0].deputyId } : {}}
      toBody={(v) => ({ result: v.result, comment: v.comment?.trim() ? v.comment : undefined, ...(proxy ? { deputyId: v.deputyId } : {}) })}
      submit={async (body, v) => {
        const file = v.form?.[0]?.originFileObj;
        if (!proxy || !file) return api.evaluateReply(item.id, body);
        const att = await api.uploadAttachment(item.id, {
          filename: file.name,
          mimeType: file.type || 'application/octet-stream',
          purpose: 'proxyEvaluationForm',
          contentBase64: await readBase64(file),
        });
        return api.evaluateReply(item.id, { ...body, proxyAttachmentId: att.id });
      }}
      successText="评价已提交，感谢您的反馈"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        sent.length > 0 && (
          <div className="eval-intro">
            {sent.map((r) => {
              const unit = detail.tasks.find((t) => t.id === r.taskId)?.unitName;
              return (
                <div key={r.id}>
                  {unit}答复{r.docNumber ? `（${r.docNumber}）` : ''}：{RESULT_CLASS_LABELS[r.resultClass]}
                </div>
              );
            })}
          </div>
        )
      }
    >
      {() => (
        <>
          {proxy && (
            <Form.Item name="deputyId" label="评价代表" required>
              <Select
                placeholder="选择领衔或附议代表"
                options={deputies.map((d) => ({ value: d.deputyId, label: `${d.name}${d.isLead ? '（领衔）' : ''}` }))}
              />
            </Form.Item>
          )}
          <Form.Item name="result" label="您对答复的评价" required>
            <Radio.Group className="eval-options" optionType="button" buttonStyle="solid">
              {EVALUATION_RESULTS.map((r) => (
                <Radio.Button key={r} value={r}>
                  {EVALUATION_LABELS[r]}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.result !== b.result}>
            {({ getFieldValue }) => (
              <Form.Item
                name="comment"
                label="意见和建议"
                extra={getFieldValue('result') === 'dissatisfied' ? '请写明不满意的原因，承办单位将重新研究办理并当面沟通。' : undefined}
              >
                <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount placeholder="对办理工作和答复内容的意见（可选）" />
              </Form.Item>
            )}
          </Form.Item>
          {proxy && (
            <Form.Item
              name="form"
              label="评价表扫描件"
              required
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
            >
              <Upload beforeUpload={() => false} maxCount={1} accept="image/*,.pdf">
                <Button icon={<UploadOutlined />}>选择文件</Button>
              </Upload>
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}

// ── 沟通联系 (R-TALK-1) ─────────────────────────────────────────────
interface ContactValues {
  contactedOn?: Dayjs | null;
  method?: ContactMethod;
  phase?: ContactPhase;
  participants?: string;
  summary?: string;
  deputyView?: string;
}

function ContactModal({ detail, onClose, onChanged }: ModalProps) {
  const today = todayInShanghai();
  return (
    <ActionModal<typeof contactBody, ContactValues>
      open
      title="登记沟通联系"
      schema={contactBody}
      fields={['contactedOn', 'method', 'phase', 'participants', 'summary', 'deputyView']}
      initialValues={{ contactedOn: dayjs(today), phase: detail.contacts.length ? 'during' : 'before' }}
      toBody={(v) => ({
        contactedOn: v.contactedOn ? v.contactedOn.format('YYYY-MM-DD') : '',
        method: v.method,
        phase: v.phase,
        participants: v.participants ?? '',
        summary: v.summary ?? '',
        deputyView: v.deputyView?.trim() ? v.deputyView : undefined,
      })}
      submit={(body) => api.recordContact(detail.item.id, body)}
      successText="沟通联系已登记"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="contactedOn" label="沟通日期" required style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} inputReadOnly />
            </Form.Item>
            <Form.Item name="method" label="沟通方式" required style={{ flex: '1 1 160px' }}>
              <Select placeholder="请选择" options={CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }))} />
            </Form.Item>
          </div>
          <Form.Item name="phase" label="办理阶段" required>
            <Radio.Group
              optionType="button"
              options={CONTACT_PHASES.map((p) => ({ value: p, label: `${CONTACT_PHASE_LABELS[p]}${p === 'before' ? '走访' : p === 'during' ? '拜访' : '回访'}` }))}
            />
          </Form.Item>
          <Form.Item name="participants" label="参加人员" required>
            <Input maxLength={500} placeholder="如：承办处室负责人、承办人；××代表" />
          </Form.Item>
          <Form.Item name="summary" label="沟通内容" required>
            <TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="deputyView" label="代表意见">
            <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="代表对办理工作的意见和态度（可选）" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 会办意见 (R-CO-1) ───────────────────────────────────────────────
interface CoOpinionValues {
  body?: string;
  publicity?: 'public' | 'private';
  privateReason?: string;
}

/** R-REPLY-4: a non-public opinion needs a reason. */
const coOpinionSchema = coOpinionBody.refine((b) => b.publicity !== 'private' || Boolean(b.privateReason?.trim()), {
  path: ['privateReason'],
  message: '不公开须说明理由',
});

function CoOpinionModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = detail.tasks.find((t) => t.unitId === user.organizationId && t.role === 'co' && t.state !== 'withdrawn');
  const lead = detail.tasks.find((t) => t.role === 'lead' && t.state !== 'withdrawn');
  return (
    <ActionModal<typeof coOpinionSchema, CoOpinionValues>
      open
      title="报送会办意见"
      schema={coOpinionSchema}
      fields={['body', 'publicity', 'privateReason']}
      initialValues={{ publicity: 'public' }}
      toBody={(v) => ({
        taskVersion: task?.version,
        body: v.body ?? '',
        publicity: v.publicity,
        privateReason: v.publicity === 'private' ? (v.privateReason ?? '') : undefined,
      })}
      submit={(body) => api.sendCoOpinion(detail.item.id, body)}
      successText="会办意见已报送主办单位"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          {!task && <Alert type="warning" showIcon title="未找到本单位的会办任务，请刷新页面后重试。" style={{ marginBottom: 12 }} />}
          {lead && (
            <Typography.Paragraph type="secondary">
              报送主办单位：{lead.unitName}，同时抄送政府办公厅。
            </Typography.Paragraph>
          )}
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="body" label="会办意见" required>
            <TextArea autoSize={{ minRows: 6, maxRows: 14 }} maxLength={20000} showCount />
          </Form.Item>
          <Form.Item name="publicity" label="能否公开" required>
            <Radio.Group
              options={[
                { value: 'public', label: '可以公开' },
                { value: 'private', label: '不公开' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.publicity !== b.publicity}>
            {({ getFieldValue }) =>
              getFieldValue('publicity') === 'private' && (
                <Form.Item name="privateReason" label="不公开理由" required>
                  <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
