import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { overrideBody, replyActionBody, replyDraftBody, sendBackBody } from '../../../../../domain/contracts/items';
import { RESULT_CLASSES, type ResultClass } from '../../../../../domain/items/kinds';
import { REPLY_STATE_LABELS } from '../../../../../domain/items/states';
import { actions } from '../../../api/actions';
import type { ItemDetail, Reply } from '../../../api/types';
import { useUser } from '../../../auth/AuthContext';
import { PUBLICITY_LABELS, RESULT_CLASS_LABELS } from '../../../lib/labels';
import { ActionModal } from '../ActionModal';
import { unitOf } from '../Section';
import { myTask, NOTE_ROWS, TextArea, type ModalProps } from './shared';

/** The reply's way out (R-REPLY-1): draft → office review (or send back) → leader sign-off → send; offices' send-back and override. */

/** The current round's reply of the user's own unit. */
function myReply(detail: ItemDetail, unitId: number | null): Reply | undefined {
  const task = myTask(detail, unitId);
  return detail.replies.find((r) => r.round === detail.item.round && r.taskId === task?.id);
}

const CLASS_HINTS: Record<ResultClass, string> = {
  A: '问题已解决或建议已采纳，当年基本解决',
  B: '已列入计划或规划逐步解决：须登记承诺事项及完成时限',
  C: '因法律政策或条件限制暂不能解决：须在答复中说明理由',
};

/** R-REPLY-4: a non-public reply needs its reason. */
const draftSchema = replyDraftBody.refine((b) => b.publicity !== 'private' || Boolean(b.privateReason?.trim()), { path: ['privateReason'], message: '答复不公开须说明理由' });

interface DraftValues {
  body?: string;
  resultClass?: ResultClass;
  publicity?: 'public' | 'private';
  privateReason?: string;
  docNumber?: string;
  contactPerson?: string;
  contactPhone?: string;
  commitments?: { content?: string; targetDate?: Dayjs | null }[];
}

export function ReplyDraftModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const existing = myReply(detail, user.organizationId);
  const draft = existing?.state === 'draft' ? existing : undefined;
  const { item } = detail;
  return (
    <ActionModal<typeof draftSchema, DraftValues>
      open
      width={720}
      title={draft ? '修改答复' : '起草答复'}
      okText="保存草稿"
      schema={draftSchema}
      fields={['body', 'resultClass', 'publicity', 'privateReason', 'docNumber', 'contactPerson', 'contactPhone', 'commitments']}
      initialValues={
        draft
          ? {
              body: draft.body,
              resultClass: draft.resultClass,
              publicity: draft.publicity,
              privateReason: draft.privateReason ?? undefined,
              docNumber: draft.docNumber ?? undefined,
              contactPerson: draft.contactPerson,
              contactPhone: draft.contactPhone,
              commitments: (draft.plannedCommitments ?? []).map((c) => ({ content: c.content, targetDate: dayjs(c.targetDate) })),
            }
          : { publicity: 'public', contactPerson: user.name }
      }
      toBody={(v) => ({
        version: draft?.version,
        body: v.body ?? '',
        resultClass: v.resultClass,
        publicity: v.publicity,
        privateReason: v.publicity === 'private' ? (v.privateReason ?? '') : undefined,
        docNumber: v.docNumber?.trim() ? v.docNumber : undefined,
        contactPerson: v.contactPerson ?? '',
        contactPhone: v.contactPhone ?? '',
        commitments: v.resultClass === 'B' ? (v.commitments ?? []).map((c) => ({ content: c.content ?? '', targetDate: c.targetDate?.format('YYYY-MM-DD') ?? '' })) : undefined,
      })}
      submit={(body) => actions.saveReplyDraft(item.id, body)}
      successText="答复草稿已保存"
      onClose={onClose}
      onChanged={onChanged}
      intro={draft?.sendBackReason && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`退回重办理由：${draft.sendBackReason}`} />}
    >
      {() => (
        <>
          <Form.Item name="resultClass" label="办理结果分类（标注于文号上方）" required>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {RESULT_CLASSES.map((c) => (
                <Radio key={c} value={c}>
                  <b>{RESULT_CLASS_LABELS[c]}</b> <span className="muted">{CLASS_HINTS[c]}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="body" label="答复正文" required>
            <TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={50000} showCount placeholder="您提出的《……》的建议收悉，现答复如下：……" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.resultClass !== b.resultClass}>
            {({ getFieldValue }) => getFieldValue('resultClass') === 'B' && <CommitmentFields />}
          </Form.Item>
          <div className="plan-row" style={{ flexWrap: 'wrap' }}>
            <Form.Item name="publicity" label="公开属性" required style={{ flex: '1 1 200px' }}>
              <Radio.Group options={(['public', 'private'] as const).map((p) => ({ value: p, label: PUBLICITY_LABELS[p] }))} />
            </Form.Item>
            <Form.Item name="docNumber" label="文号（发出前必填）" style={{ flex: '1 1 200px' }}>
              <Input maxLength={100} placeholder="如：湘教函〔2025〕12号" />
            </Form.Item>
          </div>
          <Form.Item noStyle shouldUpdate={(a, b) => a.publicity !== b.publicity}>
            {({ getFieldValue }) =>
              getFieldValue('publicity') === 'private' && (
                <Form.Item name="privateReason" label="不公开理由" required>
                  <TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
                </Form.Item>
              )
            }
          </Form.Item>
          <div className="plan-row" style={{ flexWrap: 'wrap' }}>
            <Form.Item name="contactPerson" label="联系人" required style={{ flex: '1 1 200px' }}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="contactPhone" label="联系电话" required style={{ flex: '1 1 200px' }}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </div>
        </>
      )}
    </ActionModal>
  );
}

