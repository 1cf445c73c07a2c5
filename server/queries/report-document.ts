import { domainError } from '../../domain/errors';
import { todayInShanghai } from '../../domain/deadlines';
import { ITEM_STATE_LABELS, type ItemState } from '../../domain/items/states';
import { keyItemsText, pct, ratePct, REPORT_WORDS, UNIT_ANALYSIS_MIN_ITEMS, type ReportKind } from '../../domain/reports/report-text';
import { bulletinNumber, bulletinTitle } from '../../domain/supervision/bulletin';
import { KEY_SUPERVISION_KIND_LABELS } from '../../domain/supervision/key-supervision';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { renderReport, type ReportBlock } from '../documents/report-docx';
import { getBulletin } from './bulletins';
import { sessionFullNameOf } from './full-names';
import { queryKeySupervisions } from './key-supervisions';
import { getReport, type ReportView } from './reports';

const TASK_ROLE = { lead: '主办', co: '会办', split: '分办', single: '单办', reference: '参阅' } as Record<string, string>;

/** The editor's sections; the prefill's prompts (（请补充…）) left unedited are not printed. */
function sectionBlocks(r: ReportView): ReportBlock[] {
  const printed = (text: string) =>
    text
      .split(/\r?\n/)
      .filter((line) => !line.includes('（请补充'))
      .join('\n');
  return r.sectionDefs.map((s) => ({ heading: s.heading, text: printed(r.sections[s.id] ?? '') }));
}

/** The words of the report's own stream: 提案 for a CPPCC committee's (§8). */
const wordsOf = (r: ReportView) => REPORT_WORDS[r.streams[0]?.kind ?? 'suggestion'];

/** The class mark the rules profile gives a code (A类), as the report's figures name it. */
const classLabel = (r: ReportView, code: string) => r.statistics.classScheme.find((d) => d.code === code)?.label ?? `${code}类`;

/**
 * The R-STAT-1 figures of the scope as a table (the unit analysis prints them beside the text): two figures a
 * row, each class of the rules profile (D only where it has four), closed and the closing rate, first-round
 * satisfaction beside the final one.
 */
function figuresTable(r: ReportView): ReportBlock['table'] {
  const s = r.statistics;
  const w = wordsOf(r);
  const e = s.evaluations;
  const counted = (c: { count: number; share: number }) => `${c.count}（${pct(c.share)}）`;
  const classes = s.classScheme.map((d): [string, string | number] => {
    const c = s.resultClasses[d.code] ?? { count: 0, share: 0 };
    return [`${d.label}（件，占比）`, counted(c)];
  });
  const cells: [string, string | number][] = [
    [`承办${w.item}（件）`, s.items],
    ['已答复（件）', s.replied],
    ['答复率', ratePct(s.replyRate)],
    ['按期答复率', ratePct(s.onTimeRate)],
    ['已办结（件）', s.closed],
    ['办结率', ratePct(s.closeRate)],
    ...classes,
    ['满意（件，占比）', counted(e.satisfied)],
    ['基本满意（件，占比）', counted(e.basicallySatisfied)],
    ['不满意（件，占比）', counted(e.dissatisfied)],
    ['满意率', ratePct(e.satisfactionRate)],
    ['初次办理满意率', ratePct(s.firstRound.satisfactionRate)],
    ['沟通联系（人次）', s.contacts],
    ['沟通联系率', ratePct(s.contactRate)],
    ['当面沟通率', ratePct(s.faceToFaceRate)],
    ['重新办理（件）', s.rehandled],
    [`${classLabel(r, 'B')}承诺事项（项）`, s.commitments],
    ['已销号（项）', s.commitmentsStruckOff],
  ];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([...cells[i], ...(cells[i + 1] ?? ['', ''])]);
  return { caption: '主要指标', header: ['指标', '数值', '指标', '数值'], weights: [3, 2, 3, 2], rows };
}

const fileName = (r: ReportView) => `${r.kindLabel}-${r.sessionFullName}${r.scopeLabel ? `-${r.scopeLabel}` : ''}.docx`;

/**
 * R-STAT-3 a report as .docx: the annual handling report, the key-items
 * report (R-SUP-3) or a unit's comprehensive analysis report, each with the
 * figures computed now and the sections as the editor saved them (or as
 * prefilled). A unit analysis below 20 items is refused unless forced.
 */
