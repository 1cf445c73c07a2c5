import { PaperClipOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { checklists, type ReportRow } from '../../api/checklists';

/** A row's evidence files, each a download link; a dash when there are none. */
export function EvidenceLinks({ row, extra }: { row: Pick<ReportRow, 'id' | 'evidence'>; extra?: (fileId: number) => React.ReactNode }) {
  if (!row.evidence.length) return <span className="muted">—</span>;
  return (
    <Space direction="vertical" size={0}>
      {row.evidence.map((f) => (
        <span key={f.id}>
          <a href={checklists.evidenceUrl(row.id, f.id)} download={f.filename} style={{ wordBreak: 'break-all' }}>
            <PaperClipOutlined /> {f.filename}
          </a>
          {extra?.(f.id)}
        </span>
      ))}
    </Space>
  );
}
