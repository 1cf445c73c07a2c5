import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { createHotlineCity, orderBody, orderOf, PHONES, type HotlineCity } from './helpers/hotline-world';

/**
 * The deputies' hotline channel through HTTP (issue 15 §1–§4, R-LINE-1/2): the whole lifecycle of an
 * order, the 12345 platform's inbound API, who sees which order, stale versions and bad input.
 * Dispatch, 退单, 改派, the clocks and supervision in detail: test/hotline-dispatch.test.ts.
 */
describe.each(DB_KINDS)('hotline channel on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  let w: HotlineCity;
  useServer(kind, (db, a) => ((d = db), (app = a)));
  beforeAll(async () => {
    w = await createHotlineCity(d.db, app);
    await w.hotline.ok('POST', '/api/hotline/catalogue', { category: '市政设施', unitId: w.city.unitIds[1], committeeId: w.committee.id });
  });
  const inject = (key: string | undefined, payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/hotline/inbound/orders', payload: payload as object, headers: key === undefined ? {} : { 'x-api-key': key } });
  const count = async (q: ReturnType<typeof sql>) => Number(((await d.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n);

  it('R-LINE-1: typed by the hotline office, matched, dispatched, contacted, finished, fed back and rated satisfied', async () => {
    // The caller is matched from the number: 张建国's phone (and 李秀英's, written +86 with dashes).
    expect((await w.hotline.ok('GET', `/api/hotline/caller-match?phone=${encodeURIComponent('138 0737 0001')}`)).deputies.map((x: any) => x.name)).toEqual([
      '张建国',
    ]);
    const match = await w.hotline.ok('GET', `/api/hotline/caller-match?phone=13807370002`);
    expect(match.deputies.map((x: any) => x.name)).toEqual(['李秀英']);

    const created = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ placeCongressId: w.towns[0].congressId }));
    expect(created.number).toMatch(/^RX\d{4}-\d{4}$/);
    let o = await orderOf(w.hotline, created.id);
    expect(o).toMatchObject({
      state: 'received',
      stateLabel: '待派单',
      deputy: { name: '张建国' },
      deputyConfirmed: false,
      callerPhone: PHONES.zhang,
      source: 'hotlineOffice',
      // The catalogue proposes the unit of the category (issue 15 §3).
      proposedUnit: { id: w.city.unitIds[1] },
      place: { congress: { id: w.towns[0].congressId, name: '沧水铺镇' } },
    });
    expect(o.actions).toEqual(expect.arrayContaining(['confirmWorkOrderCaller', 'dispatchWorkOrder', 'requestWorkOrderSignOff', 'mergeWorkOrder']));
    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/caller`, { version: o.version, deputyId: w.city.deputyIds[0] });
    expect(o.deputyConfirmed).toBe(true);

    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/dispatch`, {
      version: o.version,
      leadUnitId: w.city.unitIds[1],
      coUnitIds: [w.city.unitIds[0]],
    });
    expect(o).toMatchObject({ state: 'dispatched', leadUnit: { id: w.city.unitIds[1] }, units: [{ id: w.city.unitIds[1] }, { id: w.city.unitIds[0] }] });
    expect(o.contactClock.light).toBe('green');
    expect(o.finishClock.light).not.toBe('none');
    const lead = w.units[1];
    let seen = await orderOf(lead.handler, o.id);
    expect(seen.actions).toEqual(expect.arrayContaining(['recordWorkOrderContact', 'finishWorkOrder']));
    expect(seen.actions).not.toContain('returnWorkOrder'); // a handler: 退单 is the office's
    expect((await orderOf(lead.office, o.id)).actions).toContain('returnWorkOrder');

    seen = await lead.handler.ok('POST', `/api/hotline/orders/${o.id}/contacts`, {
      version: seen.version,
      method: 'phone',
      note: '已电话联系张建国代表，约定次日现场查看，邀请代表参与。',
    });
    expect(seen.contactedAt).not.toBeNull();
    expect(seen.contactClock).toMatchObject({ light: 'none', stopped: true });
    expect(seen.contacts).toHaveLength(1);

    // Only the lead unit finishes (the co-unit may not).
    const co = await w.units[0].office.post(`/api/hotline/orders/${o.id}/finish`, { version: seen.version, result: '已维修' });
    expect(co.status).toBe(403);
    expect(co.body.code).toBe('HOTLINE_UNIT_PART');
    seen = await lead.handler.ok('POST', `/api/hotline/orders/${o.id}/finish`, { version: seen.version, result: '已更换损坏灯具 6 盏，路灯恢复正常照明。' });
    expect(seen).toMatchObject({ state: 'finished', result: '已更换损坏灯具 6 盏，路灯恢复正常照明。' });
    expect(seen.feedbackDue).not.toBeNull();
    seen = await lead.handler.ok('POST', `/api/hotline/orders/${o.id}/feedback`, { version: seen.version, method: 'phone' });
    expect(seen.state).toBe('fedBack');

    // The deputy is told and rates it on their own page: satisfied closes it.
    await dispatchOutbox(d.db, new Date());
    const inbox = await w.deputies[0].ok('GET', '/api/notifications');
    expect(JSON.stringify(inbox)).toContain('请对办理结果作出评价');
    const mine = await orderOf(w.deputies[0], o.id);
    expect(mine.actions).toEqual(['rateWorkOrder']);
    const rated = await w.deputies[0].ok('POST', `/api/hotline/orders/${o.id}/rating`, { version: mine.version, rating: 'satisfied', comment: '处理及时' });
    expect(rated).toMatchObject({ state: 'closed', rating: 'satisfied', ratingLabel: '满意', ratedByRoleLabel: '人大代表' });
    expect(rated.events.map((e: any) => e.type)).toEqual(['created', 'callerConfirmed', 'dispatched', 'contacted', 'finished', 'fedBack', 'rated']);
    expect(rated.events.every((e: any) => /[\u4e00-\u9fa5]/.test(e.typeLabel))).toBe(true);

    // The ledger shows the seed's columns.
    const ledger = await w.hotline.ok('GET', `/api/hotline/orders?q=${encodeURIComponent('路灯')}&state=closed`);
    expect(ledger.rows.find((r: any) => r.id === o.id)).toMatchObject({
      callerPhone: PHONES.zhang,
      deputy: { name: '张建国' },
      category: '市政设施',
      ratingLabel: '满意',
      result: '已更换损坏灯具 6 盏，路灯恢复正常照明。',
    });
  });

  it('a deputy files their own call: the caller is themself, the number from their record; the hotline office is told', async () => {
    const created = await w.deputies[1].ok('POST', '/api/hotline/orders', {
      category: '交通出行',
      content: '银城大道与桃花仑路口红绿灯时长过短，行人过街困难。',
      deputyId: w.city.deputyIds[0],
    });
    const o = await orderOf(w.deputies[1], created.id);
    expect(o).toMatchObject({ source: 'deputy', deputy: { name: '李秀英' }, deputyConfirmed: true, callerPhone: PHONES.li });
    // 王志强 has no phone on record: he must give one.
    const none = await w.deputies[2].post('/api/hotline/orders', { category: '交通出行', content: '公交线路调整' });
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('HOTLINE_NO_CALLER_PHONE');
    await dispatchOutbox(d.db, new Date());
    expect(JSON.stringify(await w.hotline.ok('GET', '/api/notifications'))).toContain(created.number);
  });

  it('the inbound API: one platform order sent twice is one order (201, then 200); a wrong, missing or revoked key is 401', async () => {
    const key = await w.admin.ok('POST', '/api/hotline/api-keys', { name: '益阳市12345平台' });
    expect(key.key).toMatch(/^jyrx_/);
    expect(JSON.stringify(await w.hotline.ok('GET', '/api/hotline/api-keys'))).not.toContain(key.key);
    const push = {
      orderNo: `YY12345-${w.tag}-0001`,
      callerPhone: '+86 13807370001',
      callerName: '张建国',
      category: '市政设施',
      content: '会龙山街道某小区门前下水道堵塞，污水外溢。',
      calledAt: '2026-03-02T09:15:00+08:00',
      urgency: 'urgent',
      placeName: '赫山区沧水铺镇',
    };
    const first = await inject(key.key, push);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: true });
    const again = await inject(key.key, push);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), created: false });
    // Two copies at once: still one order, no 500.
    const both = await Promise.all([inject(key.key, { ...push, orderNo: `${push.orderNo}-b` }), inject(key.key, { ...push, orderNo: `${push.orderNo}-b` })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(await count(sql`select count(*)::int as n from work_orders where platform_order_no like ${`YY12345-${w.tag}-%`}`)).toBe(2);

    const o = await orderOf(w.hotline, first.json().id);
    expect(o).toMatchObject({ source: 'platform', platformOrderNo: push.orderNo, urgency: 'urgent', deputy: { name: '张建国' }, deputyConfirmed: false });
    expect(o.place.congress).toMatchObject({ id: w.towns[0].congressId });
    expect(o.events[0]).toMatchObject({ actorRoleLabel: '12345平台' });

    for (const bad of ['wrong-key-wrong-key-wrong', undefined]) {
      const r = await inject(bad, { ...push, orderNo: 'other' });
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('HOTLINE_API_KEY_INVALID');
    }
    // The key is checked before the body: without one, even a bad body is 401.
    expect((await inject(undefined, { orderNo: '' })).statusCode).toBe(401);
    const invalid = await inject(key.key, { ...push, orderNo: '', calledAt: 'yesterday' });
    expect(invalid.statusCode).toBe(400);
    await w.hotline.ok('POST', `/api/hotline/api-keys/${key.id}/revoke`);
    expect((await inject(key.key, { ...push, orderNo: 'after-revoke' })).statusCode).toBe(401);
    // The key keepers only.
    expect((await w.liaison.post('/api/hotline/api-keys', { name: 'x' })).status).toBe(403);
  });

  it('who sees what: the hotline office all, a unit its own, a deputy their own, a township its place, others none (404)', async () => {
    const placed = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ placeCongressId: w.towns[1].congressId, content: '泉交河镇集镇道路破损' }));
    const elsewhere = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ callerPhone: '13900000000', content: '非代表来电' }));
    let o = await orderOf(w.hotline, placed.id);
    await w.hotline.ok('POST', `/api/hotline/orders/${placed.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[2] });
    o = await orderOf(w.hotline, elsewhere.id);
    await w.hotline.ok('POST', `/api/hotline/orders/${elsewhere.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[0] });

    const ids = async (c: typeof w.hotline) => ((await c.ok('GET', '/api/hotline/orders?pageSize=200')).rows as any[]).map((r) => r.id);
    const all = await ids(w.hotline);
    expect(all).toEqual(expect.arrayContaining([placed.id, elsewhere.id]));
    expect(await ids(w.liaison)).toEqual(all);
    expect(await ids(w.supervisor)).toEqual(all);
    // A unit: only orders dispatched to it.
    expect(await ids(w.units[2].office)).toContain(placed.id);
    expect(await ids(w.units[2].office)).not.toContain(elsewhere.id);
    expect((await w.units[2].office.get(`/api/hotline/orders/${elsewhere.id}`)).status).toBe(404);
    // A deputy: only their own calls (张建国's, not the stranger's).
    const dep = await ids(w.deputies[0]);
    expect(dep).toContain(placed.id);
    expect(dep).not.toContain(elsewhere.id);
    expect((await w.deputies[1].get(`/api/hotline/orders/${placed.id}`)).status).toBe(404);
    // A township's presidium: only orders located there; the county: its townships'.
    expect(await ids(w.presidia[1])).toEqual([placed.id]);
    expect(await ids(w.presidia[0])).not.toContain(placed.id);
    expect((await w.presidia[0].get(`/api/hotline/orders/${placed.id}`)).status).toBe(404);
    expect(await ids(w.countyLiaison)).toContain(placed.id);
    expect(await ids(w.countyLiaison)).not.toContain(elsewhere.id);
    // Unknown ids and the ledger's filters.
    expect((await w.hotline.get('/api/hotline/orders/99999999')).status).toBe(404);
    expect((await w.hotline.ok('GET', `/api/hotline/orders?placeCongressId=${w.towns[1].congressId}`)).rows.map((r: any) => r.id)).toContain(placed.id);
    expect((await w.hotline.ok('GET', `/api/hotline/orders?unitId=${w.city.unitIds[2]}&state=dispatched`)).rows.map((r: any) => r.id)).toEqual([placed.id]);
    // Roles outside the channel: the administrator reads no orders.
    expect((await w.admin.get('/api/hotline/orders')).status).toBe(403);
    // Writes outside one's part: a unit not on the order, a deputy dispatching.
    const foreign = await w.units[0].office.post(`/api/hotline/orders/${placed.id}/return`, { version: 1, reason: '不属本单位' });
    expect(foreign.status).toBe(404);
    expect((await w.deputies[0].post(`/api/hotline/orders/${placed.id}/dispatch`, { version: 1, leadUnitId: w.city.unitIds[0] })).status).toBe(403);
  });

  it('a stale version is 409; bad input is 4xx with a machine code and a Chinese message, never 500', async () => {
    const created = await w.hotline.ok('POST', '/api/hotline/orders', orderBody());
    const o = await orderOf(w.hotline, created.id);
    // Two hotline staff dispatch the same order at once: one wins, the other's version is stale.
    const [a, b] = await Promise.all([
      w.hotline.post(`/api/hotline/orders/${o.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[0] }),
      w.hotline.post(`/api/hotline/orders/${o.id}/sign-off-request`, { version: o.version, reason: '涉及多部门' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toMatch(/STALE_VERSION|ILLEGAL_TRANSITION/);
    const again = await w.hotline.post(`/api/hotline/orders/${o.id}/caller`, { version: o.version, deputyId: null });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'STALE_VERSION', message: '数据已被他人修改，请刷新后重试' });

    const bad: [string, unknown, number, string][] = [
      ['/api/hotline/orders', { content: '' }, 400, 'VALIDATION_FAILED'],
      ['/api/hotline/orders', orderBody({ callerPhone: 'abc' }), 400, 'VALIDATION_FAILED'],
      ['/api/hotline/orders', orderBody({ urgency: 'soon' }), 400, 'VALIDATION_FAILED'],
      ['/api/hotline/orders', orderBody({ calledAt: '2099-01-01T00:00:00+08:00' }), 400, 'HOTLINE_TIME'],
      ['/api/hotline/orders', orderBody({ placeCongressId: w.city.congressId }), 400, 'HOTLINE_UNKNOWN_PLACE'],
      ['/api/hotline/orders', orderBody({ deputyId: 99999999 }), 400, 'HOTLINE_UNKNOWN_DEPUTY'],
      ['/api/hotline/orders', orderBody({ catalogueId: 99999999 }), 400, 'HOTLINE_UNKNOWN_CATALOGUE'],
      ['/api/hotline/orders', orderBody({ category: undefined }), 400, 'VALIDATION_FAILED'],
      ['/api/hotline/catalogue', { category: '市政设施', unitId: w.city.unitIds[0] }, 409, 'HOTLINE_CATEGORY_TAKEN'],
      ['/api/hotline/catalogue', { category: '环境保护', unitId: w.committee.id }, 400, 'HOTLINE_UNKNOWN_UNIT'],
      ['/api/hotline/catalogue', { category: '环境保护', unitId: w.city.unitIds[0], committeeId: w.city.unitIds[1] }, 400, 'HOTLINE_UNKNOWN_COMMITTEE'],
    ];
    for (const [url, body, status, code] of bad) {
      const r = await w.hotline.post(url, body);
      expect([url, r.status, r.body.code]).toEqual([url, status, code]);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const fresh = await w.hotline.ok('POST', '/api/hotline/orders', orderBody());
    const f = await orderOf(w.hotline, fresh.id);
    const writes: [string, unknown, number, string][] = [
      ['dispatch', { version: f.version, leadUnitId: w.committee.id }, 400, 'HOTLINE_UNKNOWN_UNIT'],
      ['dispatch', { version: f.version, leadUnitId: w.city.unitIds[0], coUnitIds: [w.city.unitIds[0]] }, 400, 'VALIDATION_FAILED'],
      ['dispatch', { version: 'x', leadUnitId: w.city.unitIds[0] }, 400, 'VALIDATION_FAILED'],
      ['finish', { version: f.version, result: '完成' }, 403, 'FORBIDDEN'],
      ['rating', { version: f.version, rating: 'great' }, 400, 'VALIDATION_FAILED'],
      ['rating', { version: f.version, rating: 'satisfied' }, 409, 'ILLEGAL_TRANSITION'],
      ['merge', { version: f.version, intoOrderId: f.id }, 400, 'HOTLINE_MERGE_TARGET'],
      ['merge', { version: f.version, intoOrderId: 99999999 }, 400, 'HOTLINE_MERGE_TARGET'],
      ['extension-decision', { version: f.version, approve: true }, 409, 'ILLEGAL_TRANSITION'],
      ['caller', { version: f.version, deputyId: 99999999 }, 400, 'HOTLINE_UNKNOWN_DEPUTY'],
    ];
    for (const [action, body, status, code] of writes) {
      const r = await w.hotline.post(`/api/hotline/orders/${f.id}/${action}`, body);
      expect([action, r.status, r.body.code]).toEqual([action, status, code]);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await w.hotline.get('/api/hotline/orders?month=2026-13')).status).toBe(400);
    expect((await w.hotline.get('/api/hotline/orders?overdue=maybe')).status).toBe(400);
    expect((await w.hotline.get('/api/hotline/orders/abc')).status).toBe(400);
  });

  it('the dispatch catalogue: the hotline office adds, changes (version checked) and removes a category; others only read it', async () => {
    let cat = await w.hotline.ok('POST', '/api/hotline/catalogue', { category: '环境保护', unitId: w.city.unitIds[0], committeeId: w.committee.id });
    let entry = cat.entries.find((e: any) => e.category === '环境保护');
    expect(entry).toMatchObject({ unit: { id: w.city.unitIds[0] }, committee: { id: w.committee.id }, version: 1 });
    expect(cat.committees.map((x: any) => x.id)).toContain(w.committee.id);
    expect(cat.places.map((p: any) => p.name)).toEqual(expect.arrayContaining(['赫山区', '沧水铺镇', '泉交河镇']));
    cat = await w.hotline.ok('PUT', `/api/hotline/catalogue/${entry.id}`, { version: 1, category: '生态环境', unitId: w.city.unitIds[2], committeeId: null });
    entry = cat.entries.find((e: any) => e.id === entry.id);
    expect(entry).toMatchObject({ category: '生态环境', unit: { id: w.city.unitIds[2] }, committee: null, version: 2 });
    expect((await w.hotline.put(`/api/hotline/catalogue/${entry.id}`, { version: 1, category: '生态', unitId: w.city.unitIds[2] })).status).toBe(409);
    expect((await w.liaison.post('/api/hotline/catalogue', { category: '教育', unitId: w.city.unitIds[0] })).status).toBe(403);
    expect((await w.liaison.ok('GET', '/api/hotline/catalogue')).mayEdit).toBe(false);
    // Used by an order, a category stays; unused, it goes.
    const used = (await w.hotline.ok('GET', '/api/hotline/catalogue')).entries.find((e: any) => e.category === '市政设施');
    const del = await w.hotline.request('DELETE', `/api/hotline/catalogue/${used.id}?version=${used.version}`);
    expect([del.status, del.body.code]).toEqual([409, 'HOTLINE_CATALOGUE_IN_USE']);
    expect((await w.hotline.request('DELETE', `/api/hotline/catalogue/${entry.id}?version=${entry.version}`)).status).toBe(200);
  });
});
