import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { duty, type DutyFilters as Filters, type DutyRow } from '../../api/duty';
import { EmptyState, LoadError, PageLoading } from '../../components/PageStates';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';
import { useLoad } from '../../lib/useLoad';
import { DutyFilters } from './DutyFilters';
import { DutyTable } from './DutyTable';
import { RecordModal } from './RecordModal';
import { RulesPanel } from './RulesPanel';
import { yearOptions } from './parts';
import './duty.css';

/**
 * 代表履职: the deputies the viewer sees (the congress's, or the delegation's) with who is short of which
 * target, ranked by points with the flag for 优秀代表 and re-election; records entered with evidence, the
 * points rulebook, the list as Excel.
 */
export default function DutyPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [entering, setEntering] = useState<DutyRow | 'any' | null>(null);
  const [rules, setRules] = useState(false);
  const { data, error, reload } = useLoad((signal) => duty.list(filters, signal), [JSON.stringify(filters)]);
  const year = data?.year;
  const chosen = entering === 'any' ? (data?.deputies ?? []) : entering ? [entering.deputy] : [];

  return (
    <>
      <div className="page-title">
        <h1>代表履职</h1>
        <Space wrap>
          {data && (
            <Select<number>
              aria-label="年度"
              value={data.year}
              style={{ width: 120 }}
              onChange={(y) => setFilters({ ...filters, year: y })}
              options={yearOptions(data.years)}
            />
          )}
          {data?.mayEnter && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering('any')}>
              录入履职记录
            </Button>
          )}
          <Button icon={<SettingOutlined />} onClick={() => setRules(true)}>
            积分规则
          </Button>
          {data && <XlsxButton url={xlsxUrl('/api/duty/deputies.xlsx', { ...filters, year })}>导出 Excel</XlsxButton>}
        </Space>
      </div>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small">
            <Space size={40} wrap>
              <Statistic title="代表" value={data.totals.deputies} suffix="名" />
              <Statistic title="有未完成目标任务" value={data.totals.short} suffix="名" />
              <Statistic
                title="不推荐评优和连任"
                value={data.totals.notRecommendable}
                suffix="名"
                styles={{ content: { color: data.totals.notRecommendable ? '#d4380d' : undefined } }}
              />
            </Space>
          </Card>
          <Card size="small" title={`${data.year}年度积分排名`}>
            <div style={{ marginBottom: 12 }}>
              <DutyFilters data={data} value={filters} onChange={setFilters} />
            </div>
            {data.rows.length === 0 ? (
              <EmptyState description={data.totals.deputies ? '没有符合筛选条件的代表' : '本级尚无代表'} />
            ) : (
              <DutyTable rows={data.rows} year={data.year} onEnter={data.mayEnter ? setEntering : undefined} />
            )}
          </Card>
        </Space>
      )}
      {entering && <RecordModal deputies={chosen} onClose={() => setEntering(null)} onChanged={reload} />}
      {rules && year !== undefined && <RulesPanel year={year} onClose={() => setRules(false)} onChanged={reload} />}
    </>
  );
}
