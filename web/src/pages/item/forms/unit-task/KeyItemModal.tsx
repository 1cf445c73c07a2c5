import { Typography } from 'antd';
import { keyItemBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, myTask, type ModalProps } from '../shared';

// ── 重点处理 (R-HANDLE-2) ───────────────────────────────────────────
export function KeyItemModal({ detail, onClose, onChanged }: ModalProps) {
  const w = wordsOf(detail.item.kind);
  const user = useUser();
  const task = myTask(detail, user.organizationId);
  const marked = !!task?.isKeyItem;
  return (
    <ActionModal<typeof keyItemBody, object>
      open
      title={marked ? '取消重点处理' : `确定为本单位重点处理${w.item}`}
      okText={marked ? '取消重点' : '确定为重点'}
      schema={keyItemBody}
      fields={[]}
      toBody={() => ({ taskVersion: task?.version, isKeyItem: !marked })}
      submit={(body) => actions.markKeyItem(detail.item.id, body)}
      successText={marked ? '已取消重点处理' : `已确定为重点处理${w.item}`}
      onClose={onClose}
      onChanged={onChanged}
      intro={<ItemIntro detail={detail} />}
    >
      {() => (
        <Typography.Paragraph>
          {marked
            ? `取消后，本件不再作为本单位重点处理${w.item}报政府办公厅。`
            : w.say('每个单位每次会议可确定 1–2 件重点处理建议，报政府办公厅登记；重点建议须有“开门办案”记录（座谈、视察、调研等）。')}
        </Typography.Paragraph>
      )}
    </ActionModal>
  );
}
