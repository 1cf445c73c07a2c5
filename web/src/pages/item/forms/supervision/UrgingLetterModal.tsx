import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { urgingLetterBody } from '../../../../../../domain/contracts/supervision';
import { supervisionApi } from '../../../../api/supervision';
import { wordsOf } from '../../../../lib/words';
import { todayInShanghai } from '../../../../lib/dates';
import { ActionModal } from '../../ActionModal';
import { TextArea } from '../shared';
import { unitOptions, type SupervisionModalProps } from './shared';

// ── 督办函 (R-SUP-2) ──────────────────────────────────────────────────

interface LetterValues {
  unitId?: number;
  title?: string;
  body?: string;
  respondBy?: Dayjs | null;
}

// Rules behind the texts below: R-SUP-2 (../shared/domain.md).
export function UrgingLetterModal({ detail, supervision, onClose, onChanged }: SupervisionModalProps) {
  const w = wordsOf(detail.item.kind);
  const today = todayInShanghai();
  const { item } = detail;
  return (
    <ActionModal<typeof urgingLetterBody, LetterValues>
      open
      title="发出督办函"
      okText="发出"
      width={640}
      schema={urgingLetterBody}
      fields={['unitId', 'title', 'body', 'respondBy']}
      initialValues={{
        unitId: supervision.openUnits[0]?.unitId,
        title: `关于加快办理第${item.number}号${w.item}的督办函`,
        body: `《${item.title}》（第${item.number}号）${item.currentDue ? `的办理期限为${item.currentDue}，` : ''}目前尚未办结。请高度重视，加快办理进度，与${w.submitter}充分沟通，按期答复，并将办理进展书面报告。`,
      }}
      toBody={(v) => ({ unitId: v.unitId, title: v.title ?? '', body: v.body ?? '', respondBy: v.respondBy ? v.respondBy.format('YYYY-MM-DD') : null })}
      submit={(body) => supervisionApi.issueUrgingLetter(detail.item.id, body)}
      successText="督办函已发出"
      onClose={onClose}
      onChanged={onChanged}
      intro={<Typography.Paragraph type="secondary">督办函按年度统一编号（督办〔年〕N号），发出后记入办理过程并通知承办单位。</Typography.Paragraph>}
    >
      {() => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="unitId" label="承办单位" required style={{ flex: '2 1 240px' }}>
              <Select aria-label="承办单位" options={unitOptions(supervision)} />
            </Form.Item>
            <Form.Item name="respondBy" label="反馈期限" style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} inputReadOnly />
            </Form.Item>
          </div>
          <Form.Item name="title" label="标题" required>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label="正文" required>
            <TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={20_000} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
