import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { EDIT_LOCK_TTL_MINUTES } from '../domain/collaboration/edit-locks';
import { toActor } from '../server/auth/sessions';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { acquireEditLock } from '../server/usecases/collaboration/acquire-edit-lock';
import type { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, item, submit, submitAndAssign } from './helpers/flow';

const CHINESE = /[\u4e00-\u9fa5]/;
const RULE_ID = /R-[A-Z]+-\d/;

/** A Chinese 4xx answer with its machine code, no rule id in what the user reads. */
function refused(r: { status: number; body: { code: string; message: string } }, status: number, code: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.body.code).toBe(code);
  expect(r.body.message).toMatch(CHINESE);
  expect(r.body.message).not.toMatch(RULE_ID);
}

describe.each(DB_KINDS)('edit locks and internal notes on %s', (kind) => {
  let { d, c, liaison, dep, u, gov, supervisor, admin } = {} as CongressSetup;
  useCongress(kind, { units: 3, gov: true, supervisor: true, admin: true }, (s) => ({ d, c, liaison, dep, u, gov, supervisor, admin } = s));

  /** An item led by the first unit, with the second as co-handler (the third takes no part). */
  const assigned = (title = '关于改善农村中小学寄宿条件的建议') =>
    submitAndAssign(dep, liaison, c, title, 'leadCo', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[1], role: 'co' },
    ]);
  const lockUrl = (id: number, what = 'replyDraft') => `/api/items/${id}/edit-locks/${what}`;
  const acquire = (who: Client, id: number, what = 'replyDraft', takeOver = false) => who.request('PUT', lockUrl(id, what), { takeOver });
  const locks = async (who: Client, id: number) =>
    (await who.ok('GET', `/api/items/${id}/edit-locks`)) as { holderName: string; what: string; mine: boolean }[];
  const outbox = (id: number) =>
    queryRows<{ type: string; recipient_user_id: number; payload: Record<string, unknown> }>(
      d.db,
      sql`select type, recipient_user_id, payload from outbox where item_id = ${id} and type = 'editLockTakenOver' order by id`,
    );

  it('acquires, renews, reports who holds it and since when, takes over with a notice to the holder, and releases', async () => {
    const id = await assigned();
    const [handler, office] = [u[0].handler, u[0].office];
    const first = await acquire(handler, id);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'acquired', lock: { what: 'replyDraft', holderName: 'u0-handler', mine: true } });
    const since = first.body.lock.acquiredAt;
    expect(new Date(first.body.lock.expiresAt).getTime() - new Date(first.body.lock.heartbeatAt).getTime()).toBe(EDIT_LOCK_TTL_MINUTES * 60_000);

    // The heartbeat renews it: same holder, same start.
    const renewed = await handler.ok('PUT', lockUrl(id), {});
    expect(renewed).toMatchObject({ status: 'renewed', lock: { holderName: 'u0-handler', acquiredAt: since, mine: true } });

    // A colleague is told who edits since when, and nothing changes.
    const held = await acquire(office, id);
    expect(held.body).toMatchObject({ status: 'heldByOther', lock: { holderName: 'u0-handler', acquiredAt: since, mine: false } });
    expect(await locks(office, id)).toMatchObject([{ what: 'replyDraft', holderName: 'u0-handler', mine: false }]);
    expect(await locks(u[0].leader, id)).toMatchObject([{ holderName: 'u0-handler' }]);
    expect(await outbox(id)).toEqual([]);

    // Other units do not see the lead unit's lock; a co-handler drafts no reply; the offices see the plan's locks only.
    expect(await locks(u[1].office, id)).toEqual([]);
    refused(await acquire(u[1].handler, id), 403, 'FORBIDDEN');
    refused(await u[2].office.request('GET', `/api/items/${id}/edit-locks`), 404, 'NOT_FOUND');
    refused(await acquire(u[2].handler, id), 404, 'NOT_FOUND');
    expect(await locks(liaison, id)).toEqual([]);
    refused(await acquire(liaison, id), 403, 'FORBIDDEN');
    refused(await acquire(u[0].leader, id), 403, 'FORBIDDEN');
    for (const who of [dep, supervisor, admin]) refused(await who.request('GET', `/api/items/${id}/edit-locks`), 403, 'FORBIDDEN');
    refused(await handler.request('PUT', `/api/items/${id}/edit-locks/reportDraft`, {}), 400, 'VALIDATION_FAILED');

    // 接管编辑: the lock passes, and the former holder is told (outbox → inbox).
    const taken = await acquire(office, id, 'replyDraft', true);
    expect(taken.body).toMatchObject({ status: 'takenOver', lock: { holderName: 'u0-office', mine: true } });
    expect(taken.body.lock.acquiredAt).not.toBe(since);
    const notices = await outbox(id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipient_user_id: c.users.units[0].handler.id, payload: { what: 'replyDraft', byName: 'u0-office' } });
    await dispatchOutbox(d.db, new Date());
    const inbox = await handler.ok('GET', '/api/notifications');
    const msg = inbox.rows.find((r: { type: string }) => r.type === 'editLockTakenOver');
    expect(msg).toMatchObject({ title: '编辑已被接管', itemId: id });
    expect(msg.body).toContain('u0-office已接管');
    expect(msg.body).toContain('答复稿的编辑');
    expect((await office.ok('GET', '/api/notifications')).rows.some((r: { type: string }) => r.type === 'editLockTakenOver')).toBe(false);

    // The former holder's next heartbeat learns it; releasing a lock one does not hold changes nothing.
    expect((await acquire(handler, id)).body).toMatchObject({ status: 'heldByOther', lock: { holderName: 'u0-office' } });
    expect(await handler.ok('DELETE', lockUrl(id))).toEqual({ released: false });
    expect(await locks(office, id)).toMatchObject([{ holderName: 'u0-office', mine: true }]);
    expect(await office.ok('DELETE', lockUrl(id))).toEqual({ released: true });
    expect(await locks(office, id)).toEqual([]);
    expect((await acquire(handler, id)).body.status).toBe('acquired');
  });

  it('lapses without a heartbeat: the lock is no longer listed and the next editor takes it without a notice', async () => {
    const id = await assigned();
    await u[0].handler.ok('PUT', lockUrl(id), {});
    // Through HTTP: the last heartbeat moved back past the time-out.
    const stale = async (minutes: number) =>
      d.db.execute(sql`update edit_locks set heartbeat_at = now() - make_interval(mins => ${minutes}) where item_id = ${id}`);
    await stale(EDIT_LOCK_TTL_MINUTES - 1);
    expect((await acquire(u[0].office, id)).body.status).toBe('heldByOther');
    await stale(EDIT_LOCK_TTL_MINUTES + 1);
    expect(await locks(u[0].office, id)).toEqual([]);
    expect((await acquire(u[0].office, id)).body).toMatchObject({ status: 'acquired', lock: { holderName: 'u0-office' } });
    expect(await outbox(id)).toEqual([]);

    // Two editors opening the form at once: one holds it, the other is told who.
    await u[0].office.ok('DELETE', lockUrl(id));
    const both = await Promise.all([acquire(u[0].handler, id), acquire(u[0].office, id)]);
    expect(both.map((r) => r.body.status).sort()).toEqual(['acquired', 'heldByOther']);
    expect(new Set(both.map((r) => r.body.lock.holderName)).size).toBe(1);

    // With the use case's injected clock (ctx.now): alive at 9 minutes, lapsed at 11.
    const other = await assigned('关于加强校园周边交通安全的建议');
    const actor = (user: typeof c.users.liaison) => toActor(user);
    const t0 = new Date('2025-04-01T02:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const [liaisonActor, govActor] = [actor(c.users.liaison), actor(c.users.gov)];
    const plan = (a: typeof liaisonActor, now: Date, takeOver = false) =>
      acquireEditLock({ db: d.db, actor: a, now }, { itemId: other, what: 'assignmentPlan', takeOver });
    expect((await plan(liaisonActor, t0)).status).toBe('acquired');
    expect((await plan(liaisonActor, at(5))).lock).toMatchObject({ acquiredAt: t0, heartbeatAt: at(5), expiresAt: at(15) });
    expect((await plan(govActor, at(14))).status).toBe('heldByOther');
    const lapsed = await plan(govActor, at(16));
    expect(lapsed).toMatchObject({ status: 'acquired', lock: { holderName: 'gov', acquiredAt: at(16), mine: true } });
    expect(await outbox(other)).toEqual([]);
  });

  it('locks the assignment plan per item for the offices, and saving the reply draft releases the drafter’s lock', async () => {
    const x = await submit(dep, c, [], '关于完善农村客运网络的建议');
    await accept(liaison, x.id);
    expect((await acquire(liaison, x.id, 'assignmentPlan')).body).toMatchObject({
      status: 'acquired',
      lock: { what: 'assignmentPlan', holderName: 'liaison' },
    });
    expect((await acquire(gov, x.id, 'assignmentPlan')).body).toMatchObject({ status: 'heldByOther', lock: { holderName: 'liaison' } });
    expect(await locks(gov, x.id)).toMatchObject([{ what: 'assignmentPlan', holderName: 'liaison' }]);
    // Soft: the lock refuses nothing; the version check stays the guard against lost updates.
    const detail = await item(gov, x.id);
    const draft = { mode: 'single', units: [{ unitId: c.unitIds[0], role: 'lead' }] };
    expect((await gov.request('POST', `/api/items/${x.id}/draft-assignment`, { version: detail.item.version, ...draft })).status).toBe(200);
    refused(await liaison.request('POST', `/api/items/${x.id}/draft-assignment`, { version: detail.item.version, ...draft }), 409, 'STALE_VERSION');
    expect(await liaison.ok('DELETE', lockUrl(x.id, 'assignmentPlan'))).toEqual({ released: true });

    const id = await assigned();
    await u[0].handler.ok('PUT', lockUrl(id), {});
    await u[0].handler.ok('PUT', `/api/items/${id}/reply-draft`, {
      body: '您提出的建议收悉，现答复如下……',
      resultClass: 'A',
      publicity: 'public',
      contactPerson: '李明',
      contactPhone: '0731-88888888',
    });
    expect(await locks(u[0].office, id)).toEqual([]);
  });

  it('internal notes: only the author’s organization sees them; never the deputy, other units, other offices or the history', async () => {
    const id = await assigned();
    const secret = '代表诉求涉及编制调整，先与人事处沟通口径';
    const notesUrl = `/api/items/${id}/notes`;
    const added = await u[0].handler.request('POST', notesUrl, { body: `  ${secret}  ` });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ body: secret, authorName: 'u0-handler', mine: true, version: 1 });

    const seen = await u[0].office.ok('GET', notesUrl);
    expect(seen.organizationName).toMatch(/^省教育厅/);
    expect(seen.notes).toMatchObject([{ id: added.body.id, body: secret, authorName: 'u0-handler', mine: false }]);
    expect((await u[0].leader.ok('GET', notesUrl)).notes).toHaveLength(1);

    // The co-handling unit sees the item but not the lead unit's notes; its own stay its own.
    const coNotes = await u[1].office.ok('GET', notesUrl);
    expect(coNotes).toMatchObject({ notes: [] });
    expect(coNotes.organizationName).toMatch(/^省财政厅/);
    await u[1].handler.ok('POST', notesUrl, { body: '会办意见待处长审定' });
    expect((await u[0].office.ok('GET', notesUrl)).notes.map((n: { body: string }) => n.body)).toEqual([secret]);
    // A unit taking no part: the item does not exist for it.
    refused(await u[2].office.request('GET', notesUrl), 404, 'NOT_FOUND');
    refused(await u[2].office.request('POST', notesUrl, { body: '越权备注' }), 404, 'NOT_FOUND');
    // Each office keeps its own.
    expect((await liaison.ok('GET', notesUrl)).notes).toEqual([]);
    await liaison.ok('POST', notesUrl, { body: '联工委：列入重点督办候选' });
    expect((await gov.ok('GET', notesUrl)).notes).toEqual([]);
    expect((await liaison.ok('GET', notesUrl)).notes.map((n: { body: string }) => n.body)).toEqual(['联工委：列入重点督办候选']);
    // Deputies, supervisors, administrators keep none.
    for (const who of [dep, supervisor, admin]) {
      refused(await who.request('GET', notesUrl), 403, 'FORBIDDEN');
      refused(await who.request('POST', notesUrl, { body: '试图添加' }), 403, 'FORBIDDEN');
    }
    // Nowhere else: not in the item as anyone reads it, nor in its history.
    for (const who of [dep, u[1].office, gov, liaison, u[0].office]) expect(JSON.stringify(await item(who, id))).not.toContain(secret);
    const [events] = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from item_events where payload::text like ${'%' + secret + '%'}`);
    expect(events.n).toBe(0);
  });

  it('internal notes: delete one’s own only, with the version seen; bad input is refused in Chinese', async () => {
    const id = await assigned();
    const notesUrl = `/api/items/${id}/notes`;
    const note = await u[0].handler.ok('POST', notesUrl, { body: '待核实代表联系电话' });
    refused(await u[0].office.request('DELETE', `${notesUrl}/${note.id}`), 403, 'FORBIDDEN');
    expect((await u[0].office.request('DELETE', `${notesUrl}/${note.id}`)).body.message).toBe('只能删除本人填写的内部备注');
    refused(await u[1].handler.request('DELETE', `/api/items/${id}/notes/${note.id}`), 404, 'NOT_FOUND');
    refused(await liaison.request('DELETE', `${notesUrl}/${note.id}`), 404, 'NOT_FOUND');
    refused(await u[0].handler.request('DELETE', `${notesUrl}/${note.id}?version=2`), 409, 'STALE_VERSION');
    expect(await u[0].handler.ok('DELETE', `${notesUrl}/${note.id}?version=1`)).toEqual({ ok: true });
    expect((await u[0].office.ok('GET', notesUrl)).notes).toEqual([]);
    refused(await u[0].handler.request('DELETE', `${notesUrl}/${note.id}`), 404, 'NOT_FOUND');

    const empty = await u[0].handler.request('POST', notesUrl, { body: '   ' });
    refused(empty, 400, 'VALIDATION_FAILED');
    expect(empty.body.message).toContain('备注内容不能为空');
    expect(empty.body.details.map((f: { field: string }) => f.field)).toEqual(['body.body']);
    const long = await u[0].handler.request('POST', notesUrl, { body: '长'.repeat(2001) });
    refused(long, 400, 'VALIDATION_FAILED');
    expect(long.body.message).toContain('备注内容不能超过 2000 个字符');
    refused(await u[0].handler.request('POST', notesUrl, {}), 400, 'VALIDATION_FAILED');
    refused(await u[0].handler.request('POST', notesUrl, { body: '含\u0000字符' }), 400, 'VALIDATION_FAILED');
    refused(await u[0].handler.request('GET', '/api/items/0/notes'), 400, 'VALIDATION_FAILED');
    expect((await u[0].office.ok('GET', notesUrl)).notes).toEqual([]);
  });
});
