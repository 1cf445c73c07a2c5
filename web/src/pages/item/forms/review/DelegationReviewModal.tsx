import { Alert, Form, Radio } from 'antd';
import { delegationReviewBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// ── 代表团审核 (two-stage review: the delegation's contact person before the liaison office) ──
type Decision = 'pass' | 'return';
interface DelegationReviewValues {
  decision: Decision;
  comment?: string;
}

/** What the contact person checks a suggestion for (代表团和议案组两层审核). */
const CHECKS = '一事一议：一件建议只提一个问题；情况属实：反映的情况真实、有依据；建议可行：提出的建议具体、有针对性和可操作性。';

const COMMENT: Record<Decision, { label: string; extra: string; placeholder: string }> = {
  pass: {
    label: '审核意见（可选）',
    extra: '通过后报送联工委审核。',
    placeholder: '如：符合要求，同意报送。',
  },
  return: {
    label: '修改意见',
    extra: '代表将看到此意见，修改完善后可重新提交。',
    placeholder: '如：建议涉及两个问题，请分别提出；请补充有关情况的依据。',
  },
};

export function DelegationReviewModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  return (
    <ActionModal<typeof delegationReviewBody, DelegationReviewValues>
      open
      title="代表团审核"
      schema={delegationReviewBody}
      fields={['decision', 'comment']}
      initialValues={{ decision: 'pass' }}
      toBody={(v) =>
        v.decision === 'pass'
          ? { decision: 'pass', version: item.version, comment: v.comment }
          : { decision: 'return', version: item.version, comment: v.comment ?? '' }
      }
      submit={(body) => actions.reviewByDelegation(item.id, body)}
      successText="代表团审核结果已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Alert type="info" showIcon title="审核要点" description={CHECKS} style={{ marginBottom: 12 }} />
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="decision" label="审核结论" required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'pass', label: '审核通过' },
                { value: 'return', label: '退回修改' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.decision !== b.decision}>
            {({ getFieldValue }) => {
              const c = COMMENT[getFieldValue('decision') as Decision];
              return (
                <Form.Item name="comment" label={c.label} required={getFieldValue('decision') === 'return'} extra={c.extra}>
                  <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder={c.placeholder} />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
