import { Form, Radio, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { lookBackReviewBody } from '../../../../domain/contracts/commitments';
import { LOOK_BACK_FINDINGS, type LookBackFinding } from '../../../../domain/commitments/tracking';
import { tracking, type LookBackReviewRow } from '../../api/tracking';
import { LOOK_BACK_FINDING_LABELS } from '../../lib/labels';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';

interface Values {
  finding?: LookBackFinding;
  note?: string;
}

const HINTS: Record<LookBackFinding, string> = {
  delivered: '答复中解决或承诺的事项已经落实到位',
  inProgress: '正在按计划推进，尚未全部完成',
  notDelivered: '尚未落实，请说明原因和下一步打算',
};

/** R-TRACK-2: a unit fills (or corrects) its review of one past item (复查表). */
export function ReviewModal({ row, onClose, onChanged }: { row: LookBackReviewRow; onClose: () => void; onChanged: () => void }) {
  return (
    <ActionModal<typeof lookBackReviewBody, Values>
      open
      title="填报复查表"
      schema={lookBackReviewBody}
      fields={['finding', 'note']}
      initialValues={{ finding: row.finding ?? undefined, note: row.note ?? undefined }}
      toBody={(v) => ({ version: row.version, finding: v.finding, note: v.note ?? '' })}
      submit={(body) => tracking.submitLookBackReview(row.id, body)}
      successText="复查表已提交"
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          <Link to={`/items/${row.itemId}`}>
            {row.number}
            {'\u3000'}
            {row.title}
          </Link>
          <br />
          {row.sessionName} · {row.resultClass} 类答复
          {row.resultClass === 'B' && `（承诺事项 ${row.commitments} 项，未销号 ${row.openCommitments} 项）`}
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="finding" label="复查结论" required>
            <Radio.Group optionType="button" buttonStyle="solid" options={LOOK_BACK_FINDINGS.map((f) => ({ value: f, label: LOOK_BACK_FINDING_LABELS[f] }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.finding !== b.finding}>
            {({ getFieldValue }) => {
              const f = getFieldValue('finding') as LookBackFinding | undefined;
              return (
                <Form.Item name="note" label="复查情况" required extra={f ? HINTS[f] : '说明答复事项的落实情况'}>
                  <TextArea autoSize={NOTE_ROWS} maxLength={2000} showCount />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
