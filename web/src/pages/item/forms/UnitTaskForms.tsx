import { Alert, Form, Input, Select, Typography } from 'antd';
import { acknowledgeBody, adjustmentRequestBody, decideRequestBody, keyItemBody, requestExtensionBody, responsibilityBody } from '../../../../../domain/contracts/items';
import { actions } from '../../../api/actions';
import { useUser } from '../../../auth/AuthContext';
import { daysText, diffDays, todayInShanghai } from '../../../lib/dates';
import type { ItemDetail, Task } from '../../../api/types';
import { ActionModal } from '../ActionModal';
import { unitOf } from '../Section';
import { UnitPicker, useUnits } from './UnitPicker';
import { ApproveField, ItemIntro, myTask, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** A unit's forms on its own task (adjustment, extension, breakdown, key item) and the offices' extension decision. */

/** R-ASSIGN-3: the unit's adjustment window, with the days left, if it runs. */
function adjustmentWindow(detail: ItemDetail, task: Task | undefined): { dueDate: string; daysLeft: number } | null {
  const d = detail.deadlines.find((x) => x.kind === 'adjustmentWindow' && x.active && (!x.taskId || x.taskId === task?.id));
  return d ? { dueDate: d.dueDate, daysLeft: diffDays(todayInShanghai(), d.dueDate) } : null;
}

// ── 签收 (R-ASSIGN-2/3) ─────────────────────────────────────────────
export function AcknowledgeModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const window = adjustmentWindow(detail, task);
  return (
    <ActionModal<typeof acknowledgeBody, object>
      open
      title="签收交办"
      okText="签收"
      schema={acknowledgeBody}
      fields={[]}
      toBody={() => ({ taskVersion: task?.version })}
      submit={(body) => actions.acknowledgeAssignment(detail.item.id, body)}
      successText="已签收"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Typography.Paragraph>
          {task?.state === 'draft'
            ? '本件为预交办：签收表示本单位对交办方案无异议；如有异议，请改为“申请调整”并说明理由。'
            : `签收后请及时分解落实。${window ? `如不属于本单位职责，可在 ${window.dueDate}（${daysText(window.daysLeft)}）前申请调整。` : ''}`}
        </Typography.Paragraph>
      )}
    </ActionModal>
  );
}

// ── 申请调整 (R-ASSIGN-3) ───────────────────────────────────────────
interface AdjustmentValues {
  reason?: string;
  suggestedUnitIds?: number[];
}

export function RequestAdjustmentModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const window = adjustmentWindow(detail, task);
  return (
    <ActionModal<typeof adjustmentRequestBody, AdjustmentValues>
      open
      title="申请调整（退办）"
      schema={adjustmentRequestBody}
      fields={['reason', 'suggestedUnitIds']}
      toBody={(v) => ({ taskVersion: task?.version, reason: v.reason ?? '', suggestedUnitIds: v.suggestedUnitIds?.length ? v.suggestedUnitIds : undefined })}
      submit={(body) => actions.requestAdjustment(detail.item.id, body)}
      successText="调整申请已报送交办机关"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          {task?.state === 'draft' ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title="本件为预交办，正式交办前可对交办方案提出调整意见。" />
          ) : (
            window && (
              <Alert
                type={window.daysLeft <= 2 ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 12 }}
                title={`调整申请期限至 ${window.dueDate}（${daysText(window.daysLeft)}）。逾期后只能由交办机关调整。`}
              />
            )
          )}
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="reason" label="申请理由" required extra="请写明不属于本单位职责的依据，交办机关据此审批。">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="suggestedUnitIds" label="建议改由哪些单位承办（可选）">
            <UnitPicker multiple exclude={user.organizationId ? [user.organizationId] : []} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 申请延期 (R-REPLY-7) / 审批延期 ─────────────────────────────────
