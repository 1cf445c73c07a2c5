import { Checkbox, Form, InputNumber, Radio, Typography } from 'antd';
import { contactBody, extensionRequestBody, feedbackBody, finishBody, returnBody } from '../../../../../domain/contracts/hotline';
import { WORK_ORDER_CONTACT_METHODS, WORK_ORDER_CONTACT_METHOD_LABELS, type WorkOrderContactMethod } from '../../../../../domain/hotline/orders';
import { hotline } from '../../../api/hotline';
import { formatDateTime } from '../../../lib/dates';
import { ActionModal } from '../../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../../item/forms/shared';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

const common = (p: FormProps) => ({ open: true, staleText: STALE_TEXT, onClose: p.onClose, onChanged: p.onChanged, title: `${p.title} · ${p.d.number}` });
const METHODS = WORK_ORDER_CONTACT_METHODS.map((m) => ({ value: m, label: WORK_ORDER_CONTACT_METHOD_LABELS[m] }));

function Gist({ p, extra }: { p: FormProps; extra?: string }) {
  const { d } = p;
  return (
    <Typography.Paragraph type="secondary">
      {d.deputy ? `${d.deputy.name}代表` : '来电人'}（{d.callerPhone}）反映：{d.content.length > 80 ? `${d.content.slice(0, 80)}…` : d.content}
      {extra && (
        <>
          <br />
          {extra}
        </>
      )}
    </Typography.Paragraph>
  );
}

/** 联系代表 (R-LINE-1): within 24 hours of the dispatch, inviting the deputy into the handling. */
export function ContactModal(p: FormProps) {
  const due = p.d.contactClock.stopped ? undefined : p.d.contactDueAt;
  return (
    <ActionModal<typeof contactBody, { method?: WorkOrderContactMethod; invited?: boolean; note?: string; deputyView?: string }>
      {...common(p)}
      okText="登记"
      schema={contactBody}
      fields={['method', 'invited', 'note', 'deputyView']}
      initialValues={{ invited: true }}
      toBody={(v) => ({ version: p.d.version, method: v.method, invited: v.invited ?? false, note: v.note ?? '', deputyView: v.deputyView || null })}
      submit={(body) => hotline.contact(p.d.id, body)}
      successText="已登记联系代表情况"
      intro={<Gist p={p} extra={due ? `请在 ${formatDateTime(due)} 前与代表联系` : undefined} />}
    >
      {() => (
        <>
          <Form.Item name="method" label="联系方式" required>
            <Radio.Group optionType="button" options={METHODS} />
          </Form.Item>
          <Form.Item name="invited" valuePropName="checked">
            <Checkbox>已邀请代表参加办理工作</Checkbox>
          </Form.Item>
          <Form.Item name="note" label="联系情况" required extra="向代表了解了什么情况、商定了怎样办理">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="deputyView" label="代表意见">
            <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** 退单: a wrongly dispatched order goes back to the hotline office, within the window after the dispatch. */
export function ReturnModal(p: FormProps) {
  return (
    <ActionModal<typeof returnBody, { reason?: string }>
      {...common(p)}
      okText="退单"
      danger
      schema={returnBody}
      fields={['reason']}
      toBody={(v) => ({ version: p.d.version, reason: v.reason ?? '' })}
      submit={(body) => hotline.returnOrder(p.d.id, body)}
      successText="已退单，市长热线办将改派"
      intro={<Gist p={p} extra={p.d.returnUntil ? `退单截止 ${formatDateTime(p.d.returnUntil)}` : undefined} />}
    >
      {() => (
        <Form.Item name="reason" label="退单理由" required extra="说明为什么不属于本单位职责，建议由哪个单位办理">
          <TextArea autoSize={NOTE_ROWS} maxLength={1000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 申请延期: a general order that cannot be finished in 7 working days; the hotline office decides. */
export function ExtensionRequestModal(p: FormProps) {
  return (
    <ActionModal<typeof extensionRequestBody, { workdays?: number; reason?: string }>
      {...common(p)}
      schema={extensionRequestBody}
      fields={['workdays', 'reason']}
      toBody={(v) => ({ version: p.d.version, workdays: v.workdays, reason: v.reason ?? '' })}
      submit={(body) => hotline.requestExtension(p.d.id, body)}
      successText="延期申请已提交，等待市长热线办审批"
      intro={<Gist p={p} extra={p.d.finishDue ? `当前办结期限 ${p.d.finishDue}` : undefined} />}
    >
      {() => (
        <>
          <Form.Item name="workdays" label="延期工作日数" required>
            <InputNumber min={1} max={60} precision={0} suffix="个工作日" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={1000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** 办结: the lead unit's result — solved, solved step by step, or explained why not. */
export function FinishModal(p: FormProps) {
  return (
    <ActionModal<typeof finishBody, { result?: string }>
      {...common(p)}
      okText="办结"
      schema={finishBody}
      fields={['result']}
      toBody={(v) => ({ version: p.d.version, result: v.result ?? '' })}
      submit={(body) => hotline.finish(p.d.id, body)}
      successText="已办结，请在 2 天内向代表反馈"
      intro={<Gist p={p} />}
    >
      {() => (
        <Form.Item
          name="result"
          label="办理结果"
          required
          extra="有条件解决的说明解决情况；暂时不能解决的说明计划；确因客观条件或政策不能解决的，实事求是说明原因"
        >
          <TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={4000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 反馈代表: the result went back to the deputy (within 2 days of finishing), and how. */
export function FeedbackModal(p: FormProps) {
  return (
    <ActionModal<typeof feedbackBody, { method?: WorkOrderContactMethod; note?: string }>
      {...common(p)}
      okText="登记反馈"
      schema={feedbackBody}
      fields={['method', 'note']}
      toBody={(v) => ({ version: p.d.version, method: v.method, note: v.note || null })}
      submit={(body) => hotline.feedBack(p.d.id, body)}
      successText="已向代表反馈，等待代表评价"
      intro={<Gist p={p} extra={p.d.result ? `办理结果：${p.d.result}` : undefined} />}
    >
      {() => (
        <>
          <Form.Item name="method" label="反馈方式" required>
            <Radio.Group optionType="button" options={METHODS} />
          </Form.Item>
          <Form.Item name="note" label="反馈情况">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
