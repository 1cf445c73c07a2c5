import { streamWords, type StreamWords } from '../../domain/documents/stream-words';
import { dayText } from '../../domain/reports/report-text';
import { shownClasses, type ResultClassDef } from '../../domain/stats/result-classes';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import {
  queryCategoryBreakdown,
  queryDelegationBreakdown,
  queryDeputyBreakdown,
  querySatisfactionVsResolution,
  queryUnitBreakdown,
  wordsOfScope,
  type GroupFigures,
} from '../queries/statistics/breakdown';
import { queryStatistics, type StatsScope } from '../queries/statistics/figures';
import { shanghaiStamp, writeTableXlsx, type TableCell, type TableColumn, type TableSheet } from './table-xlsx';

/** A rate as the sheets print it: 26.85 (percent), empty when there is nothing to divide by. */
const pct = (v: number | null): TableCell => v;

/** The R-STAT-1 columns every breakdown shares, after its own leading columns: a count and a share per class shown. */
function figureColumns(classes: readonly ResultClassDef[]): TableColumn[] {
  return [
    { header: '件数', width: 8 },
    { header: '已答复', width: 8 },
    { header: '答复率%', width: 9 },
    { header: '按期', width: 7 },
    { header: '按期率%', width: 9 },
    ...classes.flatMap((d): TableColumn[] => [
      { header: d.label, width: 6 },
      { header: `${d.label}占比%`, width: 9 },
    ]),
    { header: '满意', width: 6 },
    { header: '基本满意', width: 8 },
    { header: '不满意', width: 7 },
    { header: '满意率%', width: 9 },
    { header: '沟通人次', width: 8 },
    { header: '沟通率%', width: 9 },
    { header: '面商率%', width: 9 },
    { header: '二次办理', width: 8 },
    { header: `${classes.find((d) => d.code === 'B')?.label ?? 'B类'}销号`, width: 8 },
  ];
}

function figureCells(f: GroupFigures, classes: readonly ResultClassDef[]): TableCell[] {
  const e = f.evaluations;
  return [
    f.items,
    f.replied,
    pct(f.replyRate),
    f.onTime,
    pct(f.onTimeRate),
    ...classes.flatMap((d) => {
      const c = f.resultClasses[d.code] ?? { count: 0, share: 0 };
      return [c.count, c.share];
    }),
    e.satisfied.count,
    e.basicallySatisfied.count,
    e.dissatisfied.count,
    pct(e.satisfactionRate),
    f.contacts,
    pct(f.contactRate),
    pct(f.faceToFaceRate),
    f.rehandled,
    f.commitmentsStruckOff,
  ];
}

type Statistics = Awaited<ReturnType<typeof queryStatistics>>;
type Counted = { count: number; share: number };

/**
 * 办理概况 (issue 17 §3): every figure a published handling report prints, one row each — 指标, 数值 and, for a
 * rate or a share, its numerator and denominator — with what it counts in words: received and registered with
 * the rest, 交办率, replies, on time, closed, each class of the rules profile, satisfaction final and first-round,
 * contacts, the lead and handling units, the routing split, each category's share, and the dates.
 */
