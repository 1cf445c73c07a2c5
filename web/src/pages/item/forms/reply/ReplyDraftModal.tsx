import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { replyDraftBody } from '../../../../../../domain/contracts/items';
import type { ResultClass } from '../../../../../../domain/items/kinds';
import { THREE_CLASSES } from '../../../../../../domain/stats/result-classes';
import { actions } from '../../../../api/actions';
import type { Reply } from '../../../../api/types';
import { useUser } from '../../../../auth/AuthContext';
import { wordsOf } from '../../../../lib/words';
import { EditLockAlert } from '../../../collaboration/EditLockAlert';
import { useEditLock } from '../../../collaboration/useEditLock';
import { PUBLICITY_LABELS } from '../../../../lib/labels';
import { ActionModal } from '../../ActionModal';
import { TextArea, type ModalProps } from '../shared';
import { myReply } from './replies';
import { SalutationNote } from './SalutationNote';
import { ReplyDraftTools } from '../../../templates/ReplyDraftTools';

/** What a class asks of the reply besides its definition (the rules profile words the definition). */
const CLASS_NEEDS: Partial<Record<ResultClass, string>> = {
  B: '须登记承诺事项及完成时限',
  C: '须在答复中说明理由',
  D: '须在答复中说明参考的方面',
};

/** A non-public reply needs its reason. */
const draftSchema = replyDraftBody.refine((b) => b.publicity !== 'private' || Boolean(b.privateReason?.trim()), {
  path: ['privateReason'],
  message: '答复不公开须说明理由',
});

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
  const w = wordsOf(detail.item.kind);
  const user = useUser();
  const existing = myReply(detail, user.organizationId);
  const draft = existing?.state === 'draft' ? existing : undefined;
  const { item } = detail;
  const lock = useEditLock(item.id, 'replyDraft');
  // The classes of the item's rules profile: A/B/C, or A/B/C/D, with their labels and definitions.
  const classes = detail.resultClasses.length ? detail.resultClasses : THREE_CLASSES;
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
        commitments:
          v.resultClass === 'B'
            ? (v.commitments ?? []).map((c) => ({ content: c.content ?? '', targetDate: c.targetDate?.format('YYYY-MM-DD') ?? '' }))
            : undefined,
      })}
      submit={(body) => actions.saveReplyDraft(item.id, body)}
      successText="答复草稿已保存"
      // The handler's usual next step, in the same press: the saved draft goes to the unit office for review.
      alternative={{
        text: '保存并提交审核',
        then: (saved) => {
          const r = saved as Reply;
          return actions.replyStep(item.id, r.id, 'submit', { version: r.version });
        },
        successText: '答复已保存并提交办公室审核',
      }}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <>
          <EditLockAlert lock={lock} />
          {draft?.sendBackReason && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`退回重办理由：${draft.sendBackReason}`} />}
        </>
      }
    >
      {(form) => (
        <>
          <Form.Item name="resultClass" label="办理结果分类（标注于文号上方）" required>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {classes.map((c) => (
                <Radio key={c.code} value={c.code}>
                  <b>{c.label}</b>{' '}
                  <span className="muted">
                    {c.definition}
                    {CLASS_NEEDS[c.code] && `：${CLASS_NEEDS[c.code]}`}
                  </span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <SalutationNote salutation={detail.replySalutation} />
          <ReplyDraftTools itemId={item.id} form={form} />
          <Form.Item name="body" label="答复正文" required>
            <TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={50000} showCount placeholder={`您提出的《……》的${w.item}收悉，现答复如下：……`} />
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

/** Each B commitment with its target date. */
function CommitmentFields() {
  return (
    <Form.Item
      label="承诺事项"
      required
      name="commitments"
      style={{ marginBottom: 0 }}
      extra="草稿可暂不填写；发出 B 类答复前须登记至少一项承诺事项及完成时限。"
    >
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
