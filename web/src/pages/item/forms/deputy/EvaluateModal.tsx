import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Radio, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { evaluateBody } from '../../../../../../domain/contracts/items';
import { ERRORS } from '../../../../../../domain/error-codes';
import { EVALUATION_RESULTS, type EvaluationResult } from '../../../../../../domain/items/kinds';
import { api } from '../../../../api/client';
import { useUser } from '../../../../auth/AuthContext';
import { EVALUATION_LABELS, RESULT_CLASS_LABELS } from '../../../../lib/labels';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { checkAttachment, uploadFile } from '../../../../lib/attachments';
import { TextArea, type ModalProps } from '../shared';

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
  const w = wordsOf(item.kind);
  // R-EVAL-1 a proxy entry carries the scanned form — except a classified item's, kept offline (R-REPLY-8).
  const needsScan = proxy && !item.classified;
  const sent = detail.replies.filter((r) => r.state === 'sent' && r.round === item.round);
  const evaluated = new Set(detail.evaluations.filter((e) => e.round === item.round).map((e) => e.deputyId));
  // R-CPPCC-2: a proposal is evaluated by its lead member only (or its organization, through the contact member).
  const deputies = detail.signers.filter((s) => s.status === 'confirmed' && !evaluated.has(s.deputyId) && (!w.proposal || s.isLead));

  return (
    <ActionModal<typeof evaluateBody, EvaluateValues>
      open
      title={proxy ? `代录${w.submitter}评价` : '评价答复'}
      schema={evaluateBody}
      fields={['result', 'comment', 'deputyId', 'form']}
      extraCheck={(v) => {
        const errors: { field: string; message: string }[] = [];
        if (proxy && !v.deputyId) errors.push({ field: 'deputyId', message: `请选择评价${w.submitter}` });
        // Dissatisfied needs its reason: the unit re-handles on it (the server refuses it without).
        if (v.result === 'dissatisfied' && !v.comment?.trim()) errors.push({ field: 'comment', message: ERRORS.DISSATISFIED_REASON_REQUIRED.message });
        const file = v.form?.[0]?.originFileObj;
        const problem = !needsScan ? null : file ? checkAttachment(file) : `代录评价须上传${w.submitter}签字的评价表扫描件`;
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
            <Form.Item name="deputyId" label={`评价${w.submitter}`} required>
              <Select
                placeholder={w.proposal ? `选择${w.lead}` : `选择${w.lead}或${w.cosigner}`}
                options={deputies.map((d) => ({ value: d.deputyId, label: `${d.name}${d.isLead ? `（${w.leadTag}）` : ''}` }))}
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
            {({ getFieldValue }) => {
              const unhappy = getFieldValue('result') === 'dissatisfied';
              return (
                <Form.Item
                  name="comment"
                  label="意见和建议"
                  required={unhappy}
                  extra={unhappy ? '请写明不满意的原因，承办单位将重新研究办理并当面沟通。' : undefined}
                >
                  <TextArea
                    autoSize={{ minRows: 3, maxRows: 8 }}
                    maxLength={5000}
                    showCount
                    placeholder={unhappy ? '必填：答复中哪些问题没有解决，您的具体意见' : '对办理工作和答复内容的意见（可选）'}
                  />
                </Form.Item>
              );
            }}
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
          {proxy && !needsScan && <Alert type="info" showIcon title={`涉密件：${w.submitter}签字的评价表在线下存档，不上传扫描件。`} />}
        </>
      )}
    </ActionModal>
  );
}
