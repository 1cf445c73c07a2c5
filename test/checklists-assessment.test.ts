import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { Client, useServer } from './helpers/client';
import { checklistCounties, checklistPeriod, issueAndReport, type ReportRows } from './helpers/checklist-world';
import type { County } from './helpers/county';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { accept, assign, contact, draftAndSign, send, submit } from './helpers/flow';
import { officeParts } from './helpers/scan';

/**
 * Issue 16 §9 through HTTP, on the quarter's issued checklist with the townships' reports (rebuilt
 * by test/helpers/checklist-world.ts as checklists-reports.test.ts files them): the checklist copied
 * into next year, the county's dashboard, the year's assessment scored automatically and by hand and
 * ranked, its score sheet downloaded as Word and Excel, finalized (no more reports for the year).
 */
describe.each(DB_KINDS)('township checklists: the assessment on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));

  const period = checklistPeriod();
  const { today, year, quarter } = period;
  let K: County;
  let liaison: Client;
  let leader: Client;
  let town: Client[];
  let otherLiaison: Client;
  let login: (u: { username: string }) => Promise<Client>;
  let checklistId: number;
  /** report rows of each township, by entry seq (1-based) */
  let rows: ReportRows;

  beforeAll(async () => {
    const w = await checklistCounties(app, d.db);
    ({ K, login, liaison, leader, town, otherLiaison } = w);
    ({ checklistId, rows } = await issueAndReport(d.db, w, period));
  });

  it('copies a checklist into next year’s same quarter with due dates a year later, edits and deletes the draft', async () => {
    const copy = await liaison.request('POST', `/api/checklists/${checklistId}/copy`, { year: year + 1, quarter });
    expect(copy.status).toBe(201);
    const draft = await liaison.ok('GET', `/api/checklists/${copy.body.id}`);
    expect(draft.checklist).toMatchObject({ state: 'draft', year: year + 1, townships: 3, copiedFrom: { id: checklistId } });
    expect(draft.checklist.title).toBe(`${year + 1}年第${['一', '二', '三', '四'][quarter - 1]}季度乡镇人大工作指导清单`);
    const source = await liaison.ok('GET', `/api/checklists/${checklistId}`);
    expect(draft.entries.map((e: { dueOn: string }) => e.dueOn)).toEqual(
      source.entries.map((e: { dueOn: string }) => `${Number(e.dueOn.slice(0, 4)) + 1}${e.dueOn.slice(4)}`.replace(/-02-29$/, '-02-28')),
    );
    expect(draft.events[0]).toMatchObject({ typeLabel: '复制清单' });
    // The copy is invisible to the townships while a draft.
    expect((await town[0].request('GET', `/api/checklists/${copy.body.id}`)).status).toBe(404);
    expect((await liaison.request('DELETE', `/api/checklists/${copy.body.id}?version=9`)).status).toBe(409);
    expect((await liaison.request('DELETE', `/api/checklists/${copy.body.id}?version=1`)).status).toBe(200);
    expect((await liaison.request('GET', `/api/checklists/${copy.body.id}`)).status).toBe(404);
    const issued = await liaison.request('DELETE', `/api/checklists/${checklistId}?version=4`);
    expect([issued.status, issued.body.message]).toEqual([409, '当前状态为“已下发”，不能“删除清单”']);
  });

  it('the county dashboard: completion by township and type, overdue entries', async () => {
    const o = await leader.ok('GET', `/api/checklists/overview?year=${year}`);
    expect(o.checklists).toBe(1);
    expect(o.total).toMatchObject({ total: 15, done: 4, late: 1, inProgress: 1 });
    const byName = Object.fromEntries(o.townships.map((t: { township: { name: string } }) => [t.township.name, t]));
    expect(byName['东山镇']).toMatchObject({ total: 5, done: 3, onTime: 2, late: 1, red: 1, completionRate: 60 });
    expect(byName['梅田湖镇']).toMatchObject({ done: 0, pending: 5, red: 2, yellow: 2, completionRate: 0 });
    expect(o.byType.map((t: { typeLabel: string; total: number }) => [t.typeLabel, t.total])).toEqual([
      ['法定事项', 9],
      ['代表工作', 3],
      ['中心工作', 3],
    ]);
    expect(o.overdue.every((r: { light: string }) => r.light === 'red')).toBe(true);
    expect(o.overdue).toHaveLength(5);
    expect(o.scores).toBeNull();
  });

  it('the annual assessment: automatic scores, a manual score and adjustments with reasons, ranking, Word and Excel, finalized', async () => {
    // 东山镇's own suggestion: submitted, accepted, assigned, replied and evaluated satisfied.
    const t = K.towns[0];
    const [dep, office, unitOffice, handler, unitLeader] = await Promise.all(
      ['deputy', 'office', 'unitOffice', 'unitHandler', 'unitLeader'].map((k) => login(t.users[k])),
    );
    const c = { sessionId: t.sessionId, categoryIds: [t.categoryId] } as never;
    const itemId = (await submit(dep, c, [], '关于修缮东山镇中心小学操场的建议')).id;
    await accept(office, itemId);
    await assign(office, itemId, 'single', [{ unitId: t.unitId!, role: 'lead' }]);
    await contact(handler, itemId, 'visit', today);
    const signed = await draftAndSign({ office: unitOffice, handler, leader: unitLeader }, itemId, 'A');
    expect((await send(unitOffice, itemId, signed)).status).toBe(200);
    await dep.ok('POST', `/api/items/${itemId}/evaluations`, { result: 'satisfied' });

    let a = await liaison.ok('GET', `/api/assessments/${year}`);
    expect(a).toMatchObject({ state: null, stateLabel: '尚未制定考核方案', scheme: null, mayEdit: true });
    expect(a.defaults.indicators.map((i: { label: string }) => i.label)).toContain('办理乡镇人大代表建议');
    const scheme = {
      indicators: a.defaults.indicators.map((i: { key: string; points: number; evidenceRule: string }) => ({
        key: i.key,
        points: i.points,
        evidenceRule: i.evidenceRule,
      })),
      bonusItems: a.defaults.bonusItems,
      deductionItems: a.defaults.deductionItems,
      bonusCap: a.defaults.bonusCap,
    };
    const missing = await liaison.request('PUT', `/api/assessments/${year}/scheme`, { ...scheme, indicators: scheme.indicators.slice(1) });
    expect(missing.body.details[0].message).toBe('考核方案须包含全部 7 项考核指标，每项一次');
    a = await liaison.ok('PUT', `/api/assessments/${year}/scheme`, scheme);
    expect(a).toMatchObject({ state: 'draft', stateLabel: '评分中', version: 1 });

    const score = (name: string, key: string) => {
      const row = a.rows.find((r: { township: { name: string } }) => r.township.name === name);
      return row.indicators.find((i: { key: string }) => i.key === key);
    };
    // 东山镇: 召开法定会议 1 of 3 due entries on time (one late, one overdue) → 20 × 1/3; its deputy work on time → 15; its suggestion replied and satisfied → 15.
    expect(score('东山镇', 'statutoryMeetings')).toMatchObject({ auto: 6.7, basis: '按期完成 1/3 项' });
    expect(score('东山镇', 'deputyActivities')).toMatchObject({ auto: 15, basis: '按期完成 1/1 项' });
    expect(score('东山镇', 'townshipSuggestions')).toMatchObject({ auto: 15, basis: '答复 1/1 件，满意和基本满意 1/1 件' });
    // Not due yet and not done: not counted; nothing to count: no automatic score.
    expect(score('东山镇', 'publicity')).toMatchObject({ auto: null, basis: '无计入本指标的到期事项，须人工评分' });
    expect(score('梅田湖镇', 'townshipSuggestions')).toMatchObject({ auto: null, basis: '本年度无交办的代表建议，须人工评分' });
    expect(score('治河渡镇', 'deputyActivities')).toMatchObject({ auto: 15 });

    const t2 = K.towns[2].congressId;
    const manual = { version: 1, townshipId: t2, indicator: 'publicity', points: 8, reason: '在县融媒体中心刊发乡镇人大工作稿件 4 篇' };
    const over = await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, points: 12 });
    expect(over.body).toMatchObject({ code: 'POINTS_OUT_OF_RANGE', details: [{ field: 'points', message: '分值须在 0 到 10 分之间' }] });
    const noReason = await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, reason: '' });
    expect(noReason.body.details).toEqual([{ field: 'body.reason', message: '评分理由不能为空' }]);
    a = await liaison.ok('PUT', `/api/assessments/${year}/scores`, manual);
    expect(a.version).toBe(2);
    expect(score('梅田湖镇', 'publicity')).toMatchObject({ auto: null, manual: 8, counted: 8, reason: manual.reason });
    // The same version again: stale.
    expect((await liaison.request('PUT', `/api/assessments/${year}/scores`, manual)).status).toBe(409);

    const adjust = (body: object) => liaison.request('POST', `/api/assessments/${year}/adjustments`, { version: a.version, ...body });
    const unknown = await adjust({ townshipId: K.towns[1].congressId, kind: 'bonus', item: '自拟项目', points: 1, reason: '无' });
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_ADJUSTMENT_ITEM', details: [{ field: 'item' }] });
    let r = await adjust({ townshipId: K.towns[1].congressId, kind: 'bonus', item: '经验被县级以上推介', points: 1, reason: '代表联络站经验在全市会议上交流' });
    expect(r.status).toBe(201);
    a = r.body;
    r = await adjust({
      townshipId: K.towns[0].congressId,
      kind: 'deduction',
      item: '清单事项逾期未完成',
      points: 0.5,
      reason: '民生实事推进情况报告逾期未审议',
    });
    a = r.body;
    expect(a.rows.map((x: { township: { name: string }; total: number; rank: number }) => [x.rank, x.township.name, x.total])).toEqual([
      [1, '东山镇', 36.2],
      [2, '治河渡镇', 16],
      [3, '梅田湖镇', 8],
    ]);
    expect(a.events.map((e: { typeLabel: string }) => e.typeLabel)).toEqual(['加分或扣分', '加分或扣分', '人工评分', '制定考核方案']);
    expect(a.events[2].detail).toBe(`梅田湖镇 · 宣传报道：8 分。理由：${manual.reason}`);

    // The score sheet: Word in the GB/T 9704 layout, and Excel.
    const docx = await leader.raw(`/api/assessments/${year}/score-sheet.docx`);
    expect(docx.statusCode).toBe(200);
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain(`华容县${year}年度乡镇人大工作考核评分表.docx`);
    const doc = await readDocx(docx.rawPayload);
    expect(doc.texts[0]).toBe(`华容县${year}年度乡镇人大工作考核评分表`);
    expect(doc.texts).toContain('二、得分与排名');
    expect(doc.document).toContain('36.2');
    expect(doc.texts.join('\n')).toContain(`梅田湖镇“宣传报道”人工评分 8 分（自动计分 — 分），理由：${manual.reason}`);
    expect(doc.texts.join('\n')).toContain('治河渡镇加分 1 分（经验被县级以上推介），理由：代表联络站经验在全市会议上交流');
    expect(doc.texts).toContain('华容县人大常委会选举任免联络工作委员会');
    const xlsx = await liaison.raw(`/api/assessments/${year}/score-sheet.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const { text } = await officeParts(xlsx.rawPayload);
    for (const s of ['得分与排名', '评分明细', '加分扣分', '考核指标', '东山镇', '召开法定会议', '按期完成 1/3 项', manual.reason, '36.2'])
      expect(text, s).toContain(s);

    // Finalized: the scores stay, nothing more is scored or reported for the year.
    a = await liaison.ok('POST', `/api/assessments/${year}/finalize`, { version: a.version });
    expect(a).toMatchObject({ state: 'finalized', stateLabel: '已定稿', mayEdit: false });
    expect(a.rows[0]).toMatchObject({ township: { name: '东山镇' }, total: 36.2, rank: 1 });
    expect(score('东山镇', 'statutoryMeetings')).toMatchObject({ auto: 6.7, basis: '按期完成 1/3 项' });
    const twice = await liaison.request('POST', `/api/assessments/${year}/finalize`, { version: a.version });
    expect([twice.status, twice.body.message]).toEqual([409, '当前状态为“已定稿”，不能“确定考核结果”']);
    const late = await town[2].request('PUT', `/api/checklist-reports/${rows[2][1].id}`, { version: 1, status: 'done', note: '补报' });
    expect([late.status, late.body.message]).toEqual([422, `${year}年度考核已定稿，该年度清单的报送情况和佐证材料不能再修改`]);
    expect((await liaison.request('PUT', `/api/assessments/${year}/scores`, { ...manual, version: a.version })).status).toBe(409);
    const dash = await leader.ok('GET', `/api/checklists/overview?year=${year}`);
    expect(dash.scores).toMatchObject({ stateLabel: '已定稿', rows: [{ rank: 1, total: 36.2 }, { rank: 2 }, { rank: 3 }] });
    // Another county has no assessment of its own, and cannot read this one.
    expect((await otherLiaison.ok('GET', `/api/assessments/${year}`)).state).toBeNull();
    expect((await otherLiaison.request('GET', `/api/assessments/${year}/score-sheet.docx`)).status).toBe(422);
  });
});
