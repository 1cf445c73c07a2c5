import { Form, Select, Typography } from 'antd';
import { jointSupervisionBody, spotCheckBody } from '../../../../../domain/contracts/hotline';
import { hotline } from '../../../api/hotline';
import { ActionModal } from '../../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../../item/forms/shared';
import { STALE_TEXT } from '../parts';
import type { FormProps } from './types';

/** 联合督办 (R-LINE-2): a long-unresolved order, supervised jointly under the liaison office. */
export function JointSupervisionModal({ d, title, onClose, onChanged }: FormProps) {
  return (
    <ActionModal<typeof jointSupervisionBody, { note?: string }>
      open
      title={`${title} · ${d.number}`}
      okText="开展联合督办"
      schema={jointSupervisionBody}
      fields={['note']}
      toBody={(v) => ({ version: d.version, note: v.note ?? '' })}
      submit={(body) => hotline.superviseJointly(d.id, body)}
      successText="已列入联合督办"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          对热线难点、久拖不决、办理不力的问题，由市人大常委会组织纪委监委、相关委室、承办单位、市长热线办等部门联合开展督办。
        </Typography.Paragraph>
      }
    >
      {() => (
        <Form.Item name="note" label="督办意见" required extra="参加督办的部门、督办的要求和时限">
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 督办抽查 (R-LINE-2): what the supervising committee, county or township found when it checked the order. */
export function SpotCheckModal({ d, title, onClose, onChanged }: FormProps) {
  const open = d.supervisions.filter((s) => !s.closedAt);
  const choose = open.length > 1;
  return (
    <ActionModal<typeof spotCheckBody, { supervisionId?: number; note?: string }>
      open
      title={`${title} · ${d.number}`}
      okText="登记"
      schema={spotCheckBody}
      fields={['supervisionId', 'note']}
      initialValues={{ supervisionId: open.length === 1 ? open[0].id : undefined }}
      toBody={(v) => ({ version: d.version, supervisionId: v.supervisionId, note: v.note ?? '' })}
      submit={(body) => hotline.spotCheck(d.id, body)}
      successText="抽查情况已登记"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          {choose && (
            <Form.Item name="supervisionId" label="督办事项">
              <Select
                allowClear
                placeholder="本单位开展的督办"
                options={open.map((s) => ({ value: s.id, label: `${s.kindLabel}\u3000${s.committee?.name ?? s.place?.name ?? ''}` }))}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label="抽查情况" required extra="核实了什么、代表和群众的意见、发现的问题和要求">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
