import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../domain/deadlines';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, sendCoOpinion } from './helpers/flow';

type Comp = { component: string; numerator: number; denominator: number; points: number | null; applicable: boolean };

/**
 * One small session, built once per database:
 * X (deputy 0, 基础教育 → 教育): unit 0 leads, unit 1 co-handles and sends its opinion; unit 0 visits the
 *   deputy, its reply is sent back once by its office, then sent as B; the deputy is satisfied (satisfied, not solved).
 * Y (deputy 1, 交通): unit 0 alone, contacts by phone, replies A; basically satisfied; published on the portal.
 * Z (deputy 0, no category): unit 2 alone; nothing done, its reply deadline passed 5 days ago (late).
 */
describe.each(DB_KINDS)('statistics breakdowns and unit scores (R-STAT-1/2) on %s', (kind) => {
  let { d, app, c, liaison, deputies, u } = {} as CongressSetup;
  let ids: { x: number; y: number; z: number };
  useCongress(kind, { once: true, deputies: 2 }, (s) => ({ d, app, c, liaison, deputies, u } = s));

  async function assigned(dep: Client, title: string, categoryId: number | undefined, units: { unitId: number; role: string }[]) {
    const x = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title, body: '一、基本情况……二、建议……', categoryId, cosignerDeputyIds: [] });
    await accept(liaison, x.id);
    await assign(liaison, x.id, units.length > 1 ? 'leadCo' : 'single', units);
    return x.id as number;
  }

  beforeAll(async () => {
    const [dep0, dep1] = deputies;
    const [, basicEdu, transport] = c.categoryIds;
    ids = {
      x: await assigned(dep0, '关于改善农村学校办学条件的建议', basicEdu, [
        { unitId: c.unitIds[0], role: 'lead' },
        { unitId: c.unitIds[1], role: 'co' },
      ]),
      y: await assigned(dep1, '关于优化城乡公交线网的建议', transport, [{ unitId: c.unitIds[0], role: 'lead' }]),
      z: await assigned(dep0, '关于完善公路养护机制的建议', undefined, [{ unitId: c.unitIds[2], role: 'lead' }]),
    };
    // X: co-opinion, a visit, a reply sent back once, then B.
    await sendCoOpinion(u[1], ids.x, '同意主办单位的办理思路。');
    await contact(u[0].handler, ids.x, 'visit');
    let r = await u[0].handler.ok('PUT', `/api/items/${ids.x}/reply-draft`, {
      body: '初稿',
      resultClass: 'B',
      publicity: 'public',
      docNumber: '湘教函〔2025〕1号',
      contactPerson: '李明',
      contactPhone: '0731-88888888',
    });
    r = await u[0].handler.ok('POST', `/api/items/${ids.x}/replies/${r.id}/submit`, { version: r.version });
    r = await u[0].office.ok('POST', `/api/items/${ids.x}/replies/${r.id}/send-back`, { version: r.version, reason: '答复内容过于简单，请补充具体措施' });
    const bx = await draftAndSign(u[0], ids.x, 'B', { version: r.version, commitments: [{ content: '明年完成校舍改造', targetDate: '2027-12-31' }] });
    expect((await send(u[0].office, ids.x, bx)).status).toBe(200);
    await dep0.ok('POST', `/api/items/${ids.x}/evaluations`, { result: 'satisfied' });
    // Y: phone contact, A, basically satisfied, published.
    await contact(u[0].handler, ids.y, 'phone');
    const by = await draftAndSign(u[0], ids.y, 'A');
    const sent = await send(u[0].office, ids.y, by);
    expect(sent.status).toBe(200);
    await dep1.ok('POST', `/api/items/${ids.y}/evaluations`, { result: 'basicallySatisfied' });
    const reply = (await item(liaison, ids.y)).replies[0];
    await liaison.ok('POST', `/api/items/${ids.y}/replies/${reply.id}/publish`, { version: reply.version });
    // Z: overdue, and without a category, as an item imported without one (立案 now asks for one): 未分类.
    await d.db.execute(sql`update items set reply_due = ${addDays(todayInShanghai(), -5)}, category_id = null where id = ${ids.z}`);
  });

  const q = () => `sessionId=${c.sessionId}`;

  it('by unit, lead and co-handling apart (R-STAT-1, R-CO-2)', async () => {
    const rows = await liaison.ok('GET', `/api/statistics/by-unit?${q()}`);
    const of = (i: number) => rows.find((r: { unitId: number }) => r.unitId === c.unitIds[i]);
    expect(of(0).co).toBeNull();
    expect(of(0).lead).toMatchObject({
      items: 2,
      replied: 2,
      replyRate: 100,
      onTime: 2,
      onTimeRate: 100,
      resultClasses: { A: { count: 1, share: 50 }, B: { count: 1, share: 50 }, C: { count: 0, share: 0 } },
      evaluations: { satisfied: { count: 1, share: 50 }, basicallySatisfied: { count: 1, share: 50 }, satisfactionRate: 100 },
      contacts: 2,
      contactRate: 100,
      faceToFaceRate: 50,
      rehandled: 0,
      commitmentsStruckOff: 0,
    });
    expect(of(1).lead).toBeNull();
    // The co-handler's own figures: its opinion counts as its answer; the lead's contacts are not its own.
    expect(of(1).co).toMatchObject({
      items: 1,
      replied: 1,
      onTime: 1,
      resultClasses: { B: { count: 1, share: 100 } },
      contacts: 0,
      contactRate: 0,
      faceToFaceRate: 0,
    });
    expect(of(2).lead).toMatchObject({ items: 1, replied: 0, replyRate: 0, onTimeRate: null, contacts: 0 });
    expect(of(3)).toBeUndefined();
    // A unit sees its own rows only.
    const own = await u[1].office.ok('GET', `/api/statistics/by-unit?${q()}&unitId=${c.unitIds[0]}`);
    expect(own.map((r: { unitId: number }) => r.unitId)).toEqual([c.unitIds[1]]);
    expect((await u[1].handler.get(`/api/statistics/by-unit?${q()}`)).status).toBe(403);
  });

  it('by category, delegation and deputy (R-STAT-1)', async () => {
    const cats = await liaison.ok('GET', `/api/statistics/by-category?${q()}`);
    expect(cats.map((r: { name: string; items: number }) => [r.name, r.items]).sort()).toEqual([
      ['交通', 1],
      ['教育', 1],
      ['未分类', 1],
    ]);
    expect(cats.find((r: { name: string }) => r.name === '教育')).toMatchObject({
      categoryId: c.categoryIds[0],
      replied: 1,
      resultClasses: { B: { count: 1, share: 100 } },
    });
    const dels = await liaison.ok('GET', `/api/statistics/by-delegation?${q()}`);
    expect(dels.map((r: { delegationId: number; items: number }) => [r.delegationId, r.items])).toEqual([
      [c.delegationIds[0], 2],
      [c.delegationIds[1], 1],
    ]);
    expect(dels[0]).toMatchObject({ replied: 1, replyRate: 50, evaluations: { satisfied: { count: 1, share: 100 } } });
    const deps = await liaison.ok('GET', `/api/statistics/by-deputy?${q()}`);
    expect(deps.map((r: { deputyId: number; items: number; led: number }) => [r.deputyId, r.items, r.led])).toEqual([
      [c.deputyIds[0], 2, 2],
      [c.deputyIds[1], 1, 1],
    ]);
    expect(deps[1]).toMatchObject({ resultClasses: { A: { count: 1, share: 100 } }, evaluations: { basicallySatisfied: { count: 1, share: 100 } } });
    // A deputy sees their own row.
    const mine = await (await Client.login(app, c.users.deputies[1].username)).ok('GET', `/api/statistics/by-deputy?${q()}`);
    expect(mine.map((r: { deputyId: number }) => r.deputyId)).toEqual([c.deputyIds[1]]);
  });

  it('a period narrows every breakdown; a reversed one is a 400 with a Chinese message', async () => {
    for (const path of ['by-unit', 'by-category', 'by-delegation', 'by-deputy', 'satisfaction-vs-resolution']) {
      expect(await liaison.ok('GET', `/api/statistics/${path}?${q()}&from=2000-01-01&to=2000-12-31`), path).toEqual([]);
      const bad = await liaison.get(`/api/statistics/${path}?from=2025-05-01&to=2025-04-01`);
      expect(bad.status, path).toBe(400);
      expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const today = todayInShanghai();
    const cats = await liaison.ok('GET', `/api/statistics/by-category?${q()}&from=${today}&to=${today}`);
    expect(cats.reduce((a: number, r: { items: number }) => a + r.items, 0)).toBe(3);
  });

  it('satisfaction against resolution: satisfied but not solved (被满意)', async () => {
    const rows = await liaison.ok('GET', `/api/statistics/satisfaction-vs-resolution?${q()}`);
    const of = (i: number) => rows.find((r: { unitId: number }) => r.unitId === c.unitIds[i]);
    expect(of(0)).toMatchObject({
      items: 2,
      evaluations: 2,
      satisfied: 2,
      satisfiedShare: 100,
      classed: 2,
      classA: 1,
      solvedShare: 50,
      gap: 50,
      satisfiedNotSolved: 1,
    });
    expect(of(1)).toMatchObject({ items: 1, satisfiedShare: 100, solvedShare: 0, gap: 100, satisfiedNotSolved: 1 });
    expect(of(2)).toMatchObject({ items: 1, evaluations: 0, satisfiedShare: null, solvedShare: null, gap: null, satisfiedNotSolved: 0 });
  });

  it('unit scores: every component with its numerator and denominator, deductions and ranking (R-STAT-2)', async () => {
    const s = await liaison.ok('GET', `/api/statistics/unit-scores?${q()}`);
    expect(s).toMatchObject({
      year: 2025,
      weights: { timeliness: 25, quality: 15, satisfaction: 30, contact: 10, visit: 10, publication: 10 },
      publishWithinDays: 15,
    });
    const of = (i: number) => s.units.find((r: { unitId: number }) => r.unitId === c.unitIds[i]);
    const nd = (i: number) => Object.fromEntries(of(i).components.map((x: Comp) => [x.component, [x.numerator, x.denominator, x.points]]));
    expect(nd(0)).toEqual({
      timeliness: [2, 2, 25],
      quality: [1, 2, 7.5],
      satisfaction: [2, 2, 30],
      contact: [2, 2, 10],
      visit: [1, 2, 5],
      publication: [1, 1, 10],
    });
    expect(of(0)).toMatchObject({ leadItems: 2, coItems: 0, visitTarget: 1, lateItems: 0, deduction: 0, total: 87.5, rank: 1 });
    // The co-handler is scored like a lead (R-CO-2); it has no reply to publish: not applicable, the rest scaled to 100.
    expect(nd(1)).toEqual({
      timeliness: [1, 1, 25],
      quality: [1, 1, 15],
      satisfaction: [1, 1, 30],
      contact: [0, 1, 0],
      visit: [0, 1, 0],
      publication: [0, 0, null],
    });
    expect(of(1)).toMatchObject({ coItems: 1, scaled: 77.78, total: 77.78, rank: 2 });
    expect(nd(2)).toEqual({
      timeliness: [0, 1, 0],
      quality: [0, 0, null],
      satisfaction: [0, 0, null],
      contact: [0, 1, 0],
      visit: [0, 1, 0],
      publication: [0, 0, null],
    });
    expect(of(2)).toMatchObject({ lateItems: 1, deduction: 1, total: 0, rank: 3 });
    expect(s.units.map((x: { unitId: number }) => x.unitId)).toEqual([c.unitIds[0], c.unitIds[1], c.unitIds[2]]);
    for (const who of [u[0].office, await Client.login(app, c.users.deputies[0].username)])
      expect((await who.get(`/api/statistics/unit-scores?${q()}`)).status).toBe(403);
    expect((await liaison.get('/api/statistics/unit-scores')).status).toBe(400);
  });

  it('exports the scores as .xlsx, read back', async () => {
    const res = await liaison.raw(`/api/statistics/unit-scores.xlsx?${q()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('第十四届人民代表大会第三次会议承办单位考核.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('单位考核')!;
    expect(String(ws.getCell(1, 1).value)).toContain('承办单位办理工作考核');
    expect(ws.getCell(3, 5).value).toBe('按期办理（25 分）');
    expect(ws.getCell(4, 5).value).toBe('分子');
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    // rank, unit, lead, co, then 4 cells per component, then scaled, late, deduction, total
    expect(row(5).slice(0, 12)).toEqual([1, `省教育厅-${c.tag}`, 2, 0, 2, 2, 100, 25, 1, 2, 50, 7.5]);
    expect(row(5).slice(-4)).toEqual([87.5, 0, 0, 87.5]);
    expect(row(6)[1]).toBe(`省财政厅-${c.tag}`);
    expect(row(6).slice(24, 28)).toEqual([0, 0, null, '不适用'].map((v) => v ?? undefined));
    expect(row(7).slice(-4)).toEqual([0, 1, 1, 0]);
  });

  it('the weights come from the rules profile of the session year; they must sum to 100', async () => {
    const admin = await Client.login(app, c.users.admin.username);
    const bad = await admin.put('/api/rules-profiles/2025', {
      values: { unitScore: { timeliness: 50, quality: 15, satisfaction: 30, contact: 10, visit: 10, publication: 10 } },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('权重之和应为 100');
    await admin.ok('PUT', '/api/rules-profiles/2025', {
      values: {
        unitScore: { timeliness: 50, quality: 50, satisfaction: 0, contact: 0, visit: 0, publication: 0, lateDeductionPerItem: 5, lateDeductionMax: 20 },
      },
    });
    // Saving the profile recomputed the deadlines: make Z overdue again.
    await d.db.execute(sql`update items set reply_due = ${addDays(todayInShanghai(), -5)} where id = ${ids.z}`);
    const s = await liaison.ok('GET', `/api/statistics/unit-scores?${q()}`);
    const of = (i: number) => s.units.find((r: { unitId: number }) => r.unitId === c.unitIds[i]);
    expect(of(0).total).toBe(75); // 50 + 25
    expect(of(1).total).toBe(100);
    expect(of(2)).toMatchObject({ deduction: 5, total: 0 });
    expect(s.units.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3]);
  });
});
