import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { UnfilledReason } from '../../../../domain/templates/fill';
import type { DraftFormValues } from './draft-values';
import { InsertTemplate } from './InsertTemplate';
import { LetterPreview } from './LetterPreview';
import { UnfilledPlaceholders } from './UnfilledPlaceholders';

/**
 * Above the reply body: 插入模板 (templates and snippets filled for the item), 预览 (the letter as it
 * will print), and the placeholders the body still holds.
 */
export function ReplyDraftTools({ itemId, form }: { itemId: number; form: FormInstance<DraftFormValues> }) {
  const [reasons, setReasons] = useState<Record<string, UnfilledReason>>({});
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 12 }} data-testid="reply-draft-tools">
        <InsertTemplate itemId={itemId} form={form} onFilled={(u) => setReasons((r) => ({ ...r, ...Object.fromEntries(u.map((x) => [x.name, x.reason])) }))} />
        <LetterPreview itemId={itemId} form={form} />
      </div>
      <UnfilledPlaceholders form={form} reasons={reasons} />
    </>
  );
}
