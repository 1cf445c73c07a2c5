import { Alert, Form, Select, Typography } from 'antd';
import { handDownBody } from '../../../../domain/contracts/levels';
import { levelsApi } from '../../api/levels';
import { useLoad } from '../../lib/useLoad';
import { ActionModal } from '../item/ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../item/forms/shared';

interface HandDownValues {
  congressId?: number;
  note?: string;
}

/**
 * 交由下级办理 (R-ASSIGN-4): the office picks a people's congress below its own; that body's offices
 * assign the item to their units, and the reply and the evaluation come back to this item.
 */
export function HandDownModal({ detail, onClose, onChanged }: ModalProps) {
  const { item } = detail;
  const { data, error } = useLoad((signal) => levelsApi.tree(signal), []);
  const options = (data?.nodes ?? [])
    .filter((n) => n.id !== data?.root && n.body === 'congress')
    .map((n) => ({ value: n.id, label: `${n.name}（${n.levelLabel}）` }));
  return (
    <ActionModal<typeof handDownBody, HandDownValues>
      open
      title="交由下级办理"
      schema={handDownBody}
      fields={['congressId', 'note']}
      initialValues={{}}
      toBody={(v) => ({ version: item.version, congressId: v.congressId as number, note: v.note?.trim() ? v.note : null })}
      submit={(body) => levelsApi.handDown(item.id, body)}
      successText="已交由下级办理"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">
            交由下级人大后，由下级的联工委或政府办公室交办承办单位；答复期限仍按本级规定从今天起计算，答复和代表评价回到本件，两级都能看到全部办理过程。
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title="下级人大列表加载失败，请关闭后重试" /> : null}
        </>
      }
    >
      {() => (
        <>
          <Form.Item name="congressId" label="交由" required>
            <Select options={options} loading={!data && !error} placeholder="选择下级人民代表大会" showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="note" label="说明（可选）">
            <TextArea autoSize={NOTE_ROWS} maxLength={500} showCount placeholder="如：该建议涉及华容县农村饮水工程，请华容县人大常委会交有关单位办理。" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
