import { Table, Tag } from 'antd';
import type { ChecklistEntry } from '../../api/checklists';

const TYPE_COLORS = { statutory: 'purple', deputyWork: 'blue', centralWork: 'cyan' } as const;

/** The entries of a checklist: number, type, what to do, due date, evidence, the indicator it counts towards. */
export function EntryList({ entries }: { entries: ChecklistEntry[] }) {
  return (
    <Table<ChecklistEntry>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={entries}
      scroll={{ x: 860 }}
      columns={[
        { title: '序号', dataIndex: 'seq', width: 60 },
        { title: '类型', key: 'type', width: 100, render: (_, e) => <Tag color={TYPE_COLORS[e.type]}>{e.typeLabel}</Tag> },
        { title: '清单事项', dataIndex: 'text' },
        { title: '完成时限', dataIndex: 'dueOn', width: 110 },
        { title: '佐证材料要求', dataIndex: 'evidence', width: 220 },
        { title: '计入考核指标', key: 'indicator', width: 150, render: (_, e) => e.indicatorLabel ?? <span className="muted">不计入</span> },
      ]}
    />
  );
}
