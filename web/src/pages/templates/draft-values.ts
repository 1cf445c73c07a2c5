/** The reply form's values as the template tools read them (web/src/pages/item/forms/reply/ReplyDraftModal.tsx). */
import type { Dayjs } from 'dayjs';
import type { ResultClass } from '../../../../domain/items/kinds';
import { replyPreviewBody } from '../../../../domain/contracts/templates';
import { commitmentsText } from '../../../../domain/templates/placeholders';
import type { ReplyPreviewInput } from '../../api/templates';

export interface DraftFormValues {
  body?: string;
  resultClass?: ResultClass;
  publicity?: 'public' | 'private';
  docNumber?: string;
  contactPerson?: string;
  contactPhone?: string;
  commitments?: { content?: string; targetDate?: Dayjs | null }[];
}

/** The commitments the form holds now (a B draft), complete ones only. */
function formCommitments(v: DraftFormValues): { content: string; targetDate: string }[] {
  if (v.resultClass !== 'B') return [];
  return (v.commitments ?? [])
    .filter((c) => c.content?.trim() && c.targetDate)
    .map((c) => ({ content: c.content!.trim(), targetDate: c.targetDate!.format('YYYY-MM-DD') }));
}

/** {承诺事项} as the form holds it now (unsaved ones too); null when it holds none. */
export const formCommitmentsText = (v: DraftFormValues): string | null => commitmentsText(formCommitments(v));

/** The preview's request from the form, saved or not; else the message saying what to fill in first. */
export function previewRequest(v: DraftFormValues): { ok: true; body: ReplyPreviewInput } | { ok: false; message: string } {
  if (!v.resultClass) return { ok: false, message: '请先选择办理结果分类，再预览答复函' };
  const body: ReplyPreviewInput = {
    body: v.body ?? '',
    resultClass: v.resultClass,
    publicity: v.publicity ?? 'public',
    docNumber: v.docNumber?.trim() || undefined,
    contactPerson: v.contactPerson?.trim() || undefined,
    contactPhone: v.contactPhone?.trim() || undefined,
    commitments: v.resultClass === 'B' ? formCommitments(v) : undefined,
  };
  const r = replyPreviewBody.safeParse(body);
  return r.success ? { ok: true, body } : { ok: false, message: r.error.issues[0]?.message ?? '答复内容有误，无法预览' };
}