export async function buildReportDocument(db: Db, actor: Actor, q: { kind: ReportKind; sessionId: number; scope: string; force?: boolean }, now = new Date()) {
  const r = await getReport(db, actor, q);
  const date = todayInShanghai(now);
  const head = { title: r.title, issuer: r.sections.issuer ?? '', addressee: r.sections.addressee || undefined, intro: r.sections.intro || undefined, date };
  if (q.kind === 'unitAnalysis') {
    const ua = r.unitAnalysis!;
    if (!ua.required && !q.force) {
      throw domainError(
        'UNIT_ANALYSIS_NOT_REQUIRED',
        { scopeLabel: r.scopeLabel, items: ua.items, minItems: UNIT_ANALYSIS_MIN_ITEMS },
        {
          items: ua.items,
          minItems: UNIT_ANALYSIS_MIN_ITEMS,
        },
      );
    }
    const blocks: ReportBlock[] = [{ heading: '基本情况', text: r.basicSituation, table: figuresTable(r) }, ...sectionBlocks(r)];
    return { buffer: await renderReport({ ...head, blocks }), filename: fileName(r) };
  }
  if (q.kind === 'keyItemsReport') {
    const unitId = r.scope.startsWith('unit:') ? Number(r.scope.slice(5)) : null;
    const k = await queryKeySupervisions(db, actor, { sessionId: q.sessionId }, now);
    const rows = unitId ? k.rows.filter((x) => x.units.some((u) => u.unitId === unitId)) : k.rows;
    const count = (f: (x: (typeof rows)[number]) => boolean) => rows.filter(f).length;
    const w = wordsOf(r);
    const stream = r.streams[0]?.kind ?? 'suggestion';
    const text = keyItemsText({
      sessionName: r.sessionFullName,
      stream,
      subject: unitId ? `交由${r.scopeLabel}承办的${w.item}中` : '',
      total: rows.length,
      byKind: { leaderLed: count((x) => x.kind === 'leaderLed'), committee: count((x) => x.kind === 'committee'), joint: count((x) => x.kind === 'joint') },
      replied: count((x) => x.replied),
      closed: count((x) => x.state === 'closed'),
      red: count((x) => x.light === 'red'),
      activities: rows.reduce((a, x) => a + x.activityCount, 0),
    });
    const tableRows = rows.map((x, i) => [
      i + 1,
      x.number,
      x.title,
      [KEY_SUPERVISION_KIND_LABELS[x.kind], ...x.leaders, ...x.committees.map((c) => c.name)].join('、'),
      x.units.map((u) => `${u.unitName}（${TASK_ROLE[u.role] ?? u.role}）`).join('、'),
      x.activityCount,
      `${ITEM_STATE_LABELS[x.state as ItemState] ?? x.state}${x.resultClass ? `（${classLabel(r, x.resultClass)}）` : ''}`,
    ]);
    const blocks: ReportBlock[] = [
      {
        heading: '基本情况',
        text,
        table: rows.length
          ? {
              caption: `重点督办${w.item}办理情况表`,
              header: ['序号', `${w.item}号`, '标题', '督办方式', '承办单位', '督办活动', '办理状态'],
              rows: tableRows,
              weights: [1.1, 2.6, 4.4, 3, 4, 1.5, 2.6],
            }
          : undefined,
      },
      ...sectionBlocks(r),
    ];
    return { buffer: await renderReport({ ...head, blocks }), filename: fileName(r) };
  }
  const blocks: ReportBlock[] = [{ heading: '基本情况', text: r.basicSituation }, ...sectionBlocks(r)];
  return { buffer: await renderReport({ ...head, blocks }), filename: fileName(r) };
}

/** R-SUP-4 a progress bulletin as .docx: its number, totals, the table by unit (lead and co apart) and the units behind schedule. */
export async function buildBulletinDocument(db: Db, actor: Actor, bulletinId: number) {
  const b = await getBulletin(db, actor, bulletinId);
  const t = b.content.totals;
  const overview =
    `截至${b.content.asOf.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}，${t.units}个承办单位共承担主办（单办、分办）任务${t.lead.tasks}件，已答复${t.lead.replied}件，答复率${ratePct(t.lead.replyRate)}，按期答复率${ratePct(t.lead.onTimeRate)}，超期未答复${t.lead.overdue}件；` +
    `承担会办任务${t.co.tasks}件，已送会办意见${t.co.sent}件，会办意见送达率${ratePct(t.co.sentRate)}，超期未送${t.co.overdue}件。`;
  const behind = b.content.behind.length
    ? `以下${b.content.behind.length}个单位有超期未办结的任务，请抓紧办理：${b.content.behind.map((x) => `${x.unitName}（主办超期${x.leadOverdue}件，会办超期${x.coOverdue}件）`).join('；')}。`
    : '目前没有超期未办结任务的单位。';
  const blocks: ReportBlock[] = [
    { heading: '总体进度', text: overview },
    {
      heading: '各单位办理进度',
      table: {
        header: ['承办单位', '主办件', '已答复', '答复率', '按期率', '超期', '会办件', '已送意见', '超期'],
        weights: [4, 1.2, 1.2, 1.6, 1.6, 1, 1.2, 1.4, 1],
        rows: b.content.units.map((u) => [
          u.behindSchedule ? `${u.unitName}▲` : u.unitName,
          u.lead.tasks,
          u.lead.replied,
          ratePct(u.lead.replyRate),
          ratePct(u.lead.onTimeRate),
          u.lead.overdue,
          u.co.tasks,
          u.co.sent,
          u.co.overdue,
        ]),
      },
      text: '（标▲者为进度滞后单位）',
    },
    { heading: '进度滞后单位', text: behind },
  ];
  // Titled with the session in full, also a bulletin stored before titles named it so.
  const title = b.sessionId ? bulletinTitle(await sessionFullNameOf(db, b.sessionId), b.asOf) : b.title;
  const buffer = await renderReport({ title, subtitle: bulletinNumber(b.year, b.seq), issuer: '', addressee: '各承办单位', blocks, date: b.asOf });
  return { buffer, filename: `办理进度通报-${bulletinNumber(b.year, b.seq)}.docx` };
}
