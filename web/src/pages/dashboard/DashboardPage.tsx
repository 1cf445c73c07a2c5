import { actions } from '../../api/actions';
import { Row, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { BreakdownTab, ScoresTab, SatisfactionTab } from './StatsTabs';
import { isUnitRole } from '../../../../domain/items/roles';
import { dashboardApi, type StatsScope } from '../../api/dashboard';
import { api } from '../../api/client';
import { useUser } from '../../auth/AuthContext';
import { useIsMobile } from '../../lib/useIsMobile';
import { useLoad } from '../../lib/useLoad';
import { CategoryChart } from './CategoryChart';
import { Headline } from './Headline';
import { ScopeFilters, type ScopeOptions } from './ScopeFilters';
import { ShareCharts } from './ShareCharts';
import { SummaryCard } from './SummaryCard';
import { TargetsPanel } from './TargetsPanel';
import { HotlineCard } from './HotlineCard';
import { UnitCharts } from './UnitCharts';
import './dashboard.css';
import { XlsxButton, xlsxUrl } from '../../components/XlsxButton';
import { PrintButton } from '../../components/PrintButton';
import { statsPrintUrl } from '../print/urls';

/** Who may download the breakdowns (GET /api/statistics/breakdowns.xlsx). */
const BREAKDOWN_EXPORTERS: readonly string[] = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'];

/** The latest session (the dashboard's default scope): the highest year, then the newest. */
function latestSession(sessions: { id: number; year: number }[]): number | undefined {
  return [...sessions].sort((a, b) => b.year - a.year || b.id - a.id)[0]?.id;
}

/** Who reads the unit scores (GET /api/statistics/unit-scores). */
const SCORE_READERS: string[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];

/** Who is told, when no target is set, where targets are set. */
const TARGET_HINTED: readonly string[] = ['liaisonOffice', 'governmentOffice'];

const EMPTY: ScopeOptions = { sessions: [], units: [], categories: [], delegations: [] };

/**
 * 统计分析: headline figures, 办理概况 as the handling reports word it, the
 * targets met and missed, class shares, satisfaction, on-time rate and lights
 * by unit, items per category — all for one scope, by default the latest
 * session. Each panel loads on its own, so a slow or failed one does not hold
 * the others back.
 */
export default function DashboardPage() {
  const user = useUser();
  const narrow = useIsMobile();
  const seesAllUnits = !isUnitRole(user.role);
  const options = useLoad(async (signal) => {
    const [sessions, categories, delegations, units] = await Promise.all([
      api.listSessions(),
      api.listCategories(),
      dashboardApi.delegations(signal),
      seesAllUnits ? actions.listUnits(signal) : Promise.resolve([]),
    ]);
    return { sessions, categories, delegations, units } satisfies ScopeOptions;
  }, []);
  // Undefined until the sessions are known, so the first load is already the latest session's.
  const [picked, setScope] = useState<StatsScope | undefined>(undefined);
  const [tab, setTab] = useState('overview');
  // Until the user picks: the latest session, or all when the options did not load.
  const initial = useMemo<StatsScope | undefined>(
    () => (options.data ? { sessionId: latestSession(options.data.sessions) } : options.error ? {} : undefined),
    [options.data, options.error],
  );
  const scope = picked ?? initial;

  const key = JSON.stringify(scope ?? null);
  const stats = useLoad(scope ? (signal) => dashboardApi.statistics(scope, signal) : null, [key]);
  const units = useLoad(scope ? (signal) => dashboardApi.unitPerformance(scope, signal) : null, [key]);
  const cats = useLoad(scope ? (signal) => dashboardApi.categories(scope, signal) : null, [key]);
  const targets = useLoad(scope ? (signal) => dashboardApi.targets(scope, signal) : null, [key]);
  const noTargets = targets.data?.targets.length === 0;
  const sessionName = useMemo(() => options.data?.sessions.find((s) => s.id === scope?.sessionId)?.name, [options.data, scope]);

  return (
    <>
      <div className="page-title">
        <h1>
          统计分析
          {sessionName ? (
            <span className="muted" style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 8 }}>
              {sessionName}
            </span>
          ) : null}
        </h1>
        <Space wrap>
          {seesAllUnits && scope?.sessionId ? (
            <XlsxButton url={xlsxUrl('/api/statistics/units/export.xlsx', { sessionId: scope.sessionId })}>导出各单位统计表</XlsxButton>
          ) : null}
          {scope && BREAKDOWN_EXPORTERS.includes(user.role) ? (
            <XlsxButton url={xlsxUrl('/api/statistics/breakdowns.xlsx', { ...scope })}>导出分项统计</XlsxButton>
          ) : null}
          {scope && <PrintButton to={statsPrintUrl(scope)} label="打印统计表" />}
        </Space>
      </div>
      <ScopeFilters scope={scope ?? {}} onChange={setScope} options={options.data ?? EMPTY} showUnits={seesAllUnits} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: '概览',
            children: (
              <>
                <Headline stats={stats.data} error={stats.error} onRetry={stats.reload} />
                <Row gutter={[16, 16]} className="dashboard-overview-row">
                  <SummaryCard stats={stats.data} error={stats.error} onRetry={stats.reload} wide={noTargets} />
                  <TargetsPanel {...targets} hint={TARGET_HINTED.includes(user.role)} />
                  <HotlineCard stats={stats.data} />
                </Row>
                <Row gutter={[16, 16]}>
                  <ShareCharts stats={stats.data} loading={stats.loading} error={stats.error} reload={stats.reload} narrow={narrow} />
                  <UnitCharts data={units.data} loading={units.loading} error={units.error} reload={units.reload} narrow={narrow} />
                  <CategoryChart
                    data={cats.data}
                    shares={stats.data?.categories}
                    loading={cats.loading}
                    error={cats.error}
                    reload={cats.reload}
                    narrow={narrow}
                  />
                </Row>
              </>
            ),
          },
          { key: 'breakdown', label: '分项统计', children: scope ? <BreakdownTab scope={scope} narrow={narrow} /> : null },
          { key: 'satisfaction', label: '满意与解决', children: scope ? <SatisfactionTab scope={scope} narrow={narrow} /> : null },
          ...(SCORE_READERS.includes(user.role) ? [{ key: 'scores', label: '单位考核', children: <ScoresTab sessionId={scope?.sessionId} /> }] : []),
        ]}
      />
    </>
  );
}
