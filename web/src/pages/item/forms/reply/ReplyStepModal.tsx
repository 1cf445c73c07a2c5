import { Alert, Typography } from 'antd';
import { replyActionBody } from '../../../../../../domain/contracts/items';
import { actions } from '../../../../api/actions';
import { useUser } from '../../../../auth/AuthContext';
import { wordsOf } from '../../../../lib/words';
import { ActionModal } from '../../ActionModal';
import type { ModalProps } from '../shared';
import { myReply } from './replies';
import { ReplySummary } from './ReplySummary';

type Step = 'submitReplyForReview' | 'approveReplyReview' | 'signOffReply' | 'sendReply';
const STEPS: Record<Step, { path: 'submit' | 'approve' | 'sign-off' | 'send'; title: string; ok: string; done: string; note: string }> = {
  submitReplyForReview: { path: 'submit', title: '提交单位办公室审核', ok: '提交审核', done: '答复已提交审核', note: '提交后不能再修改，除非被退回。' },
  approveReplyReview: {
    path: 'approve',
    title: '审核答复',
    ok: '审核通过，报领导签发',
    done: '审核通过，已报领导签发',
    note: '如需修改，请使用“退回重办”并写明理由。',
  },
  signOffReply: { path: 'sign-off', title: '领导签发', ok: '签发', done: '答复已签发', note: '签发人将印在答复函上。如需修改，请使用“退回重办”。' },
  sendReply: {
    path: 'send',
    title: '答复代表',
    ok: '发出答复',
    done: '答复已发出，代表将收到答复并评价',
    note: '发出后答复送达领衔及附议代表，抄送人大常委会代表工作机构和政府办公厅；B 类承诺事项自动挂号跟踪。',
  },
};

/**
 * Whom a sent proposal's reply reaches (R-CPPCC-2): the lead member only (or the organization of a collective
 * one), copied to the proposal committee and the government office — not the congress's liaison office.
 */
const PROPOSAL_SEND_NOTE = '发出后答复送达第一提案人（集体提案送提出单位），抄送政协提案委员会和政府办公厅；B 类承诺事项自动挂号跟踪。';

/** One confirmed step of the reply workflow, with the reply to check before it. */
export function ReplyStepModal({ detail, onClose, onChanged, step }: ModalProps & { step: Step }) {
  const user = useUser();
  const reply = myReply(detail, user.organizationId);
  const w = wordsOf(detail.item.kind);
  const base = STEPS[step];
  const s = { ...base, title: w.say(base.title), done: w.say(base.done), note: step === 'sendReply' && w.proposal ? PROPOSAL_SEND_NOTE : base.note };
  return (
    <ActionModal<typeof replyActionBody, object>
      open
      width={640}
      title={s.title}
      okText={s.ok}
      schema={replyActionBody}
      fields={[]}
      toBody={() => ({ version: reply?.version })}
      submit={(body) => actions.replyStep(detail.item.id, reply!.id, s.path, body)}
      successText={s.done}
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          {reply ? <ReplySummary reply={reply} /> : <Alert type="warning" showIcon title="未找到本单位本轮答复，请刷新页面。" />}
          <Typography.Paragraph type="secondary">{s.note}</Typography.Paragraph>
        </>
      )}
    </ActionModal>
  );
}
