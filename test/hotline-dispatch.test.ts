import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { createWorkOrder } from '../server/usecases/hotline/create-work-order';
import { dispatchWorkOrder } from '../server/usecases/hotline/dispatch-work-order';
import { recordWorkOrderContact } from '../server/usecases/hotline/record-work-order-contact';
import { returnWorkOrder } from '../server/usecases/hotline/return-work-order';
import { useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { createHotlineCity, orderBody, orderOf, type HotlineCity } from './helpers/hotline-world';

/**
 * Dispatch and what follows it (issue 15 §4–§6, R-LINE-1/2): the clocks as stored (24 clock hours over
 * a weekend, 7 working days over the 2026 Spring Festival), 退单 inside and after its window and the
 * 改派 after it, 呈签, 并单, the extension, and a dissatisfied rating's committee and local supervision
 * with spot checks and the second round. Time is the use cases' context `now` where the clock matters.
 */
describe.each(DB_KINDS)('hotline dispatch on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  let w: HotlineCity;
  useServer(kind, (db, a) => ((d = db), (app = a)));
  beforeAll(async () => {
    w = await createHotlineCity(d.db, app);
    await w.hotline.ok('POST', '/api/hotline/catalogue', { category: '市政设施', unitId: w.city.unitIds[1], committeeId: w.committee.id });
  });
  const at = (s: string) => new Date(s);
  /** An order typed and dispatched at `when` (the use cases with the context's clock). */
  const dispatchedAt = async (when: string, o: { urgency?: 'urgent' | 'general'; lead?: number; co?: number[] } = {}) => {
    const ctx = await w.ctxOf(w.users.hotline, at(when));
    const created = await createWorkOrder(ctx, {
      callerPhone: '13807370001',
      category: '市政设施',
      content: '桃花仑街道某小区电梯长期故障，老人上下楼困难。',
      calledAt: when,
      urgency: o.urgency ?? 'general',
      placeCongressId: w.towns[0].congressId,
    });
    const row = await dispatchWorkOrder(ctx, { orderId: created.id, version: 1, leadUnitId: o.lead ?? w.city.unitIds[1], coUnitIds: o.co ?? [] });
    return row;
  };

  it('R-LINE-1 clocks: 24 clock hours over a weekend; 7 working days over the 2026 Spring Festival; urgent the same day', async () => {
    // Friday 16:00 → Saturday 16:00: clock hours, the weekend counts. 7 working days: Tuesday 17 March.
    const fri = await dispatchedAt('2026-03-06T16:00:00+08:00');
    expect(fri.contactDueAt!.toISOString()).toBe('2026-03-07T08:00:00.000Z');
    expect(fri.returnUntil!.toISOString()).toBe('2026-03-07T08:00:00.000Z');
    expect(fri.finishDue).toBe('2026-03-17');
    // Dispatched Thursday 12 February 2026: the Spring Festival (15–23 Feb) and its make-up Saturday 28 Feb.
    const festival = await dispatchedAt('2026-02-12T10:00:00+08:00');
    expect(festival.finishDue).toBe('2026-02-28');
    expect(festival.finishDueProvisional).toBe(false);
    const urgent = await dispatchedAt('2026-02-12T10:00:00+08:00', { urgency: 'urgent' });
    expect(urgent.finishDue).toBe('2026-02-12');
    // Read today (December), the festival order's clocks are red, the contact clock too.
    const o = await orderOf(w.hotline, festival.id);
    expect(o).toMatchObject({ finishDue: '2026-02-28', contactClock: { light: 'red' }, finishClock: { light: 'red' }, overdue: true });
    expect((await w.hotline.ok('GET', '/api/hotline/orders?overdue=true&pageSize=200')).rows.map((r: any) => r.id)).toContain(festival.id);
    expect((await w.hotline.ok('GET', '/api/hotline/orders?overdue=false&pageSize=200')).rows.map((r: any) => r.id)).not.toContain(festival.id);
    // A contact 20 hours in stops the contact clock; it may not predate the dispatch.
    const unit = await w.ctxOf(w.users.units[1].handler, at('2026-02-13T06:00:00+08:00'));
    await expect(
      recordWorkOrderContact(unit, {
        orderId: festival.id,
        version: festival.version,
        at: '2026-02-11T10:00:00+08:00',
        method: 'phone',
        invited: true,
        note: '联系',
      }),
    ).rejects.toMatchObject({ code: 'HOTLINE_TIME' });
    await recordWorkOrderContact(unit, { orderId: festival.id, version: festival.version, method: 'site', invited: true, note: '现场查看，邀请代表参加' });
    const after = await orderOf(w.hotline, festival.id);
    expect(after.contactedAt).not.toBeNull();
    expect(after.contactClock).toMatchObject({ light: 'none', stopped: true });
    expect(after.events.find((e: any) => e.type === 'contacted').detail).not.toContain('超过');
  });

  it('退单 within the window (a co-unit its part, the lead the order), refused after it; then 改派 keeps the returned part', async () => {
    const row = await dispatchedAt('2026-04-01T09:00:00+08:00', { lead: w.city.unitIds[0], co: [w.city.unitIds[2]] });
    // 25 hours later the window (returnHours 24) is closed: a 4xx with its code and a Chinese message.
    const late = await w.ctxOf(w.users.units[0].office, at('2026-04-02T10:00:00+08:00'));
    await expect(returnWorkOrder(late, { orderId: row.id, version: row.version, reason: '不属本单位职责' })).rejects.toMatchObject({
      code: 'HOTLINE_RETURN_WINDOW_CLOSED',
      kind: 'rule',
      message: expect.stringContaining('2026-04-02 09:00'),
    });
    // Inside it: the co-unit gives up its part (the order stays dispatched), then the lead unit returns the order.
    const coCtx = await w.ctxOf(w.users.units[2].office, at('2026-04-01T11:00:00+08:00'));
    const afterCo = await returnWorkOrder(coCtx, { orderId: row.id, version: row.version, reason: '本单位不涉及' });
    expect(afterCo.state).toBe('dispatched');
    const leadCtx = await w.ctxOf(w.users.units[0].office, at('2026-04-02T08:30:00+08:00'));
    // A handler may not return (the office does), and the version must be the current one.
    await expect(
      returnWorkOrder(await w.ctxOf(w.users.units[0].handler, at('2026-04-01T12:00:00+08:00')), { orderId: row.id, version: afterCo.version, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(returnWorkOrder(leadCtx, { orderId: row.id, version: row.version, reason: 'x' })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const returned = await returnWorkOrder(leadCtx, { orderId: row.id, version: afterCo.version, reason: '该路段属城管部门管理' });
    expect(returned.state).toBe('returned');

    let o = await orderOf(w.hotline, row.id);
    expect(o).toMatchObject({ state: 'returned', stateLabel: '退单待改派' });
    expect(o.actions).toContain('dispatchWorkOrder');
    await dispatchOutbox(d.db, new Date());
    expect(JSON.stringify(await w.hotline.ok('GET', '/api/notifications'))).toContain('该路段属城管部门管理');

    // 改派 through HTTP to the right unit.
    o = await w.hotline.ok('POST', `/api/hotline/orders/${row.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[1], note: '改派城管部门' });
    expect(o.state).toBe('dispatched');
    expect(o.unitParts.map((p: any) => [p.unit.id, p.isLead, p.state])).toEqual([
      [w.city.unitIds[0], true, 'returned'],
      [w.city.unitIds[2], false, 'returned'],
      [w.city.unitIds[1], true, 'assigned'],
    ]);
    expect(o.unitParts[0].returnReason).toBe('该路段属城管部门管理');
    expect(o.events.filter((e: any) => e.type === 'dispatched').at(-1).detail).toContain('改派');
    // The returning unit keeps the record (no actions); the new one works on it.
    const old = await orderOf(w.units[0].office, row.id);
    expect(old.actions).toEqual([]);
    expect((await orderOf(w.units[1].office, row.id)).actions).toContain('returnWorkOrder');
    // The new dispatch is now; its window is open for the new unit through HTTP.
    const ret = await w.units[1].office.post(`/api/hotline/orders/${row.id}/return`, { version: o.version, reason: '' });
    expect(ret.status).toBe(400);
  });

  it('呈签 and its decision; 并单 into another order, noted in both histories', async () => {
    const a = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ content: '资江风貌带护栏松动，存在安全隐患。' }));
    const b = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ content: '资江风貌带护栏松动（重复来电）。', callerPhone: '13807370002' }));
    let o = await orderOf(w.hotline, a.id);
    o = await w.hotline.ok('POST', `/api/hotline/orders/${a.id}/sign-off-request`, { version: o.version, reason: '涉及住建、城管、文旅多个部门' });
    expect(o).toMatchObject({ state: 'signOff', stateLabel: '呈签中', signOff: { reason: '涉及住建、城管、文旅多个部门', decision: null } });
    expect((await w.hotline.post(`/api/hotline/orders/${a.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[0] })).status).toBe(409);
    o = await w.hotline.ok('POST', `/api/hotline/orders/${a.id}/sign-off`, {
      version: o.version,
      decision: '由市住建局牵头，城管局配合',
      decidedBy: '市政府副秘书长 刘明',
    });
    expect(o).toMatchObject({ state: 'received', signOff: { decision: '由市住建局牵头，城管局配合', decidedBy: '市政府副秘书长 刘明' } });
    const sent = await w.hotline.ok('POST', `/api/hotline/orders/${a.id}/dispatch`, {
      version: o.version,
      leadUnitId: w.city.unitIds[0],
      coUnitIds: [w.city.unitIds[1]],
    });
    expect(sent).toMatchObject({ state: 'dispatched', leadUnit: { id: w.city.unitIds[0] } });

    const dup = await orderOf(w.hotline, b.id);
    const merged = await w.hotline.ok('POST', `/api/hotline/orders/${b.id}/merge`, { version: dup.version, intoOrderId: a.id, note: '同一问题' });
    expect(merged).toMatchObject({ state: 'merged', stateLabel: '已并单', mergedInto: { id: a.id, number: a.number }, actions: [] });
    const target = await orderOf(w.hotline, a.id);
    expect(target.mergedFrom).toEqual([{ id: b.id, number: b.number }]);
    expect(target.events.at(-1)).toMatchObject({ type: 'mergedFrom', detail: expect.stringContaining(b.number) });
    // Into a merged order, or again: refused.
    const c = await w.hotline.ok('POST', '/api/hotline/orders', orderBody());
    const r = await w.hotline.post(`/api/hotline/orders/${c.id}/merge`, { version: 1, intoOrderId: b.id });
    expect([r.status, r.body.code]).toEqual([400, 'HOTLINE_MERGE_TARGET']);
  });

  it('an extension: the lead unit asks (one at a time), the hotline office approves and the finishing day moves', async () => {
    const row = await dispatchedAt('2026-02-12T10:00:00+08:00', { co: [w.city.unitIds[0]] });
    const lead = w.units[1].office;
    let o = await orderOf(lead, row.id);
    expect(o.actions).toContain('requestWorkOrderExtension');
    const co = await w.units[0].office.post(`/api/hotline/orders/${row.id}/extension-request`, { version: o.version, workdays: 3, reason: '需协调' });
    expect([co.status, co.body.code]).toEqual([403, 'HOTLINE_UNIT_PART']);
    expect((await lead.post(`/api/hotline/orders/${row.id}/extension-request`, { version: o.version, workdays: 0, reason: 'x' })).status).toBe(400);
    o = await lead.ok('POST', `/api/hotline/orders/${row.id}/extension-request`, { version: o.version, workdays: 3, reason: '需协调供电部门迁改线路' });
    expect(o.extensionRequest).toMatchObject({ workdays: 3, unit: { id: w.city.unitIds[1] } });
    const twice = await lead.post(`/api/hotline/orders/${row.id}/extension-request`, { version: o.version, workdays: 2, reason: '再延' });
    expect([twice.status, twice.body.code]).toEqual([409, 'HOTLINE_EXTENSION_PENDING']);
    const h = await orderOf(w.hotline, row.id);
    expect(h.actions).toContain('decideWorkOrderExtension');
    o = await w.hotline.ok('POST', `/api/hotline/orders/${row.id}/extension-decision`, { version: h.version, approve: true });
    // 2026-02-28 (a make-up Saturday) plus 3 working days: 4 March.
    expect(o).toMatchObject({ finishDue: '2026-03-04', extensionWorkdays: 3, extensionRequest: null });
    expect((await w.hotline.post(`/api/hotline/orders/${row.id}/extension-decision`, { version: o.version, approve: false })).body.code).toBe(
      'HOTLINE_NO_EXTENSION_REQUEST',
    );
  });

  it('R-LINE-2: 不满意 opens committee and local supervision, notices go out, spot checks are recorded, the unit handles it again', async () => {
    const created = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ placeCongressId: w.towns[0].congressId }));
    let o = await orderOf(w.hotline, created.id);
    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[1] });
    const unit = w.units[1].handler;
    o = await unit.ok('POST', `/api/hotline/orders/${o.id}/contacts`, { version: o.version, method: 'phone', note: '已联系代表' });
    o = await unit.ok('POST', `/api/hotline/orders/${o.id}/finish`, { version: o.version, result: '已安排检修' });
    o = await unit.ok('POST', `/api/hotline/orders/${o.id}/feedback`, { version: o.version, method: 'phone' });
    // Joint supervision by the city's liaison office (not a county's); once.
    expect((await w.countyLiaison.post(`/api/hotline/orders/${o.id}/joint-supervision`, { version: o.version, note: 'x' })).status).toBe(409); // fedBack: not a state for it
    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/rating`, { version: o.version, rating: 'dissatisfied', comment: '路灯仍有 2 盏不亮' });
    expect(o).toMatchObject({ state: 'supervised', stateLabel: '督办中', round: 2, rating: 'dissatisfied', finishedAt: null, ratedByRoleLabel: '市长热线办' });
    expect(o.supervisions.map((s: any) => [s.kind, s.committee?.id ?? null, s.place?.id ?? null])).toEqual([
      ['committee', w.committee.id, null],
      ['local', null, w.towns[0].congressId],
    ]);
    expect(o.finishClock.light).not.toBe('none');

    await dispatchOutbox(d.db, new Date());
    for (const c of [w.supervisor, w.presidia[0], w.liaison]) expect(JSON.stringify(await c.ok('GET', '/api/notifications'))).toContain(created.number);
    expect(JSON.stringify(await w.units[1].office.ok('GET', '/api/notifications'))).toContain('请重新办理');
    expect(JSON.stringify(await w.presidia[1].ok('GET', '/api/notifications'))).not.toContain(created.number);

    // Spot checks: the township's presidium on its local supervision, the committee member on the committee's.
    let seen = await orderOf(w.presidia[0], o.id);
    expect(seen.actions).toEqual(['spotCheckWorkOrder']);
    seen = await w.presidia[0].ok('POST', `/api/hotline/orders/${o.id}/spot-checks`, { version: seen.version, note: '到现场查看，路灯维修正在进行' });
    const local = seen.supervisions.find((s: any) => s.kind === 'local');
    expect(local.checks).toMatchObject([{ note: '到现场查看，路灯维修正在进行', role: '乡镇人大主席团' }]);
    seen = await w.supervisor.ok('POST', `/api/hotline/orders/${o.id}/spot-checks`, { version: seen.version, note: '督促承办单位一周内修复' });
    expect(seen.supervisions.find((s: any) => s.kind === 'committee').checks).toHaveLength(1);
    // The presidium reaches only its own place's supervision.
    const committeeId = seen.supervisions.find((s: any) => s.kind === 'committee').id;
    const off = await w.presidia[0].post(`/api/hotline/orders/${o.id}/spot-checks`, { version: seen.version, supervisionId: committeeId, note: 'x' });
    expect([off.status, off.body.code]).toEqual([422, 'HOTLINE_NO_SUPERVISION']);
    expect((await w.presidia[1].post(`/api/hotline/orders/${o.id}/spot-checks`, { version: seen.version, note: 'x' })).status).toBe(404);
    // Joint supervision: the city's liaison office, once; a county's may not.
    expect((await w.countyLiaison.post(`/api/hotline/orders/${o.id}/joint-supervision`, { version: seen.version, note: '联合督办' })).status).toBe(403);
    seen = await w.liaison.ok('POST', `/api/hotline/orders/${o.id}/joint-supervision`, {
      version: seen.version,
      note: '会同城建环保委、赫山区人大常委会联合督办',
    });
    expect(seen.supervisions.map((s: any) => s.kind)).toEqual(['committee', 'local', 'joint']);
    expect((await w.liaison.post(`/api/hotline/orders/${o.id}/joint-supervision`, { version: seen.version, note: '再次' })).body.code).toBe(
      'HOTLINE_JOINT_OPEN',
    );

    // The second round: finish, answer, rated basically satisfied → closed, the supervision closed.
    o = await orderOf(unit, o.id);
    o = await unit.ok('POST', `/api/hotline/orders/${o.id}/finish`, { version: o.version, result: '已全部修复' });
    o = await unit.ok('POST', `/api/hotline/orders/${o.id}/feedback`, { version: o.version, method: 'visit' });
    o = await w.deputies[0].ok('POST', `/api/hotline/orders/${o.id}/rating`, { version: o.version, rating: 'basicallySatisfied' });
    expect(o).toMatchObject({ state: 'closed', ratingLabel: '基本满意', round: 2 });
    expect(o.supervisions.every((s: any) => s.closedAt !== null)).toBe(true);
  });

  it('非常不满意 without a place: committee supervision only; a category outside the catalogue still gets it (no committee named)', async () => {
    const created = await w.hotline.ok('POST', '/api/hotline/orders', orderBody({ category: '噪音扰民', content: '夜间施工噪音' }));
    let o = await orderOf(w.hotline, created.id);
    expect(o.proposedUnit).toBeNull();
    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/dispatch`, { version: o.version, leadUnitId: w.city.unitIds[2] });
    o = await w.units[2].office.ok('POST', `/api/hotline/orders/${o.id}/finish`, { version: o.version, result: '已责令整改' });
    o = await w.units[2].office.ok('POST', `/api/hotline/orders/${o.id}/feedback`, { version: o.version, method: 'phone' });
    o = await w.hotline.ok('POST', `/api/hotline/orders/${o.id}/rating`, { version: o.version, rating: 'veryDissatisfied' });
    expect(o.supervisions.map((s: any) => [s.kind, s.committee])).toEqual([['committee', null]]);
  });
});
