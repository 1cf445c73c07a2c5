import { Form, Input, Select } from 'antd';
import { responsibilityBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { ActionModal } from '../../ActionModal';
import { useUnits } from '../UnitPicker';
import { ItemIntro, myTask, type ModalProps } from '../shared';

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
      initialValues={{
        divisionId: task?.divisionId ?? undefined,
        handlerName: task?.handlerName ?? undefined,
        responsibleLeader: task?.responsibleLeader ?? undefined,
      }}
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