export function overviewSheet(s: Statistics, w: Pick<StreamWords, 'item' | 'submitter'>, description: string): TableSheet {
  const { item, submitter } = w;
  type Row = [string, TableCell, TableCell, TableCell, string];
  const count = (name: string, n: number, note: string): Row => [name, n, null, null, note];
  const ratio = (name: string, value: number | null, num: number, den: number, note: string): Row => [name, value, num, den, note];
  const share = (name: string, c: Counted, den: number, note: string): Row => [name, c.share, c.count, den, note];
  const i = s.intake;
  const classed = s.classScheme.reduce((a, d) => a + (s.resultClasses[d.code]?.count ?? 0), 0);
  const evaluated = (e: Statistics['evaluations']) => e.satisfied.count + e.basicallySatisfied.count + e.dissatisfied.count;
  const routed = s.routing.government.count + s.routing.judicialAndOther.count + s.routing.joint.count;
  const registered = s.items - s.referenceItems;
  const day = (d: string | null) => (d ? dayText(d) : null);
  const rows: Row[] = [
    count(`收到${item}（件）`, i.received, '送交审查的全部件数，为以下七项之和'),
    count('立案（件）', i.registered, '经审查立案、交有关单位办理的'),
    count('转为参阅件（件）', i.reference, '经审查转为参阅件的'),
    count('退回修改（件）', i.returned, `退回${submitter}修改、尚未重新提交的`),
    count('并案处理（件）', i.merged, `并入其他${item}办理的`),
    count('不予立案（件）', i.notAccepted, '经审查不予立案的'),
    count('撤回（件）', i.withdrawn, `${submitter}撤回的`),
    count('待审查（件）', i.pending, '尚在审查中的'),
    ratio('交办率%', s.assignmentRate, s.assigned, registered, '已交办件数 ÷ 立案件数（不含参阅件）'),
    count(`${item}总数（件）`, s.items, '立案和转为参阅件的，以下各项的统计范围'),
    ratio('答复率%', s.replyRate, s.replied, s.assigned, '已答复件数 ÷ 已交办件数'),
    ratio('按期答复率%', s.onTimeRate, s.onTime, s.replied, '在答复期限内首次答复的件数 ÷ 已答复件数'),
    ratio('办结率%', s.closeRate, s.closed, s.assigned, '已办结件数 ÷ 已交办件数'),
    ...s.classScheme.map((d) => share(`${d.label}占比%`, s.resultClasses[d.code] ?? { count: 0, share: 0 }, classed, `${d.definition}的`)),
    share('满意占比%', s.evaluations.satisfied, evaluated(s.evaluations), `${submitter}评价为满意的（人次）`),
    share('基本满意占比%', s.evaluations.basicallySatisfied, evaluated(s.evaluations), `${submitter}评价为基本满意的（人次）`),
    share('不满意占比%', s.evaluations.dissatisfied, evaluated(s.evaluations), `${submitter}评价为不满意的（人次）`),
    ratio(
      '满意率%',
      s.evaluations.satisfactionRate,
      s.evaluations.satisfied.count + s.evaluations.basicallySatisfied.count,
      evaluated(s.evaluations),
      '满意和基本满意的评价 ÷ 全部评价（以最后一次办理的评价计）',
    ),
    ratio(
      '初次办理满意率%',
      s.firstRound.satisfactionRate,
      s.firstRound.satisfied.count + s.firstRound.basicallySatisfied.count,
      evaluated(s.firstRound),
      '首次答复后的评价中满意和基本满意的 ÷ 首次答复后的全部评价',
    ),
    count('重新办理（件）', s.rehandled, `因${submitter}不满意重新办理的`),
    count('沟通联系（人次）', s.contacts, `承办单位与${submitter}沟通联系的人次`),
    ratio('沟通联系率%', s.contactRate, s.contactedItems, s.assigned, '有沟通联系记录的件数 ÷ 已交办件数'),
    ratio('当面沟通率%', s.faceToFaceRate, s.visitedItems, s.assigned, '有当面沟通记录的件数 ÷ 已交办件数'),
    count('主办单位（个）', s.units.lead, '承担主办、单独办理或分办任务的单位'),
    count('承办单位（个）', s.units.handling, '主办单位和会办单位合计'),
    share('政府系统办理占比%', s.routing.government, routed, '只由政府系统单位承办的件数'),
    share('法院、检察院及其他单位办理占比%', s.routing.judicialAndOther, routed, '只由法院、检察院和其他非政府系统单位承办的件数'),
    share('联合办理占比%', s.routing.joint, routed, '由政府系统与其他单位共同承办的件数'),
    ...s.categories.map((c) => share(`${c.name}${c.name.endsWith('类') ? '' : '类'}占比%`, c, s.items, `该类别（含下级类别）的${item}件数 ÷ ${item}总数`)),
    count(`${s.classScheme.find((d) => d.code === 'B')?.label ?? 'B类'}承诺事项（项）`, s.commitments, '答复中承诺办理的事项'),
    count('承诺事项已销号（项）', s.commitmentsStruckOff, '已落实并销号的承诺事项'),
    ['最后一件首次答复日期', day(s.dates.lastFirstReplyOn), null, null, `已交办${item}中最晚一件首次答复的日期`],
    ['全部答复日期', day(s.dates.allRepliedOn), null, null, s.dates.allRepliedOn ? `所有已交办${item}均已于该日前答复` : `尚有已交办${item}未答复`],
    ['最后一次答复日期', day(s.dates.lastReplyOn), null, null, '含重新办理后的答复'],
    [
      '评价期截止日期',
      day(s.dates.evaluationWindowEnds),
      null,
      null,
      !s.dates.evaluationWindowEnds
        ? '尚无答复'
        : s.dates.evaluationWindowClosed
          ? '评价期已截止'
          : s.dates.allRepliedOn
            ? '评价期尚未截止'
            : `按最后一次答复计算；尚有${item}未答复`,
    ],
  ];
  return {
    name: '办理概况',
    title: `${item}办理概况`,
    description,
    columns: [
      { header: '指标', width: 30 },
      { header: '数值', width: 14 },
      { header: '分子', width: 9 },
      { header: '分母', width: 9 },
      { header: '说明', width: 52 },
    ],
    rows,
  };
}

