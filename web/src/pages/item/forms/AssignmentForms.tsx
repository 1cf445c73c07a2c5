import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import { assignBody, decideAdjustmentBody, reassignBody } from '../../../../../domain/contracts/items';
import { DomainError } from '../../../../../domain/errors';
import { validatePlan, type PlannedUnit } from '../../../../../domain/items/assignment-plan';
import { HANDLING_MODES, HANDLING_MODE_LABELS, TASK_ROLE_LABELS, type HandlingMode } from '../../../../../domain/items/kinds';
import { actions } from '../../../api/actions';
import type { ItemDetail } from '../../../api/types';
import { todayInShanghai } from '../../../lib/dates';
import { ActionModal } from '../ActionModal';
import { UnitPicker, useUnits } from './UnitPicker';
import { ApproveField, ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** The offices' assignment forms: draft, formal and second assignment (R-ASSIGN-1..3), and adjustment decisions. */

interface PlanValues {
  mode?: HandlingMode;
  lead?: number;
  co?: number[];
  split?: number[];
  leadingLeader?: string;
}

/** The planned units of the form for its mode (fields of other modes are ignored). */
function planOf(v: PlanValues): PlannedUnit[] {
  const lead = v.lead ? [{ unitId: v.lead, role: 'lead' as const }] : [];
  const co = (v.co ?? []).map((unitId) => ({ unitId, role: 'co' as const }));
  switch (v.mode) {
    case 'single':
      return lead;
    case 'leadCo':
    case 'leaderLed':
      return [...lead, ...co];
    case 'split':
      return (v.split ?? []).map((unitId) => ({ unitId, role: 'split' as const }));
    default:
      return [];
  }
}

/** The plan's current units as form values (a draft or the live assignment). */
function valuesOf(detail: ItemDetail): PlanValues {
  const live = detail.tasks.filter((t) => t.state !== 'withdrawn' && t.role !== 'reference');
  return {
    mode: detail.item.handlingMode ?? 'single',
    lead: live.find((t) => t.role === 'lead')?.unitId,
    co: live.filter((t) => t.role === 'co').map((t) => t.unitId),
    split: live.filter((t) => t.role === 'split').map((t) => t.unitId),
    leadingLeader: detail.item.leadingLeader ?? undefined,
  };
}

/** The shared contract plus the domain's plan rule, with each message beside the field it is about. */
function withPlanRule<S extends z.ZodType<{ mode: HandlingMode; units: PlannedUnit[]; leadingLeader?: string | null }>>(schema: S) {
  return schema.superRefine((b, ctx) => {
    try {
      validatePlan(b.mode, b.units, b.leadingLeader);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const field =
        e.code === 'LEADER_REQUIRED' ? 'leadingLeader' : b.mode === 'split' ? 'split' : e.code === 'DUPLICATE_UNIT' || b.units.some((u) => u.role === 'lead') ? 'co' : 'lead';
      ctx.addIssue({ code: 'custom', path: [field], message: e.message });
    }
  });
}

function PlanFields() {
  return (
    <>
      <Form.Item name="mode" label="办理方式" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={HANDLING_MODES.map((m) => ({ value: m, label: HANDLING_MODE_LABELS[m] }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode || a.lead !== b.lead || a.co !== b.co}>
        {({ getFieldValue }) => {
          const mode = getFieldValue('mode') as HandlingMode;
          if (mode === 'split') {
            return (
              <Form.Item name="split" label="分办单位（各自答复所涉部分）" required>
                <UnitPicker multiple />
              </Form.Item>
            );
          }
          return (
            <>
              {mode === 'leaderLed' && (
                <Form.Item name="leadingLeader" label="领办领导" required>
                  <Input maxLength={100} placeholder="如：副省长 王××" />
                </Form.Item>
              )}
              <Form.Item name="lead" label={mode === 'leaderLed' ? '具体承办单位' : '主办单位'} required>
                <UnitPicker exclude={getFieldValue('co') ?? []} />
              </Form.Item>
              {mode !== 'single' && (
                <Form.Item name="co" label="会办单位" required={mode === 'leadCo'} extra="会办单位在会办期限内向主办单位报送会办意见（R-CO-1）。">
                  <UnitPicker multiple exclude={getFieldValue('lead') ? [getFieldValue('lead')] : []} />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
    </>
  );
}

const draftSchema = withPlanRule(assignBody);
const reassignSchema = withPlanRule(reassignBody);
type AssignKind = 'draftAssignment' | 'assignSuggestion' | 'reassignSuggestion';

interface AssignValues extends PlanValues {
  assignedOn?: Dayjs | null;
  reason?: string;
  resetBase?: boolean;
}

const TITLES: Record<AssignKind, string> = { draftAssignment: '预交办', assignSuggestion: '正式交办', reassignSuggestion: '二次交办' };

/** 预交办 / 正式交办 / 二次交办: one form, the plan's units picked from the unit tree. */
export function AssignModal({ detail, onClose, onChanged, kind }: ModalProps & { kind: AssignKind }) {
  const { item } = detail;
  const today = todayInShanghai();
  const formal = kind === 'assignSuggestion';
  const common = { open: true, title: TITLES[kind], onClose, onChanged, intro: <ItemIntro detail={detail} />, width: 640 };
  const plan = (v: AssignValues) => ({ version: item.version, mode: v.mode, units: planOf(v), leadingLeader: v.mode === 'leaderLed' ? v.leadingLeader : undefined });
  const fields = ['mode', 'lead', 'co', 'split', 'leadingLeader', 'assignedOn', 'reason', 'units'];

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
      toBody={(v) => ({ ...plan(v), assignedOn: formal && v.assignedOn ? v.assignedOn.format('YYYY-MM-DD') : undefined })}
      submit={(body) => (formal ? actions.assignSuggestion(item.id, body) : actions.draftAssignment(item.id, body))}
      successText={formal ? '已正式交办，办理期限已起算' : '预交办方案已发给相关单位征求意见'}
    >
      {() => (
        <>
          {!formal && (
            <Typography.Paragraph type="secondary">预交办方案先发给各单位征求意见，单位可在此阶段申请调整；正式交办后才起算办理期限（R-ASSIGN-2）。</Typography.Paragraph>
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

// ── 审批调整申请 (R-ASSIGN-3) ───────────────────────────────────────
interface DecideAdjustmentValues {
  approve?: boolean;
  note?: string;
  newUnit?: number;
  newRole?: PlannedUnit['role'];
  mode?: HandlingMode;
  resetBase?: boolean;
}

export function DecideAdjustmentModal({ detail, onClose, onChanged }: ModalProps) {
  const units = useUnits();
  const pending = detail.requests.filter((r) => r.kind === 'adjustment' && r.state === 'pending');
  const [reqId, setReqId] = useState(pending[0]?.id);
  const req = pending.find((r) => r.id === reqId);
  const task = detail.tasks.find((t) => t.id === req?.taskId);
  const suggested = (req?.suggestedUnitIds ?? []).map((id) => units?.find((u) => u.id === id)?.name ?? `#${id}`);
  const live = detail.tasks.filter((t) => t.state !== 'withdrawn').map((t) => t.unitId);
  return (
    <ActionModal<typeof decideAdjustmentBody, DecideAdjustmentValues>
      open
      title="审批调整申请"
      schema={decideAdjustmentBody}
      fields={['approve', 'note', 'newUnit', 'newRole', 'mode']}
      initialValues={{ approve: true, newRole: (task?.role as PlannedUnit['role']) ?? 'lead', mode: detail.item.handlingMode ?? undefined }}
      toBody={(v) => ({
        approve: v.approve,
        note: v.note ?? '',
        addUnits: v.approve && v.newUnit ? [{ unitId: v.newUnit, role: v.newRole ?? 'lead' }] : undefined,
        // e.g. the only co-handler withdraws without a replacement: 主办会办 becomes 单独办理
        mode: v.approve && v.mode !== detail.item.handlingMode ? v.mode : undefined,
        resetBase: v.approve ? !!v.resetBase : undefined,
      })}
      submit={(body) => actions.decideAdjustment(detail.item.id, req!.id, body)}
      successText="已审批调整申请"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        req && (
          <div className="eval-intro">
            {pending.length > 1 && (
              <Select
                aria-label="调整申请"
                value={reqId}
                onChange={setReqId}
                options={pending.map((r) => ({ value: r.id, label: detail.tasks.find((t) => t.id === r.taskId)?.unitName ?? `#${r.id}` }))}
                style={{ width: '100%', marginBottom: 6 }}
              />
            )}
            <div>
              申请单位：{task?.unitName ?? '—'}{task ? `（${TASK_ROLE_LABELS[task.role]}）` : ''}
            </div>
            <div>申请理由：{req.reason}</div>
            {suggested.length > 0 && <div>建议改由：{suggested.join('、')}</div>}
          </div>
        )
      }
    >
      {() => (
        <>
          <ApproveField yes="同意调整（二次交办）" />
          <Form.Item noStyle shouldUpdate={(a, b) => a.approve !== b.approve}>
            {({ getFieldValue }) =>
              getFieldValue('approve') && (
                <>
                  <div className="plan-row">
                    <Form.Item name="newUnit" label="改由单位承办" style={{ flex: 1 }} extra="申请单位的任务将收回；如不指定新单位，其余单位须仍符合办理方式。">
                      <UnitPicker exclude={live} />
                    </Form.Item>
                    <Form.Item name="newRole" label="承办角色" style={{ width: 120 }}>
                      <Select
                        options={(['lead', 'co', 'split'] as const).map((r) => ({ value: r, label: TASK_ROLE_LABELS[r] }))}
                      />
                    </Form.Item>
                  </div>
                  <Form.Item name="mode" label="调整后的办理方式" extra="收回申请单位的任务后，承办单位须符合办理方式。">
                    <Select options={HANDLING_MODES.map((m) => ({ value: m, label: HANDLING_MODE_LABELS[m] }))} />
                  </Form.Item>
                  <Form.Item name="resetBase" valuePropName="checked">
                    <Checkbox>以今天为新的交办日期，重新起算办理期限</Checkbox>
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
          <Form.Item name="note" label="审批意见" required extra="将告知申请单位。">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
