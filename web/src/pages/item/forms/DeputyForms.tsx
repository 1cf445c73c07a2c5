import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { contactResponseBody, cosignBody, evaluateBody, resubmitBody } from '../../../../../domain/contracts/items';
import { EVALUATION_RESULTS, type EvaluationResult } from '../../../../../domain/items/kinds';
import { actions } from '../../../api/actions';
import { api } from '../../../api/client';
import { useUser } from '../../../auth/AuthContext';
import { CONTACT_METHOD_LABELS, EVALUATION_LABELS, RESULT_CLASS_LABELS } from '../../../lib/labels';
import { ActionModal } from '../ActionModal';
import { unitOf } from '../Section';
import { checkAttachment, uploadFile } from '../../../lib/attachments';
import { NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** The deputy's forms: cosign, evaluate, confirm a contact, resubmit after a return. */

// ── 附议确认 (R-SUBMIT-1) ───────────────────────────────────────────
export function CosignModal({ detail, onClose, onChanged }: ModalProps) {
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

export function EvaluateModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const proxy = user.role !== 'deputy';
  const { item } = detail;
  // R-EVAL-1 a proxy entry carries the scanned form — except a classified item's, kept offline (R-REPLY-8).
  const needsScan = proxy && !item.classified;
  const sent = detail.replies.filter((r) => r.state === 'sent' && r.round === item.round);
  const evaluated = new Set(detail.evaluations.filter((e) => e.round === item.round).map((e) => e.deputyId));
  const deputies = detail.signers.filter((s) => s.status === 'confirmed' && !evaluated.has(s.deputyId));

  return (
    <ActionModal<typeof evaluateBody, EvaluateValues>
      open
      title={proxy ? '代录代表评价' : '评价答复'}
      schema={evaluateBody}
      fields={['result', 'comment', 'deputyId', 'form']}
      extraCheck={(v) => {
        const errors: { field: string; message: string }[] = [];
        if (proxy && !v.deputyId) errors.push({ field: 'deputyId', message: '请选择评价代表' });
        const file = v.form?.[0]?.originFileObj;
        const problem = !needsScan ? null : file ? checkAttachment(file) : '代录评价须上传代表签字的评价表扫描件';
        if (problem) errors.push({ field: 'form', message: problem });
        return errors;
      }}
      initialValues={proxy && deputies.length === 1 ? { deputyId: deputies[0].deputyId } : {}}
      toBody={(v) => ({ result: v.result, comment: v.comment?.trim() ? v.comment : undefined, ...(proxy ? { deputyId: v.deputyId } : {}) })}
      submit={async (body, v) => {
        const file = v.form?.[0]?.originFileObj;
        if (!needsScan || !file) return api.evaluateReply(item.id, body);
        const att = await uploadFile(item.id, file, 'proxyEvaluationForm');
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
          {needsScan && (
            <Form.Item
              name="form"
              label="评价表扫描件"
              required
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
            >
              <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.jpg,.jpeg,.png">
                <Button icon={<UploadOutlined />}>选择文件</Button>
              </Upload>
            </Form.Item>
          )}
          {proxy && !needsScan && <Alert type="info" showIcon title="涉密件：代表签字的评价表在线下存档，不上传扫描件。" />}
        </>
      )}
    </ActionModal>
  );
}

// ── 确认沟通记录 (R-TALK-1) ─────────────────────────────────────────
interface RespondContactValues {
  contactId?: number;
  response?: 'confirmed' | 'disputed';
  note?: string;
}

export function RespondContactModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const open = detail.contacts.filter((c) => !c.responses?.some((r) => r.deputyId === user.deputyId));
  return (
    <ActionModal<typeof contactResponseBody, RespondContactValues>
      open
      title="确认沟通记录"
      schema={contactResponseBody}
      fields={['contactId', 'response', 'note']}
      initialValues={{ contactId: open[0]?.id, response: 'confirmed' }}
      toBody={(v) => ({ response: v.response, note: v.note?.trim() ? v.note : undefined })}
      extraCheck={(v) => (v.contactId ? [] : [{ field: 'contactId', message: '请选择沟通记录' }])}
      submit={(body, v) => actions.respondContact(detail.item.id, v.contactId!, body)}
      successText="已答复沟通记录"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          承办单位登记了与您的沟通联系。请核对是否属实：属实请确认；与实际不符请说明情况，联工委和承办单位将核实。
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="contactId" label="沟通记录" required>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {open.map((c) => (
                <Radio key={c.id} value={c.id}>
                  {c.contactedOn} {unitOf(detail, c.taskId, c.unitId) || '承办单位'}（{CONTACT_METHOD_LABELS[c.method]}）：{c.summary}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="response" label="是否属实" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'confirmed', label: '属实，确认' },
                { value: 'disputed', label: '与实际不符' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.response !== b.response}>
            {({ getFieldValue }) =>
              getFieldValue('response') === 'disputed' && (
                <Form.Item name="note" label="不符之处" required>
                  <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder="如：当天并未见面，只通过短信告知" />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 修改后重新提交 (R-REVIEW-1) ─────────────────────────────────────
interface ResubmitValues {
  title?: string;
  body?: string;
}

export function ResubmitModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  return (
    <ActionModal<typeof resubmitBody, ResubmitValues>
      open
      title="修改后重新提交"
      schema={resubmitBody}
      fields={['title', 'body']}
      initialValues={{ title: item.title, body: item.body }}
      toBody={(v) => ({ version: item.version, title: v.title ?? '', body: v.body ?? '', categoryId: item.categoryId })}
      submit={(body) => actions.resubmitSuggestion(item.id, body)}
      successText="建议已重新提交审核"
      onClose={onClose}
      onChanged={onChanged}
      intro={item.reviewNote && <Alert type="info" showIcon title={`退回理由：${item.reviewNote}`} style={{ marginBottom: 12 }} />}
    >
      {() => (
        <>
          <Form.Item name="title" label="标题" required>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Form.Item name="body" label="正文" required>
            <TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={20000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
