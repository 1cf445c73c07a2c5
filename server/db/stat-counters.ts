/**
 * Statistics maintained, not recomputed (issue 18 §2): the R-STAT-1 figures of a scope are sums of
 * counters kept current in the transaction that changes an item, so a session's or a unit's figures cost
 * a read of a few hundred rows whatever the number of items.
 *
 * - `stat_facts`: what each item contributes, seen whole (unit_id 0) and from each unit with a part in it
 *   (a unit's figures count its own contacts and commitments only): counted or not, answered, on time,
 *   class, evaluations, contacts, the units with a live part, the route, the top category, the intake class.
 *   A unit's rows carry the item's number and deadline too: indexed, they are the unit's ledger in each sort's
 *   order (server/queries/ledger.ts reads a unit's page from them, as long as the page, not the unit).
 * - `stat_counts`: per (unit perspective, congress, session, kind) the sum of every named figure over the
 *   items' facts — `items`, `replied`, `class:A`, `unit:17`, `category:3`, `intake:returned` … (statNames).
 * - Triggers on every table a figure reads mark the items a statement touched (`stat_dirty`); a deferred
 *   trigger recomputes those items' facts at commit, under a per-item advisory lock taken in id order, and
 *   adds the difference to the counters in one ordered upsert. Whatever path writes — a use case, the
 *   import, the bench generator, an administrator's edit of a unit or a category — the counters follow.
 *
 * The objects are derived data, installed after the migrations from the definitions below (the states come
 * from domain/items/states.ts, one source); a changed definition drops them and rebuilds every counter.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ANSWERED_ITEM_STATES, DONE_TASK_STATES, INACTIVE_TASK_STATES, UNACCEPTED_ITEM_STATES } from '../../domain/items/states';
import { queryRows, type Db } from './client';

const literals = (xs: readonly string[]) => xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',');
const UNACCEPTED = literals(UNACCEPTED_ITEM_STATES);
const ANSWERED = literals(ANSWERED_ITEM_STATES);
const INACTIVE_TASKS = literals(INACTIVE_TASK_STATES);
const DONE_TASKS = literals(DONE_TASK_STATES);
/** Items still with their co-signers or their delegation: not yet received by the office (the intake's 收到). */
const NOT_RECEIVED = literals(['awaitingCosigners', 'delegationReview']);
/** The intake's classes named by state; every other received item is registered (立案) or a reference item. */
const INTAKE_STATES: [string, string][] = [
  ['submitted', 'pending'],
  ['returned', 'returned'],
  ['merged', 'merged'],
  ['notAccepted', 'notAccepted'],
  ['withdrawn', 'withdrawn'],
];

/** The tables whose rows a figure reads, with the column naming the item. */
const WATCHED: [table: string, itemColumn: string][] = [
  ['items', 'id'],
  ['tasks', 'item_id'],
  ['replies', 'item_id'],
  ['evaluations', 'item_id'],
  ['contacts', 'item_id'],
  ['commitments', 'item_id'],
];

const FACT_COLUMNS = `item_id, unit_id, congress_id, session_id, kind, state, counted, intake, assigned, replied, result_class, rehandled,
  closed, on_time, first_day, reply_day, satisfied, basically, dissatisfied, first_satisfied, first_basically, first_dissatisfied,
  contacts, visited, commitments, struck_off, lead_units, part_units, route, top_category, task_role, task_state, task_due,
  number, current_due`;

