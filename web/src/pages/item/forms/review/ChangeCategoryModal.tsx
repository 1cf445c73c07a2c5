import { Form, Typography } from 'antd';
import { changeCategoryBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { ActionModal } from '../../ActionModal';
import { CategoryPicker } from '../CategoryPicker';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 修改类别 (§2) ───────────────────────────────────────────────────
interface CategoryValues {
  categoryId?: number;
  note?: string;
}

/** The office files an accepted item under another category; the statistics by category follow it. */
export function ChangeCategoryModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  return (
    <ActionModal<typeof changeCategoryBody, CategoryValues>
      open
      title="修改类别"
      schema={changeCategoryBody}
      fields={['categoryId', 'note']}
      initialValues={{ categoryId: item.categoryId ?? undefined }}
      toBody={(v) => ({ version: item.version, categoryId: v.categoryId, note: v.note?.trim() ? v.note : undefined })}
      submit={(body) => actions.changeCategory(item.id, body)}
      successText="类别已修改"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">
            当前类别：{item.categoryName ?? '未分类'}。修改后，按类别的统计随之调整，办理过程中留有记录。
          </Typography.Paragraph>
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="categoryId" label="新的类别" required>
            <CategoryPicker />
          </Form.Item>
          <Form.Item name="note" label="说明（可选）">
            <TextArea autoSize={NOTE_ROWS} maxLength={500} showCount placeholder="如：内容主要涉及农村公路养护，调整为“交通”。" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
