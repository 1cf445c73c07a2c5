import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Typography, Upload, type UploadFile } from 'antd';
import { REPORTED_STATUSES, REPORT_STATUS_LABELS, type ReportedStatus } from '../../../../domain/checklists/checklists';
import { reportEntryBody } from '../../../../domain/contracts/checklists';
import { checklists, type ReportRow } from '../../api/checklists';
import { ATTACHMENT_ACCEPT, checkAttachment, mimeOf, readBase64 } from '../../lib/attachments';
import { ActionModal } from '../item/ActionModal';
import { NOTE_ROWS, TextArea } from '../item/forms/shared';
import { STALE_TEXT } from './parts';

interface Values {
  status?: ReportedStatus;
  note?: string;
  files?: UploadFile[];
}

const HINTS: Record<ReportedStatus, string> = {
  done: '说明完成的时间、方式和效果，并上传佐证材料',
  inProgress: '说明已做的工作和预计完成时间',
  notDone: '说明未完成的原因和下一步打算',
};

/** 报送: a township's presidium reports one entry — 完成 / 推进中 / 未完成, a short text, evidence files (photos, minutes). */
export function ReportModal({ row, onClose, onChanged }: { row: ReportRow; onClose: () => void; onChanged: () => void }) {
  return (
    <ActionModal<typeof reportEntryBody, Values>
      open
      title={`报送落实情况 · 第 ${row.entrySeq} 项`}
      schema={reportEntryBody}
      fields={['status', 'note', 'files']}
      initialValues={{ status: row.status === 'pending' ? undefined : row.status, note: row.note ?? undefined, files: [] }}
      extraCheck={(v) =>
        (v.files ?? []).flatMap((f) => {
          const why = f.originFileObj ? checkAttachment(f.originFileObj) : null;
          return why ? [{ field: 'files', message: why }] : [];
        })
      }
      toBody={(v) => ({ version: row.version, status: v.status, note: v.note ?? '' })}
      submit={async (body, v) => {
        for (const f of v.files ?? []) {
          const file = f.originFileObj;
          if (!file) continue;
          await checklists.uploadEvidence(row.id, { filename: file.name, mimeType: mimeOf(file) ?? file.type, contentBase64: await readBase64(file) });
        }
        return checklists.report(row.id, body);
      }}
      successText="落实情况已报送"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={onChanged}
      intro={
        <Typography.Paragraph type="secondary">
          {row.entryTypeLabel}：{row.entryText}
          <br />
          完成时限 {row.dueOn}；佐证材料：{row.evidenceRule}
          {row.evidence.length > 0 && `；已上传 ${row.evidence.length} 份`}
        </Typography.Paragraph>
      }
    >
      {() => (
        <>
          <Form.Item name="status" label="落实情况" required>
            <Radio.Group optionType="button" buttonStyle="solid" options={REPORTED_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.status !== b.status}>
            {({ getFieldValue }) => {
              const s = getFieldValue('status') as ReportedStatus | undefined;
              return (
                <Form.Item name="note" label="情况说明" required extra={s ? HINTS[s] : '简要说明落实情况'}>
                  <TextArea autoSize={NOTE_ROWS} maxLength={1000} showCount />
                </Form.Item>
              );
            }}
          </Form.Item>
          <Form.Item
            name="files"
            label="佐证材料"
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
            extra="照片、会议记录、文件扫描件等（JPG、PNG、PDF、Word、Excel，每个不超过 10 MB）"
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