/** R-TRACK-1: each B commitment with its target date. */
function CommitmentFields() {
  return (
    <Form.Item label="承诺事项" required name="commitments" style={{ marginBottom: 0 }} extra="草稿可暂不填写；发出 B 类答复前须登记至少一项承诺事项及完成时限。">
      <Form.List name="commitments">
        {(list, { add, remove }) => (
          <>
            {list.map((f, i) => (
              <div key={f.key} className="commitment-row">
                <Form.Item name={[f.name, 'content']} style={{ flex: '1 1 260px' }} rules={[{ required: true, message: '请填写承诺事项' }]}>
                  <Input maxLength={2000} placeholder={`承诺事项 ${i + 1}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'targetDate']} rules={[{ required: true, message: '请选择完成时限' }]}>
                  <DatePicker placeholder="完成时限" />
                </Form.Item>
                <Button aria-label="删除此承诺事项" icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              增加承诺事项
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

function ReplySummary({ reply }: { reply: Reply }) {
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
      <Descriptions.Item label="状态">{REPLY_STATE_LABELS[reply.state]}</Descriptions.Item>
      <Descriptions.Item label="分类">{RESULT_CLASS_LABELS[reply.resultClass]}</Descriptions.Item>
      <Descriptions.Item label="公开属性">
        {PUBLICITY_LABELS[reply.publicity]}
        {reply.privateReason ? `（${reply.privateReason}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="文号">{reply.docNumber ?? '—'}</Descriptions.Item>
      {reply.signer && <Descriptions.Item label="签发人">{reply.signer}</Descriptions.Item>}
      <Descriptions.Item label="正文">
        <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: '展开' }} style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
          {reply.body}
        </Typography.Paragraph>
      </Descriptions.Item>
      {(reply.plannedCommitments?.length ?? 0) > 0 && (
        <Descriptions.Item label="承诺事项">{reply.plannedCommitments!.map((c) => `${c.content}（${c.targetDate}前）`).join('；')}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

type Step = 'submitReplyForReview' | 'approveReplyReview' | 'signOffReply' | 'sendReply';
const STEPS: Record<Step, { path: 'submit' | 'approve' | 'sign-off' | 'send'; title: string; ok: string; done: string; note: string }> = {
  submitReplyForReview: { path: 'submit', title: '提交单位办公室审核', ok: '提交审核', done: '答复已提交审核', note: '提交后不能再修改，除非被退回。' },
  approveReplyReview: { path: 'approve', title: '审核答复', ok: '审核通过，报领导签发', done: '审核通过，已报领导签发', note: '如需修改，请使用“退回重办”并写明理由。' },
  signOffReply: { path: 'sign-off', title: '领导签发', ok: '签发', done: '答复已签发', note: '签发人将印在答复函上。如需修改，请使用“退回重办”。' },
  sendReply: {
    path: 'send',
    title: '答复代表',
    ok: '发出答复',
    done: '答复已发出，代表将收到答复并评价',
    note: '发出后答复送达领衔及附议代表，抄送人大常委会代表工作机构和政府办公厅；B 类承诺事项自动挂号跟踪。',
  },
};

/** One confirmed step of the reply workflow, with the reply to check before it. */
export function ReplyStepModal({ detail, onClose, onChanged, step }: ModalProps & { step: Step }) {
  const user = useUser();
  const reply = myReply(detail, user.organizationId);
  const s = STEPS[step];
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

/** Unsent replies of the round an office may act on: the government office reviews government units' only (R-REPLY-1). */
function officeReplies(detail: ItemDetail, role: string): Reply[] {
  const round = detail.replies.filter((r) => r.round === detail.item.round && r.state !== 'sent');
  if (role !== 'governmentOffice') return round;
  return round.filter((r) => detail.tasks.some((t) => t.id === r.taskId && t.unitIsGovernment));
}

/** Replies an office or a unit may send back now: in review, awaiting sign-off or signed (the transitions table). */
function returnable(detail: ItemDetail, role: string, unitId: number | null): Reply[] {
  const states = ['inReview', 'awaitingSignOff', 'signed'];
  if (role === 'governmentOffice') return officeReplies(detail, role).filter((r) => states.includes(r.state));
  const own = myTask(detail, unitId);
  return detail.replies.filter((r) => r.round === detail.item.round && r.taskId === own?.id && states.includes(r.state));
}

export function SendBackModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const list = returnable(detail, user.role, user.organizationId);
  return (
    <ActionModal<typeof sendBackBody, { replyId?: number; reason?: string }>
      open
      width={640}
      title="退回重办"
      danger
      okText="退回"
      schema={sendBackBody}
      fields={['replyId', 'reason']}
      initialValues={{ replyId: list[0]?.id }}
      toBody={(v) => ({ version: list.find((r) => r.id === v.replyId)?.version, reason: v.reason ?? '' })}
      extraCheck={(v) => (v.replyId ? [] : [{ field: 'replyId', message: '请选择答复' }])}
      submit={(body, v) => actions.sendBackReply(detail.item.id, v.replyId!, body)}
      successText="答复已退回承办人修改"
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          {list.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="没有可退回的答复（可能已被他人处理），请刷新页面。" />}
          {list.length > 1 && (
            <Form.Item name="replyId" label="答复" required>
              <Select options={list.map((r) => ({ value: r.id, label: `${unitOf(detail, r.taskId)}（${REPLY_STATE_LABELS[r.state]}）` }))} />
            </Form.Item>
          )}
          <Form.Item noStyle shouldUpdate={(a, b) => a.replyId !== b.replyId}>
            {({ getFieldValue }) => {
              const chosen = list.find((r) => r.id === getFieldValue('replyId'));
              return chosen && <ReplySummary reply={chosen} />;
            }}
          </Form.Item>
          <Form.Item name="reason" label="退回理由" required extra="承办人将看到此理由，修改后重新提交。">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ── 豁免答复前置要求 (R-TALK-2 / R-CO-1) ────────────────────────────
export function OverrideModal({ detail, onClose, onChanged }: ModalProps) {
  const user = useUser();
  const unsent = officeReplies(detail, user.role);
  return (
    <ActionModal<typeof overrideBody, { replyId?: number; check?: 'contact' | 'coOpinion'; reason?: string }>
      open
      title="豁免答复前置要求"
      schema={overrideBody}
      fields={['replyId', 'check', 'reason']}
      initialValues={{ replyId: unsent[0]?.id, check: 'contact' }}
      toBody={(v) => ({ version: unsent.find((r) => r.id === v.replyId)?.version, check: v.check, reason: v.reason ?? '' })}
      extraCheck={(v) => (v.replyId ? [] : [{ field: 'replyId', message: '请选择答复' }])}
      submit={(body, v) => actions.overrideReplyCheck(detail.item.id, v.replyId!, body)}
      successText="已豁免，承办单位可以发出答复"
      onClose={onClose}
      onChanged={onChanged}
      intro={<Typography.Paragraph type="secondary">“先协商、后答复”：确因特殊情况无法与代表沟通或会办单位未报送意见的，由交办机关说明理由后豁免。豁免记入办理历史。</Typography.Paragraph>}
    >
      {() => (
        <>
          <Form.Item name="replyId" label="答复" required>
            <Select options={unsent.map((r) => ({ value: r.id, label: `${unitOf(detail, r.taskId)}（${REPLY_STATE_LABELS[r.state]}）` }))} />
          </Form.Item>
          <Form.Item name="check" label="豁免事项" required>
            <Radio.Group
              options={[
                { value: 'contact', label: '沟通联系（先协商后答复）' },
                { value: 'coOpinion', label: '会办意见' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="豁免理由" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
