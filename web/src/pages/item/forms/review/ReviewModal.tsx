import { Form, Radio } from 'antd';
import { reviewBody } from '../../../../../../domain/contracts/items';
import { ERRORS } from '../../../../../../domain/error-codes';
import { api } from '../../../../api/client';
import { wordsOf, type Words } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { CategoryPicker } from '../CategoryPicker';
import { UnitPicker } from '../UnitPicker';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 审核 (R-REVIEW-1) ──────────────────────────────────────────────
type Decision = 'accept' | 'return' | 'reference' | 'reject';
interface ReviewValues {
  decision: Decision;
  note?: string;
  reason?: string;
  unitId?: number;
  categoryId?: number;
}

/** Each decision's reason, in the item's words (R-REVIEW-1; a proposal's 转为意见, R-CPPCC-1). */
const reasonOf = (w: Words): Record<Exclude<Decision, 'accept'>, { label: string; extra: string }> => ({
  return: { label: '退回理由', extra: w.say('代表将看到此理由，修改后可重新提交。') },
  reference: {
    label: `${w.toReference}理由`,
    extra: w.say('参阅件不作正式答复，由下面选定的单位与代表沟通后办结。'),
  },
  reject: { label: '不予立案理由', extra: w.say('理由将告知代表。') },
});

export function ReviewModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  const w = wordsOf(item.kind);
  const REASON = reasonOf(w);
  return (
    <ActionModal<typeof reviewBody, ReviewValues>
      open
      title={`审核${w.item}`}
      schema={reviewBody}
      fields={['decision', 'note', 'reason', 'unitId', 'categoryId']}
      initialValues={{ decision: 'accept', categoryId: item.categoryId ?? undefined }}
      // 立案 files the item under a category: the deputy's is pre-filled, the office confirms or changes it.
      extraCheck={(v) => (v.decision === 'accept' && !v.categoryId ? [{ field: 'categoryId', message: ERRORS.CATEGORY_REQUIRED.message }] : [])}
      toBody={(v) =>
        v.decision === 'accept'
          ? { decision: 'accept', version: item.version, note: v.note, categoryId: v.categoryId }
          : v.decision === 'reference'
            ? { decision: 'reference', version: item.version, reason: v.reason ?? '', unitId: v.unitId as number }
            : { decision: v.decision, version: item.version, reason: v.reason ?? '' }
      }
      submit={(body) => api.reviewSuggestion(item.id, body)}
      successText="审核结果已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <Form.Item name="decision" label="审核结论" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accept', label: '立案' },
                { value: 'return', label: '退回修改' },
                { value: 'reference', label: w.toReference },
                { value: 'reject', label: '不予立案' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
            {({ getFieldValue }) => {
              const d = getFieldValue('decision') as Decision;
              if (d === 'accept') {
                return (
                  <>
                    <Form.Item
                      name="categoryId"
                      label="类别"
                      required
                      extra={w.say(item.categoryId ? '已按代表选择的类别预填，可调整。' : '代表未选择类别，立案须确定类别。')}
                    >
                      <CategoryPicker />
                    </Form.Item>
                    <Form.Item name="note" label="审核意见（可选）">
                      <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder={w.say('如：符合代表建议有关规定，予以立案。')} />
                    </Form.Item>
                  </>
                );
              }
              return (
                <>
                  <Form.Item name="reason" label={REASON[d].label} required extra={REASON[d].extra}>
                    <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
                  </Form.Item>
                  {d === 'reference' && (
                    <Form.Item name="unitId" label="沟通单位" required>
                      <UnitPicker />
                    </Form.Item>
                  )}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
