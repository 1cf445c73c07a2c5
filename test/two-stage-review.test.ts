import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { QueueKey } from '../domain/queues/catalog';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { createUser, sharedDemoHash } from '../server/usecases/admin/create-user';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { PASSWORD } from './helpers/factories';
import { accept, item, submit } from './helpers/flow';

type Event = { type: string; fromState: string | null; toState: string | null; actorRole: string; payload: Record<string, unknown> };

/** The ids in one of the client's queues (the page's total checked against the menu's count). */
async function queue(who: Client, key: QueueKey): Promise<number[]> {
  const page = await who.ok('GET', `/api/queues/${key}`);
  const counts = await who.ok('GET', '/api/queues');
  expect(counts.queues.find((q: { key: string }) => q.key === key)?.count).toBe(page.total);
  return page.rows.map((r: { id: number }) => r.id);
}

/**
 * Two-stage review (代表团和议案组两层审核): switched on in the rules profile, a suggestion of a delegation goes
 * to the delegation's contact person first, who passes it on to the office or returns it with comments.
 * The test congress has two delegations: deputies 0, 2, 4 in the first, 1, 3, 5 in the second.
 */
describe.each(DB_KINDS)('two-stage review on %s', (kind) => {
  let { d, app, c, liaison, deputies, admin } = {} as CongressSetup;
  useCongress(kind, { deputies: 'all', units: 1, admin: true }, (s) => ({ d, app, c, liaison, deputies, admin } = s));

  /** A signed-in contact person of delegation `i`. */
  const contactOf = async (i: number) => {
    const u = await createUser(
      d.db,
      {
        username: `contact${i}-${c.tag}`,
        password: PASSWORD,
        displayName: `联络员${i}`,
        role: 'delegationContact',
        congressId: c.congressId,
        organizationId: c.delegationIds[i],
      },
      sharedDemoHash,
    );
    return { user: u, client: await Client.login(app, u.username) };
  };
  const switchOn = () => admin.ok('PUT', '/api/rules-profiles/2025', { values: { delegationReview: true } });
  const review = (who: Client, id: number, body: object) => who.post(`/api/items/${id}/delegation-review`, body);

  it('with the switch off nothing changes: submitted straight to the office', async () => {
    const { client: contact } = await contactOf(0);
    const single = await submit(deputies[0], c);
    expect(single.state).toBe('submitted');
    const joint = await submit(deputies[0], c, [c.deputyIds[2]], '关于加强乡村教师队伍建设的建议');
    expect((await deputies[2].ok('POST', `/api/items/${joint.id}/cosignature`, { confirm: true })).state).toBe('submitted');
    expect(await queue(contact, 'delegationReview')).toEqual([]);
    expect((await queue(liaison, 'toReview')).sort()).toEqual([single.id, joint.id].sort());
    // The contact reads the delegation's items, but there is nothing to review.
    const seen = await item(contact, single.id);
    expect(seen.actions).toEqual([]);
    const r = await review(contact, single.id, { decision: 'pass', version: seen.item.version });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('ILLEGAL_TRANSITION');
    expect((await accept(liaison, single.id)).state).toBe('accepted');
  });

  it('with it on: the contact returns with comments, the deputy resubmits, the contact passes, the office accepts', async () => {
    const { client: contact } = await contactOf(0);
    const { client: stranger } = await contactOf(1);
    await switchOn();
    const { id, state } = await submit(deputies[0], c);
    expect(state).toBe('delegationReview');

    // Not yet the office's: not in its queue, and it may not review it.
    expect(await queue(liaison, 'toReview')).toEqual([]);
    const v = (await item(liaison, id)).item.version;
    expect((await liaison.post(`/api/items/${id}/review`, { decision: 'accept', version: v, categoryId: c.categoryIds[0] })).status).toBe(409);
    // The contact's: in the queue, on the ledger, with the action offered.
    expect(await queue(contact, 'delegationReview')).toEqual([id]);
    expect((await contact.ok('GET', '/api/items')).rows.map((r: { id: number }) => r.id)).toEqual([id]);
    expect((await item(contact, id)).actions).toEqual(['reviewByDelegation']);
    // The contact of another delegation neither sees nor acts on it; other roles may not take the step.
    expect(await queue(stranger, 'delegationReview')).toEqual([]);
    expect((await stranger.get(`/api/items/${id}`)).status).toBe(404);
    expect((await review(stranger, id, { decision: 'pass', version: v })).status).toBe(404);
    expect((await review(deputies[0], id, { decision: 'pass', version: v })).status).toBe(403);
    expect((await review(liaison, id, { decision: 'pass', version: v })).status).toBe(403);

    // Bad input: 400 in Chinese.
    const empty = await review(contact, id, { decision: 'return', version: v, comment: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('修改意见不能为空');
    const unknown = await review(contact, id, { decision: 'maybe', version: v });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await review(contact, id, { decision: 'pass' })).status).toBe(400);
    expect((await review(contact, id, { decision: 'pass', version: v + 5 })).status).toBe(409);

    // Returned with comments: the deputy sees it returned, with the comment, in the history and told.
    const comment = '建议涉及两个问题，请按一事一议分别提出，并补充有关情况的依据。';
    const returned = await review(contact, id, { decision: 'return', version: v, comment });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    const mine = await item(deputies[0], id);
    expect(mine.item.state).toBe('returned');
    expect(mine.item.reviewNote).toBe(comment);
    expect(mine.actions).toContain('resubmitSuggestion');
    const back = mine.history.find((e: Event) => e.type === 'returnFromDelegation');
    expect(back).toMatchObject({ fromState: 'delegationReview', toState: 'returned', actorRole: 'delegationContact', payload: { comment } });
    expect(await queue(deputies[0], 'returnedToMe')).toEqual([id]);
    await dispatchOutbox(d.db, new Date());
    const told = (await deputies[0].ok('GET', '/api/notifications')).rows.find((r: { type: string; itemId: number }) => r.type === 'returnFromDelegation');
    expect(told).toMatchObject({ itemId: id, title: '建议被代表团退回修改' });
    expect(told.body).toContain(comment);

    // Resubmitted: to the delegation again.
    const resubmitted = await deputies[0].ok('POST', `/api/items/${id}/resubmit`, {
      version: mine.item.version,
      title: '关于加快推进农村饮水安全巩固提升工程的建议（修改稿）',
      body: '一、基本情况（附调研数据）……二、存在的问题……三、建议……',
    });
    expect(resubmitted.state).toBe('delegationReview');
    expect(await queue(contact, 'delegationReview')).toEqual([id]);

    // Passed: the office's review follows as today.
    const passed = await review(contact, id, { decision: 'pass', version: resubmitted.version, comment: '符合要求，同意报送。' });
    expect(passed.status).toBe(200);
    expect(passed.body.state).toBe('submitted');
    expect(await queue(contact, 'delegationReview')).toEqual([]);
    expect(await queue(liaison, 'toReview')).toEqual([id]);
    expect((await accept(liaison, id)).state).toBe('accepted');

    // Both steps in the history, in order.
    const steps = (await item(liaison, id)).history.map((e: Event) => `${e.type}:${e.toState}`);
    expect(steps).toEqual([
      'submitSuggestion:delegationReview',
      'returnFromDelegation:returned',
      'resubmitSuggestion:delegationReview',
      'passDelegationReview:submitted',
      'acceptSuggestion:accepted',
    ]);
  });

  it('with it on: the last cosigner submits to the delegation, whose contact is told; the deputy may withdraw meanwhile', async () => {
    const { user, client: contact } = await contactOf(0);
    await switchOn();
    const { id } = await submit(deputies[0], c, [c.deputyIds[2]], '关于加强乡村教师队伍建设的建议');
    const confirmed = await deputies[2].ok('POST', `/api/items/${id}/cosignature`, { confirm: true });
    expect(confirmed.state).toBe('delegationReview');
    await dispatchOutbox(d.db, new Date());
    const inbox = await queryRows<{ type: string }>(d.db, sql`select type from notifications where user_id = ${user.id} and item_id = ${id}`);
    expect(inbox.map((n) => n.type)).toEqual(['delegationReviewRequested']);
    expect(await queue(contact, 'delegationReview')).toEqual([id]);
    // The lead deputy takes it back before anyone decided on it.
    const withdrawn = await deputies[0].ok('POST', `/api/items/${id}/withdrawal`, { version: confirmed.version, note: '拟重新调研后再提出' });
    expect(withdrawn.state).toBe('withdrawn');
    expect(await queue(contact, 'delegationReview')).toEqual([]);
  });

  it('with it on: a delegation without a contact person submits straight to the office', async () => {
    await contactOf(0);
    await switchOn();
    // Deputy 1 belongs to the second delegation, which has no contact person.
    expect((await submit(deputies[1], c)).state).toBe('submitted');
  });

  it('the administrator gives a contact person a delegation', async () => {
    const base = { username: `contact-${c.tag}`, password: 'Strong#Pass1', displayName: '孙丽华', role: 'delegationContact' };
    const none = await admin.post('/api/admin/users', base);
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ code: 'DELEGATION_REQUIRED', message: '代表团联络员须指定所属代表团' });
    const unit = await admin.post('/api/admin/users', { ...base, organizationId: c.unitIds[0] });
    expect(unit.body.code).toBe('DELEGATION_REQUIRED');
    const ok = await admin.ok('POST', '/api/admin/users', { ...base, organizationId: c.delegationIds[1] });
    expect(ok).toMatchObject({ role: 'delegationContact', organizationId: c.delegationIds[1] });
  });
});
