/**
 * The counties of the checklist tests (test/checklists-*.test.ts): 华容县 with three townships and
 * 安乡县 with one, their accounts signed in; and the quarter's checklist as test/checklists-reports.test.ts
 * issues it with the townships' first reports, rebuilt through the same HTTP calls so that the
 * guidance and assessment files start from the state that file leaves.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { addDays, todayInShanghai } from '../../domain/deadlines';
import type { Db } from '../../server/db/client';
import { dispatchOutbox } from '../../server/jobs/outbox-dispatch';
import { Client } from './client';
import { createCounty } from './county';

/** A 1×1 PNG: a photo of the meeting, as far as the checks go. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The checklist's period: today in Shanghai, its year and quarter. */
export function checklistPeriod() {
  const today = todayInShanghai();
  return { today, year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
}
export type ChecklistPeriod = ReturnType<typeof checklistPeriod>;

/** The quarter's five entries: two overdue (20 and 5 days ago), two coming due (in 1 and 3 days), one in two months. */
export const checklistEntries = (today: string) => [
  {
    type: 'statutory',
    text: '依法召开乡镇人民代表大会会议，审议政府工作报告和民生实事项目',
    dueOn: addDays(today, -20),
    evidence: '会议通知、议程、决议文本和会议记录',
  },
  { type: 'deputyWork', text: '组织代表进站接待选民不少于 2 次', dueOn: addDays(today, 3), evidence: '接待登记表和现场照片' },
  { type: 'centralWork', text: '围绕人居环境整治开展代表专题视察', dueOn: addDays(today, 60), evidence: '视察方案、照片和视察报告', indicator: 'publicity' },
  { type: 'statutory', text: '听取和审议乡镇人民政府关于民生实事项目推进情况的报告', dueOn: addDays(today, -5), evidence: '主席团会议记录' },
  { type: 'statutory', text: '乡镇规范性文件按规定报县人大常委会备案', dueOn: addDays(today, 1), evidence: '报备文件和回执', indicator: 'statutoryMeetings' },
];

/** The same entries tagged with their indicators, as the county's edit saves them. */
export const taggedEntries = (today: string) =>
  checklistEntries(today).map((e) => ({
    ...e,
    indicator: e.indicator ?? (e.type === 'statutory' ? 'statutoryMeetings' : e.type === 'deputyWork' ? 'deputyActivities' : null),
  }));

/** Both counties with their accounts signed in: the county's liaison office and two leaders, each township's presidium. */
export async function checklistCounties(app: FastifyInstance, db: Db) {
  const K = await createCounty(db, 3);
  const other = await createCounty(db, 1, '安乡县');
  const login = (u: { username: string }) => Client.login(app, u.username);
  const [leader, leader2] = await Promise.all(K.leaders.map(login));
  return {
    K,
    other,
    login,
    liaison: await login(K.liaison),
    leader,
    leader2,
    town: await Promise.all(K.towns.map((t) => login(t.users.presidium))),
    otherLiaison: await login(other.liaison),
    otherTown: await login(other.towns[0].users.presidium),
  };
}
export type ChecklistCounties = Awaited<ReturnType<typeof checklistCounties>>;

/** Report rows of each township (by its index in K.towns), by entry seq (1-based). */
export type ReportRows = Record<number, Record<number, { id: number; version: number; entryId: number }>>;

/** The year's report rows a client sees. */
export const reportsOf = async (c: Client, year: number, q = '') => (await c.ok('GET', `/api/checklist-reports?year=${year}${q}`)).rows as any[];

/** Each township's report rows, as its presidium sees them. */
export async function reportRows(town: Client[], year: number): Promise<ReportRows> {
  const rows: ReportRows = {};
  for (const [i, c] of town.entries()) {
    rows[i] = Object.fromEntries((await reportsOf(c, year)).map((r) => [r.entrySeq, { id: r.id, version: r.version, entryId: r.entryId }]));
  }
  return rows;
}

/**
 * What test/checklists-reports.test.ts does before its checks of bad input and scope, through the same
 * calls: the checklist drafted for two townships, saved again for all three with its entries tagged,
 * saved once more (the edit that wins the race), issued (version 4) and its notices dispatched; then
 * 东山镇 uploads a photo to entry 1 and reports entries 1 (done late), 2 (done), 3 (in progress) and
 * 5 (done), 治河渡镇 reports entry 2 done, 梅田湖镇 nothing. Returns the checklist and the rows as they now stand.
 */
export async function issueAndReport(db: Db, w: ChecklistCounties, { today, year, quarter }: ChecklistPeriod) {
  const { K, liaison, town } = w;
  const [t0, t1, t2] = K.towns.map((t) => t.congressId);
  const draft = { year, quarter, title: '本季度乡镇人大工作指导清单', townshipIds: [t0, t1], entries: checklistEntries(today) };
  const { id: checklistId } = await liaison.ok('POST', '/api/checklists', draft);
  const body = { year, quarter, title: `${year}年第${quarter}季度乡镇人大工作指导清单`, townshipIds: [t0, t1, t2], entries: taggedEntries(today) };
  await liaison.ok('PUT', `/api/checklists/${checklistId}`, { ...body, version: 1 });
  await liaison.ok('PUT', `/api/checklists/${checklistId}`, { ...body, version: 2 });
  const issued = await liaison.ok('POST', `/api/checklists/${checklistId}/issue`, { version: 3 });
  expect(issued.checklist).toMatchObject({ state: 'issued', version: 4 });
  expect(issued.reports).toHaveLength(15);
  await dispatchOutbox(db, new Date());

  const rows = await reportRows(town, year);
  await town[0].ok('POST', `/api/checklist-reports/${rows[0][1].id}/evidence`, {
    filename: '人代会现场.png',
    mimeType: 'image/png',
    contentBase64: PNG.toString('base64'),
  });
  const report = (i: number, seq: number, status: string, note: string) =>
    town[i].ok('PUT', `/api/checklist-reports/${rows[i][seq].id}`, { version: rows[i][seq].version, status, note });
  await report(0, 1, 'done', '已于本月召开人代会，审议通过民生实事项目 6 件');
  await report(0, 2, 'done', '两次进站接待选民 46 人次');
  await report(0, 3, 'inProgress', '已制定视察方案');
  await report(0, 5, 'done', '已报备 2 件规范性文件');
  await report(1, 2, 'done', '组织代表进站接待选民');
  return { checklistId, rows: await reportRows(town, year) };
}
