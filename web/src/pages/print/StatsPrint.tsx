import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { actions } from '../../api/actions';
import { api } from '../../api/client';
import { dashboardApi, type StatsScope } from '../../api/dashboard';
import { useUser } from '../../auth/AuthContext';
import { useLoad } from '../../lib/useLoad';
import { PrintFooter, PrintPending, PrintSheet, usePrintStamp } from './PrintSheet';
import { ScoresTable } from './ScoresTable';
import { FiguresTable, LightsTable, OnTimeTable, OverviewTable, SatisfactionTable, ShareTable } from './stats-tables';

/** Who reads the unit scores (as the dashboard's 单位考核 tab). */
const SCORE_READERS: readonly string[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** The dashboard's scope from the URL (urls.ts statsPrintUrl): ids and dates, anything else left out. */
function readScope(sp: URLSearchParams): StatsScope {
  const id = (k: string) => {
    const n = Number(sp.get(k));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const day = (k: string) => (/^\d{4}-\d{2}-\d{2}$/.test(sp.get(k) ?? '') ? sp.get(k)! : undefined);
  return { sessionId: id('sessionId'), unitId: id('unitId'), categoryId: id('categoryId'), delegationId: id('delegationId'), from: day('from'), to: day('to') };
}

async function loadAll(scope: StatsScope, scores: boolean, signal: AbortSignal) {
  const [sessions, categories, delegations, units, stats, perf, byUnit, byCategory, byDelegation, byDeputy, satisfaction, unitScores] = await Promise.all([
    api.listSessions(signal),
    api.listCategories(signal),
    dashboardApi.delegations(signal),
    actions.listUnits(signal),
    dashboardApi.statistics(scope, signal),
    dashboardApi.unitPerformance(scope, signal),
    dashboardApi.byUnit(scope, signal),
    dashboardApi.byCategory(scope, signal),
    dashboardApi.byDelegation(scope, signal),
    dashboardApi.byDeputy(scope, signal),
    dashboardApi.satisfactionVsResolution(scope, signal),
    scores && scope.sessionId ? dashboardApi.unitScores(scope.sessionId, signal) : Promise.resolve(null),
  ]);
  const name = <T extends { id: number; name: string }>(list: T[], id?: number) => (id ? (list.find((x) => x.id === id)?.name ?? '（已删除）') : undefined);
  const describe = [
    `届次：${name(sessions, scope.sessionId) ?? '全部届次'}`,
    scope.unitId ? `承办单位：${name(units, scope.unitId)}` : '',
    scope.categoryId ? `类别：${name(categories, scope.categoryId)}` : '',
    scope.delegationId ? `代表团：${name(delegations, scope.delegationId)}` : '',
    scope.from || scope.to ? `提出日期：${scope.from ?? '不限'} 至 ${scope.to ?? '不限'}` : '',
  ].filter(Boolean);
  return { describe, stats, perf, byUnit, byCategory, byDelegation, byDeputy, satisfaction, unitScores };
}

/**
 * 统计表 on paper (/print/stats?…): the dashboard's tables for its scope — the
 * headline figures, class and evaluation shares, on-time rate and lights by
 * unit, the breakdowns by unit (lead and co apart), category, delegation and
 * deputy, satisfaction against resolution, and the unit scores.
 */
export default function StatsPrint() {
  const user = useUser();
  const [sp] = useSearchParams();
  const key = sp.toString();
  const scope = useMemo(() => readScope(new URLSearchParams(key)), [key]);
  const withScores = SCORE_READERS.includes(user.role);
  const stamp = usePrintStamp();
  const { data, error, reload } = useLoad((signal) => loadAll(scope, withScores, signal), [scope, withScores]);
  if (!data) return <PrintPending error={error} onRetry={reload} />;
  const d = data;

  const sections: { title: string; body: ReactNode; note?: string }[] = [
    { title: '总体情况', body: <OverviewTable s={d.stats} />, note: '满意率 = (满意 + 基本满意) ÷ 已评价件数' },
    { title: '办理结果类别', body: <ShareTable s={d.stats} of="classes" /> },
    { title: '代表评价', body: <ShareTable s={d.stats} of="evaluations" /> },
    { title: '各单位按期答复率', body: <OnTimeTable perf={d.perf} />, note: '按期答复率 = 首次答复在答复期限内的件数 ÷ 已答复件数；尚无答复的单位未列入。' },
    {
      title: '各单位红黄绿灯',
      body: <LightsTable perf={d.perf} />,
      note: `红灯：已超过期限；黄灯：${d.perf.yellowDays} 天内到期；绿灯：正常。按单位承办（含会办）的在办件计。`,
    },
    {
      title: '各单位办理情况（主办，含单办、分办）',
      body: <FiguresTable rows={d.byUnit.filter((u) => u.lead)} name="承办单位" nameOf={(u) => u.unitName} at={(u) => u.lead!} empty="暂无交办的建议" />,
    },
    {
      title: '各单位办理情况（会办）',
      body: <FiguresTable rows={d.byUnit.filter((u) => u.co)} name="承办单位" nameOf={(u) => u.unitName} at={(u) => u.co!} empty="暂无会办的建议" />,
      note: '会办件：报送会办意见即计为已答复，按期率对照会办意见期限；联系人次、面商率、销号均为本单位自己的。',
    },
    {
      title: '分类别统计',
      body: <FiguresTable rows={d.byCategory} name="类别" nameOf={(r) => r.name} at={(r) => r} empty="暂无建议" />,
      note: '子类别计入其上级类别。',
    },
    { title: '分代表团统计', body: <FiguresTable rows={d.byDelegation} name="代表团" nameOf={(r) => r.name} at={(r) => r} empty="暂无建议" /> },
    {
      title: '分代表统计',
      body: (
        <FiguresTable
          rows={d.byDeputy}
          name="代表"
          nameOf={(r) => r.name}
          at={(r) => r}
          extra={[{ title: '领衔', className: 'num', render: (r) => r.led }]}
          empty="暂无建议"
        />
      ),
      note: '代表领衔和联名附议的建议都计入该代表。',
    },
    {
      title: '满意率与解决率对照',
      body: <SatisfactionTable rows={d.satisfaction} />,
      note: '满意率 = 满意和基本满意的评价 ÷ 全部评价（本轮）；解决率 = A 类件 ÷ 已确定类别的件；主办、会办同等计入。',
    },
    ...(d.unitScores ? [{ title: '承办单位办理工作考核', body: <ScoresTable scores={d.unitScores} /> }] : []),
  ];

  return (
    <PrintSheet title="建议办理统计表" landscape>
      <h1>建议办理统计表</h1>
      <div className="print-meta">
        <span>统计范围：{d.describe.join('；')}</span>
        <span>{stamp}</span>
      </div>
      {sections.map((s, i) => (
        <section key={s.title}>
          <h2>
            {NUMERALS[i]}、{s.title}
          </h2>
          {s.body}
          {s.note && <div className="print-note">{s.note}</div>}
        </section>
      ))}
      <PrintFooter left="比率、占比保留两位小数，各项占比合计为 100.00%。" />
    </PrintSheet>
  );
}
