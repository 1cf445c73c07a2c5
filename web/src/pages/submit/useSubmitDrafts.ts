import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { draftsApi, type SuggestionDraft } from '../../api/suggestion-drafts';
import { useLoad } from '../../lib/useLoad';
import type { SubmitValues } from './submit-values';

/**
 * The deputy's drafts on the submit page: the list, the one being edited (its id and version), saving
 * (new or again; a version saved elsewhere meanwhile is refused, 409) and resuming one into the form.
 */
export function useSubmitDrafts(form: FormInstance<SubmitValues>, preset: (list: { id: number; name: string }[]) => void) {
  const { message } = App.useApp();
  const { data, reload } = useLoad((signal) => draftsApi.list(signal), []);
  const [current, setCurrent] = useState<{ id: number; version: number } | null>(null);
  const [saving, setSaving] = useState(false);

  const open = (d: SuggestionDraft) => {
    preset(d.cosigners ?? []);
    form.setFieldsValue({
      sessionId: d.sessionId ?? undefined,
      title: d.title,
      body: d.body,
      categoryId: d.categoryId,
      period: d.period,
      cosignerDeputyIds: d.cosignerDeputyIds,
      // a member's draft with co-signers is a joint proposal (a draft keeps no organization)
      submissionType: d.cosignerDeputyIds.length ? 'joint' : 'individual',
    });
    setCurrent({ id: d.id, version: d.version });
  };

  const save = async () => {
    const v = form.getFieldsValue(true) as SubmitValues;
    const body = {
      sessionId: v.sessionId ?? null,
      title: v.title ?? '',
      body: v.body ?? '',
      categoryId: v.categoryId ?? null,
      period: v.period,
      cosignerDeputyIds: v.cosignerDeputyIds ?? [],
    };
    setSaving(true);
    try {
      const saved = current ? await draftsApi.update(current.id, { ...body, version: current.version }) : await draftsApi.create(body);
      setCurrent({ id: saved.id, version: saved.version });
      message.success('已保存为草稿，可在“我的草稿”中继续编辑');
      reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '保存失败，请稍后重试');
    } finally {
      setSaving(false);
    }
  };

  const deleted = (id: number) => {
    if (current?.id === id) setCurrent(null);
    reload();
  };

  return { drafts: data ?? [], current, open, save, saving, deleted };
}
