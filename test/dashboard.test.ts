import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../domain/deadlines';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send } from './helpers/flow';

type UnitRow = {
  unitId: number;
  leadItems: number;
  coItems: number;
  replied: number;
  onTime: number;
  onTimeRate: number | null;
  lights: Record<string, number>;
};

describe.each(DB_KINDS)('dashboards and key items on %s', (kind) => {
  let { d, app, c, liaison, dep, u: unit } = {} as CongressSetup;
  /** A: unit 0 leads, unit 1 co-handles, overdue (red). B: unit 0, due in 3 days (yellow). C: unit 0, replied on time. D: unit 2, no category, green. */
  let ids: { a: number; b: number; c: number; d: number };
  useCongress(kind, (s) => ({ d, app, c, liaison, dep, u: unit } = s));

  async function assigned(title: string, categoryId: number | undefined, units: { unitId: number; role: string }[]) {
    const x = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title, body: '一、基本情况……二、建议……', categoryId, cosignerDeputyIds: [] });
    await accept(liaison, x.id);
    await assign(liaison, x.id, units.length > 1 ? 'leadCo' : 'single', units);
    return x.id as number;
  }

  beforeEach(async () => {
    const [edu, basicEdu, transport] = c.categoryIds;
    ids = {
      a: await assigned('关于改善农村学校办学条件的建议', basicEdu, [
        { unitId: c.unitIds[0], role: 'lead' },
        { unitId: c.unitIds[1], role: 'co' },
      ]),
      b: await assigned('关于优化城乡公交线网的建议', transport, [{ unitId: c.unitIds[0], role: 'lead' }]),
      c: await assigned('关于加强课后服务的建议', edu, [{ unitId: c.unitIds[0], role: 'lead' }]),
      d: await assigned('关于完善公路养护机制的建议', undefined, [{ unitId: c.unitIds[2], role: 'lead' }]),
    };
    await contact(unit[0].handler, ids.c);
    const signed = await draftAndSign(unit[0], ids.c, 'A');
    expect((await send(unit[0].office, ids.c, signed)).status).toBe(200);
    // Move two deadlines so that the lights are known: A overdue by 5 days, B due in 3 days.
    const today = todayInShanghai();
    await d.db.execute(sql`update items set current_due = ${addDays(today, -5)} where id = ${ids.a}`);
    await d.db.execute(sql`update items set current_due = ${addDays(today, 3)} where id = ${ids.b}`);
    // D has no category, as an item imported without one (立案 now asks for one): counted as 未分类.
    await d.db.execute(sql`update items set category_id = null where id = ${ids.d}`);
  });

  const byUnit = (rows: UnitRow[], unitId: number) => rows.find((r) => r.unitId === unitId);

  it('counts on-time replies and lights per unit as the ledger does (R-STAT-1, R-SUP-1)', async () => {
    const perf = await liaison.ok('GET', `/api/statistics/unit-performance?sessionId=${c.sessionId}`);
    expect(perf.yellowDays).toBe(10);
    expect(byUnit(perf.units, c.unitIds[0])).toMatchObject({
      leadItems: 3,
      coItems: 0,
      replied: 1,
      onTime: 1,
      onTimeRate: 100,
      lights: { green: 0, yellow: 1, red: 1 },
    });
    expect(byUnit(perf.units, c.unitIds[1])).toMatchObject({ leadItems: 0, coItems: 1, replied: 0, onTimeRate: null, lights: { green: 0, yellow: 0, red: 1 } });
    expect(byUnit(perf.units, c.unitIds[2])).toMatchObject({ leadItems: 1, lights: { green: 1, yellow: 0, red: 0 } });
    expect(byUnit(perf.units, c.unitIds[3])).toBeUndefined();
    // The same numbers the ledger finds when filtered by unit and light.
    for (const [u, light, n] of [
      [0, 'red', 1],
      [0, 'yellow', 1],
      [1, 'red', 1],
      [2, 'green', 1],
    ] as const) {
      const page = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&unitId=${c.unitIds[u]}&light=${light}`);
      expect(page.total, `unit ${u} ${light}`).toBe(n);
    }
    // A scope filter narrows it: only the transport category → B alone.
    const transport = await liaison.ok('GET', `/api/statistics/unit-performance?sessionId=${c.sessionId}&categoryId=${c.categoryIds[2]}`);
    expect(transport.units).toHaveLength(1);
    expect(transport.units[0]).toMatchObject({ unitId: c.unitIds[0], leadItems: 1, lights: { yellow: 1, red: 0, green: 0 } });
  });

  it('counts items per top-level category, sub-categories rolled up, and agrees with GET /api/statistics', async () => {
    const cats = await liaison.ok('GET', `/api/statistics/categories?sessionId=${c.sessionId}`);
    expect(cats).toEqual([
      { categoryId: c.categoryIds[0], name: '教育', items: 2 },
      { categoryId: c.categoryIds[2], name: '交通', items: 1 },
      { categoryId: null, name: '未分类', items: 1 },
    ]);
    const stats = await liaison.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(stats.items).toBe(4);
    expect(stats.resultClasses.A).toEqual({ count: 1, share: 100 });
  });

  it('a unit sees only its own figures, whatever unit it asks for; deputies and administrators none', async () => {
    const own = await unit[1].office.ok('GET', `/api/statistics/unit-performance?unitId=${c.unitIds[0]}`);
    expect(own.units).toEqual([expect.objectContaining({ unitId: c.unitIds[1], coItems: 1, lights: { green: 0, yellow: 0, red: 1 } })]);
    expect(await unit[1].leader.ok('GET', '/api/statistics/categories')).toEqual([{ categoryId: c.categoryIds[0], name: '教育', items: 1 }]);
    expect((await unit[3].office.ok('GET', '/api/statistics/unit-performance')).units).toEqual([]);
    const supervisor = await Client.login(app, c.users.supervisor.username);
    expect((await supervisor.ok('GET', '/api/statistics/unit-performance')).units).toHaveLength(3);
    for (const who of [dep, await Client.login(app, c.users.admin.username), unit[0].handler]) {
      const r = await who.get('/api/statistics/unit-performance');
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('bad scope input is a 400 with a Chinese message, never a 500', async () => {
    for (const q of ['from=2025-05-01&to=2025-04-01', 'sessionId=abc', 'from=2025-13-40', 'unitId=-1']) {
      const r = await liaison.get(`/api/statistics/categories?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.code, q).toBe('VALIDATION_FAILED');
      expect(r.body.message, q).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await liaison.get('/api/key-items?sessionId=0')).status).toBe(400);
  });

  it('key items: progress, light and the latest events; a unit sees only its own (R-HANDLE-2, R-SUP-3)', async () => {
    for (const id of [ids.b, ids.c]) {
      const t = (await item(unit[0].office, id)).tasks[0];
      await unit[0].office.ok('PUT', `/api/items/${id}/key-item`, { taskVersion: t.version, isKeyItem: true });
    }
    const t1 = (await item(unit[1].office, ids.a)).tasks.find((t: { unitId: number }) => t.unitId === c.unitIds[1]);
    await unit[1].office.ok('PUT', `/api/items/${ids.a}/key-item`, { taskVersion: t1.version, isKeyItem: true });

    const supervisor = await Client.login(app, c.users.supervisor.username);
    const all = await supervisor.ok('GET', `/api/key-items?sessionId=${c.sessionId}`);
    expect(all.rows.map((r: { itemId: number }) => r.itemId)).toEqual([ids.a, ids.b, ids.c]); // by deadline: overdue first, the replied one last
    const [a, b, cc] = all.rows;
    expect(a).toMatchObject({ unitId: c.unitIds[1], taskRole: 'co', light: 'red', daysLeft: -5, replied: false, contacts: 0, lastReply: null });
    expect(b).toMatchObject({ unitId: c.unitIds[0], light: 'yellow', daysLeft: 3, replied: false, state: 'handling' });
    expect(cc).toMatchObject({
      unitId: c.unitIds[0],
      light: 'none',
      replied: true,
      contacts: 1,
      state: 'replied',
      lastReply: { state: 'sent', round: 1, resultClass: 'A' },
    });
    expect(b.recentEvents[0]).toMatchObject({ type: 'markKeyItem', actorName: expect.any(String), actorRole: 'unitOffice' });
    expect(cc.recentEvents).toHaveLength(5);
    expect(Date.parse(cc.recentEvents[0].at)).toBeGreaterThanOrEqual(Date.parse(cc.recentEvents[4].at));

    const mine = await unit[0].handler.ok('GET', `/api/key-items?unitId=${c.unitIds[1]}`);
    expect(mine.rows.map((r: { itemId: number }) => r.itemId).sort()).toEqual([ids.b, ids.c].sort());
    expect((await unit[1].office.ok('GET', '/api/key-items')).rows.map((r: { itemId: number }) => r.itemId)).toEqual([ids.a]);
    expect((await liaison.ok('GET', `/api/key-items?unitId=${c.unitIds[1]}`)).rows).toHaveLength(1);
    expect((await dep.get('/api/key-items')).status).toBe(403);
  });
});
