import { App, Select, Tag, type FormInstance } from 'antd';
import { useState } from 'react';
import { fill, type Unfilled } from '../../../../domain/templates/fill';
import { TEMPLATE_KIND_LABELS } from '../../../../domain/templates/placeholders';
import { ApiError } from '../../api/client';
import { templates, type ReplyTemplate } from '../../api/templates';
import { useLoad } from '../../lib/useLoad';
import { formCommitmentsText, type DraftFormValues } from './draft-values';

/**
 * 插入模板 in the reply form: a template or snippet the unit may use, filled by the server with the
 * item's values ({承诺事项} with the commitments the form holds now). A whole-body template replaces
 * an empty body, or asks first; a snippet goes at the end. `onFilled` hears what stayed unfilled.
 */
export function InsertTemplate(p: { itemId: number; form: FormInstance<DraftFormValues>; onFilled: (unfilled: Unfilled[]) => void }) {
  const { itemId, form } = p;
  const { message, modal } = App.useApp();
  const list = useLoad((signal) => templates.list(undefined, signal), []);
  const [busy, setBusy] = useState(false);

  const insert = async (t: ReplyTemplate) => {
    setBusy(true);
    try {
      const answer = await templates.fill(itemId, t.id);
      const local = formCommitmentsText(form.getFieldsValue(true));
      const filled = local ? fill(t.body, { ...answer.values, 承诺事项: local }) : answer;
      p.onFilled(filled.unfilled);
      const current = String(form.getFieldValue('body') ?? '');
      const put = (value: string) => {
        form.setFieldValue('body', value);
        message.success(`已插入「${t.name}」${filled.unfilled.length ? `，有 ${filled.unfilled.length} 处占位符需手工填写` : ''}`);
      };
      if (t.kind === 'snippet') put(current.trim() ? `${current.replace(/\s+$/, '')}\n${filled.text}` : filled.text);
      else if (!current.trim()) put(filled.text);
      else
        modal.confirm({
          title: '替换现有正文？',
          content: `插入答复正文模板「${t.name}」将替换已填写的正文。`,
          okText: '替换',
          cancelText: '取消',
          onOk: () => put(filled.text),
        });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '插入模板失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  const options = (['letter', 'snippet'] as const).map((kind) => ({
    label: TEMPLATE_KIND_LABELS[kind],
    options: (list.data ?? [])
      .filter((t) => t.kind === kind)
      .map((t) => ({
        value: t.id,
        label: (
          <span>
            {t.name} {t.shared && <Tag color="gold">共用</Tag>}
          </span>
        ),
        title: t.name,
      })),
  }));

  return (
    <Select<number>
      aria-label="插入模板"
      placeholder="插入模板…"
      style={{ width: 280 }}
      value={null}
      loading={list.loading || busy}
      disabled={busy}
      options={options}
      notFoundContent={list.error ? '模板加载失败' : '暂无可用模板'}
      onChange={(id) => {
        const t = list.data?.find((x) => x.id === id);
        if (t) void insert(t);
      }}
    />
  );
}
