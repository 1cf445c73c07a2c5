import { Descriptions, Modal } from 'antd';
import type { ReportRow } from '../../api/checklists';
import { EvidenceLinks } from './EvidenceLinks';
import { ReportState } from './parts';

/** One township's report on one entry, read only: the entry, what was reported and when, the evidence. */
export function ReportDetailModal({ row, onClose }: { row: ReportRow; onClose: () => void }) {
  return (
    <Modal open title={`${row.township.name} · 第 ${row.entrySeq} 项`} onCancel={onClose} footer={null} width={640}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="清单事项">
          {row.entryTypeLabel}：{row.entryText}
        </Descriptions.Item>
        <Descriptions.Item label="完成时限">{row.dueOn}</Descriptions.Item>
        <Descriptions.Item label="佐证材料要求">{row.evidenceRule}</Descriptions.Item>
        <Descriptions.Item label="落实情况">
          <ReportState r={row} />
        </Descriptions.Item>
        <Descriptions.Item label="情况说明">{row.note ?? <span className="muted">尚未报送</span>}</Descriptions.Item>
        <Descriptions.Item label="报送">{row.reportedOn ? `${row.reportedOn}\u3000${row.reportedByName ?? ''}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="佐证材料">
          <EvidenceLinks row={row} />
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
