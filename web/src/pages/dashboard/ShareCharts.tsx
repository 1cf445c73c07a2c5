import { Col, Table, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { DashboardStatistics } from '../../api/dashboard';
import { EVALUATION_LABELS } from '../../lib/labels';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { classRows, pct } from './format';
import { classSharesOption, EVALUATION_KEYS, satisfactionOption } from './options';

interface Loaded {
  stats: DashboardStatistics | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
  narrow: boolean;
}

interface ShareRow {
  key: string;
  name: string;
  count: number;
  share: number;
  /** what the row means (a result class's definition), shown on hover */
  definition?: string;
}

/** The same figures as the pie, with a 合计 row (the shares add up to 100.00%). */
function ShareTable({ rows, caption }: { rows: ShareRow[]; caption: string }) {
  const total = rows.reduce((a, r) => a + r.count, 0);
  const shares = rows.reduce((a, r) => a + Math.round(r.share * 100), 0) / 100;
  return (
    <Table<ShareRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={[...rows, { key: 'total', name: '合计', count: total, share: total ? shares : 0 }]}
      caption={<span className="sr-only">{caption}</span>}
      columns={[
        {
          title: '项目',
          dataIndex: 'name',
          render: (name: string, r) =>
            r.definition ? (
              <Tooltip title={r.definition}>
                <span className="dashboard-defined">{name}</span>
              </Tooltip>
            ) : (
              name
            ),
        },
        { title: '件数', dataIndex: 'count', align: 'right' },
        { title: '占比', dataIndex: 'share', align: 'right', render: (v: number) => pct(v) },
      ]}
    />
  );
}

/**
 * 办理结果类别 (the classes of the rules profile: A/B/C, or A/B/C/D; their definitions on hover) and 代表评价,
 * two pies side by side (one above the other on a phone).
 */
export function ShareCharts({ stats, loading, error, reload, narrow }: Loaded) {
  const classOpt = useMemo(() => (stats ? classSharesOption(stats, narrow) : null), [stats, narrow]);
  const satOpt = useMemo(() => (stats ? satisfactionOption(stats, narrow) : null), [stats, narrow]);
  const classes = useMemo(() => (stats ? classRows(stats) : []), [stats]);
  const evaluations = stats ? EVALUATION_KEYS.map((k) => ({ key: k, name: EVALUATION_LABELS[k], ...stats.evaluations[k] })) : [];
  const height = narrow ? 260 : 300;
  const common = { loading, error, onRetry: reload, pending: !stats && !error };
  return (
    <>
      <Col xs={24} lg={12}>
        <ChartCard
          {...common}
          title="办理结果类别"
          empty={classes.every((c) => c.count === 0)}
          emptyText="暂无已答复的建议"
          chart={() => (
            <EChart option={classOpt!} height={height} label={`办理结果类别：${classes.map((c) => `${c.name}${c.count}件，占${pct(c.share)}`).join('；')}`} />
          )}
          table={() => <ShareTable rows={classes} caption="办理结果类别" />}
          footnote={classes.map((c) => `${c.name}：${c.definition}`).join('；')}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          {...common}
          title={`代表评价${stats ? `（满意率 ${pct(stats.evaluations.satisfactionRate)}）` : ''}`}
          empty={evaluations.every((c) => c.count === 0)}
          emptyText="暂无代表评价"
          chart={() => (
            <EChart option={satOpt!} height={height} label={`代表评价：${evaluations.map((c) => `${c.name}${c.count}件，占${pct(c.share)}`).join('；')}`} />
          )}
          table={() => <ShareTable rows={evaluations} caption="代表评价" />}
          footnote="满意率 = (满意 + 基本满意) ÷ 已评价件数"
        />
      </Col>
    </>
  );
}
