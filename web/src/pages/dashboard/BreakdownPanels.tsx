import { Col, Segmented, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { CategoryBreakdown, DelegationBreakdown, DeputyBreakdown, UnitBreakdown } from '../../api/dashboard';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { barHeight } from './format';
import { figureColumns, shownClasses } from './figure-columns';
import { groupItemsOption, unitPartsOption } from './options-breakdown';

interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** 各单位主办与会办 (lead and co apart), from GET /api/statistics/by-unit. */
export function UnitBreakdownCard({ data, loading, error, reload, narrow }: Loaded<UnitBreakdown[]> & { narrow: boolean }) {
  const rows = useMemo(() => data ?? [], [data]);
  const option = useMemo(() => unitPartsOption(rows, narrow), [rows, narrow]);
  const [part, setPart] = useState<'lead' | 'co'>('lead');
  return (
    <Col xs={24}>
      <ChartCard
        title="各单位办理情况（主办、会办分列）"
        loading={loading}
        error={error}
        onRetry={reload}
        pending={!data && !error}
        empty={rows.length === 0}
        emptyText="暂无交办的建议"
        chart={() => (
          <EChart
            option={option}
            height={barHeight(rows.length) + 24}
            label={`各单位主办、会办件数：${rows.map((u) => `${u.unitName}主办${u.lead?.items ?? 0}件、会办${u.co?.items ?? 0}件`).join('；')}`}
          />
        )}
        table={() => (
          <>
            <Segmented
              size="small"
              aria-label="主办或会办"
              value={part}
              onChange={(v) => setPart(v as 'lead' | 'co')}
              options={[
                { value: 'lead', label: '主办（含单办、分办）' },
                { value: 'co', label: '会办' },
              ]}
              style={{ marginBottom: 8 }}
            />
            <Table<UnitBreakdown>
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={rows.filter((u) => u[part])}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '承办单位', dataIndex: 'unitName', fixed: 'left' },
                ...figureColumns<UnitBreakdown>((u) => u[part], shownClasses(rows.map((u) => u[part]))),
              ]}
            />
          </>
        )}
        footnote="会办件：报送会办意见即计为已答复，按期率对照会办意见期限；联系人次、面商率、销号均为本单位自己的。会办与主办同等计入。"
      />
    </Col>
  );
}

type Dimension = 'category' | 'delegation' | 'deputy';
type AnyRow = (CategoryBreakdown | DelegationBreakdown | DeputyBreakdown) & { key: string };

/** 分类别、分代表团、分代表, as tables with the full figures. */
export function GroupBreakdownCard(p: {
  narrow: boolean;
  category: Loaded<CategoryBreakdown[]>;
  delegation: Loaded<DelegationBreakdown[]>;
  deputy: Loaded<DeputyBreakdown[]>;
}) {
  const [dim, setDim] = useState<Dimension>('category');
  const cur = p[dim];
  const rows: AnyRow[] = useMemo(
    () =>
      (cur.data ?? []).map((r) => ({
        ...r,
        key: String('categoryId' in r ? r.categoryId : 'delegationId' in r ? r.delegationId : (r as DeputyBreakdown).deputyId),
      })),
    [cur.data],
  );
  const first = { category: '类别', delegation: '代表团', deputy: '代表' }[dim];
  // The chart shows the 20 largest groups; the table has them all.
  const top = useMemo(() => rows.slice(0, 20), [rows]);
  const groupOption = useMemo(() => groupItemsOption(top, p.narrow), [top, p.narrow]);
  return (
    <Col xs={24}>
      <ChartCard
        title={
          <Segmented
            size="small"
            aria-label="统计口径"
            value={dim}
            onChange={(v) => setDim(v as Dimension)}
            options={[
              { value: 'category', label: '分类别' },
              { value: 'delegation', label: '分代表团' },
              { value: 'deputy', label: '分代表' },
            ]}
          />
        }
        loading={cur.loading}
        error={cur.error}
        onRetry={cur.reload}
        pending={!cur.data && !cur.error}
        empty={rows.length === 0}
        emptyText="暂无建议"
        chart={() => (
          <EChart
            option={groupOption}
            height={barHeight(top.length) + 24}
            label={`${first}件数与已答复件数：${top.map((r) => `${r.name}${r.items}件、已答复${r.replied}件`).join('；')}`}
          />
        )}
        table={() => (
          <Table<AnyRow>
            size="small"
            rowKey="key"
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: first, dataIndex: 'name', fixed: 'left' },
              ...(dim === 'deputy' ? [{ title: '领衔', dataIndex: 'led', align: 'right' as const }] : []),
              ...figureColumns<AnyRow>((r) => r, shownClasses(rows)),
            ]}
          />
        )}
        footnote={`${dim === 'deputy' ? '代表领衔和联名附议的建议都计入该代表' : dim === 'category' ? '子类别计入其上级类别' : '按建议所属代表团计'}${rows.length > 20 ? '；图表显示件数最多的 20 个，表格列出全部' : ''}`}
      />
    </Col>
  );
}
