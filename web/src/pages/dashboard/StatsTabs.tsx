import { Row } from 'antd';
import { dashboardApi, type StatsScope } from '../../api/dashboard';
import { useLoad } from '../../lib/useLoad';
import { GroupBreakdownCard, UnitBreakdownCard } from './BreakdownPanels';
import { SatisfactionResolutionCard } from './SatisfactionResolutionCard';
import { UnitScoresCard } from './UnitScoresCard';

/** 分项统计 (R-STAT-1): by unit with lead and co apart, and by category, delegation and deputy — each panel loads on its own. */
export function BreakdownTab({ scope, narrow }: { scope: StatsScope; narrow: boolean }) {
  const key = JSON.stringify(scope);
  const units = useLoad((signal) => dashboardApi.byUnit(scope, signal), [key]);
  const category = useLoad((signal) => dashboardApi.byCategory(scope, signal), [key]);
  const delegation = useLoad((signal) => dashboardApi.byDelegation(scope, signal), [key]);
  const deputy = useLoad((signal) => dashboardApi.byDeputy(scope, signal), [key]);
  return (
    <Row gutter={[16, 16]}>
      <UnitBreakdownCard {...units} reload={units.reload} narrow={narrow} />
      <GroupBreakdownCard narrow={narrow} category={category} delegation={delegation} deputy={deputy} />
    </Row>
  );
}

/** 满意与解决: satisfaction against resolution per unit (被满意). */
export function SatisfactionTab({ scope, narrow }: { scope: StatsScope; narrow: boolean }) {
  const key = JSON.stringify(scope);
  const rows = useLoad((signal) => dashboardApi.satisfactionVsResolution(scope, signal), [key]);
  return (
    <Row gutter={[16, 16]}>
      <SatisfactionResolutionCard {...rows} narrow={narrow} />
    </Row>
  );
}

/** 单位考核 (R-STAT-2) for the scope's session. */
export function ScoresTab({ sessionId }: { sessionId: number | undefined }) {
  const scores = useLoad(sessionId ? (signal) => dashboardApi.unitScores(sessionId, signal) : null, [sessionId]);
  return <UnitScoresCard {...scores} sessionId={sessionId} />;
}
