import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UNIT_SCORE_COMPONENT_HELP, UNIT_SCORE_COMPONENT_LABELS, UNIT_SCORE_COMPONENTS, type UnitScoreComponent } from '../../../../domain/stats/unit-score';
import { dashboardApi, type UnitScore, type UnitScores } from '../../api/dashboard';
import { EmptyState, LoadError } from '../../components/PageStates';
import { pct } from './format';

const points = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** One component's column: points large, n/d and rate small beneath; 不适用 when there is nothing to count. */
function componentColumn(c: UnitScoreComponent, weight: number): ColumnsType<UnitScore>[number] {
  const of = (u: UnitScore) => u.components.find((x) => x.component === c)!;
  return {
    title: (
      <Tooltip title={UNIT_SCORE_COMPONENT_HELP[c]}>
        <span>
          {UNIT_SCORE_COMPONENT_LABELS[c]}
          <br />
          <span className="muted">{weight} 分</span>
        </span>
      </Tooltip>
    ),
    key: c,
    align: 'right',
    sorter: (a, b) => (of(a).points ?? -1) - (of(b).points ?? -1),
    render: (_, u) => {
      const x = of(u);
      return (
        <span data-testid={`score-${u.unitId}-${c}`}>
          {x.applicable ? <strong>{points(x.points)}</strong> : <Tag>不适用</Tag>}
          <br />
          <span className="muted">
            {x.numerator}/{x.denominator}
            {x.applicable ? ` · ${pct(x.rate)}` : ''}
            {c === 'visit' && x.applicable ? ` · 目标 ${pct(u.visitTarget * 100)}` : ''}
          </span>
        </span>
      );
    },
  };
}

/**
 * 单位考核 (R-STAT-2): the ranking with each component's numerator,
 * denominator and points, the lateness deduction and the total; sortable;
 * exported as .xlsx by the server.
 */
// Rules behind the texts below: R-CO-2 (../shared/domain.md).
export function UnitScoresCard(p: { data: UnitScores | null; loading: boolean; error: unknown; reload: () => void; sessionId: number | undefined }) {
  const w = p.data?.weights;
  let body;
  if (!p.sessionId) body = <EmptyState description="请先选择届次会议" />;
  else if (p.error) body = <LoadError error={p.error} onRetry={p.reload} />;
  else if (!p.data) body = <div className="dashboard-pending muted">正在加载…</div>;
  else if (p.data.units.length === 0) body = <EmptyState description="本次会议暂无交办给承办单位的建议" />;
  else
    body = (
      <Table<UnitScore>
        size="small"
        rowKey="unitId"
        loading={p.loading}
        pagination={false}
        dataSource={p.data.units}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '排名',
            dataIndex: 'rank',
            align: 'center',
            width: 64,
            fixed: 'left',
            render: (v: number | null) => v ?? '—',
            sorter: (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9),
            defaultSortOrder: 'ascend',
          },
          { title: '承办单位', dataIndex: 'unitName', fixed: 'left' },
          { title: '主办/会办', key: 'items', align: 'right', render: (_, u) => `${u.leadItems} / ${u.coItems}` },
          ...UNIT_SCORE_COMPONENTS.map((c) => componentColumn(c, w![c])),
          { title: '加权得分', dataIndex: 'scaled', align: 'right', render: points, sorter: (a, b) => (a.scaled ?? -1) - (b.scaled ?? -1) },
          {
            title: '逾期扣分',
            key: 'deduction',
            align: 'right',
            sorter: (a, b) => a.deduction - b.deduction,
            render: (_, u) => (
              <span>
                {u.deduction ? `−${u.deduction.toFixed(2)}` : '0'}
                <br />
                <span className="muted">逾期 {u.lateItems} 件</span>
              </span>
            ),
          },
          {
            title: '总分',
            dataIndex: 'total',
            align: 'right',
            render: (v: number | null) => <strong>{points(v)}</strong>,
            sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
          },
        ]}
      />
    );
  return (
    <Card
      size="small"
      title="承办单位办理工作考核"
      className="dashboard-card"
      extra={
        p.sessionId && p.data?.units.length ? (
          <Button size="small" icon={<DownloadOutlined />} href={dashboardApi.unitScoresXlsxUrl(p.sessionId)}>
            导出 Excel
          </Button>
        ) : null
      }
    >
      {body}
      {w && p.data && (
        <div className="muted dashboard-footnote">
          权重取自 {p.data.year} 年规则配置：{UNIT_SCORE_COMPONENTS.map((c) => `${UNIT_SCORE_COMPONENT_LABELS[c]} ${w[c]}`).join('、')}
          ；逾期（含到期未办）每件扣 {w.lateDeductionPerItem} 分，最多扣 {w.lateDeductionMax}{' '}
          分。会办与主办同等计入。某项没有可计数的事项时记为“不适用”，不得分也不失分，其余各项折算为百分制。统计截至 {p.data.asOf}。
        </div>
      )}
    </Card>
  );
}
