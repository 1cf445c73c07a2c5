import { Alert, Checkbox, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { assignBody, reassignBody } from '../../../../../../domain/contracts/items';
import { ERRORS } from '../../../../../../domain/error-codes';
import { actions } from '../../../../api/actions';
import { todayInShanghai } from '../../../../lib/dates';
import { wordsOf } from '../../../../lib/words';
import { EditLockAlert } from '../../../collaboration/EditLockAlert';
import { useEditLock } from '../../../collaboration/useEditLock';
import { ActionModal } from '../../ActionModal';
import { CategoryPicker } from '../CategoryPicker';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';
import { PlanFields } from './PlanFields';
import { planOf, valuesOf, withPlanRule, type PlanValues } from './plan';

const draftSchema = withPlanRule(assignBody);
const reassignSchema = withPlanRule(reassignBody);
type AssignKind = 'draftAssignment' | 'assignSuggestion' | 'reassignSuggestion';

interface AssignValues extends PlanValues {
  assignedOn?: Dayjs | null;
  reason?: string;
  resetBase?: boolean;
  categoryId?: number;
}

// Rules behind the texts below: R-ASSIGN-2 (../shared/domain.md).
const TITLES: Record<AssignKind, string> = { draftAssignment: '预交办', assignSuggestion: '正式交办', reassignSuggestion: '二次交办' };

/** 预交办 / 正式交办 / 二次交办: one form, the plan's units picked from the unit tree. */
export function AssignModal({ detail, onClose, onChanged, kind }: ModalProps & { kind: AssignKind }) {
  const w = wordsOf(detail.item.kind);
  const { item } = detail;
  const today = todayInShanghai();
  const formal = kind === 'assignSuggestion';
  const lock = useEditLock(item.id, 'assignmentPlan');
  const intro = (
    <>
      <EditLockAlert lock={lock} />
      <ItemIntro detail={detail} />
    </>
  );
  const common = { open: true, title: TITLES[kind], onClose, onChanged, intro, width: 640 };
  const plan = (v: AssignValues) => ({
    version: item.version,
    mode: v.mode,
    units: planOf(v),
    leadingLeader: v.mode === 'leaderLed' ? v.leadingLeader : undefined,
  });
  const fields = ['mode', 'lead', 'co', 'split', 'leadingLeader', 'assignedOn', 'reason', 'units', 'categoryId'];
  // An item without a category (one imported without it) gets one when assigned, as at 立案.
  const needsCategory = !item.categoryId;

  if (kind === 'reassignSuggestion') {
    return (
      <ActionModal<typeof reassignSchema, AssignValues>
        {...common}
        schema={reassignSchema}
        fields={fields}
        initialValues={valuesOf(detail)}
        toBody={(v) => ({ ...plan(v), reason: v.reason ?? '', resetBase: !!v.resetBase })}
        submit={(body) => actions.reassignSuggestion(item.id, body)}
        successText="已二次交办，相关单位将收到通知"
      >
        {() => (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title="已完成的部分保留；被撤销的单位任务将收回。办理期限默认沿用原交办日期。" />
            <PlanFields />
            <Form.Item name="reason" label="调整理由" required>
              <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="resetBase" valuePropName="checked">
              <Checkbox>以今天为新的交办日期，重新起算办理期限</Checkbox>
            </Form.Item>
          </>
        )}
      </ActionModal>
    );
  }
  return (
    <ActionModal<typeof draftSchema, AssignValues>
      {...common}
      okText={formal ? '正式交办' : '发出预交办'}
      schema={draftSchema}
      fields={fields}
      initialValues={{ ...valuesOf(detail), assignedOn: dayjs(today) }}
      extraCheck={(v) => (needsCategory && !v.categoryId ? [{ field: 'categoryId', message: ERRORS.CATEGORY_REQUIRED.message }] : [])}
      toBody={(v) => ({
        ...plan(v),
        assignedOn: formal && v.assignedOn ? v.assignedOn.format('YYYY-MM-DD') : undefined,
        categoryId: needsCategory ? v.categoryId : undefined,
      })}
      submit={(body) => (formal ? actions.assignSuggestion(item.id, body) : actions.draftAssignment(item.id, body))}
      successText={formal ? '已正式交办，办理期限已起算' : '预交办方案已发给相关单位征求意见'}
    >
      {() => (
        <>
          {!formal && (
            <Typography.Paragraph type="secondary">预交办方案先发给各单位征求意见，单位可在此阶段申请调整；正式交办后才起算办理期限。</Typography.Paragraph>
          )}
          {needsCategory && (
            <Form.Item name="categoryId" label="类别" required extra={`该${w.item}尚无类别，交办前须确定类别。`}>
              <CategoryPicker />
            </Form.Item>
          )}
          <PlanFields />
          {formal && (
            <Form.Item name="assignedOn" label="交办日期" required extra="各项办理期限均自交办日期起算。">
              <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}
