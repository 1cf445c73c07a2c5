import { and, eq, inArray } from 'drizzle-orm';
import { COMMITMENT_STATE_LABELS, LOOK_BACK_FINDING_LABELS, type CommitmentState, type LookBackFinding } from '../../domain/commitments/tracking';
import { todayInShanghai } from '../../domain/deadlines';
import { fullSessionName } from '../../domain/documents/full-names';
import { streamWords, type StreamKind } from '../../domain/documents/stream-words';
import { isUnitRole } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { congresses, sessions } from '../db/schema';
import { dateCell, shanghaiStamp, writeTableXlsx, type TableSheet } from '../documents/table-xlsx';
import { queryCommitmentRegister, type RegisterFilter } from './commitments-register';
import { congressNameOf } from './full-names';
import { queryDeadlineLedger, type DeadlineLedgerQuery } from './deadline-ledger';
import { queryStatistics, queryUnitStatistics } from './statistics/figures';
import { overviewSheet } from '../documents/statistics-xlsx';

/** Large enough for any ledger of one congress; the screens page, the files do not. */
const ALL = 100_000;
const LIGHT = { green: '绿', yellow: '黄', red: '红' } as const;
const KIND = { coOpinion: '会办意见', reply: '答复', rehandle: '重新办理', referenceContact: '参阅件沟通', commitment: 'B 类承诺' } as const;
const ROLE: Record<string, string> = { lead: '主办', co: '会办', split: '分办', reference: '参阅', commitment: '承诺' };

const stamp = (now: Date) => `导出时间：${shanghaiStamp(now)}`;

/**
 * The kinds of item a reader's sheets hold (§8, seed 004): a CPPCC committee's readers its proposals; the
 * government office and the handling units of a congress with a CPPCC committee beside it both streams;
 * every other reader of a congress its suggestions. Forms, ledgers and reports take their words from it
 * (domain/documents/stream-words.ts).
 */
export async function readerKinds(db: Db, actor: Actor): Promise<StreamKind[]> {
  if (actor.body === 'cppcc') return ['proposal'];
  if (actor.role !== 'governmentOffice' && !isUnitRole(actor.role)) return ['suggestion'];
  const [beside] = await db
    .select({ id: congresses.id })
    .from(congresses)
    .where(and(eq(congresses.besideId, actor.congressId ?? -1), eq(congresses.body, 'cppcc')))
    .limit(1);
  return beside ? ['suggestion', 'proposal'] : ['suggestion'];
}

/** R-SUP-1 the deadline ledger as .xlsx: every open deadline with its light (the cell coloured), and the units' red/yellow/green counts. */
export async function exportDeadlineLedger(db: Db, actor: Actor, q: Omit<DeadlineLedgerQuery, 'page' | 'pageSize'>, now = new Date()) {
  const r = await queryDeadlineLedger(db, actor, { ...q, page: 1, pageSize: ALL }, now);
  const sheets: TableSheet[] = [
    {
      name: '期限台账',
      title: '办理期限台账',
      description: `截至 ${r.today}（黄灯：${r.yellowDays} 天内到期）\u3000红灯 ${r.totals.red}、黄灯 ${r.totals.yellow}、绿灯 ${r.totals.green}\u3000${stamp(now)}`,
      columns: [
        { header: '编号', width: 12 },
        { header: '标题', width: 40 },
        { header: '承办单位', width: 22 },
        { header: '承办方式', width: 8 },
        { header: '期限类别', width: 12 },
        { header: '承诺事项', width: 30 },
        { header: '到期日', width: 12, kind: 'date' },
        { header: '剩余天数', width: 9 },
        { header: '红黄绿灯', width: 9 },
      ],
      rows: r.rows.map((x) => [x.number, x.title, x.unitName, ROLE[x.role] ?? x.role, KIND[x.kind], x.content, dateCell(x.due), x.daysLeft, LIGHT[x.light]]),
      lights: { column: 8, values: r.rows.map((x) => x.light) },
    },
    {
      name: '各单位亮灯',
      title: '各承办单位红黄绿灯统计',
      description: `截至 ${r.today}\u3000${stamp(now)}`,
      columns: [
        { header: '承办单位', width: 26 },
        { header: '红灯', width: 8 },
        { header: '黄灯', width: 8 },
        { header: '绿灯', width: 8 },
        { header: '合计', width: 8 },
      ],
      rows: r.units.map((u) => [u.unitName, u.red, u.yellow, u.green, u.total]),
    },
  ];
  return { buffer: await writeTableXlsx(sheets), filename: `期限台账_${r.today}.xlsx` };
}

