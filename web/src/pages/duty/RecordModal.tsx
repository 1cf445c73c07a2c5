import { UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { createDutyRecordBody, updateDutyRecordBody } from '../../../../domain/contracts/duty';
import { DUTY_KIND_LABELS, ENTERED_DUTY_KINDS, type DutyKind } from '../../../../domain/duty/duty';
import { MAX_EVIDENCE_FILES } from '../../../../domain/duty/standing';
import { duty, type DutyRecord } from '../../api/duty';
import { ATTACHMENT_ACCEPT, checkAttachment, mimeOf, readBase64 } from '../../lib/attachments';
import { todayInShanghai } from '../../lib/dates';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

interface Values {
  deputyId?: number;
  kind?: DutyKind;
  on?: Dayjs | null;
  title?: string;
  note?: string;
  evidence?: UploadFile[];
}

export interface DeputyChoice {
  id: number;
  name: string;
  delegationName: string | null;
}

interface Props {
  /** the deputies to choose from; one when the record is entered from a deputy's page */
  deputies: DeputyChoice[];
  /** the record to edit (absent: a new one) */
  record?: DutyRecord;
  onClose: () => void;
  onChanged: () => void;
}

const MAX_UPLOAD = 10 * 1024 * 1024;
const isNew = (f: UploadFile) => Boolean(f.originFileObj);
/** The files to send: their names and types now (the contract checks the count), their contents read when sending. */
const placeholders = (files: UploadFile[]) =>
  files.filter(isNew).map((f) => ({ filename: f.name, mimeType: mimeOf(f.originFileObj!) ?? '', contentBase64: '…' }));
const read = (files: UploadFile[]) =>
  Promise.all(
    files
      .filter(isNew)
      .map(async (f) => ({ filename: f.name, mimeType: mimeOf(f.originFileObj!) ?? f.type ?? '', contentBase64: await readBase64(f.originFileObj!) })),
  );

/** 录入履职记录 / 修改: one deputy's duty that the system does not count itself, with its evidence (photos, minutes, a speech). */
export function RecordModal({ deputies, record, onClose, onChanged }: Props) {
  const today = todayInShanghai();
  const schema: z.ZodType = record ? updateDutyRecordBody : createDutyRecordBody;
  const fields = (v: Values) => ({ kind: v.kind, on: v.on ? v.on.format('YYYY-MM-DD') : '', title: v.title ?? '', note: v.note || null });
  return (
    <ActionModal<z.ZodType, Values>
      open
      title={record ? '修改履职记录' : '录入履职记录'}
      width={620}
      schema={schema}
      fields={['deputyId', 'kind', 'on', 'title', 'note', 'evidence']}
      initialValues={{
        deputyId: record ? undefined : deputies.length === 1 ? deputies[0].id : undefined,
        kind: record?.kind,
        on: dayjs(record?.on ?? today),
        title: record?.title,
        note: record?.note ?? undefined,
        evidence: (record?.evidence ?? []).map((e) => ({ uid: e.sha256, name: e.filename, status: 'done' as const })),
      }}
      extraCheck={(v) => {
        const files = v.evidence ?? [];
        const fresh = files.filter(isNew).map((f) => f.originFileObj!);
        const why = fresh.map(checkAttachment).find(Boolean);
        const message = !files.length
          ? '请上传至少一份佐证材料'
          : files.length > MAX_EVIDENCE_FILES
            ? `佐证材料最多 ${MAX_EVIDENCE_FILES} 份`
            : (why ?? (fresh.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD ? '一次上传的佐证材料合计不能超过 10 MB，可保存后再修改添加' : null));
        return message ? [{ field: 'evidence', message }] : [];
      }}
      toBody={(v) =>
        record
          ? {
              version: record.version,
              ...fields(v),
              keepEvidence: (v.evidence ?? []).filter((f) => !isNew(f)).map((f) => f.uid),
              addEvidence: placeholders(v.evidence ?? []),
            }
          : { deputyId: v.deputyId, ...fields(v), evidence: placeholders(v.evidence ?? []) }
      }
      submit={async (body, v) => {
        const files = await read(v.evidence ?? []);
        if (record) {
          const b = body as z.output<typeof updateDutyRecordBody>;
          return duty.update(record.id, { ...b, addEvidence: files });
        }
        return duty.enter({ ...(body as z.output<typeof createDutyRecordBody>), evidence: files });
      }}
      successText={record ? '履职记录已修改' : '履职记录已录入'}
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
    >
      {() => (
        <>
          {!record && (
            <Form.Item name="deputyId" label="代表" required>
              <Select
                showSearch
                optionFilterProp="label"
                aria-label="代表"
                placeholder="输入姓名查找"
                disabled={deputies.length === 1}
                options={deputies.map((d) => ({ value: d.id, label: d.delegationName ? `${d.name}（${d.delegationName}）` : d.name }))}
              />
            </Form.Item>
          )}
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="kind" label="履职类别" required style={{ flex: '1 1 200px' }}>
              <Select aria-label="履职类别" placeholder="请选择" options={ENTERED_DUTY_KINDS.map((k) => ({ value: k, label: DUTY_KIND_LABELS[k] }))} />
            </Form.Item>
            <Form.Item name="on" label="履职日期" required style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} inputReadOnly aria-label="履职日期" />
            </Form.Item>
          </div>
          <Form.Item name="title" label="履职事项" required>
            <Input maxLength={200} placeholder="如：就农村饮水安全开展专题调研" />
          </Form.Item>
          <Form.Item name="note" label="情况说明">
            <TextArea autoSize={NOTE_ROWS} maxLength={2000} placeholder="时间、地点、参加人员、主要内容和成效（可不填）" />
          </Form.Item>
          <Form.Item
            name="evidence"
            label="佐证材料"
            required
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
            extra={`照片、会议记录、发言稿、调研报告等（JPG、PNG、PDF、Word、Excel，最多 ${MAX_EVIDENCE_FILES} 份，每份不超过 10 MB）`}
          >
            <Upload beforeUpload={() => false} multiple accept={ATTACHMENT_ACCEPT}>
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
