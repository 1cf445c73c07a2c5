import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayInShanghai, addDays } from '../domain/deadlines';
import { queuesFor, type QueueKey } from '../domain/queues/catalog';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import type { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, item, sendCoOpinion, submit, submitAndAssign } from './helpers/flow';

/** The ids in one of the client's queues, after checking the page's total against the menu's count. */
async function queue(who: Client, key: QueueKey): Promise<number[]> {
  const page = await who.ok('GET', `/api/queues/${key}`);
  const counts = await who.ok('GET', '/api/queues');
  const entry = counts.queues.find((q: { key: string }) => q.key === key);
  expect(entry?.count).toBe(page.total);
  expect(counts.total).toBe(counts.queues.reduce((n: number, q: { count: number }) => n + q.count, 0));
  return page.rows.map((r: { id: number }) => r.id);
}

for (const kind of DB_KINDS) {
  describe(`work queues (待办) [${kind}]`, () => {
    let { d, c, liaison, gov, deputies, u } = {} as CongressSetup;
    useCongress(kind, { deputies: 2, units: 3, gov: true }, (s) => ({ d, c, liaison, gov, deputies, u } = s));

    /** The in-app messages of one user, newest first. */
    const messagesOf = async (userId: number) =>
      queryRows<{ type: string; item_id: number }>(d.db, sql`select type, item_id from notifications where user_id = ${userId} order by id desc`);

    it('every waiting step of one item is in the queue of the person it waits on, and leaves it when taken', async () => {
      const [dep0, dep1] = deputies;
      const [lead, co] = u;
      // R-SUBMIT-1: the invited cosigner confirms.
      const { id } = await submit(dep0, c, [c.deputyIds[1]]);
      expect(await queue(dep1, 'cosignatures')).toEqual([id]);
      expect(await queue(dep0, 'cosignatures')).toEqual([]);
      await dep1.ok('POST', `/api/items/${id}/cosignature`, { confirm: true });
      expect(await queue(dep1, 'cosignatures')).toEqual([]);
      // The liaison office reviews, then assigns.
      expect(await queue(liaison, 'toReview')).toContain(id);
      await accept(liaison, id);
      expect(await queue(liaison, 'toReview')).not.toContain(id);
      expect(await queue(liaison, 'toAssign')).toContain(id);
      await assign(liaison, id, 'leadCo', [
        { unitId: lead.unitId, role: 'lead' },
        { unitId: co.unitId, role: 'co' },
      ]);
      expect(await queue(liaison, 'toAssign')).not.toContain(id);
      expect(await queue(lead.office, 'assignments')).toEqual([id]);
      expect(await queue(co.office, 'coOpinions')).toEqual([id]);
      expect(await queue(lead.handler, 'repliesToDraft')).toEqual([id]);
      expect(await queue(u[2].handler, 'repliesToDraft')).toEqual([]);
      // R-CO-1: the lead unit receives the co-opinion.
      await sendCoOpinion({ unitId: co.unitId, office: co.office }, id, '会办意见：同意主办单位的办理思路。');
      expect(await queue(co.office, 'coOpinions')).toEqual([]);
      expect(await queue(lead.office, 'coOpinionsReceived')).toEqual([id]);
      // R-TALK-1: a contact waits on both deputies' confirmation.
      await contact(lead.handler, id);
      expect(await queue(dep0, 'contactsToConfirm')).toEqual([id]);
      expect(await queue(dep1, 'contactsToConfirm')).toEqual([id]);
      const contactId = (await item(dep0, id)).contacts[0].id;
      await dep0.ok('POST', `/api/items/${id}/contacts/${contactId}/response`, { response: 'confirmed' });
      expect(await queue(dep0, 'contactsToConfirm')).toEqual([]);
      expect(await queue(dep1, 'contactsToConfirm')).toEqual([id]);

      // R-REPLY-1: handler → office → leader → office, a send-back returns to the handler.
      let r = await lead.handler.ok('PUT', `/api/items/${id}/reply-draft`, {
        body: '您提出的建议收悉，现答复如下……',
        resultClass: 'A',
        publicity: 'public',
        docNumber: '湘教函〔2025〕21号',
        contactPerson: '李明',
        contactPhone: '0731-88888888',
      });
      expect(await queue(lead.handler, 'repliesToDraft')).toEqual([id]); // a first draft is still to write
      r = await lead.handler.ok('POST', `/api/items/${id}/replies/${r.id}/submit`, { version: r.version });
      expect(await queue(lead.handler, 'repliesToDraft')).toEqual([]);
      expect(await queue(lead.office, 'repliesToReview')).toEqual([id]);
      expect(await queue(lead.office, 'coOpinionsReceived')).toEqual([]); // the reply is on its way
      r = await lead.office.ok('POST', `/api/items/${id}/replies/${r.id}/send-back`, { version: r.version, reason: '请补充资金安排' });
      expect(await queue(lead.office, 'repliesToReview')).toEqual([]);
      expect(await queue(lead.handler, 'repliesSentBack')).toEqual([id]);
      r = await lead.handler.ok('POST', `/api/items/${id}/replies/${r.id}/submit`, { version: r.version });
      expect(await queue(lead.handler, 'repliesSentBack')).toEqual([]);
      r = await lead.office.ok('POST', `/api/items/${id}/replies/${r.id}/approve`, { version: r.version });
      expect(await queue(lead.leader, 'repliesToSign')).toEqual([id]);
      r = await lead.leader.ok('POST', `/api/items/${id}/replies/${r.id}/sign-off`, { version: r.version });
      expect(await queue(lead.leader, 'repliesToSign')).toEqual([]);
      expect(await queue(lead.office, 'repliesToSend')).toEqual([id]);
      await lead.office.ok('POST', `/api/items/${id}/replies/${r.id}/send`, { version: r.version });
      expect(await queue(lead.office, 'repliesToSend')).toEqual([]);

      // R-EVAL-1: both deputies evaluate; the office sees it when the window nears its end.
      expect(await queue(dep0, 'toEvaluate')).toEqual([id]);
      expect(await queue(dep1, 'toEvaluate')).toEqual([id]);
      expect(await queue(liaison, 'evaluationsDue')).not.toContain(id);
      await d.db.execute(sql`update deadlines set due_date = ${addDays(todayInShanghai(), 2)} where item_id = ${id} and kind = 'evaluation'`);
      expect(await queue(liaison, 'evaluationsDue')).toContain(id);
      const evaluationsDue = (await liaison.ok('GET', '/api/queues/evaluationsDue')).rows.find((x: { id: number }) => x.id === id);
      expect(evaluationsDue).toMatchObject({ light: 'yellow', daysLeft: 2 });
      await dep0.ok('POST', `/api/items/${id}/evaluations`, { result: 'dissatisfied', comment: '资金安排没有落实' });
      expect(await queue(dep0, 'toEvaluate')).toEqual([]);
      await dep1.ok('POST', `/api/items/${id}/evaluations`, { result: 'satisfied', comment: '满意' });
      // R-EVAL-2: the office forwards the dissatisfied feedback; the lead unit re-handles.
      expect(await queue(liaison, 'dissatisfied')).toEqual([id]);
      const v = (await item(liaison, id)).item.version;
      await liaison.ok('POST', `/api/items/${id}/rehandling`, { version: v, note: '请与代表当面沟通' });
      expect(await queue(liaison, 'dissatisfied')).toEqual([]);
      expect(await queue(lead.office, 'rehandling')).toEqual([id]);
      expect(await queue(lead.handler, 'rehandling')).toEqual([id]);
    });

    it('each reply step tells the next person of the unit, and only them', async () => {
      const lead = u[0];
      const id = await submitAndAssign(deputies[0], liaison, c, '关于加强校园周边交通安全管理的建议', 'single', [{ unitId: lead.unitId, role: 'lead' }]);
      await contact(lead.handler, id);
      let r = await lead.handler.ok('PUT', `/api/items/${id}/reply-draft`, {
        body: '答复如下……',
        resultClass: 'A',
        publicity: 'public',
        docNumber: '湘教函〔2025〕21号',
        contactPerson: '李明',
        contactPhone: '0731-88888888',
      });
      const ids = { office: c.users.units[0].office.id, handler: c.users.units[0].handler.id, leader: c.users.units[0].leader.id };
      const step = async (who: Client, path: string, body: object = {}) => {
        r = await who.ok('POST', `/api/items/${id}/replies/${r.id}/${path}`, { version: r.version, ...body });
        await dispatchOutbox(d.db, new Date());
      };
      const latest = async (userId: number) => (await messagesOf(userId)).filter((m) => m.item_id === id)[0]?.type;
      await step(lead.handler, 'submit');
      expect(await latest(ids.office)).toBe('replyForReview');
      expect(await latest(ids.leader)).not.toBe('replyForReview');
      await step(lead.office, 'send-back', { reason: '请补充办理时限' });
      expect(await latest(ids.handler)).toBe('replySentBack');
      await step(lead.handler, 'submit');
      await step(lead.office, 'approve');
      expect(await latest(ids.leader)).toBe('replyForSignOff');
      expect(await latest(ids.handler)).not.toBe('replyForSignOff');
      await step(lead.leader, 'sign-off');
      expect(await latest(ids.office)).toBe('replySigned');
      const [msg] = await queryRows<{ title: string; body: string }>(
        d.db,
        sql`select title, body from notifications where user_id = ${ids.office} and type = 'replySigned' and item_id = ${id}`,
      );
      expect(msg.title).toBe('答复已签发');
      expect(msg.body).toContain('请发送代表');
    });

    it('adjustment and extension requests wait on the liaison office, and on the government office for government units', async () => {
      const gov0 = u[0]; // a government department
      const third = u[2];
      const id = await submitAndAssign(deputies[0], liaison, c, '关于优化义务教育学位供给的建议', 'single', [{ unitId: gov0.unitId, role: 'lead' }]);
      const task = (await item(gov0.office, id)).tasks.find((t: { unitId: number }) => t.unitId === gov0.unitId);
      await gov0.office.ok('POST', `/api/items/${id}/adjustment-requests`, { taskVersion: task.version, reason: '不属于本单位职责' });
      expect(await queue(liaison, 'adjustmentRequests')).toEqual([id]);
      expect(await queue(gov, 'adjustmentRequests')).toEqual([id]);
      const other = await submitAndAssign(deputies[0], liaison, c, '关于完善农村公路养护机制的建议', 'single', [{ unitId: third.unitId, role: 'lead' }]);
      await third.office.ok('POST', `/api/items/${other}/extension-requests`, { reason: '需跨部门协调，情况复杂' });
      expect(await queue(liaison, 'extensionRequests')).toEqual([other]);
      await dispatchOutbox(d.db, new Date());
      expect((await messagesOf(c.users.gov.id)).map((m) => m.type)).toEqual(expect.arrayContaining(['adjustmentRequested', 'extensionRequested']));
    });

    it('the lead deputy withdraws a suggestion before it is accepted: it leaves the office’s queue, the cosigners are told; not after acceptance', async () => {
      const [dep0, dep1] = deputies;
      const { id } = await submit(dep0, c, [c.deputyIds[1]]);
      await dep1.ok('POST', `/api/items/${id}/cosignature`, { confirm: true });
      expect(await queue(liaison, 'toReview')).toContain(id);
      expect((await item(dep1, id)).actions).not.toContain('withdrawSuggestion');
      const notLead = await dep1.request('POST', `/api/items/${id}/withdrawal`, { version: (await item(dep1, id)).item.version, note: '撤回' });
      expect(notLead.status).toBe(403);
      expect((await item(dep0, id)).actions).toContain('withdrawSuggestion');
      const empty = await dep0.request('POST', `/api/items/${id}/withdrawal`, { version: (await item(dep0, id)).item.version, note: ' ' });
      expect(empty.status).toBe(400);
      await dep0.ok('POST', `/api/items/${id}/withdrawal`, { version: (await item(dep0, id)).item.version, note: '情况已有变化' });
      const x = await item(dep0, id);
      expect(x.item.state).toBe('withdrawn');
      expect(x.history.map((e: { type: string }) => e.type)).toContain('withdrawSuggestion');
      expect(await queue(liaison, 'toReview')).not.toContain(id);
      await dispatchOutbox(d.db, new Date());
      const told = await queryRows<{ type: string }>(
        d.db,
        sql`select n.type from notifications n join users u on u.id = n.user_id where u.deputy_id = ${c.deputyIds[1]} and n.item_id = ${id}`,
      );
      expect(told.map((m) => m.type)).toContain('suggestionWithdrawn');
      // Once accepted it is the office's: no withdrawal.
      const other = (await submit(dep0, c, [], '关于加强农村电网改造的建议')).id;
      await accept(liaison, other);
      const late = await dep0.request('POST', `/api/items/${other}/withdrawal`, { version: (await item(dep0, other)).item.version, note: '撤回' });
      expect(late.status).toBe(409);
    });

    it('a role sees only its own queues; a queue of another role is refused, an unknown one is a bad request', async () => {
      expect((await deputies[0].ok('GET', '/api/queues')).queues.map((q: { key: string }) => q.key)).toEqual(queuesFor('deputy'));
      expect((await u[0].leader.ok('GET', '/api/queues')).queues.map((q: { key: string }) => q.key)).toEqual(['repliesToSign']);
      const refused = await deputies[0].request('GET', '/api/queues/toReview');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'QUEUE_NOT_FOR_ROLE', message: '这个待办事项不属于当前角色' });
      const bad = await liaison.request('GET', '/api/queues/everything');
      expect(bad.status).toBe(400);
      // A unit sees its own part only: another unit's new assignment is not in its queue.
      const id = await submitAndAssign(deputies[0], liaison, c, '关于支持县域商业体系建设的建议', 'single', [{ unitId: u[1].unitId, role: 'lead' }]);
      expect(await queue(u[1].office, 'assignments')).toEqual([id]);
      expect(await queue(u[0].office, 'assignments')).toEqual([]);
    });
  });
}
