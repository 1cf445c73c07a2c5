import { DatePicker, Form, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { QUARTERS, QUARTER_LABELS } from '../../../../domain/checklists/checklists';
import { meetingBody } from '../../../../domain/contracts/checklists';
import { checklists } from '../../api/checklists';
import { todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

interface Values {
  year?: number;
  quarter?: number;
  heldOn?: Dayjs | null;
  summary?: string;
  briefing?: string;
  experienceReportIds?: number[];
}

/** 登记季度交流会: the meeting of the township chairs at the quarter's end, the typical experiences picked, next quarter's briefing. */
export function MeetingModal({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const today = todayInShanghai();
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return (
    <ActionModal<typeof meetingBody, Values>
      open
      title="登记季度交流会"
      width={680}
      schema={meetingBody}
      fields={['year', 'quarter', 'heldOn', 'summary', 'briefing', 'experienceReportIds']}
      initialValues={{ year: Number(today.slice(0, 4)), quarter, heldOn: dayjs(today), experienceReportIds: [] }}
      toBody={(v) => ({
        year: v.year,
        quarter: v.quarter,
        heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '',
        summary: v.summary ?? '',
        briefing: v.briefing ?? '',
        experienceReportIds: v.experienceReportIds ?? [],
      })}
      submit={(body) => checklists.recordMeeting(body)}
      successText="季度交流会已登记，下季度工作讲解已发送各乡镇人大主席团"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
    >
      {(form) => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="year" label="年度" required style={{ flex: '1 1 110px' }}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} aria-label="年度" onChange={() => form.setFieldValue('experienceReportIds', [])} />
            </Form.Item>
            <Form.Item name="quarter" label="季度" required style={{ flex: '1 1 130px' }}>
              <Select
                aria-label="季度"
                options={QUARTERS.map((q) => ({ value: q, label: QUARTER_LABELS[q] }))}
                onChange={() => form.setFieldValue('experienceReportIds', [])}
              />
            </Form.Item>
            <Form.Item name="heldOn" label="会议日期" required style={{ flex: '1 1 150px' }}>
              <DatePicker style={{ width: '100%' }} inputReadOnly aria-label="会议日期" />
            </Form.Item>
          </div>
          <Form.Item name="summary" label="交流情况" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={3000} placeholder="对照季度清单总结成绩，按见人见事见实效的要求指出存在的问题和不足" />
          </Form.Item>
          <Form.Item name="briefing" label="下季度工作讲解" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={3000} placeholder="对下季度指导清单重点工作的讲解和说明，交办的工作事项" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.year !== b.year || a.quarter !== b.quarter}>
            {() => <ExperiencePicker year={form.getFieldValue('year')} quarter={form.getFieldValue('quarter')} />}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** The townships' reported rows of the quarter, to pick the typical experiences from. */
function ExperiencePicker({ year, quarter }: { year?: number; quarter?: number }) {
  const ready = !!year && !!quarter && year >= 2000 && year <= 2100;
  const { data } = useLoad(ready ? (signal) => checklists.reports({ year, quarter }, signal) : null, [year, quarter]);
  const options = (data?.rows ?? [])
    .filter((r) => r.status !== 'pending')
    .map((r) => ({ value: r.id, label: `${r.township.name} · 第 ${r.entrySeq} 项（${r.statusLabel}）：${r.note ?? r.entryText}` }));
  return (
    <Form.Item name="experienceReportIds" label="推介的典型经验" extra="从本季度各乡镇已报送的事项中选择，可多选">
      <Select
        mode="multiple"
        aria-label="推介的典型经验"
        options={options}
        placeholder={options.length ? '可不选' : '本季度尚无乡镇报送'}
        optionFilterProp="label"
      />
    </Form.Item>
  );
}
