import { Alert, Form, type FormInstance } from 'antd';
import { placeholdersIn, UNFILLED_REASON_LABELS, type UnfilledReason } from '../../../../domain/templates/fill';
import { isPlaceholderName } from '../../../../domain/templates/placeholders';
import type { DraftFormValues } from './draft-values';

/**
 * The placeholders still in the reply body (a template inserted whose values this item lacks, or a
 * name the system does not know), each with why; gone as soon as the clerk has written them out.
 */
export function UnfilledPlaceholders({ form, reasons }: { form: FormInstance<DraftFormValues>; reasons: Record<string, UnfilledReason> }) {
  const left = placeholdersIn(String(Form.useWatch('body', form) ?? ''));
  if (!left.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="unfilled-placeholders"
      title="正文中还有未填充的占位符，请改为实际内容后再保存："
      description={left.map((n) => `{${n}}：${UNFILLED_REASON_LABELS[reasons[n] ?? (isPlaceholderName(n) ? 'noValue' : 'unknown')]}`).join('；')}
    />
  );
}
