/**
 * What each transaction changed, as tags a cached answer can be checked against (issue 18 §2: a cache that
 * survives writes). Statement-level triggers on every table append `cache_marks` rows (transaction id, tag)
 * in the writing transaction itself, so the marks commit exactly when the change does:
 *
 * - a table with an item (an `item_id`, or `items` itself) tags each item it touched with the item and the
 *   scopes that see it: `i:<item>`, `c:<congress>` (also the congress it was handed down to), `g:<delegation>`,
 *   `u:<unit>` for every unit with a task in it, `d:<deputy>` for every signer — from the rows before and after,
 *   so an item leaving a scope tags the scope it left; and `x:<congress>` when the set of texts a congress's
 *   offices search changes (an item added or removed, its number, title or body edited, or it moved to or from
 *   the congress), which a state change is not: a search's count is kept across the transitions;
 * - any other table a cached answer may read (units, sessions, categories, the rules, the calendar, …) tags `*`:
 *   every cached answer is computed afresh. Such edits are rare and administrative.
 * - tables no cached answer reads (sign-ins, the audit log, the outbox, notifications, drafts, the hotline,
 *   duty and checklist streams, the counters themselves) are left out: writing them never empties the cache.
 *
 * The reader (server/queries/snapshot-cache.ts) asks whether any transaction invisible to the snapshot an answer
 * was computed in, and committed since, tagged what the answer depends on. Marks are kept ten minutes; answers
 * older than five are never reused. Installed after the migrations from the live tables (a new table is covered
 * by the next start: the definition's hash changes and the triggers are made again).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './client';

/** Tables no cached answer (ledger, item page, statistics) reads, written often for other reasons. */
const UNREAD = new Set([
  'audit_log',
  'auth_sessions',
  'cache_marks',
  'deliveries',
  'job_runs',
  'notification_preferences',
  'notifications',
  'outbox',
  'saved_views',
  'scheduled_jobs',
  'suggestion_drafts',
  'import_batches',
  'report_drafts',
  'bulletins',
  'reminders',
  'edit_locks',
  'item_notes',
]);
/** Whole streams beside the items (their own pages, uncached): the hotline, duty records, township checklists. */
const UNREAD_PREFIXES = ['stat_', 'hotline_', 'work_order', 'duty_', 'checklist', 'guidance_', 'township_', 'exchange_meeting', 'evidence_files'];

/** Per table, the tags its rows name beside their items' (before and after: an item leaving a scope). */
const OWN_TAGS: Record<string, string[]> = {
  items: [`'c:' || congress_id`, `'c:' || handled_by_congress_id`, `'g:' || delegation_id`, `'i:' || merged_into_id`],
  tasks: [`'u:' || unit_id`],
  item_signers: [`'d:' || deputy_id`],
  item_links: [`'i:' || related_id`],
};

/** Of users, only what an answer shows or scopes by: a sign-in's bookkeeping (failed attempts) changes nothing cached. */
const USER_COLUMNS = ['display_name', 'role', 'organization_id', 'deputy_id', 'congress_id'];

const MARK_FUNCTION = `create function cache_mark(ids integer[], extra text[]) returns void language sql as $$
  insert into cache_marks (txid, tag)
  select pg_current_xact_id(), t from (
    select 'i:' || x as t from unnest(ids) x
    union select 'c:' || i.congress_id from items i where i.id = any(ids)
    union select 'c:' || i.handled_by_congress_id from items i where i.id = any(ids) and i.handled_by_congress_id is not null
    union select 'g:' || i.delegation_id from items i where i.id = any(ids) and i.delegation_id is not null
    union select 'u:' || k.unit_id from tasks k where k.item_id = any(ids)
    union select 'd:' || s.deputy_id from item_signers s where s.item_id = any(ids)
    union select x from unnest(extra) x where x is not null
  ) tags order by t
  on conflict do nothing
$$`;

/** The columns a search reads of an item, and those that place it in a congress's scope. */
const SEARCHED = ['number', 'title', 'body', 'congress_id', 'handled_by_congress_id'];
const SCOPES = ['congress_id', 'handled_by_congress_id'];

/** `x:<congress>` for the items rows `rels` hold (inserted or deleted), or, for an update, those whose searched columns changed. */
function searchTags(rels: string[]): string[] {
  if (rels.length === 1) return SCOPES.map((c) => `select 'x:' || ${c} from ${rels[0]}`);
  const changed = `(${SEARCHED.map((c) => `o.${c}`).join(', ')}) is distinct from (${SEARCHED.map((c) => `n.${c}`).join(', ')})`;
  const sides = ['o', 'n'].flatMap((t) => SCOPES.map((c) => `(${t}.${c})`)).join(', ');
  return [`select 'x:' || v from cache_old o join cache_new n on n.id = o.id cross join lateral (values ${sides}) s(v) where ${changed}`];
}

