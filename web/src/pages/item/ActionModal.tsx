import { Alert, App, Button, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { showFieldErrors, showServerError, validate } from '../../lib/forms';
import { useIsMobile } from '../../lib/useIsMobile';

export interface ActionModalProps<S extends z.ZodType, V extends object> {
  open: boolean;
  title: string;
  okText?: string;
  /** the shared request contract: the form is validated with it before anything is sent */
  schema: S;
  /** form field names that errors may be shown beside */
  fields: readonly string[];
  initialValues?: Partial<V>;
  toBody: (values: V) => unknown;
  /** sends the validated body; may do more (e.g. upload a file first) */
  submit: (body: z.output<S>, values: V) => Promise<unknown>;
  /** checks of form fields that are not part of the request body (e.g. a file to upload first) */
  extraCheck?: (values: V) => { field: string; message: string }[];
  successText: string;
  onClose: () => void;
  /** after success, and after a 409 (the item changed meanwhile): reload the item */
  onChanged: () => void;
  children: (form: FormInstance<V>) => ReactNode;
  intro?: ReactNode;
  danger?: boolean;
  /** desktop width (side-by-side views need more than a form) */
  width?: number;
  /** a second way out: send the same body, then take the next step with what the server answered (e.g. save and submit) */
  alternative?: { text: string; then: (answer: unknown) => Promise<unknown>; successText: string };
  /** what to tell the user after a 409 (default: the item changed meanwhile) */
  staleText?: string;
}

/**
 * One action as a modal form: client-side validation with the shared Zod
 * schema (messages beside the fields), the server's Chinese error otherwise
 * (field errors beside their fields), 409 → tell the user and reload.
 */
export function ActionModal<S extends z.ZodType, V extends object>(p: ActionModalProps<S, V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const { message } = App.useApp();
  const mobile = useIsMobile();

  const onOk = async (alternative = false) => {
    setGeneral(null);
    const values = form.getFieldsValue(true) as V;
    // The form's own checks first (a file to pick, a row to choose): the body cannot be judged without them.
    const extra = p.extraCheck?.(values) ?? [];
    if (extra.length) {
      const general = showFieldErrors(form, extra, p.fields);
      if (general.length) setGeneral(general.join('；'));
      return;
    }
    const v = validate(p.schema, p.toBody(values), form, p.fields);
    if (!v.ok) {
      if (v.general.length) setGeneral(v.general.join('；'));
      return;
    }
    setBusy(true);
    try {
      const answer = await p.submit(v.data, values);
      if (alternative && p.alternative) await p.alternative.then(answer);
      message.success(alternative && p.alternative ? p.alternative.successText : p.successText);
      p.onClose();
      p.onChanged();
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'STALE_VERSION' || e.code === 'CONCURRENT_UPDATE')) {
        message.warning(p.staleText ?? '本件刚被他人更新，已为您刷新页面。请核对最新情况后再操作。', 6);
        p.onClose();
        p.onChanged();
      } else {
        setGeneral(showServerError(e, form, p.fields));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={p.open}
      title={p.title}
      okText={p.okText ?? '提交'}
      cancelText="取消"
      onOk={() => void onOk()}
      onCancel={p.onClose}
      footer={
        p.alternative
          ? (_, { OkBtn, CancelBtn }) => (
              <>
                <CancelBtn />
                <Button loading={busy} onClick={() => void onOk(true)}>
                  {p.alternative?.text}
                </Button>
                <OkBtn />
              </>
            )
          : undefined
      }
      confirmLoading={busy}
      okButtonProps={{ danger: p.danger }}
      destroyOnHidden
      mask={{ closable: false }}
      width={mobile ? 'calc(100vw - 20px)' : (p.width ?? 560)}
      style={mobile ? { top: 10, maxWidth: 'calc(100vw - 20px)' } : undefined}
    >
      {p.intro}
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={p.initialValues}
        preserve={false}
        onValuesChange={(changed) => form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))}
        onFinish={() => void onOk()}
      >
        {p.children(form)}
      </Form>
    </Modal>
  );
}
