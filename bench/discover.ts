import { eq, sql } from 'drizzle-orm';
import { DEADLINE_RUNNING_STATES } from '../domain/items/states';
import type { Actor } from '../server/auth/actor';
import { toActor } from '../server/auth/sessions';
import { queryRows } from '../server/db/client';
import { users } from '../server/db/schema';
import { textMatch } from '../server/queries/search';
import { encodeLedgerCursor } from '../server/queries/ledger-cursor';
import type { BenchDb } from './db';

/** Realistic 2–4 character queries a liaison office types; those found in the data are used. */
export const SEARCH_CANDIDATES = [
  '养老',
  '乡村振兴',
  '停车',
  '学前教育',
  '新能源',
  '医保',
  '托育',
  '老旧小区',
  '农村',
  '交通',
  '食品安全',
  '就业',
  '生态',
  '旅游',
  '住房',
  '医疗',
  '教育',
  '产业',
  '社区',
  '文化',
];

/** What the scenarios ask for, discovered from the data by SQL (issue 6 §2). */
export interface BenchParameters {
  actor: Actor;
  items: number;
  session: { id: number; name: string };
  /** (a): a unit with many tasks and a state that gives a full page. */
  ledgerFilter: { unitId: number; unitName: string; state: string; matching: number };
  /** (b): the keyset cursor after row `row` of the unfiltered ledger sorted by number. */
  deep: { row: number; cursor: string; number: string; id: number };
  /** (e): items with the longest histories. */
  historyItems: { id: number; events: number }[];
  /** (d): queries found in the data, with their number of matching items. */
  searchWords: { q: string; matching: number }[];
  /** (f): submitted items the liaison office may accept, oldest session last. */
  writePool: { id: number; version: number }[];
}

export async function discoverParameters(bench: BenchDb, username: string): Promise<BenchParameters> {
  const { db } = bench;
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`账号 ${username} 不存在：基准数据应包含演示账号（npm run bench:data）`);
  const actor = toActor(user);
  if (actor.role !== 'liaisonOffice' || !actor.congressId) throw new Error(`账号 ${username} 须为联工委（liaisonOffice）角色，实际为 ${actor.role}`);
  const congress = actor.congressId;

  const [{ n: items }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from items where congress_id = ${congress}`);
  const [session] = await queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from sessions where congress_id = ${congress} order by year desc, id desc limit 1`,
  );
  if (!session) throw new Error('基准数据中没有届次会议：请先运行 npm run bench:data');

  // (a) the unit and state with the most items, preferring a state whose deadline runs (a page sorted by deadline).
  const running = sql.join(
    DEADLINE_RUNNING_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const [pick] = await queryRows<{ unitId: number; unitName: string; state: string; n: number }>(
    db,
    sql`
    select t.unit_id as "unitId", o.name as "unitName", i.state, count(distinct i.id)::int as n
    from tasks t join items i on i.id = t.item_id join organizations o on o.id = t.unit_id
    where i.congress_id = ${congress} and t.state <> 'withdrawn'
    group by t.unit_id, o.name, i.state
    order by (i.state in (${running}) and count(distinct i.id) >= 20) desc, count(distinct i.id) desc, t.unit_id
    limit 1`,
  );
  if (!pick) throw new Error('基准数据中没有承办任务：请先运行 npm run bench:data');

  // (b) ~row 100,000, or 80% of the items in a smaller data set.
  const row = Math.max(1, Math.min(100_000, Math.floor(items * 0.8)));
  const [last] = await queryRows<{ number: string; id: number }>(
    db,
    sql`select number, id from items where congress_id = ${congress} order by number, id offset ${row - 1} limit 1`,
  );

  const historyItems = await queryRows<{ id: number; events: number }>(
    db,
    sql`
    select e.item_id as id, count(*)::int as events from item_events e join items i on i.id = e.item_id
    where i.congress_id = ${congress} group by e.item_id order by count(*) desc, e.item_id limit 5`,
  );

  const searchWords: { q: string; matching: number }[] = [];
  for (const q of SEARCH_CANDIDATES) {
    if (searchWords.length >= 10) break;
    const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from items where congress_id = ${congress} and ${textMatch(q)!}`);
    if (r.n > 0) searchWords.push({ q, matching: r.n });
  }
  if (!searchWords.length) throw new Error(`基准数据中找不到任何检索词（${SEARCH_CANDIDATES.join('、')}）`);

  const writePool = await queryRows<{ id: number; version: number }>(
    db,
    sql`
    select id, version from items where congress_id = ${congress} and state = 'submitted'
    order by (session_id = ${session.id}) desc, id`,
  );

  return {
    actor,
    items,
    session,
    ledgerFilter: { unitId: pick.unitId, unitName: pick.unitName, state: pick.state, matching: pick.n },
    deep: { row, number: last.number, id: last.id, cursor: encodeLedgerCursor({ sort: 'number', key: last.number, id: last.id }) },
    historyItems,
    searchWords,
    writePool,
  };
}