const TABLES = [
  `create table stat_meta (definition text not null)`,
  `create table stat_dirty (txid bigint not null, item_id integer not null, primary key (txid, item_id))`,
  `create table stat_facts (
    item_id integer not null, unit_id integer not null, congress_id integer not null, session_id integer not null, kind text not null,
    state text not null, counted boolean not null, intake text, assigned boolean not null, replied boolean not null, result_class text,
    rehandled boolean not null, closed boolean not null, on_time boolean not null, first_day date, reply_day date,
    satisfied integer not null, basically integer not null, dissatisfied integer not null,
    first_satisfied integer not null, first_basically integer not null, first_dissatisfied integer not null,
    contacts integer not null, visited boolean not null, commitments integer not null, struck_off integer not null,
    lead_units integer[], part_units integer[], route text, top_category integer, task_role text, task_state text, task_due date,
    number text, current_due date,
    primary key (item_id, unit_id))`,
  // The report's dates (the last first reply, the last reply) are maxima, not sums: read per cell from these.
  `create index stat_facts_first_day on stat_facts (unit_id, congress_id, session_id, kind, first_day)`,
  `create index stat_facts_reply_day on stat_facts (unit_id, congress_id, session_id, kind, reply_day)`,
  // A unit's parts overdue today (GET /api/statistics/units): counted from the facts, as today moves.
  `create index stat_facts_task_due on stat_facts (session_id, task_state, task_due) where unit_id <> 0`,
  // A unit's ledger (server/queries/ledger-unit.ts): the items it has a live part in, in the order of each
  // sort the workbench offers (number, deadline), whole or by state — read up to the page, never sorted whole.
  ...['number', 'current_due'].flatMap((key) => [
    `create index stat_facts_unit_${key} on stat_facts (unit_id, ${key}, item_id) where unit_id <> 0`,
    `create index stat_facts_unit_state_${key} on stat_facts (unit_id, state, ${key}, item_id) where unit_id <> 0`,
  ]),
  `create table stat_counts (
    unit_id integer not null, congress_id integer not null, session_id integer not null, kind text not null,
    name text not null, value integer not null,
    primary key (unit_id, congress_id, session_id, kind, name))`,
  // Figures side by side for every unit (GET /api/statistics/units): a few names of one session or congress.
  `create index stat_counts_name on stat_counts (name, congress_id, session_id)`,
];

/**
 * One row per item and perspective: the whole item (unit 0) and each unit with a part not withdrawn — the
 * same conditions as server/queries/statistics/figures.ts and report-figures.ts compute over a scope.
 */
const FACTS_VIEW = `create view stat_item_facts as
select i.id as item_id, p.unit_id, i.congress_id, i.session_id, i.kind, i.state,
  i.state not in (${UNACCEPTED}) as counted,
  case when i.state in (${NOT_RECEIVED}) then null
    ${INTAKE_STATES.map(([s, c]) => `when i.state = '${s}' then '${c}'`).join(' ')}
    when exists (select 1 from tasks r where r.item_id = i.id and r.role = 'reference') then 'reference'
    else 'registered' end as intake,
  i.assigned_on is not null as assigned,
  a.answered as replied,
  i.result_class,
  i.round > 1 as rehandled,
  i.state = 'closed' and i.assigned_on is not null as closed,
  coalesce(a.answered and fr.first_sent <= i.reply_due, false) as on_time,
  case when a.answered then fr.first_sent end as first_day,
  case when a.answered then i.replied_on end as reply_day,
  ev.satisfied, ev.basically, ev.dissatisfied, ev.first_satisfied, ev.first_basically, ev.first_dissatisfied,
  ct.contacts, ct.visited, cm.commitments, cm.struck_off,
  pt.lead_units, pt.part_units, pt.route,
  coalesce(c.parent_id, c.id) as top_category,
  p.task_role, p.task_state, p.task_due,
  i.number, i.current_due
from items i
cross join lateral (select i.state in (${ANSWERED}) and i.assigned_on is not null as answered) a
cross join lateral (select 0 as unit_id, null as task_role, null as task_state, null::date as task_due
  union all select t.unit_id, t.role, t.state, t.due_date from tasks t where t.item_id = i.id and t.state <> 'withdrawn') p
-- answered on the day its last part was first answered (a split item: the latest of its parts' first replies)
left join lateral (select max(per_task.first_sent) as first_sent from (
    select min(r.sent_on) as first_sent from replies r where r.item_id = i.id and r.state = 'sent' and r.round = 1 group by r.task_id) per_task) fr on true
cross join lateral (select
    count(*) filter (where e.result = 'satisfied' and e.round = i.round)::int as satisfied,
    count(*) filter (where e.result = 'basicallySatisfied' and e.round = i.round)::int as basically,
    count(*) filter (where e.result = 'dissatisfied' and e.round = i.round)::int as dissatisfied,
    count(*) filter (where e.result = 'satisfied' and e.round = 1)::int as first_satisfied,
    count(*) filter (where e.result = 'basicallySatisfied' and e.round = 1)::int as first_basically,
    count(*) filter (where e.result = 'dissatisfied' and e.round = 1)::int as first_dissatisfied
  from evaluations e where e.item_id = i.id) ev
cross join lateral (select count(*)::int as contacts, coalesce(bool_or(x.face_to_face), false) as visited
  from contacts x where x.item_id = i.id and i.assigned_on is not null and (p.unit_id = 0 or x.unit_id = p.unit_id)) ct
cross join lateral (select count(*)::int as commitments, count(*) filter (where x.state = 'struckOff')::int as struck_off
  from commitments x where x.item_id = i.id and (p.unit_id = 0 or x.unit_id = p.unit_id)) cm
cross join lateral (select
    array_agg(distinct t.unit_id) filter (where t.role in ('lead','split')) as lead_units,
    array_agg(distinct t.unit_id) as part_units,
    case when bool_or(o.is_government) and bool_or(not o.is_government) then 'joint'
      when bool_or(o.is_government) then 'government' when bool_or(not o.is_government) then 'other' end as route
  from tasks t join organizations o on o.id = t.unit_id
  where t.item_id = i.id and i.assigned_on is not null and t.role in ('lead','split','co') and t.state not in (${INACTIVE_TASKS})) pt
left join categories c on c.id = i.category_id`;