export function RequestExtensionModal({ detail, onClose, onChanged }: ModalProps) {
  const reply = detail.deadlines.find((d) => d.kind === 'reply' && d.active);
  return (
    <ActionModal<typeof requestExtensionBody, { reason?: string }>
      open
      title="申请延期答复"
      schema={requestExtensionBody}
      fields={['reason']}
      toBody={(v) => ({ reason: v.reason ?? '' })}
      submit={(body) => actions.requestExtension(detail.item.id, body)}
      successText="延期申请已报送交办机关"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">
            现答复期限：{reply?.dueDate ?? '—'}。情况复杂的建议经交办机关同意后可延长答复期限（按规则配置，一般为交办之日起 6 个月）。
          </Typography.Paragraph>
        </>
      }
    >
      {() => (
        <Form.Item name="reason" label="延期理由" required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

export function DecideExtensionModal({ detail, onClose, onChanged }: ModalProps) {
  const req = detail.requests.find((r) => r.kind === 'extension' && r.state === 'pending');
  const unit = req ? unitOf(detail, req.taskId, req.unitId) : '';
  return (
    <ActionModal<typeof decideRequestBody, { approve?: boolean; note?: string }>
      open
      title="审批延期申请"
      schema={decideRequestBody}
      fields={['approve', 'note']}
      initialValues={{ approve: true }}
      toBody={(v) => ({ approve: v.approve, note: v.note ?? '' })}
      submit={(body) => actions.decideExtension(detail.item.id, req!.id, body)}
      successText="已审批延期申请"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        req && (
          <div className="eval-intro">
            <div>申请单位：{unit || '—'}</div>
            <div>延期理由：{req.reason}</div>
          </div>
        )
      }
    >
      {() => (
        <>
          <ApproveField yes="同意延期" />
          <Form.Item name="note" label="审批意见" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 办理责任分解 (R-HANDLE-1) ───────────────────────────────────────
interface ResponsibilityValues {
  divisionId?: number;
  handlerName?: string;
  responsibleLeader?: string;
}

export function ResponsibilityModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const units = useUnits();
  const divisions = units?.find((u) => u.id === user.organizationId)?.divisions.filter((d) => d.active) ?? [];
  return (
    <ActionModal<typeof responsibilityBody, ResponsibilityValues>
      open
      title="办理责任分解"
      schema={responsibilityBody}
      fields={['divisionId', 'handlerName', 'responsibleLeader']}
      initialValues={{ divisionId: task?.divisionId ?? undefined, handlerName: task?.handlerName ?? undefined, responsibleLeader: task?.responsibleLeader ?? undefined }}
      toBody={(v) => ({ taskVersion: task?.version, divisionId: v.divisionId, handlerName: v.handlerName ?? '', responsibleLeader: v.responsibleLeader ?? '' })}
      submit={(body) => actions.setResponsibility(detail.item.id, body)}
      successText="责任分解已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <>
          <Form.Item name="divisionId" label="承办处室" required>
            <Select placeholder="选择本单位处室" loading={units === null} options={divisions.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
          <Form.Item name="handlerName" label="承办人" required>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="responsibleLeader" label="责任领导" required>
            <Input maxLength={50} placeholder="如：副厅长 张××" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 重点处理 (R-HANDLE-2) ───────────────────────────────────────────
export function KeyItemModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const marked = !!task?.isKeyItem;
  return (
    <ActionModal<typeof keyItemBody, object>
      open
      title={marked ? '取消重点处理' : '确定为本单位重点处理建议'}
      okText={marked ? '取消重点' : '确定为重点'}
      schema={keyItemBody}
      fields={[]}
      toBody={() => ({ taskVersion: task?.version, isKeyItem: !marked })}
      submit={(body) => actions.markKeyItem(detail.item.id, body)}
      successText={marked ? '已取消重点处理' : '已确定为重点处理建议'}
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Typography.Paragraph>
          {marked
            ? '取消后，本件不再作为本单位重点处理建议报政府办公厅。'
            : '每个单位每次会议可确定 1–2 件重点处理建议，报政府办公厅登记；重点建议须有“开门办案”记录（座谈、视察、调研等）。'}
        </Typography.Paragraph>
      )}
    </ActionModal>
  );
}
