import { Card, Progress, Table, Typography } from 'antd';
import type { LookBackCounts, LookBackProgress } from '../../api/tracking';
import { rate } from './Figures';

/** Each unit's reviews: how many, pending, by finding, and its filling progress; a row picks the unit in the list below. */
export function UnitProgressTable({ units, onPick }: { units: LookBackProgress['units']; onPick: (unitId: number) => void }) {
  return (
    <Card title="各承办单位">
      <Table<LookBackProgress['units'][number]>
        rowKey="unitId"
        size="small"
        dataSource={units}
        pagination={units.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 800 }}
        onRow={(r) => ({ onClick: () => onPick(r.unitId), style: { cursor: 'pointer' } })}
        columns={[
          { title: '承办单位', dataIndex: 'unitName' },
          { title: '复查件数', dataIndex: 'total', width: 90 },
          { title: '待填报', dataIndex: 'pending', width: 80, render: (v: number) => (v ? <Typography.Text type="warning">{v}</Typography.Text> : 0) },
          { title: '已落实', dataIndex: 'delivered', width: 80 },
          { title: '正在推进', dataIndex: 'inProgress', width: 90 },
          { title: '未落实', dataIndex: 'notDelivered', width: 80, render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
          { title: '填报进度', key: 'rate', width: 160, render: (_: unknown, r: LookBackCounts) => <Progress percent={rate(r)} size="small" /> },
        ]}
      />
    </Card>
  );
}
