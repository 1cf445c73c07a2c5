import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { watchDeadlines } from '../server/jobs/deadline-watch';
import { expireEvaluationWindows } from '../server/jobs/evaluation-expiry';
import { watchPublication } from '../server/jobs/publication-watch';
import type { JobContext, JobResult } from '../server/jobs/types';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { contact, draftAndSign, item, send, submitAndAssign } from './helpers/flow';
import { todayInShanghai } from '../domain/deadlines';

const at = (local: string) => new Date(`${local}T10:00:00+08:00`);

describe.each(DB_KINDS)('time-based jobs and the deadline ledger on %s', (kind) => {
  let { d, c, liaison, dep, supervisor, u0 } = {} as CongressSetup;
  useCongress(kind, { units: 1, supervisor: true }, (s) => ({ d, c, liaison, dep, supervisor, u0 } = s));

  const run = (fn: (ctx: JobContext) => Promise<JobResult>, now: Date) => d.db.transaction((tx) => fn({ tx: tx as never, now, scheduledFor: now }));
  const outboxOf = (itemId: number, type: string) =>
    queryRows<{ payload: Record<string, unknown>; recipientOrgId: number | null }>(
      d.db,
      sql`select payload, recipient_org_id as "recipientOrgId" from outbox where item_id = ${itemId} and type = ${type} order by id`,
    );

  const assigned = (title: string, units = [{ unitId: c.unitIds[0], role: 'lead' }]) =>
    submitAndAssign(dep, liaison, c, title, units.length > 1 ? 'leadCo' : 'single', units);

  it('tells a unit once when its light turns yellow, once when red, and before its adjustment window closes (R-SUP-1, R-ASSIGN-3)', async () => {
    const id = await assigned('关于城区停车难问题的建议', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[1], role: 'co' },
    ]);
    const detail = await item(liaison, id);
    const reply = detail.deadlines.find((x: { kind: string }) => x.kind === 'reply').dueDate;
    const window = detail.deadlines.find((x: { kind: string }) => x.kind === 'adjustmentWindow').dueDate;
    const co = detail.deadlines.find((x: { kind: string }) => x.kind === 'coOpinion').dueDate;
    // Two days before the adjustment window closes: both units, once.
    const twoDaysBefore = new Date(at(window).getTime() - 2 * 86_400_000);
    expect(await run(watchDeadlines, twoDaysBefore)).toMatchObject({ adjustmentWindowClosing: 2, yellow: 0, red: 0 });
    expect(await run(watchDeadlines, twoDaysBefore)).toMatchObject({ adjustmentWindowClosing: 0 });
    expect((await outboxOf(id, 'adjustmentWindowClosing')).map((o) => o.recipientOrgId).sort()).toEqual([c.unitIds[0], c.unitIds[1]].sort());
    // The co-handler's opinion is due first: yellow ten days before, then red; the lead's reply later.
    const coYellow = new Date(at(co).getTime() - 10 * 86_400_000);
    expect(await run(watchDeadlines, coYellow)).toMatchObject({ yellow: 1, red: 0 });
    expect(await run(watchDeadlines, new Date(at(co).getTime() + 86_400_000))).toMatchObject({ yellow: 0, red: 1 });
    const replyRed = new Date(at(reply).getTime() + 86_400_000);
    // A run after a long outage sends only what is true now: the reply is red, its yellow never sent.
    expect(await run(watchDeadlines, replyRed)).toMatchObject({ yellow: 0, red: 1 });
    expect(await run(watchDeadlines, replyRed)).toMatchObject({ yellow: 0, red: 0 });
    const red = await outboxOf(id, 'lightRed');
    expect(red.map((o) => [o.recipientOrgId, o.payload.deadline])).toEqual([
      [c.unitIds[1], '会办意见'],
      [c.unitIds[0], '答复'],
    ]);
    const history = (await item(liaison, id)).history.filter((e: { type: string }) => e.type === 'lightChanged');
    expect(history.map((e: { payload: { light: string }; actorName: string }) => [e.payload.light, e.actorName])).toEqual([
      ['yellow', '系统'],
      ['red', '系统'],
      ['red', '系统'],
    ]);
  });

  it('closes a replied item whose evaluation window passed as not evaluated, by the system (R-EVAL-3)', async () => {
    const id = await assigned('关于提高农村低保标准的建议');
    await contact(u0.handler, id);
    await send(u0.office, id, await draftAndSign(u0, id, 'A'));
    const due = (await item(liaison, id)).deadlines.find((x: { kind: string }) => x.kind === 'evaluation').dueDate;
    expect(await run(expireEvaluationWindows, at(due))).toEqual({ closed: 0, dissatisfied: 0 });
    expect(await run(expireEvaluationWindows, new Date(at(due).getTime() + 86_400_000))).toEqual({ closed: 1, dissatisfied: 0 });
    const after = await item(liaison, id);
    expect(after.item).toMatchObject({ state: 'closed', closeReason: 'notEvaluated' });
    const ev = after.history.find((e: { type: string }) => e.type === 'evaluationWindowExpired');
    expect(ev).toMatchObject({ actorName: '系统', fromState: 'replied', toState: 'closed' });
    expect(await outboxOf(id, 'evaluationExpired')).toHaveLength(1);
  });

  it('warns the liaison office before and after a public reply’s publication date; publishing stops it (R-PUBLISH-1)', async () => {
    const id = await assigned('关于公开财政预算的建议');
    await contact(u0.handler, id);
    const sent = await send(u0.office, id, await draftAndSign(u0, id, 'A'));
    expect(sent.status).toBe(200);
    const today = todayInShanghai();
    const plus = (days: number) => new Date(at(today).getTime() + days * 86_400_000);
    // Other tests' replies share the database: count this item's warnings.
    const warnings = async (when: Date) => {
      await run(watchPublication, when);
      return { due: (await outboxOf(id, 'publicationDue')).length, overdue: (await outboxOf(id, 'publicationOverdue')).length };
    };
    expect(await warnings(plus(11))).toEqual({ due: 0, overdue: 0 });
    expect(await warnings(plus(12))).toEqual({ due: 1, overdue: 0 });
    expect(await warnings(plus(13))).toEqual({ due: 1, overdue: 0 });
    expect(await warnings(plus(16))).toEqual({ due: 1, overdue: 1 });
    const [r] = (await item(liaison, id)).replies;
    const unitTry = await u0.office.post(`/api/items/${id}/replies/${r.id}/publish`, { version: r.version });
    expect(unitTry.status).toBe(403);
    const published = await liaison.ok('POST', `/api/items/${id}/replies/${r.id}/publish`, { version: r.version });
    expect(published.publishedAt).toBeTruthy();
    const twice = await liaison.post(`/api/items/${id}/replies/${r.id}/publish`, { version: published.version });
    expect(twice.body.code).toBe('REPLY_ALREADY_PUBLISHED');
    await d.db.execute(sql`delete from outbox where item_id = ${id} and type like 'publication%'`);
    expect(await warnings(plus(20))).toEqual({ due: 0, overdue: 0 });
    expect((await item(liaison, id)).history.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['publicationDue', 'publicationOverdue', 'publishReply']),
    );
  });

  it('lists every open deadline with days left and light, counts by unit, and a unit sees only its own (R-SUP-1)', async () => {
    const a = await assigned('关于甲的建议', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[1], role: 'co' },
    ]);
    await assigned('关于乙的建议', [{ unitId: c.unitIds[1], role: 'lead' }]);
    const all = await supervisor.ok('GET', '/api/deadlines');
    const mine = all.rows.filter((r: { itemId: number }) => r.itemId === a);
    expect(mine.map((r: { unitId: number; kind: string; light: string }) => [r.unitId, r.kind, r.light]).sort()).toEqual(
      [
        [c.unitIds[0], 'reply', 'green'],
        [c.unitIds[1], 'coOpinion', 'green'],
      ].sort(),
    );
    expect(mine[0].daysLeft).toBeGreaterThan(20);
    const unit1 = all.units.find((u: { unitId: number }) => u.unitId === c.unitIds[1]);
    expect(unit1).toMatchObject({ total: 2, green: 2, red: 0 });
    // A unit sees its own deadlines only, whatever it asks for.
    const own = await u0.office.ok('GET', `/api/deadlines?unitId=${c.unitIds[1]}`);
    expect(new Set(own.rows.map((r: { unitId: number }) => r.unitId))).toEqual(new Set([c.unitIds[0]]));
    expect((await supervisor.ok('GET', '/api/deadlines?light=red')).rows).toHaveLength(0);
    expect((await supervisor.get('/api/deadlines?light=purple')).status).toBe(400);
    expect((await dep.get('/api/deadlines')).status).toBe(403);
  });
});