/** The named figures one fact row adds (counted items only, except the intake's). */
const NAMES_FUNCTION = `create function stat_names(f stat_facts) returns table (name text, value integer) language sql immutable as $$
  select x.name, x.value from (values
    ('items', 1), ('assigned', f.assigned::int), ('replied', f.replied::int), ('onTime', f.on_time::int),
    ('rehandled', f.rehandled::int), ('closed', f.closed::int),
    ('satisfied', f.satisfied), ('basicallySatisfied', f.basically), ('dissatisfied', f.dissatisfied),
    ('firstSatisfied', f.first_satisfied), ('firstBasicallySatisfied', f.first_basically), ('firstDissatisfied', f.first_dissatisfied),
    ('contacts', f.contacts), ('contactedItems', (f.contacts > 0)::int), ('visitedItems', f.visited::int),
    ('commitments', f.commitments), ('struckOff', f.struck_off)
  ) x(name, value) where f.counted and x.value <> 0
  union all select 'class:' || f.result_class, 1 where f.counted and f.result_class is not null
  union all select 'category:' || coalesce(f.top_category::text, 'none'), 1 where f.counted
  union all select 'route:' || f.route, 1 where f.counted and f.route is not null
  union all select 'lead:' || u, 1 from unnest(f.lead_units) u where f.counted
  union all select 'unit:' || u, 1 from unnest(f.part_units) u where f.counted
  union all select 'intake:' || f.intake, 1 where f.intake is not null
  union all select 'intake:received', 1 where f.intake is not null
  -- every item by state, counted or not: the ledger's totals (server/queries/ledger-total.ts)
  union all select 'state:' || f.state, 1 where f.state is not null
  -- a unit's own part, live (not withdrawn, not a draft), as GET /api/statistics/units counts it
  union all select x.name, 1 from (values
    ('task:any', true), ('task:lead', f.task_role in ('lead','split')), ('task:co', f.task_role = 'co'), ('task:done', f.task_state in (${DONE_TASKS}))
  ) x(name, on_) where x.on_ and f.task_state not in (${INACTIVE_TASKS})
$$`;