/**
 * §6 / R-STAT-1: the statistics breakdowns of one scope as one workbook —
 * 办理概况 (every figure of GET /api/statistics a handling report prints), then
 * by unit (lead and co-handling on their own rows, R-CO-2), by category, by
 * delegation, by deputy, and satisfaction against resolution (被满意) — each
 * sheet the same figures as GET /api/statistics/by-… in the reader's scope,
 * with a count and a share per class of the rules profile (D类 where it has four
 * or a group's items carry it).
 */
export async function exportStatisticsBreakdowns(db: Db, actor: Actor, scope: StatsScope, now = new Date()) {
  const [stats, units, categories, delegations, deputies, svr] = await Promise.all([
    queryStatistics(db, actor, scope, now),
    queryUnitBreakdown(db, actor, scope),
    queryCategoryBreakdown(db, actor, scope),
    queryDelegationBreakdown(db, actor, scope),
    queryDeputyBreakdown(db, actor, scope),
    querySatisfactionVsResolution(db, actor, scope),
  ]);
  const description = `导出时间 ${shanghaiStamp(now)}；比率单位为 %，无可计算对象时留空`;
  // The classes of the rules profile in force (A/B/C, or with D), and D wherever a group's figures have it.
  const groups = [...units.flatMap((u) => [u.lead, u.co]), ...categories, ...delegations, ...deputies];
  const classes = shownClasses([stats.classScheme], { D: groups.some((g) => g?.resultClasses.D) ? 1 : 0 });
  // A CPPCC committee's figures are of proposals, by sector and member (§8).
  const w = streamWords([actor.body === 'cppcc' ? 'proposal' : 'suggestion']);
  const sheet = (name: string, title: string, lead: TableColumn[], rows: TableCell[][]): TableSheet => ({
    name,
    title,
    description,
    columns: [...lead, ...figureColumns(classes)],
    rows,
  });
  const sheets: TableSheet[] = [
    overviewSheet(stats, wordsOfScope(actor, scope), description),
    sheet(
      '按承办单位',
      '各承办单位办理情况（主办与会办分列）',
      [
        { header: '承办单位', width: 26 },
        { header: '承办方式', width: 9 },
      ],
      units.flatMap((u) => [
        ...(u.lead ? [[u.unitName, '主办/单办/分办', ...figureCells(u.lead, classes)]] : []),
        ...(u.co ? [[u.unitName, '会办', ...figureCells(u.co, classes)]] : []),
      ]),
    ),
    sheet(
      '按类别',
      `各类别${w.item}办理情况`,
      [{ header: '类别', width: 16 }],
      categories.map((c) => [c.name, ...figureCells(c, classes)]),
    ),
    sheet(
      `按${w.group}`,
      `各${w.group}${w.item}办理情况`,
      [{ header: w.group, width: 20 }],
      delegations.map((d) => [d.name, ...figureCells(d, classes)]),
    ),
    sheet(
      `按${w.submitter}`,
      `各${w.submitter}${w.item}办理情况`,
      [
        { header: w.submitter, width: 12 },
        { header: actor.body === 'cppcc' ? '第一提案人件数' : '领衔件数', width: 9 },
      ],
      deputies.map((d) => [d.name, d.led, ...figureCells(d, classes)]),
    ),
    {
      name: '满意与解决',
      title: '各承办单位满意率与解决率对照（被满意）',
      description,
      columns: [
        { header: '承办单位', width: 26 },
        { header: '件数', width: 8 },
        { header: '已定类', width: 8 },
        { header: `${classes.find((d) => d.code === 'A')?.label ?? 'A类'}（已解决）`, width: 12 },
        { header: '解决率%', width: 9 },
        { header: '评价人次', width: 9 },
        { header: '满意及基本满意', width: 13 },
        { header: '满意率%', width: 9 },
        { header: '差值（百分点）', width: 13 },
        { header: '满意但未解决（件）', width: 16 },
      ],
      rows: svr.map((r) => [
        r.unitName,
        r.items,
        r.classed,
        r.classA,
        r.solvedShare,
        r.evaluations,
        r.satisfied,
        r.satisfiedShare,
        r.gap,
        r.satisfiedNotSolved,
      ]),
    },
  ];
  return { buffer: await writeTableXlsx(sheets), filename: '办理情况分项统计.xlsx' };
}
