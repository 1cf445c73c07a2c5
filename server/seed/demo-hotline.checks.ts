/**
 * The demo seed's checks of 岳阳市's hotline channel (issue 15, demo-hotline.ts), registered by demo.test.ts
 * on its one seeded database: every stage and path of an order, consistent histories and clocks, the accounts.
 */
import { sql, type SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { WORK_ORDER_STATES } from '../../domain/hotline/orders';
import { queryRows, type Db } from '../db/client';
import { HOTLINE_ACCOUNTS } from './demo-accounts';
import type { SeedResult } from './demo';

export function hotlineChecks(get: () => { db: Db; result: SeedResult }): void {
  const q = <T>(s: SQL) => queryRows<T>(get().db, s);

  it('drives the hotline orders to every state, by every way in, with merges, returns, sign-offs and both kinds of supervision', async () => {
    const states = await q<{ state: string; n: number }>(sql`select state, count(*)::int as n from work_orders group by state`);
    const by = Object.fromEntries(states.map((s) => [s.state, s.n]));
    for (const s of WORK_ORDER_STATES) expect(by[s] ?? 0, s).toBeGreaterThan(0);
    const total = states.reduce((n, s) => n + s.n, 0);
    expect(total).toBe(get().result.workOrders);
    expect(total - by.merged).toBe(get().result.problems);
    const sources = await q<{ v: string }>(sql`select distinct source as v from work_orders`);
    expect(sources.map((s) => s.v).sort()).toEqual(['deputy', 'hotlineOffice', 'platform']);
    const kinds = await q<{ v: string }>(sql`select distinct kind as v from work_order_supervisions`);
    expect(kinds.map((s) => s.v)).toEqual(expect.arrayContaining(['committee', 'local']));
    const types = await q<{ v: string }>(sql`select distinct type as v from work_order_events`);
    expect(types.map((t) => t.v)).toEqual(
      expect.arrayContaining(['signOffRequested', 'signOffRecorded', 'unitReturned', 'merged', 'contacted', 'rated', 'supervisionOpened', 'spotChecked']),
    );
    // Every order has its caller matched to a city deputy, and the merged ones point at a live order.
    const [bad] = await q<{ unmatched: number; dangling: number }>(
      sql`select (select count(*)::int from work_orders where deputy_id is null) as unmatched,
            (select count(*)::int from work_orders w where w.state = 'merged' and not exists (select 1 from work_orders x where x.id = w.merged_into_id and x.state <> 'merged')) as dangling`,
    );
    expect(bad).toEqual({ unmatched: 0, dangling: 0 });
  });

  it("keeps each order's history a chain ending in its state, and its clocks as the rules say", async () => {
    const [chain] = await q<{ broken: number; last: number; orders: number }>(
      sql`with st as (
            select e.order_id, e.from_state, e.to_state, lag(e.to_state) over (partition by e.order_id order by e.id) as prev,
              row_number() over (partition by e.order_id order by e.id desc) as rn
            from work_order_events e where e.to_state is not null and e.from_state is distinct from e.to_state)
          select (select count(*)::int from st where prev is not null and from_state is distinct from prev) as broken,
            (select count(*)::int from st join work_orders w on w.id = st.order_id where st.rn = 1 and st.to_state <> w.state) as last,
            (select count(distinct order_id)::int from st) as orders`,
    );
    expect(chain.broken).toBe(0);
    expect(chain.last).toBe(0);
    const [clock] = await q<{ wrong: number; dispatched: number }>(
      sql`select count(*) filter (where contact_due_at <> dispatched_at + interval '24 hours')::int as wrong, count(*)::int as dispatched
          from work_orders where dispatched_at is not null`,
    );
    expect(clock.dispatched).toBeGreaterThan(0);
    expect(clock.wrong).toBe(0);
  });

  it('creates the channel accounts printed at start', async () => {
    const rows = await q<{ username: string; role: string }>(
      sql`select username, role from users where username in (${sql.join(
        HOTLINE_ACCOUNTS.map((a) => sql`${a.username}`),
        sql`, `,
      )}) order by username`,
    );
    expect(rows).toEqual(HOTLINE_ACCOUNTS.map((a) => ({ username: a.username, role: a.role })).sort((a, b) => a.username.localeCompare(b.username)));
  });
}
