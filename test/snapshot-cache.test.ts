import { sql } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { snapshotCached } from '../server/queries/snapshot-cache';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { submit } from './helpers/flow';

/** Issue 6 §4: reads kept per database snapshot are exact — any committed write, from anywhere, is seen by the next read. */
describe.each(DB_KINDS)('snapshot cache on %s', (kind) => {
  let { d, app, c, liaison, dep } = {} as CongressSetup;
  useCongress(kind, { once: true, units: 0 }, (s) => ({ d, app, c, liaison, dep } = s));
  beforeAll(async () => {
    await submit(dep, c, [], '关于加强农村公路养护的建议');
  });

  it('computes once while nothing is written, again after any write', async () => {
    let computed = 0;
    const read = () =>
      snapshotCached(d.db, ['test', 'count'], async (tx) => {
        computed++;
        const [r] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from items`);
        return r.n;
      });
    const first = await read();
    expect(await read()).toBe(first);
    expect(computed).toBe(1);
    // A write that touches no item still moves the snapshot: computed again, same answer.
    await d.db.execute(sql`insert into audit_log (action, detail) values ('test', 'snapshot')`);
    expect(await read()).toBe(first);
    expect(computed).toBe(2);
  });

  it('the ledger and the item page show a change made outside this server at once', async () => {
    const page = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}`);
    const id = page.rows[0].id;
    await liaison.ok('GET', `/api/items/${id}`);
    // Another process (PostgreSQL: a connection of its own; PGlite has only one) renames the item.
    if (kind === 'postgres' && d.url) {
      const other = new pg.Client({ connectionString: d.url });
      await other.connect();
      await other.query(`update items set title = '关于加强农村公路养护管理的建议' where id = $1`, [id]);
      await other.end();
    } else {
      await d.db.execute(sql`update items set title = '关于加强农村公路养护管理的建议' where id = ${id}`);
    }
    expect((await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}`)).rows[0].title).toBe('关于加强农村公路养护管理的建议');
    expect((await liaison.ok('GET', `/api/items/${id}`)).item.title).toBe('关于加强农村公路养护管理的建议');
  });

  it('keeps answers apart per reader scope: a unit does not get the office page', async () => {
    const office = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}`);
    expect(office.total).toBeGreaterThan(0);
    const unit = await Client.login(app, c.users.units[0].office.username);
    const own = await unit.ok('GET', `/api/items?sessionId=${c.sessionId}`);
    // Nothing is assigned yet: the same URL gives the unit its own (empty) ledger.
    expect(own.total).toBe(0);
  });
});
