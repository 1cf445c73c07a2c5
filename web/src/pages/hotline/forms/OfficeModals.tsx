import { Form, Input, Typography } from 'antd';
import { confirmCallerBody, extensionDecisionBody, recordSignOffBody, requestSignOffBody } from '../../../../../domain/contracts/hotline';
import { hotline } from '../../../api/hotline';
import { ActionModal } from '../../item/ActionModal';
import { ApproveField, NOTE_ROWS, TextArea } from '../../item/forms/shared';
import { CallerMatch } from '../CallerMatch';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

const common = (p: FormProps) => ({ open: true, staleText: STALE_TEXT, onClose: p.onClose, onChanged: p.onChanged });

/** 确认来电代表: the deputy matched from the number, another of the same number, or none. */
export function ConfirmCallerModal(p: FormProps) {
  const { d } = p;
  return (
    <ActionModal<typeof confirmCallerBody, { deputyId?: number | null }>
      {...common(p)}
      title={`${p.title} · ${d.number}`}
      okText="确认"
      schema={confirmCallerBody}
      fields={['deputyId']}
      initialValues={{ deputyId: d.deputy?.id ?? null }}
      toBody={(v) => ({ version: d.version, deputyId: v.deputyId ?? null })}
      submit={(body) => hotline.confirmCaller(d.id, body)}
      successText="来电代表已确认"
      intro={<Typography.Paragraph type="secondary">来电号码 {d.callerPhone}</Typography.Paragraph>}
    >
      {() => (
        <Form.Item name="deputyId" label="来电代表">
          <CallerMatch phone={d.callerPhone} />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 呈签: a complex order goes up on a sign-off form to the deputy secretary-general who coordinates it. */
export function SignOffRequestModal(p: FormProps) {
  const { d } = p;
  return (
    <ActionModal<typeof requestSignOffBody, { reason?: string }>
      {...common(p)}
      title={`${p.title} · ${d.number}`}
      okText="呈签"
      schema={requestSignOffBody}
      fields={['reason']}
      toBody={(v) => ({ version: d.version, reason: v.reason ?? '' })}
      submit={(body) => hotline.requestSignOff(d.id, body)}
      successText="已呈签，待批示后登记"
      intro={<Typography.Paragraph type="secondary">复杂疑难工单以“民情通达专线”工单呈签单的形式，报市政府分管副秘书长协调处理。</Typography.Paragraph>}
    >
      {() => (
        <Form.Item name="reason" label="呈签事由" required extra="说明涉及哪些部门、难在哪里、需要协调什么">
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 登记批示: what the deputy secretary-general wrote on the sign-off form; the order then goes out. */
export function SignOffRecordModal(p: FormProps) {
  const { d } = p;
  return (
    <ActionModal<typeof recordSignOffBody, { decision?: string; decidedBy?: string }>
      {...common(p)}
      title={`${p.title} · ${d.number}`}
      okText="登记"
      schema={recordSignOffBody}
      fields={['decision', 'decidedBy']}
      toBody={(v) => ({ version: d.version, decision: v.decision ?? '', decidedBy: v.decidedBy ?? '' })}
      submit={(body) => hotline.recordSignOff(d.id, body)}
      successText="批示已登记，请按批示派单"
      intro={d.signOff && <Typography.Paragraph type="secondary">呈签事由：{d.signOff.reason}</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="decidedBy" label="批示人" required>
            <Input maxLength={50} placeholder="如：市政府副秘书长 张某某" />
          </Form.Item>
          <Form.Item name="decision" label="批示意见" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** 审批延期: the hotline office agrees (the finishing day moves by the working days asked) or not. */
export function ExtensionDecisionModal(p: FormProps) {
  const { d } = p;
  const r = d.extensionRequest;
  return (
    <ActionModal<typeof extensionDecisionBody, { approve?: boolean; note?: string }>
      {...common(p)}
      title={`${p.title} · ${d.number}`}
      schema={extensionDecisionBody}
      fields={['approve', 'note']}
      toBody={(v) => ({ version: d.version, approve: v.approve, note: v.note || null })}
      submit={(body) => hotline.decideExtension(d.id, body)}
      successText="延期申请已审批"
      intro={
        r && (
          <Typography.Paragraph type="secondary">
            {r.unit?.name ?? '承办单位'}申请延期 {r.workdays} 个工作日（当前办结期限 {d.finishDue ?? '—'}）。
            <br />
            理由：{r.reason}
          </Typography.Paragraph>
        )
      }
    >
      {() => (
        <>
          <ApproveField yes={r ? `同意延期 ${r.workdays} 个工作日` : '同意延期'} />
          <Form.Item name="note" label="审批意见">
            <TextArea autoSize={NOTE_ROWS} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
