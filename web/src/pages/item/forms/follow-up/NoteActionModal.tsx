import { Form, Typography } from 'antd';
import { versionNoteBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import { ItemIntro, NOTE_ROWS, TextArea, type ModalProps } from '../shared';

// Rules behind the texts below: R-EVAL-2、R-EVAL-3 (../shared/domain.md).
const NOTE_ACTIONS = {
  forwardForRehandling: {
    title: '转交重新办理',
    label: '转办说明',
    placeholder: '代表不满意的主要意见，以及对重新办理的要求',
    done: '已转交承办单位重新办理（30 日内当面沟通并再次答复）',
    intro: '代表对答复不满意：承办单位须重新研究办理，与代表当面沟通，并在收到反馈后 30 日内再次答复。',
    call: actions.forwardForRehandling,
  },
  closeItem: {
    title: '办结',
    label: '办结说明',
    placeholder: '如：代表逾期未评价，按规定办结',
    done: '已办结',
    intro: '评价期限届满代表未评价的建议，或已沟通的参阅件，可由联工委办结。',
    call: actions.closeItem,
  },
  withdrawSuggestion: {
    title: '撤回建议',
    label: '撤回原因',
    placeholder: '如：情况已有变化，拟重新调研后再提出',
    done: '建议已撤回，编号保留，不再办理',
    intro: '立案之前，领衔代表可以撤回建议：撤回后不再审核办理，已确认附议的代表将收到通知。',
    call: actions.withdrawSuggestion,
  },
} as const;

export function NoteActionModal({ detail, onClose, onChanged, kind }: ModalProps & { kind: keyof typeof NOTE_ACTIONS }) {
  const a = NOTE_ACTIONS[kind];
  // The texts are written for suggestions; a proposal's say 委员, 提案, 提案委员会 (§8).
  const w = wordsOf(detail.item.kind);
  return (
    <ActionModal<typeof versionNoteBody, { note?: string }>
      open
      title={w.say(a.title)}
      schema={versionNoteBody}
      fields={['note']}
      toBody={(v) => ({ version: detail.item.version, note: v.note ?? '' })}
      submit={(body) => a.call(detail.item.id, body)}
      successText={w.say(a.done)}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <ItemIntro detail={detail} />
          <Typography.Paragraph type="secondary">{w.say(a.intro)}</Typography.Paragraph>
        </>
      }
    >
      {() => (
        <Form.Item name="note" label={a.label} required>
          <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount placeholder={w.say(a.placeholder)} />
        </Form.Item>
      )}
    </ActionModal>
  );
}
