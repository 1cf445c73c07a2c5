import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeLedgerCursor } from '../server/queries/ledger-cursor';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { submit } from './helpers/flow';

/** Issue 6 §4: the ledger's pages after a cursor are the same rows, in the same order, as OFFSET pages. */
describe.each(DB_KINDS)('ledger keyset pagination on %s', (kind) => {
  let { d, c, liaison, dep } = {} as CongressSetup;
  useCongress(kind, { once: true, units: 0 }, (s) => ({ d, c, liaison, dep } = s));
  beforeAll(async () => {
    for (let i = 0; i < 23; i++) await submit(dep, c, [], `关于第${i + 1}项民生实事的建议`);
    // Due dates with ties and gaps (null: no deadline running), and equal submission times, so ties are broken by id.
    await d.db.execute(sql`update items set current_due = case when id % 3 = 0 then null else date '2026-03-01' + (id % 4) end,
      submitted_at = timestamptz '2026-01-18 09:00:00.123456+08' + (id % 5) * interval '1 hour'
      where session_id = ${c.sessionId}`);
  });

  const base = (sort: string, order: string) => `/api/items?sessionId=${c.sessionId}&sort=${sort}&order=${order}`;

  it.each([
    ['number', 'asc'],
    ['number', 'desc'],
    ['due', 'asc'],
    ['due', 'desc'],
    ['submittedAt', 'desc'],
    ['updatedAt', 'asc'],
  ])('sort %s %s: walking the cursors gives the offset order', async (sort, order) => {
    const all = (await liaison.ok('GET', `${base(sort, order)}&pageSize=100`)).rows.map((r: { id: number }) => r.id);
    expect(all).toHaveLength(23);
    const walked: number[] = [];
    let page = await liaison.ok('GET', `${base(sort, order)}&pageSize=5`);
    expect(page.total).toBe(23);
    walked.push(...page.rows.map((r: { id: number }) => r.id));
    while (page.nextCursor) {
      page = await liaison.ok('GET', `${base(sort, order)}&pageSize=5&after=${page.nextCursor}`);
      // Later pages skip the count (page 1 has it).
      expect(page.total).toBeNull();
      walked.push(...page.rows.map((r: { id: number }) => r.id));
    }
    expect(walked).toEqual(all);
  });

  it('refuses a cursor that is not one, or one of another sort, with 400 BAD_CURSOR', async () => {
    const bad = await liaison.request('GET', `${base('number', 'asc')}&after=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('BAD_CURSOR');
    expect(bad.body.message).toMatch(/翻页位置无效/);
    const other = encodeLedgerCursor({ sort: 'due', key: '2026-03-01', id: 1 });
    const mixed = await liaison.request('GET', `${base('number', 'asc')}&after=${other}`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.code).toBe('BAD_CURSOR');
  });
});
