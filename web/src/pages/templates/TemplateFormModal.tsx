import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { createTemplateBody, updateTemplateBody } from '../../../../domain/contracts/templates';
import { placeholdersIn } from '../../../../domain/templates/fill';
import { isPlaceholderName, TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateKind } from '../../../../domain/templates/placeholders';
import { ApiError } from '../../api/client';
import { templates, type ReplyTemplate } from '../../api/templates';
import { showServerError, validate } from '../../lib/forms';
import { insertAtSelection, PlaceholderBar } from './PlaceholderBar';

interface Values {
  kind?: TemplateKind;
  name?: string;
  body?: string;
}
const FIELDS = ['kind', 'name', 'body'] as const;

interface Props {
  /** the template to edit; null: a new one */
  template: ReplyTemplate | null;
  /** whose a new one is: 本单位 or 共用 (the server decides by the user's role; the title says it) */
  ownerLabel: string;
  onClose: () => void;
  onSaved: () => void;
}

/** 新建/修改答复模板: kind, name and text, the placeholders a click away; edits carry the version seen (409 → reload). */
export function TemplateFormModal({ template, ownerLabel, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const area = useRef<TextAreaRef>(null);
  const visited = useRef(false);
  const body = Form.useWatch('body', form) ?? '';
  const unknown = placeholdersIn(body).filter((n) => !isPlaceholderName(n));

  const insert = (token: string) => {
    const el = area.current?.resizableTextArea?.textArea;
    const next = insertAtSelection(String(form.getFieldValue('body') ?? ''), token, el, visited.current);
    form.setFieldValue('body', next.value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const save = async () => {
    setGeneral(null);
    const values = form.getFieldsValue(true) as Values;
    const v = template
      ? validate(updateTemplateBody, { version: template.version, ...values }, form, FIELDS)
      : validate(createTemplateBody, values, form, FIELDS);
    if (!v.ok) {
      if (v.general.length) setGeneral(v.general.join('；'));
      return;
    }
    setBusy(true);
    try {
      if (template) await templates.update(template.id, v.data as Parameters<typeof templates.update>[1]);
      else await templates.create(v.data as Parameters<typeof templates.create>[0]);
      message.success(template ? '模板已保存' : '模板已新建');
      onClose();
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') {
        message.warning('该模板刚被他人修改，已为您刷新列表，请核对后再修改。', 6);
        onClose();
        onSaved();
      } else setGeneral(showServerError(e, form, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={template ? `修改模板：${template.name}` : `新建${ownerLabel}模板`}
      okText="保存"
      cancelText="取消"
      onOk={save}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={template ? { kind: template.kind, name: template.name, body: template.body } : { kind: 'letter' }}
      >
        <Form.Item name="kind" label="类型" required extra="答复正文模板用于整篇答复；常用段落插入到正文末尾。">
          <Radio.Group options={TEMPLATE_KINDS.map((k) => ({ value: k, label: TEMPLATE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="name" label="模板名称" required>
          <Input maxLength={50} showCount placeholder="如：A类答复（已解决）" />
        </Form.Item>
        <PlaceholderBar onInsert={insert} />
        <Form.Item name="body" label="模板内容" required extra="答复函开头的称呼（某某代表：）由系统自动印出，正文中无需再写。">
          <Input.TextArea
            ref={area}
            onFocus={() => (visited.current = true)}
            autoSize={{ minRows: 10, maxRows: 22 }}
            maxLength={20000}
            showCount
            placeholder="您在{会次}期间提出的《{建议标题}》（第{建议编号}号）收悉，现答复如下：……"
          />
        </Form.Item>
        {unknown.length > 0 && (
          <Alert type="warning" showIcon title={`以下占位符不是系统提供的，使用时不会自动填充：${unknown.map((n) => `{${n}}`).join('、')}`} />
        )}
      </Form>
    </Modal>
  );
}
