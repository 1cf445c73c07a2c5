import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { visitBody } from '../../../../domain/contracts/checklists';
import { checklists, type Township } from '../../api/checklists';
import { todayInShanghai } from '../../lib/dates';
import { useLoad } from '../../lib/useLoad';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

interface Values {
  townshipId?: number;
  visitedOn?: Dayjs | null;
  deputiesVisited?: number | null;
  votersVisited?: number | null;
  ledgersRead?: string;
  assessment?: string;
  requirements?: string;
  entryIds?: number[];
}

/** 登记联点指导: a paired leader's on-site visit to one of their townships and the checklist entries it concerned. */
export function VisitModal({ towns, onClose, onChanged }: { towns: Township[]; onClose: () => void; onChanged: () => void }) {
  const today = todayInShanghai();
  return (
    <ActionModal<typeof visitBody, Values>
      open
      title="登记联点指导"
      width={680}
      schema={visitBody}
      fields={['townshipId', 'visitedOn', 'deputiesVisited', 'votersVisited', 'ledgersRead', 'assessment', 'requirements', 'entryIds']}
      initialValues={{ townshipId: towns.length === 1 ? towns[0].id : undefined, visitedOn: dayjs(today), entryIds: [] }}
      toBody={(v) => ({
        townshipId: v.townshipId,
        visitedOn: v.visitedOn ? v.visitedOn.format('YYYY-MM-DD') : '',
        deputiesVisited: v.deputiesVisited ?? undefined,
        votersVisited: v.votersVisited ?? undefined,
        ledgersRead: v.ledgersRead ?? '',
        assessment: v.assessment ?? '',
        requirements: v.requirements ?? '',
        entryIds: v.entryIds ?? [],
      })}
      submit={(body) => checklists.recordVisit(body)}
      successText="联点指导情况已登记，已告知该乡镇人大主席团"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
    >
      {(form) => (
        <>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="townshipId" label="联点乡镇" required style={{ flex: '1 1 160px' }}>
              <Select
                showSearch
                optionFilterProp="label"
                aria-label="联点乡镇"
                placeholder="请选择"
                options={towns.map((t) => ({ value: t.id, label: t.name }))}
                onChange={() => form.setFieldValue('entryIds', [])}
              />
            </Form.Item>
            <Form.Item name="visitedOn" label="指导日期" required style={{ flex: '1 1 150px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} inputReadOnly aria-label="指导日期" />
            </Form.Item>
            <Form.Item name="deputiesVisited" label="走访代表（名）" required style={{ flex: '1 1 120px' }}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label="走访代表人数" />
            </Form.Item>
            <Form.Item name="votersVisited" label="走访选民（名）" required style={{ flex: '1 1 120px' }}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label="走访选民人数" />
            </Form.Item>
          </div>
          <Form.Item name="ledgersRead" label="查阅台账" required>
            <Input maxLength={500} placeholder="如：人代会会议记录、代表联络站接待台账、民生实事票决资料" />
          </Form.Item>
          <Form.Item name="assessment" label="工作评价" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} placeholder="听取主席团落实清单情况汇报后，对工作作出的评价" />
          </Form.Item>
          <Form.Item name="requirements" label="要求和指导意见" required>
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} placeholder="对未开展的工作提出的要求和指导意见" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.townshipId !== b.townshipId}>
            {() => <EntryPicker townshipId={form.getFieldValue('townshipId')} />}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** The entries issued to the township this year, to mark those the visit concerned. */
function EntryPicker({ townshipId }: { townshipId?: number }) {
  const year = Number(todayInShanghai().slice(0, 4));
  const { data } = useLoad(townshipId ? (signal) => checklists.reports({ townshipId, year }, signal) : null, [townshipId]);
  const options = (data?.rows ?? []).map((r) => ({ value: r.entryId, label: `${r.quarterLabel} 第 ${r.entrySeq} 项：${r.entryText}（${r.statusLabel}）` }));
  return (
    <Form.Item name="entryIds" label="涉及清单事项" extra={townshipId ? '本年度下发该乡镇的清单事项，可多选' : '先选择联点乡镇'}>
      <Select mode="multiple" aria-label="涉及清单事项" options={options} disabled={!townshipId} placeholder="可不选" optionFilterProp="label" />
    </Form.Item>
  );
}
