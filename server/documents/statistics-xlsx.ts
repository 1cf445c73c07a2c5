import { streamWords } from '../../domain/documents/stream-words';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { StatsScope } from '../queries/statistics';
import {
  queryCategoryBreakdown,
  queryDelegationBreakdown,
  queryDeputyBreakdown,
  querySatisfactionVsResolution,
  queryUnitBreakdown,
  type GroupFigures,
} from '../queries/statistics-breakdown';
import { shanghaiStamp, writeTableXlsx, type TableCell, type TableColumn, type TableSheet } from './table-xlsx';

/** A rate as the sheets print it: 26.85 (percent), empty when there is nothing to divide by. */
const pct = (v: number | null): TableCell => v;

/** The R-STAT-1 columns every breakdown shares, after its own leading columns. */
const FIGURE_COLUMNS: TableColumn[] = [
  { header: '件数', width: 8 },
  { header: '已答复', width: 8 },
  { header: '答复率%', width: 9 },
  { header: '按期', width: 7 },
  { header: '按期率%', width: 9 },
  { header: 'A类', width: 6 },
  { header: 'A类占比%', width: 9 },
  { header: 'B类', width: 6 },
  { header: 'B类占比%', width: 9 },
  { header: 'C类', width: 6 },
  { header: 'C类占比%', width: 9 },
  { header: '满意', width: 6 },
  { header: '基本满意', width: 8 },
  { header: '不满意', width: 7 },
  { header: '满意率%', width: 9 },
  { header: '沟通人次', width: 8 },
  { header: '沟通率%', width: 9 },
  { header: '面商率%', width: 9 },
  { header: '二次办理', width: 8 },
  { header: 'B类销号', width: 8 },
];

function figureCells(f: GroupFigures): TableCell[] {
  const c = f.resultClasses;
  const e = f.evaluations;
  return [
    f.items,
    f.replied,
    pct(f.replyRate),
    f.onTime,
    pct(f.onTimeRate),
    c.A.count,
    c.A.share,
    c.B.count,
    c.B.share,
    c.C.count,
    c.C.share,
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

/**
 * §6 / R-STAT-1: the statistics breakdowns of one scope as one workbook —
 * by unit (lead and co-handling on their own rows, R-CO-2), by category, by
 * delegation, by deputy, and satisfaction against resolution (被满意) — each
 * sheet the same figures as GET /api/statistics/by-… in the reader's scope.
 */
export async function exportStatisticsBreakdowns(db: Db, actor: Actor, scope: StatsScope, now = new Date()) {
  const [units, categories, delegations, deputies, svr] = await Promise.all([
    queryUnitBreakdown(db, actor, scope),
    queryCategoryBreakdown(db, actor, scope),
    queryDelegationBreakdown(db, actor, scope),
    queryDeputyBreakdown(db, actor, scope),
    querySatisfactionVsResolution(db, actor, scope),
  ]);
  const description = `导出时间 ${shanghaiStamp(now)}；比率单位为 %，无可计算对象时留空`;
  // A CPPCC committee's figures are of proposals, by sector and member (§8).
  const w = streamWords([actor.body === 'cppcc' ? 'proposal' : 'suggestion']);
  const sheet = (name: string, title: string, lead: TableColumn[], rows: TableCell[][]): TableSheet => ({
    name,
    title,
    description,
    columns: [...lead, ...FIGURE_COLUMNS],
    rows,
  });
  const sheets: TableSheet[] = [
    sheet(
      '按承办单位',
      '各承办单位办理情况（主办与会办分列）',
      [
        { header: '承办单位', width: 26 },
        { header: '承办方式', width: 9 },
      ],
      units.flatMap((u) => [
        ...(u.lead ? [[u.unitName, '主办/单办/分办', ...figureCells(u.lead)]] : []),
        ...(u.co ? [[u.unitName, '会办', ...figureCells(u.co)]] : []),
      ]),
    ),
    sheet(
      '按类别',
      `各类别${w.item}办理情况`,
      [{ header: '类别', width: 16 }],
      categories.map((c) => [c.name, ...figureCells(c)]),
    ),
    sheet(
      `按${w.group}`,
      `各${w.group}${w.item}办理情况`,
      [{ header: w.group, width: 20 }],
      delegations.map((d) => [d.name, ...figureCells(d)]),
    ),
    sheet(
      `按${w.submitter}`,
      `各${w.submitter}${w.item}办理情况`,
      [
        { header: w.submitter, width: 12 },
        { header: actor.body === 'cppcc' ? '第一提案人件数' : '领衔件数', width: 9 },
      ],
      deputies.map((d) => [d.name, d.led, ...figureCells(d)]),
    ),
    {
      name: '满意与解决',
      title: '各承办单位满意率与解决率对照（被满意）',
      description,
      columns: [
        { header: '承办单位', width: 26 },
        { header: '件数', width: 8 },
        { header: '已定类', width: 8 },
        { header: 'A类（已解决）', width: 12 },
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
