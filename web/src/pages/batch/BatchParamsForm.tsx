import { Form, Input, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { BatchAction } from '../../api/batch';
import { useWords } from '../../lib/words';
import { CategoryPicker } from '../item/forms/CategoryPicker';
import { PlanFields } from '../item/forms/assignment/PlanFields';
import type { PlanValues } from '../item/forms/assignment/plan';

export interface ParamValues extends PlanValues {
  categoryId?: number;
  note?: string;
}

/** What the rows of a batch share: the category at 立案, the plan at 交办, the note of a 催办; the reply steps need nothing. */
export function BatchParamsForm({ action, form }: { action: BatchAction; form: FormInstance<ParamValues> }) {
  const w = useWords();
  return (
    <Form form={form} layout="vertical" initialValues={{ mode: 'single' }} requiredMark={false}>
      {action === 'accept' && (
        <Form.Item name="categoryId" label="类别" extra={`尚无类别的${w.item}按此类别立案；已有类别的保持不变。`}>
          <CategoryPicker />
        </Form.Item>
      )}
      {action === 'assign' && (
        <>
          <Typography.Paragraph type="secondary">同一方案交办所选的每一件：办理方式和承办单位相同，各件分别起算办理期限。</Typography.Paragraph>
          <PlanFields />
        </>
      )}
      {action === 'urge' && (
        <Form.Item name="note" label="催办内容" rules={[{ required: true, whitespace: true, message: '请填写催办内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} showCount placeholder={`例如：请加快办理进度，按期答复${w.submitter}。`} />
        </Form.Item>
      )}
    </Form>
  );
}
