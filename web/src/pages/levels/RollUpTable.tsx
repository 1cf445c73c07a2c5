import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RollUpFigure, RollUpFigures, RollUpRow } from '../../api/levels';
import { LIGHT_COLORS } from '../../lib/labels';
import { pct } from '../dashboard/format';

type Row = RollUpFigures & { key: string; name: string; row: RollUpRow | null };

const countShare = (s: { count: number; share: number }) => `${s.count}（${pct(s.share)}）`;

/**
 * The lower bodies side by side and their sum (合计). A body with bodies below it opens one level
 * further down; a count opens the items behind it when the viewer may read them.
 */
export function RollUpTable(props: {
  rows: RollUpRow[];
  total: RollUpFigures;
  onOpen: (congressId: number) => void;
  onDrill: (row: RollUpRow, figure: RollUpFigure) => void;
}) {
  const figure = (f: RollUpFigure, value: number) => (r: Row) =>
    r.row?.drillDown && value > 0 ? (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => props.onDrill(r.row!, f)} aria-label={`${r.name} ${value} 件，查看建议`}>
        {value}
      </Button>
    ) : (
      value
    );
  const columns: ColumnsType<Row> = [
    {
      title: '名称',
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      render: (name: string, r) =>
        r.row && r.row.lowerBodies > 0 ? (
          <Tooltip title={`查看${name}下级的汇总`}>
            <Button type="link" style={{ padding: 0 }} onClick={() => props.onOpen(r.row!.congress.id)}>
              {name}
            </Button>
          </Tooltip>
        ) : (
          <span style={r.row ? undefined : { fontWeight: 600 }}>{name}</span>
        ),
    },
    { title: '建议件数', key: 'items', align: 'right', render: (_, r) => figure('items', r.items)(r) },
    { title: '已答复', key: 'replied', align: 'right', render: (_, r) => figure('replied', r.replied)(r) },
    { title: '答复率', key: 'replyRate', align: 'right', render: (_, r) => pct(r.replyRate) },
    { title: '按期答复率', key: 'onTimeRate', align: 'right', render: (_, r) => pct(r.onTimeRate) },
    { title: 'A 类', key: 'A', align: 'right', render: (_, r) => countShare(r.resultClasses.A) },
    { title: 'B 类', key: 'B', align: 'right', render: (_, r) => countShare(r.resultClasses.B) },
    { title: 'C 类', key: 'C', align: 'right', render: (_, r) => countShare(r.resultClasses.C) },
    { title: '满意', key: 'sat', align: 'right', render: (_, r) => countShare(r.evaluations.satisfied) },
    { title: '基本满意', key: 'basic', align: 'right', render: (_, r) => countShare(r.evaluations.basicallySatisfied) },
    { title: '不满意', key: 'dis', align: 'right', render: (_, r) => countShare(r.evaluations.dissatisfied) },
    { title: '满意率', key: 'satRate', align: 'right', render: (_, r) => pct(r.evaluations.satisfactionRate) },
    {
      title: '在办亮灯',
      key: 'lights',
      render: (_, r) => (
        <span aria-label={`红灯 ${r.lights.red}，黄灯 ${r.lights.yellow}，绿灯 ${r.lights.green}`}>
          <span style={{ color: LIGHT_COLORS.red }}>● </span>
          {figure('red', r.lights.red)(r)}
          <span style={{ color: LIGHT_COLORS.yellow, marginLeft: 8 }}>● </span>
          {r.lights.yellow}
          <span style={{ color: LIGHT_COLORS.green, marginLeft: 8 }}>● </span>
          {r.lights.green}
        </span>
      ),
    },
  ];
  const data: Row[] = [
    ...props.rows.map((row) => ({ ...row, key: String(row.congress.id), name: row.congress.name.replace(/人民代表大会$/, ''), row })),
    { ...props.total, key: 'total', name: '合计', row: null },
  ];
  // A figure and its share stay on one line (「26（83.87%）」): the table scrolls sideways instead.
  const oneLine = columns.map((c) => ({
    ...c,
    onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
    onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
  }));
  return <Table<Row> size="middle" columns={oneLine} dataSource={data} pagination={false} scroll={{ x: 'max-content' }} rowKey="key" />;
}