/** R-TRACK-1 the B-commitment register (挂号/销号 台账) as .xlsx, with the same filters as on screen. */
export async function exportCommitmentRegister(db: Db, actor: Actor, f: Omit<RegisterFilter, 'page' | 'pageSize'>, now = new Date()) {
  const r = await queryCommitmentRegister(db, actor, { ...f, page: 1, pageSize: ALL } as RegisterFilter, now);
  type Row = {
    number: string;
    title: string;
    unitName: string;
    content: string;
    targetDate: string;
    state: CommitmentState;
    overdue: boolean;
    sessionId: number;
    sessionName: string;
    trackedSessionId: number;
    trackedSessionName: string;
    progress: { note?: string; at?: string }[] | null;
    strikeOffRequestNote: string | null;
    lastRejection: string | null;
    closedNote: string | null;
    lookBack: { year: number; finding: LookBackFinding | null } | null;
  };
  const rows = r.rows as unknown as Row[];
  // Sessions in full (湖南省第十四届人民代表大会第三次会议), as every document names them: each by its own body, so that
  // the government office's proposals name the CPPCC committee's session (政协湖南省第十三届委员会第三次会议).
  const ids = [...new Set(rows.flatMap((x) => [x.sessionId, x.trackedSessionId]))].filter((x) => typeof x === 'number');
  const named = ids.length
    ? await db
        .select({ id: sessions.id, name: sessions.name, congress: congresses.name })
        .from(sessions)
        .innerJoin(congresses, eq(congresses.id, sessions.congressId))
        .where(inArray(sessions.id, ids))
    : [];
  const fullNames = new Map(named.map((s) => [s.id, fullSessionName(s.congress, s.name)]));
  const congress = await congressNameOf(db, actor.congressId ?? -1);
  const session = (id: number, name: string) => fullNames.get(id) ?? fullSessionName(congress, name);
  const sheet: TableSheet = {
    name: '承诺事项',
    title: 'B 类承诺事项挂号销号台账',
    description: `共 ${r.total} 项\u3000${stamp(now)}`,
    columns: [
      { header: '编号', width: 12 },
      { header: '标题', width: 36 },
      { header: '承办单位', width: 22 },
      { header: '承诺事项', width: 40 },
      { header: '承诺完成时间', width: 12, kind: 'date' },
      { header: '状态', width: 10 },
      { header: '是否逾期', width: 8 },
      { header: '提出届次', width: 30 },
      { header: '跟踪届次', width: 30 },
      { header: '最新进展', width: 40 },
      { header: '销号申请/退回意见', width: 30 },
      { header: '回头看', width: 14 },
    ],
    rows: rows.map((x) => {
      const last = x.progress?.length ? x.progress[x.progress.length - 1] : null;
      return [
        x.number,
        x.title,
        x.unitName,
        x.content,
        dateCell(x.targetDate),
        COMMITMENT_STATE_LABELS[x.state] ?? x.state,
        x.overdue ? '逾期' : '',
        session(x.sessionId, x.sessionName),
        session(x.trackedSessionId, x.trackedSessionName),
        last?.note ?? null,
        x.strikeOffRequestNote ?? x.lastRejection ?? x.closedNote ?? null,
        x.lookBack ? `${x.lookBack.year} 年${x.lookBack.finding ? ` ${LOOK_BACK_FINDING_LABELS[x.lookBack.finding]}` : ' 待填报'}` : null,
      ];
    }),
    lights: { column: 6, values: rows.map((x) => (x.overdue ? 'red' : null)) },
  };
  return { buffer: await writeTableXlsx([sheet]), filename: `承诺事项台账_${todayInShanghai(now)}.xlsx` };
}

/**
 * R-STAT-1 the per-unit figures of a session as .xlsx (the table of the 统计 page), with a total row, and
 * the session’s 办理概况 beside it: every figure a handling report prints (issue 17 §3).
 */
export async function exportUnitStatistics(db: Db, actor: Actor, sessionId: number, now = new Date()) {
  const [units, stats, kinds] = await Promise.all([
    queryUnitStatistics(db, actor, sessionId),
    queryStatistics(db, actor, { sessionId }, now),
    readerKinds(db, actor),
  ]);
  const sum = (k: 'leadItems' | 'coItems' | 'done' | 'overdue') => units.reduce((a, u) => a + u[k], 0);
  const rate = (done: number, all: number) => (all ? `${((done / all) * 100).toFixed(2)}%` : '—');
  const sheet: TableSheet = {
    name: '各单位办理情况',
    title: '各承办单位办理情况统计表',
    description: `主办（含分办）与会办分列\u3000${stamp(now)}`,
    columns: [
      { header: '承办单位', width: 28 },
      { header: '主办件数', width: 10 },
      { header: '会办件数', width: 10 },
      { header: '已完成', width: 10 },
      { header: '完成率', width: 10 },
      { header: '逾期', width: 8 },
    ],
    rows: [
      ...units.map((u) => [u.unitName, u.leadItems, u.coItems, u.done, rate(u.done, u.leadItems + u.coItems), u.overdue]),
      ['合计', sum('leadItems'), sum('coItems'), sum('done'), rate(sum('done'), sum('leadItems') + sum('coItems')), sum('overdue')],
    ],
  };
  const overview = overviewSheet(stats, streamWords(kinds), `比率单位为 %，无可计算对象时留空\u3000${stamp(now)}`);
  return { buffer: await writeTableXlsx([sheet, overview]), filename: `各单位办理情况_${todayInShanghai(now)}.xlsx` };
}