/** Recompute the facts of `ids` and add the difference to the counters (one upsert, in key order). */
const APPLY_FUNCTION = `create function stat_apply(ids integer[]) returns void language plpgsql as $$
declare olds stat_facts[];
begin
  select coalesce(array_agg(f), '{}') into olds from stat_facts f where f.item_id = any(ids);
  delete from stat_facts where item_id = any(ids);
  insert into stat_facts (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_item_facts where item_id = any(ids);
  insert into stat_counts (unit_id, congress_id, session_id, kind, name, value)
  select d.unit_id, d.congress_id, d.session_id, d.kind, d.name, sum(d.value)::int from (
    select o.unit_id, o.congress_id, o.session_id, o.kind, n.name, -n.value as value from unnest(olds) o cross join lateral stat_names(o) n
    union all
    select f.unit_id, f.congress_id, f.session_id, f.kind, n.name, n.value from stat_facts f cross join lateral stat_names(f) n where f.item_id = any(ids)
  ) d group by 1, 2, 3, 4, 5 having sum(d.value) <> 0 order by 1, 2, 3, 4, 5
  on conflict (unit_id, congress_id, session_id, kind, name) do update set value = stat_counts.value + excluded.value;
end $$`;

/**
 * At commit (deferred): the items this transaction marked. The advisory locks, in id order, keep two
 * transactions that changed the same item from reading each other's old facts.
 */
const FLUSH_FUNCTION = `create function stat_flush() returns trigger language plpgsql as $$
declare ids integer[];
begin
  with d as (delete from stat_dirty where txid = txid_current() returning item_id)
    select array_agg(distinct d.item_id order by d.item_id) into ids from d;
  if ids is null then return null; end if;
  perform pg_advisory_xact_lock(1818, i) from (select unnest(ids) as i order by 1) l;
  perform stat_apply(ids);
  return null;
end $$`;

/** Statement-level marks (a bulk insert marks its items once per statement, not once per row). */
function markTriggers(table: string, col: string): string[] {
  const mark = (rel: string) =>
    `insert into stat_dirty (txid, item_id) select distinct txid_current(), ${col} from ${rel} where ${col} is not null on conflict do nothing;`;
  const fn = (name: string, body: string) => `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`;
  return [
    fn(`stat_mark_${table}_new`, mark('stat_new')),
    fn(`stat_mark_${table}_old`, mark('stat_old')),
    fn(`stat_mark_${table}_both`, mark('stat_old') + ' ' + mark('stat_new')),
    `create trigger stat_mark_ins after insert on ${table} referencing new table as stat_new for each statement execute function stat_mark_${table}_new()`,
    `create trigger stat_mark_del after delete on ${table} referencing old table as stat_old for each statement execute function stat_mark_${table}_old()`,
    `create trigger stat_mark_upd after update on ${table} referencing old table as stat_old new table as stat_new for each statement execute function stat_mark_${table}_both()`,
  ];
}

/** Rare administrative edits that move many items' figures: a unit's government flag (the route), a category's parent. */
const SIDE_TRIGGERS = [
  `create function stat_mark_unit_items() returns trigger language plpgsql as $$ begin
    insert into stat_dirty (txid, item_id) select distinct txid_current(), t.item_id from tasks t where t.unit_id = new.id on conflict do nothing;
    return null; end $$`,
  `create trigger stat_mark_units after update of is_government on organizations for each row
    when (old.is_government is distinct from new.is_government) execute function stat_mark_unit_items()`,
  `create function stat_mark_category_items() returns trigger language plpgsql as $$ begin
    insert into stat_dirty (txid, item_id) select txid_current(), i.id from items i where i.category_id = new.id on conflict do nothing;
    return null; end $$`,
  `create trigger stat_mark_categories after update of parent_id on categories for each row
    when (old.parent_id is distinct from new.parent_id) execute function stat_mark_category_items()`,
];

