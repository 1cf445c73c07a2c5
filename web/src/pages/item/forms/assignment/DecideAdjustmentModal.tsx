import { Checkbox, Form, Select } from 'antd';
import { useState } from 'react';
import { decideAdjustmentBody } from '../../../../../../domain/contracts/items';
import type { PlannedUnit } from '../../../../../../domain/items/assignment-plan';
import { HANDLING_MODES, HANDLING_MODE_LABELS, TASK_ROLE_LABELS, type HandlingMode } from '../../../../../../domain/items/kinds';
import { actions } from '../../../../api/actions';
import { ActionModal } from '../../ActionModal';
import { UnitPicker, useUnits } from '../UnitPicker';
import { ApproveField, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

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
              申请单位：{task?.unitName ?? '—'}
              {task ? `（${TASK_ROLE_LABELS[task.role]}）` : ''}
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
                      <Select options={(['lead', 'co', 'split'] as const).map((r) => ({ value: r, label: TASK_ROLE_LABELS[r] }))} />
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
