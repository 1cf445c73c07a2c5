import { Alert, Form, Input } from 'antd';
import { resubmitBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { TextArea, type ModalProps } from '../shared';

// ── 修改后重新提交 (R-REVIEW-1) ─────────────────────────────────────
interface ResubmitValues {
  title?: string;
  body?: string;
}

export function ResubmitModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const { item } = detail;
  return (
    <ActionModal<typeof resubmitBody, ResubmitValues>
      open
      title="修改后重新提交"
      schema={resubmitBody}
      fields={['title', 'body']}
      initialValues={{ title: item.title, body: item.body }}
      toBody={(v) => ({ version: item.version, title: v.title ?? '', body: v.body ?? '', categoryId: item.categoryId })}
      submit={(body) => actions.resubmitSuggestion(item.id, body)}
      successText={`${w.item}已重新提交审核`}
      onClose={onClose}
      onChanged={onChanged}
      intro={item.reviewNote && <Alert type="info" showIcon title={`退回理由：${item.reviewNote}`} style={{ marginBottom: 12 }} />}
    >
      {() => (
        <>
          <Form.Item name="title" label="标题" required>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Form.Item name="body" label="正文" required>
            <TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={20000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