const OBJECTS = [
  ...TABLES,
  FACTS_VIEW,
  NAMES_FUNCTION,
  APPLY_FUNCTION,
  FLUSH_FUNCTION,
  `create constraint trigger stat_flush after insert on stat_dirty deferrable initially deferred for each row execute function stat_flush()`,
  ...WATCHED.flatMap(([t, c]) => markTriggers(t, c)),
  ...SIDE_TRIGGERS,
];

const DROP = [
  ...WATCHED.flatMap(([t]) => [`stat_mark_${t}_new`, `stat_mark_${t}_old`, `stat_mark_${t}_both`].map((f) => `drop function if exists ${f}() cascade`)),
  `drop function if exists stat_mark_unit_items() cascade`,
  `drop function if exists stat_mark_category_items() cascade`,
  `drop view if exists stat_item_facts`,
  `drop table if exists stat_dirty, stat_facts, stat_counts, stat_meta cascade`,
  `drop function if exists stat_flush() cascade`,
  `drop function if exists stat_apply(integer[]) cascade`,
];

const DEFINITION = createHash('sha256').update(OBJECTS.join('\n;\n')).digest('hex');

/** Every counter from scratch: the facts of every item, then their sums (in the caller's transaction). */
export async function rebuildStatCounters(tx: Db): Promise<void> {
  await tx.execute(sql`delete from stat_facts`);
  await tx.execute(sql`delete from stat_counts`);
  await tx.execute(sql.raw(`insert into stat_facts (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_item_facts`));
  await tx.execute(
    sql.raw(`insert into stat_counts (unit_id, congress_id, session_id, kind, name, value)
      select f.unit_id, f.congress_id, f.session_id, f.kind, n.name, sum(n.value)::int
      from stat_facts f cross join lateral stat_names(f) n group by 1, 2, 3, 4, 5`),
  );
}

/**
 * After the migrations: install the counters' tables, view, functions and triggers when missing or
 * defined differently, and count every item already there — in one transaction, so no reader sees
 * counters without the items. Two processes starting together take turns.
 */
export async function installStatCounters(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(1818, 0)`);
    const [{ present }] = await queryRows<{ present: boolean }>(tx, sql`select to_regclass('stat_meta') is not null as present`);
    if (present) {
      const [current] = await queryRows<{ definition: string }>(tx, sql`select definition from stat_meta`);
      if (current?.definition === DEFINITION) return;
    }
    for (const s of DROP) await tx.execute(sql.raw(s));
    for (const s of OBJECTS) await tx.execute(sql.raw(s));
    await tx.execute(sql`insert into stat_meta (definition) values (${DEFINITION})`);
    await rebuildStatCounters(tx);
  });
}

export interface CounterRow {
  unit_id: number;
  congress_id: number;
  session_id: number;
  kind: string;
  name: string;
  value: number;
}

/** The counters as a full recount gives them, without writing (the exactness test compares them with `stat_counts`). */
export async function recountStatCounters(db: Db): Promise<CounterRow[]> {
  return queryRows<CounterRow>(
    db,
    sql.raw(`select v.unit_id, v.congress_id, v.session_id, v.kind, n.name, sum(n.value)::int as value
      from stat_item_facts v cross join lateral stat_names(row(${FACT_COLUMNS.replace(/(\w+)/g, 'v.$1')})::stat_facts) n
      group by 1, 2, 3, 4, 5 having sum(n.value) <> 0`),
  );
}

/**
 * Bulk loads (the bench generator's COPY of a whole province): the marks are paused while the rows go in,
 * then every counter is rebuilt once — instead of recomputing an item's facts at each table's commit.
 */
export async function pauseStatCounters(db: Db): Promise<void> {
  for (const [t] of WATCHED)
    await db.execute(sql.raw(`alter table ${t} disable trigger stat_mark_ins, disable trigger stat_mark_upd, disable trigger stat_mark_del`));
}

export async function resumeStatCounters(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [t] of WATCHED)
      await tx.execute(sql.raw(`alter table ${t} enable trigger stat_mark_ins, enable trigger stat_mark_upd, enable trigger stat_mark_del`));
    await rebuildStatCounters(tx);
  });
}
