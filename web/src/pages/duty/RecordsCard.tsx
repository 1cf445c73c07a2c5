import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Tag } from 'antd';
import type { DutyRecord } from '../../api/duty';
import { EmptyState } from '../../components/PageStates';
import { formatDate } from '../../lib/dates';
import { EvidenceLinks } from './parts';

interface Props {
  records: DutyRecord[];
  /** the office's and the delegation's: edit and delete each record */
  onEdit?: (r: DutyRecord) => void;
  onDelete?: (r: DutyRecord) => void;
}

/** The records entered with evidence (research, speeches, activities, station duty, reports), newest first. */
export function RecordsCard({ records, onEdit, onDelete }: Props) {
  return (
    <Card size="small" title={`履职记录（${records.length}）`}>
      {records.length === 0 ? (
        <EmptyState description="本年度尚无录入的履职记录" />
      ) : (
        records.map((r) => (
          <div key={r.id} className="duty-entry">
            <div className="duty-entry-head">
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {r.kindLabel}
              </Tag>
              <span className="muted">{r.on}</span>
              {(onEdit || onDelete) && (
                <Space size={0} style={{ marginInlineStart: 'auto' }}>
                  {onEdit && (
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(r)}>
                      修改
                    </Button>
                  )}
                  {onDelete && (
                    <Popconfirm
                      title="删除这条履职记录？"
                      description="删除后不再计入目标任务和积分，记录保留备查。"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => onDelete(r)}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </div>
            <span className="duty-entry-title">{r.title}</span>
            {r.note && <span className="pre-wrap">{r.note}</span>}
            <EvidenceLinks record={r} />
            <span className="duty-entry-meta">
              {r.enteredByOrgName ?? r.enteredByName ?? ''} 录入于 {formatDate(r.createdAt)}
            </span>
          </div>
        ))
      )}
    </Card>
  );
}
