import { beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { createCongress, type Congress } from './helpers/factories';
import { accept, assign, contact, draftAndSign, item, send, submit, submitAndAssign } from './helpers/flow';

/** Deny by default: every role sees and acts on only its own scope. */
describe.each(DB_KINDS)('permissions on %s', (kind) => {
  let { d, app, c, liaison, dep: dep0, u } = {} as CongressSetup;
  let other: Congress;
  const as = (username: string) => Client.login(app, username);
  let ids: { split: number; leadCo: number; court: number; foreign: number };
  let split: { id: number; replyA: { id: number; version: number } };
  useCongress(kind, { once: true }, (s) => ({ d, app, c, liaison, dep: dep0, u } = s));

  beforeAll(async () => {
    other = await createCongress(d.db);
    // A split item with unit 0 and 1; unit 0 has a draft signed but unsent reply.
    const s = await submit(dep0, c);
    await accept(liaison, s.id);
    await assign(liaison, s.id, 'split', [
      { unitId: u[0].unitId, role: 'split' },
      { unitId: u[1].unitId, role: 'split' },
    ]);
    await contact(u[0].handler, s.id);
    const replyA = await draftAndSign(u[0], s.id, 'A');
    split = { id: s.id, replyA };
    // A lead+co item: unit 2 leads, unit 0 co-handles.
    const leadCo = await submitAndAssign(dep0, liaison, c, '关于完善农村客运网络的建议', 'leadCo', [
      { unitId: u[2].unitId, role: 'lead' },
      { unitId: u[0].unitId, role: 'co' },
    ]);
    // The court (not a government unit) handles one item.
    const court = await submitAndAssign(dep0, liaison, c, '关于加强诉源治理的建议', 'single', [{ unitId: u[3].unitId, role: 'lead' }]);
    // An item of another congress.
    const f = await submit(await as(other.users.deputies[0].username), other);
    ids = { split: s.id, leadCo, court, foreign: f.id };
  });

  it('unauthenticated requests get 401', async () => {
    for (const url of ['/api/items', `/api/items/${ids.split}`, '/api/statistics']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('a deputy sees only items they signed, and no unsent reply drafts', async () => {
    const own = await as(c.users.deputies[0].username);
    const list = await own.ok('GET', '/api/items');
    expect(list.total).toBe(3);
    const detail = await item(own, ids.split);
    expect(detail.replies).toEqual([]); // signed but not sent
    expect(detail.coOpinions).toEqual([]);
    const stranger = await as(c.users.deputies[3].username);
    expect((await stranger.ok('GET', '/api/items')).total).toBe(0);
    expect((await stranger.get(`/api/items/${ids.split}`)).status).toBe(404);
    expect((await stranger.post(`/api/items/${ids.split}/evaluations`, { result: 'satisfied' })).status).toBe(404);
    // A deputy may not review or assign.
    expect((await own.post(`/api/items/${ids.split}/review`, { decision: 'accept', version: 1 })).status).toBe(403);
    expect((await own.post(`/api/items/${ids.split}/assignment`, { version: 1, mode: 'single', units: [{ unitId: c.unitIds[0], role: 'lead' }] })).status).toBe(
      403,
    );
  });

  it('a unit sees only items assigned to it, and only its own part', async () => {
    const u1 = await as(c.users.units[1].office.username);
    const list = await u1.ok('GET', '/api/items');
    expect(list.rows.map((r: { id: number }) => r.id)).toEqual([ids.split]);
    expect(list.rows[0].myTask.role).toBe('split');
    const detail = await item(u1, ids.split);
    expect(detail.tasks.map((t: { unitId: number }) => t.unitId)).toEqual([c.unitIds[1]]);
    expect(detail.replies).toEqual([]); // unit 0's reply is not unit 1's business
    expect(detail.contacts).toEqual([]);
    // Another unit's item is invisible, and acting on it is refused.
    expect((await u1.get(`/api/items/${ids.court}`)).status).toBe(404);
    expect(
      (await u1.post(`/api/items/${ids.court}/contacts`, { contactedOn: '2025-03-01', method: 'phone', phase: 'before', participants: 'x', summary: 'y' }))
        .status,
    ).toBe(404);
    const r = await u1.post(`/api/items/${ids.split}/replies/${split.replyA.id}/send`, { version: split.replyA.version });
    expect(r.status).toBe(422); // its own task has no such reply
    expect((await item(await as(c.users.liaison.username), ids.split)).replies[0].state).toBe('signed');
  });

  it('the lead sees its co-handlers; a co-handler sees only itself and cannot draft a reply', async () => {
    const lead = await as(c.users.units[2].office.username);
    expect((await item(lead, ids.leadCo)).tasks).toHaveLength(2);
    const co = await as(c.users.units[0].handler.username);
    const mine = await item(co, ids.leadCo);
    expect(mine.tasks).toHaveLength(1);
    const r = await co.put(`/api/items/${ids.leadCo}/reply-draft`, {
      body: 'x',
      resultClass: 'A',
      publicity: 'public',
      contactPerson: '李',
      contactPhone: '0731-1234567',
    });
    expect(r.status).toBe(403);
  });

  it('inside a unit: a handler cannot sign; the leader can; the office cannot sign either', async () => {
    const handler = await as(c.users.units[0].handler.username);
    expect((await handler.post(`/api/items/${ids.split}/replies/${split.replyA.id}/sign-off`, { version: split.replyA.version })).status).toBe(403);
    const office = await as(c.users.units[0].office.username);
    expect((await office.post(`/api/items/${ids.split}/replies/${split.replyA.id}/sign-off`, { version: split.replyA.version })).status).toBe(403);
    // Only the office sends; a handler is refused by the route policy.
    expect((await send(handler, ids.split, split.replyA)).status).toBe(403);
  });

  it('offices see their congress only; supervisors read but do not act; admin and auditor see no items', async () => {
    const liaison = await as(c.users.liaison.username);
    expect((await liaison.ok('GET', '/api/items')).total).toBe(3);
    expect((await liaison.get(`/api/items/${ids.foreign}`)).status).toBe(404);
    const sup = await as(c.users.supervisor.username);
    expect((await sup.ok('GET', '/api/items')).total).toBe(3);
    expect((await sup.post(`/api/items/${ids.split}/review`, { decision: 'accept', version: 1 })).status).toBe(403);
    for (const u of [c.users.admin, c.users.auditor]) {
      const cl = await as(u.username);
      expect((await cl.get('/api/items')).status).toBe(403);
      expect((await cl.get(`/api/items/${ids.split}`)).status).toBe(403);
    }
    // Only the admin edits rules and calendars.
    expect((await liaison.put('/api/rules-profiles/2025', { preset: 'shanghai' })).status).toBe(403);
  });

  it('the government office reviews government units only (R-REPLY-1)', async () => {
    const liaison = await as(c.users.liaison.username);
    const court = c.users.units[3];
    const u3 = { office: await as(court.office.username), handler: await as(court.handler.username), leader: await as(court.leader.username) };
    await contact(u3.handler, ids.court);
    const r = await draftAndSign(u3, ids.court, 'A');
    const gov = await as(c.users.gov.username);
    const denied = await gov.post(`/api/items/${ids.court}/replies/${r.id}/send-back`, { version: r.version, reason: '请补充' });
    expect(denied.status).toBe(403);
    const ok = await gov.post(`/api/items/${ids.split}/replies/${split.replyA.id}/send-back`, {
      version: split.replyA.version,
      reason: '答复未回应代表提出的第二条建议',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.state).toBe('draft');
    expect(ok.body.sendBackReason).toContain('第二条');
    expect((await item(liaison, ids.split)).history.some((e: { type: string }) => e.type === 'sendBackReply')).toBe(true);
  });
});