function itemTriggers(table: string, itemColumn: string): string[] {
  const own = OWN_TAGS[table] ?? [];
  const marks = (rels: string[]) => {
    const ids = rels.map((r) => `select ${itemColumn} from ${r}`).join(' union ');
    const tags = [...rels.flatMap((r) => own.map((e) => `select ${e} from ${r}`)), ...(table === 'items' ? searchTags(rels) : [])];
    const extra = tags.length ? tags.join(' union ') : `select null::text`;
    return `perform cache_mark(array(select x from (${ids}) l(x) where x is not null), array(${extra}));`;
  };
  const fn = (name: string, body: string) => `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`;
  return [
    fn(`cache_mark_${table}_new`, marks(['cache_new'])),
    fn(`cache_mark_${table}_old`, marks(['cache_old'])),
    fn(`cache_mark_${table}_both`, marks(['cache_old', 'cache_new'])),
    `create trigger cache_mark_ins after insert on ${table} referencing new table as cache_new for each statement execute function cache_mark_${table}_new()`,
    `create trigger cache_mark_del after delete on ${table} referencing old table as cache_old for each statement execute function cache_mark_${table}_old()`,
    `create trigger cache_mark_upd after update on ${table} referencing old table as cache_old new table as cache_new for each statement execute function cache_mark_${table}_both()`,
    `create trigger cache_mark_trunc after truncate on ${table} for each statement execute function cache_mark_all()`,
  ];
}

function wideTrigger(table: string): string {
  const events = table === 'users' ? `insert or delete or update of ${USER_COLUMNS.join(', ')}` : 'insert or update or delete or truncate';
  return `create trigger cache_mark_all after ${events} on ${table} for each statement execute function cache_mark_all()`;
}

async function definition(db: Db): Promise<{ objects: string[]; drops: string[]; hash: string }> {
  const tables = await queryRows<{ name: string; item: boolean }>(
    db,
    sql`select c.relname as name, exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'item_id' and not a.attisdropped) as item
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') order by c.relname`,
  );
  const watched = tables.filter((t) => !UNREAD.has(t.name) && !UNREAD_PREFIXES.some((p) => t.name.startsWith(p)));
  const objects = [
    `create table if not exists cache_marks (txid xid8 not null, tag text not null, at timestamptz not null default now(), primary key (tag, txid))`,
    `create index if not exists cache_marks_at on cache_marks (at)`,
    MARK_FUNCTION,
    `create function cache_mark_all() returns trigger language plpgsql as $$ begin
      insert into cache_marks (txid, tag) values (pg_current_xact_id(), '*') on conflict do nothing; return null; end $$`,
    ...watched.flatMap((t) => (t.name === 'items' ? itemTriggers('items', 'id') : t.item ? itemTriggers(t.name, 'item_id') : [wideTrigger(t.name)])),
  ];
  const drops = [
    ...tables.flatMap((t) => ['ins', 'del', 'upd', 'all', 'trunc'].map((w) => `drop trigger if exists cache_mark_${w} on ${t.name}`)),
    ...tables.flatMap((t) => ['new', 'old', 'both'].map((w) => `drop function if exists cache_mark_${t.name}_${w}()`)),
    `drop function if exists cache_mark_all()`,
    `drop function if exists cache_mark(integer[], text[])`,
  ];
  return { objects, drops, hash: createHash('sha256').update(objects.join('\n;\n')).digest('hex') };
}

/** After the migrations (and the counters): the marks' table, function and triggers, made again when they differ. */
export async function installCacheMarks(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(1818, 1)`);
    const def = await definition(tx);
    const [meta] = await queryRows<{ d: string | null }>(tx, sql`select obj_description(to_regproc('cache_mark_all')::oid, 'pg_proc') as d`);
    if (meta?.d === def.hash) return;
    for (const s of def.drops) await tx.execute(sql.raw(s));
    for (const s of def.objects) await tx.execute(sql.raw(s));
    await tx.execute(sql.raw(`comment on function cache_mark_all() is '${def.hash}'`));
  });
}

/** Marks are kept ten minutes: the reader reuses no answer older than five (snapshot-cache.ts). */
export async function pruneCacheMarks(db: Db): Promise<void> {
  await db.execute(sql`delete from cache_marks where at < now() - interval '10 minutes'`);
}

/**
 * Whether a transaction the snapshot `since` did not see, committed by now, tagged any of `tags` (or `*`).
 * The primary key (tag, txid) serves it: per tag, the transactions from the snapshot's oldest on.
 */
export async function changedSince(db: Db, since: string, tags: readonly string[]): Promise<boolean> {
  // One text[] parameter (drizzle would spread a JS array into a row); tags hold no quotes or commas.
  const list = `{${['*', ...tags].map((t) => `"${t}"`).join(',')}}`;
  const [row] = await queryRows<{ changed: boolean }>(
    db,
    sql`select exists (select 1 from cache_marks m
          where m.tag = any(${list}::text[]) and m.txid >= pg_snapshot_xmin(${since}::pg_snapshot)
            and not pg_visible_in_snapshot(m.txid, ${since}::pg_snapshot)) as changed`,
  );
  return row.changed;
}

/** Bulk loads (the bench generator): no marks while the rows go in — no answer is cached then anyway. */
export async function setCacheMarks(db: Db, on: boolean): Promise<void> {
  const triggers = await queryRows<{ t: string; name: string }>(
    db,
    sql`select c.relname as t, g.tgname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid where g.tgname like 'cache_mark_%'`,
  );
  for (const g of triggers) await db.execute(sql.raw(`alter table ${g.t} ${on ? 'enable' : 'disable'} trigger ${g.name}`));
  if (on) await db.execute(sql`delete from cache_marks`);
}
