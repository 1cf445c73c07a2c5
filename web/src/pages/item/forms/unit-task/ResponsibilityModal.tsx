import { Form, Select } from 'antd';
import { responsibilityBody } from '../../../../../../domain/contracts/items';
import { ROLE_LABELS } from '../../../../../../domain/items/roles';
import { actions, type UnitPerson } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { useLoad } from '../../../../lib/useLoad';
import { ActionModal } from '../../ActionModal';
import { useUnits } from '../UnitPicker';
import { ItemIntro, myTask, type ModalProps } from '../shared';

// ── 办理责任分解 (R-HANDLE-1) ───────────────────────────────────────
interface ResponsibilityValues {
  divisionId?: number;
  handlerUserId?: number;
  responsibleLeaderUserId?: number;
}

const options = (people: UnitPerson[]) => people.map((p) => ({ value: p.id, label: `${p.name}（${ROLE_LABELS[p.role]}）` }));
/** Until the people are loaded, the current choice shows by its stored name (not its id). */
const current = (id: number | null | undefined, name: string | null | undefined) => (id && name ? [{ value: id, label: name }] : []);

/**
 * The office picks the division, the handler and the responsible leader from its own
 * unit's people; the server stores their names for the printed breakdown table.
 */
export function ResponsibilityModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const units = useUnits();
  const people = useLoad((signal) => actions.listUnitPeople(signal), []);
  const loading = !people.data;
  const all = people.data ?? [];
  const divisions = units?.find((u) => u.id === user.organizationId)?.divisions.filter((d) => d.active) ?? [];
  // A breakdown made before: its handler's account (on the task), its leader's (in its history entry).
  const last = [...detail.history].reverse().find((e) => e.type === 'setResponsibility' && e.taskId === task?.id);
  const leaderId = (last?.payload as { after?: { responsibleLeaderUserId?: number | null } } | undefined)?.after?.responsibleLeaderUserId ?? undefined;
  const handlers = loading ? current(task?.handlerUserId, task?.handlerName) : options(all.filter((p) => p.role !== 'unitLeader'));
  const leaders = loading ? current(leaderId, task?.responsibleLeader) : options(all.filter((p) => p.role === 'unitLeader'));
  return (
    <ActionModal<typeof responsibilityBody, ResponsibilityValues>
      open
      title="办理责任分解"
      schema={responsibilityBody}
      fields={['divisionId', 'handlerUserId', 'responsibleLeaderUserId']}
      initialValues={{
        divisionId: task?.divisionId ?? undefined,
        handlerUserId: task?.handlerUserId ?? undefined,
        responsibleLeaderUserId: leaderId,
      }}
      toBody={(v) => ({
        taskVersion: task?.version,
        divisionId: v.divisionId,
        handlerUserId: v.handlerUserId,
        responsibleLeaderUserId: v.responsibleLeaderUserId,
      })}
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
          <Form.Item name="handlerUserId" label="承办人" required extra="从本单位人员中选择。">
            <Select placeholder="选择承办人" loading={loading} showSearch optionFilterProp="label" options={handlers} />
          </Form.Item>
          <Form.Item name="responsibleLeaderUserId" label="责任领导" required extra="从本单位领导中选择；打印的责任分解表使用其姓名。">
            <Select placeholder="选择责任领导" loading={loading} showSearch optionFilterProp="label" options={leaders} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
