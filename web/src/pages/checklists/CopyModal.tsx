import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { useRef } from 'react';
import { copyChecklistBody } from '../../../../domain/contracts/checklists';
import { QUARTERS, QUARTER_LABELS, quarterLabel } from '../../../../domain/checklists/checklists';
import { checklists, type ChecklistSummary } from '../../api/checklists';
import { ActionModal } from '../item/ActionModal';
import { STALE_TEXT } from './parts';

interface Values {
  year?: number;
  quarter?: number;
  title?: string;
}

/** 复制清单: a new draft of this checklist in another quarter (by default the same quarter next year), due dates moved with it. */
export function CopyModal({ source, onClose, onCopied }: { source: ChecklistSummary; onClose: () => void; onCopied: (id: number) => void }) {
  const created = useRef(0);
  return (
    <ActionModal<typeof copyChecklistBody, Values>
      open
      title="复制清单"
      okText="复制为新草稿"
      schema={copyChecklistBody}
      fields={['year', 'quarter', 'title']}
      initialValues={{ year: source.year + 1, quarter: source.quarter }}
      toBody={(v) => ({ year: v.year, quarter: v.quarter, title: v.title?.trim() ? v.title.trim() : undefined })}
      submit={async (body) => (created.current = (await checklists.copy(source.id, body)).id)}
      successText="已复制为新的清单草稿，请核对后下发"
      staleText={STALE_TEXT}
      onClose={onClose}
      onChanged={() => created.current && onCopied(created.current)}
      intro={
        <Typography.Paragraph type="secondary">
          复制《{source.title}》的 {source.entries} 个事项和下发乡镇。各事项的完成时限按季度相应顺延（复制到下一年同一季度即顺延一年），复制后可在草稿中修改。
        </Typography.Paragraph>
      }
    >
      {(form) => (
        <>
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item name="year" label="年度" required style={{ flex: 1 }}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} aria-label="年度" />
            </Form.Item>
            <Form.Item name="quarter" label="季度" required style={{ flex: 1 }}>
              <Select aria-label="季度" options={QUARTERS.map((q) => ({ value: q, label: QUARTER_LABELS[q] }))} />
            </Form.Item>
          </div>
          <Form.Item noStyle shouldUpdate>
            {() => (
              <Form.Item name="title" label="清单标题" extra="不填则为“年度季度 + 乡镇人大工作指导清单”">
                <Input
                  maxLength={100}
                  placeholder={`${quarterLabel(form.getFieldValue('year') ?? source.year + 1, form.getFieldValue('quarter') ?? source.quarter)}乡镇人大工作指导清单`}
                />
              </Form.Item>
            )}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
