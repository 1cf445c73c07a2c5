import { App, Button, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ApiError } from '../../api/client';
import { checklists, type ReportRow } from '../../api/checklists';
import { EvidenceLinks } from './EvidenceLinks';
import { ReportState } from './parts';

/** A township's own rows of a checklist: the entry, its light and status, the note, the evidence, 报送. */
export function OwnReports({ rows, onReport, onChanged }: { rows: ReportRow[]; onReport: (r: ReportRow) => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const removeFile = async (r: ReportRow, fileId: number) => {
    try {
      await checklists.deleteEvidence(r.id, fileId);
      message.success('佐证材料已删除');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '删除失败，请稍后重试');
    }
    onChanged();
  };
  const columns: ColumnsType<ReportRow> = [
    { title: '序号', dataIndex: 'entrySeq', width: 50 },
    {
      title: '清单事项',
      key: 'entry',
      render: (_, r) => (
        <>
          <Tag>{r.entryTypeLabel}</Tag>
          {r.entryText}
          <div className="muted" style={{ fontSize: 12 }}>
            佐证材料：{r.evidenceRule}
          </div>
        </>
      ),
    },
    { title: '完成时限', dataIndex: 'dueOn', width: 100 },
    { title: '落实情况', key: 'state', width: 170, render: (_, r) => <ReportState r={r} /> },
    { title: '情况说明', key: 'note', width: 220, render: (_, r) => r.note ?? <span className="muted">尚未报送</span> },
    {
      title: '佐证材料',
      key: 'files',
      width: 190,
      render: (_, r) => (
        <EvidenceLinks
          row={r}
          extra={(fileId) => (
            <Popconfirm title="删除这份佐证材料？" okText="删除" cancelText="取消" onConfirm={() => removeFile(r, fileId)}>
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        />
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" type={r.status === 'done' ? 'default' : 'primary'} onClick={() => onReport(r)}>
          {r.status === 'pending' ? '报送' : '更新'}
        </Button>
      ),
    },
  ];
  return <Table<ReportRow> rowKey="id" size="middle" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 1040 }} />;
}
