import type { ResultClass } from '../../domain/items/kinds';
import { sql, type SQL } from 'drizzle-orm';
import { computeLight, todayInShanghai, addDays, diffDays } from '../../domain/deadlines';
import { domainError } from '../../domain/errors';
import type { ItemKind } from '../../domain/items/kinds';
import { isUnitRole } from '../../domain/items/roles';
import { DEADLINE_RUNNING_STATES, type ItemState } from '../../domain/items/states';
import type { Actor } from '../auth/actor';
import { queryRows, sqlList, type Db } from '../db/client';
import { queueParams, queueSql } from './queues/queue-sql';
import { cacheTags, itemScope, itemScopeParts } from '../auth/item-scope';
import { ledgerTotal } from './ledger-total';
import { decodeLedgerCursor, encodeLedgerCursor, type LedgerSort } from './ledger-cursor';
import { textMatch, textRank, textWalk } from './search';
import { yellowDaysFor } from './yellow-days';

export interface LedgerFilter {
  sessionId?: number;
  unitId?: number;
  taskRole?: 'lead' | 'co' | 'split' | 'reference';
  state?: string[];
  resultClass?: ResultClass;
  light?: 'green' | 'yellow' | 'red' | 'none';
  categoryId?: number;
  delegationId?: number;
  deputyId?: number;
  handlingMode?: string;
  q?: string;
  inbox?: 'assignments' | 'coOpinions' | 'rehandling';
  unitSystem?: 'government' | 'other';
  /** 建议 or 提案 (§8): one stream of the two the government office and the units handle */
  kind?: ItemKind;
  /** only these items (a selection to export) */
  ids?: number[];
  /** relevance: by the text query's rank (issue 6 §3), then number */
  sort?: 'number' | 'due' | 'submittedAt' | 'updatedAt' | 'relevance';
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /**
   * Keyset pagination (issue 6 §4): the `nextCursor` of the previous page. The
   * page after it is read through the sort's index instead of skipping rows
   * with OFFSET; `page` is then ignored and `total` is null (page 1 has it).
   */
  after?: string;
}

/** A text search counts at most this many matches (then says 1000+). */
export const TEXT_COUNT_CAP = 1000;

/** The sort column as exact text (the cursor's key) and how it compares, per sort. */
const SORT_KEYS: Record<LedgerSort, { key: SQL; cast: (v: string) => SQL }> = {
  number: { key: sql`items.number`, cast: (v) => sql`${v}` },
  due: { key: sql`items.current_due`, cast: (v) => sql`${v}::date` },
  submittedAt: { key: sql`items.submitted_at`, cast: (v) => sql`${v}::timestamptz` },
  updatedAt: { key: sql`items.updated_at`, cast: (v) => sql`${v}::timestamptz` },
};

/**
 * Rows after the cursor in the order `key dir nulls last, id dir`: a later key,
 * or the same key and a later id; a null key (due date not set) sorts last.
 */
function afterCursor(sort: LedgerSort, desc: boolean, key: string | null, id: number, cols = { key: SORT_KEYS[sort].key, id: sql`items.id` }): SQL {
  const { key: col, id: idCol } = cols;
  const cmp = desc ? sql`<` : sql`>`;
  if (key === null) return sql`(${col} is null and ${idCol} ${cmp} ${id})`;
  const k = SORT_KEYS[sort].cast(key);
  // A row comparison is one index condition on (congress_id, key, id); an OR of the parts is not.
  if (sort !== 'due') return sql`(${col}, ${idCol}) ${cmp} (${k}, ${id})`;
  return sql`((${col}, ${idCol}) ${cmp} (${k}, ${id}) or ${col} is null)`;
}

/**
 * The sorts a unit's ledger reads in order from the counters' facts (server/db/stat-counters.ts): one row
 * per item the unit has a live part in, carrying the item's state, number and deadline, indexed by each.
 */
const UNIT_KEYS: Partial<Record<LedgerSort, SQL>> = { number: sql`f.number`, due: sql`f.current_due` };

/**
 * R-SUP-1 ledger (台账): items in the actor's scope with their status,
 * deadline, days left and light; filtered, sorted, paginated with a total.
 * `o.recount`: read only the items, nothing from the counters' tables — the total counted, a unit's page not
 * walked from its facts (the exactness test compares both).
 * `o.walkAbove`: the match count over which a text search walks the sort's index (tests lower it; default the cap).
 * `o.textCount`: the search's count, already counted (textCountOf, kept across writes by the route).
 */
export async function queryLedger(
  db: Db,
  actor: Actor,
  f: LedgerFilter,
  now = new Date(),
  o: { recount?: boolean; walkAbove?: number; textCount?: number } = {},
) {
  const today = todayInShanghai(now);
  // R-SUP-1: the yellow threshold is the rules profile's (of the filtered session's year, else this year's).
  const yellowDays = await yellowDaysFor(db, actor, f.sessionId, today);
  const yellowEdge = addDays(today, yellowDays);
  // The filters; the scope joins them below (in parts for the page, whole for the counts).
  const where: SQL[] = [];
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  // A plain column condition: it narrows the rows the scope's and the sort's indexes find, never hides them from an index.
  if (f.kind) where.push(sql`items.kind = ${f.kind}`);
  if (f.state?.length)
    where.push(
      sql`items.state in (${sql.join(
        f.state.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (f.ids?.length) where.push(sql`items.id in (${sqlList(f.ids)})`);
  if (f.resultClass) where.push(sql`items.result_class = ${f.resultClass}`);
  if (f.categoryId)
    where.push(sql`(items.category_id = ${f.categoryId} or items.category_id in (select id from categories where parent_id = ${f.categoryId}))`);
  if (f.delegationId) where.push(sql`items.delegation_id = ${f.delegationId}`);
  if (f.deputyId) where.push(sql`exists (select 1 from item_signers s where s.item_id = items.id and s.deputy_id = ${f.deputyId})`);
  if (f.handlingMode) where.push(sql`items.handling_mode = ${f.handlingMode}`);
  const taskClause =
    f.unitId || f.taskRole
      ? sql`exists (select 1 from tasks t where t.item_id = items.id and t.state <> 'withdrawn' ${f.unitId ? sql`and t.unit_id = ${f.unitId}` : sql``} ${f.taskRole ? sql`and t.role = ${f.taskRole}` : sql``})`
      : null;
  if (taskClause) where.push(taskClause);
  if (f.unitSystem) {
    where.push(
      sql`exists (select 1 from tasks t join organizations o on o.id = t.unit_id where t.item_id = items.id and t.state <> 'withdrawn' and o.is_government = ${f.unitSystem === 'government'})`,
    );
  }
  if (f.light === 'red') where.push(sql`items.current_due < ${today}`);
  if (f.light === 'yellow') where.push(sql`items.current_due >= ${today} and items.current_due <= ${yellowEdge}`);
  if (f.light === 'green') where.push(sql`items.current_due > ${yellowEdge}`);
  if (f.light === 'none') where.push(sql`items.current_due is null`);
  const text = f.q ? textMatch(f.q) : null;
  const ownUnit = isUnitRole(actor.role) ? actor.organizationId : null;
  // The unit inbox (承办单位待办) is the work queue of the same name (server/queries/queues/queue-sql.ts).
  if (f.inbox) where.push(queueSql(f.inbox, queueParams(actor, today, yellowDays, ownUnit ?? f.unitId ?? null)).where);
  const desc = f.order === 'desc';
  const dir = desc ? sql`desc` : sql`asc`;
  const relevance = f.sort === 'relevance' && text;
  const keyed: LedgerSort = f.sort === 'relevance' || !f.sort ? 'number' : f.sort;
  const cursor = f.after ? decodeLedgerCursor(f.after) : null;
  if (f.after && (!cursor || relevance || cursor.sort !== keyed)) throw domainError('BAD_CURSOR');
  const filtersWith = (t: SQL | null, base = where) => (base.length || t ? sql.join(t ? [...base, t] : base, sql` and `) : sql`true`);
  const whereSql = sql`${itemScope(actor)} and ${filtersWith(text)}`;
  // A text search counts its matches up to a cap: a common word matches a large share of a decade, and
  // counting them all costs more than the page itself (issue 6, EXPLAIN). A page after a cursor has no total.
  // Counted first: a word over the cap is common enough to find its page by walking the sort's index (textWalk).
  const textCount = text && !f.after ? (o.textCount ?? (await countMatches(db, whereSql))) : null;
  const common = textCount !== null && textCount > (o.walkAbove ?? TEXT_COUNT_CAP) && !relevance;
  // The page's own conditions: the text (walked when common) and the cursor, on the columns the page is read by.
  const pageFilters = (cols?: { key: SQL; id: SQL }, base = where) => {
    const own = [common ? textWalk(f.q ?? '') : text, cursor && afterCursor(keyed, desc, cursor.key, cursor.id, cols)].filter((c): c is SQL => !!c);
    return filtersWith(own.length ? sql.join(own, sql` and `) : null, base);
  };
  const filters = pageFilters();
  // The id breaks ties in the same direction as the key, so a cursor (key, id) splits the order exactly.
  const orderBy = relevance
    ? sql`${textRank(f.q ?? '')} desc, items.number, items.id`
    : sql`${SORT_KEYS[keyed].key} ${dir}${keyed === 'due' ? sql` nulls last` : sql``}, items.id ${dir}`;
  // The page's ids from items alone, through the filter's and the sort's indexes — each part of the scope
  // (an office's own bodies, what was handed down to it) read in order up to the page's end, then merged —
  // and then the rows' details: joins and per-row subqueries never run for the rows skipped.
  const offset = f.after ? sql`` : sql`offset ${(f.page - 1) * f.pageSize}`;
  const parts = itemScopeParts(actor);
  const upTo = f.after ? f.pageSize : f.page * f.pageSize;
  // Merged by the sort key they carry out (k, then number for relevance, then id): a merge of two ordered
  // reads, streamed up to the page — no sort of everything the scope holds.
  const nulls = keyed === 'due' && !relevance ? sql` nulls last` : sql``;
  const merged = relevance ? sql`u.k desc, u.n, u.id` : sql`u.k ${dir}${nulls}, u.id ${dir}`;
  const carried = relevance ? sql`${textRank(f.q ?? '')} as k, items.number as n` : sql`${SORT_KEYS[keyed].key} as k`;
  // One unit's items (its own ledger, or an office's ledger of one unit): read from that unit's facts in the
  // sort's order, each row's item checked against the scope and the other filters — a walk as long as the
  // page, where reading items first joins and sorts every item of the scope (a large unit: 50 ms, EXPLAIN).
  // A facts row is the unit's live part itself, so the part's condition (and a unit's own scope) is not
  // asked again: left in, the planner joins every part of the unit before the walk (60 ms, EXPLAIN).
  const unit = f.unitId ?? ownUnit;
  const unitKey = unit && !relevance && !common && !o.recount ? UNIT_KEYS[keyed] : undefined;
  const pageIds = unitKey
    ? sql`select f.item_id as id from stat_facts f join items on items.id = f.item_id
        where f.unit_id = ${unit} and f.unit_id <> 0 ${f.state?.length ? sql`and f.state in (${sqlList(f.state)})` : sql``}
          ${f.unitId && f.taskRole ? sql`and f.task_role = ${f.taskRole}` : sql``} ${unit === ownUnit ? sql`` : sql`and ${itemScope(actor)}`}
          and ${pageFilters({ key: unitKey, id: sql`f.item_id` }, f.unitId ? where.filter((w) => w !== taskClause) : where)}
        order by ${unitKey} ${dir}${nulls}, f.item_id ${dir} limit ${f.pageSize} ${offset}`
    : parts.length === 1
      ? sql`select items.id from items where ${parts[0]} and ${filters} order by ${orderBy} limit ${f.pageSize} ${offset}`
      : sql`select u.id from (${sql.join(
          parts.map((part) => sql`(select items.id, ${carried} from items where ${part} and ${filters} order by ${orderBy} limit ${upTo})`),
          sql` union all `,
        )}) u order by ${merged} limit ${f.pageSize} ${offset}`;
  const [list, counted] = await Promise.all([
    queryRows(
      db,
      sql`
    with page as materialized (${pageIds})
    select items.id, items.number, items.title, items.kind, items.state, items.version, items.handling_mode as "handlingMode", items.period,
           items.current_due::text as "currentDue", items.current_due_provisional as "dueProvisional", items.reply_due::text as "replyDue",
           items.result_class as "resultClass", items.submitted_at as "submittedAt", items.round, items.classified,
           d.name as "leadDeputy", dl.name as "delegation", c.name as "category",
           (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
             where t.item_id = items.id and t.state <> 'withdrawn' and t.role in ('lead','split','reference')) as "leadUnits",
           (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
             where t.item_id = items.id and t.state <> 'withdrawn' and t.role = 'co') as "coUnits",
           ${ownUnit ? sql`(select json_build_object('id', t.id, 'role', t.role, 'state', t.state, 'version', t.version, 'dueDate', t.due_date::text, 'acknowledgedAt', t.acknowledged_at) from tasks t where t.item_id = items.id and t.unit_id = ${ownUnit} and t.state <> 'withdrawn' limit 1)` : sql`null`} as "myTask",
           (select dw.due_date::text from deadlines dw where dw.item_id = items.id and dw.kind = 'adjustmentWindow' order by dw.id desc limit 1) as "adjustmentDue",
           ${SORT_KEYS[keyed].key}::text as "sortKey"
    from page
    join items on items.id = page.id
    left join deputies d on d.id = items.lead_deputy_id
    left join organizations dl on dl.id = items.delegation_id
    left join categories c on c.id = items.category_id
    order by ${orderBy}`,
    ),
    f.after ? null : text ? textCount : ledgerTotal(db, actor, f, whereSql, o.recount),
  ]);
  const totalCapped = text !== null && counted !== null && counted > TEXT_COUNT_CAP;
  const total = counted === null ? null : text ? Math.min(counted, TEXT_COUNT_CAP) : counted;
  const last = list.at(-1);
  return {
    total,
    /** True when a text search has more matches than `total` (the counting cap). */
    totalCapped,
    page: f.page,
    pageSize: f.pageSize,
    // A full page may have a next one; relevance order has no cursor (its rank is not a stored key).
    nextCursor:
      last && list.length === f.pageSize && !relevance
        ? encodeLedgerCursor({ sort: keyed, key: (last.sortKey as string | null) ?? null, id: last.id as number })
        : null,
    rows: list.map(({ sortKey: _k, ...r }) => {
      const done = !DEADLINE_RUNNING_STATES.includes(r.state as ItemState);
      const { light, daysLeft } = computeLight({ due: (r.currentDue as string) ?? null, today, yellowDays, done });
      // R-ASSIGN-3: days left to request an adjustment (negative once the window has closed).
      const adjustmentDaysLeft = r.adjustmentDue ? diffDays(today, r.adjustmentDue as string) : null;
      return { ...r, submittedAt: new Date(r.submittedAt as string).toISOString(), light, daysLeft, adjustmentDaysLeft };
    }),
  };
}

/**
 * A search's count that can be kept across writes: an office's or a supervisor's search of the whole scope, or of
 * one session or stream (neither changes after submission). It changes only when the congress's searched texts do
 * (the `x:` marks of server/db/cache-marks.ts), not at each transition as the page does. Null for any other search.
 */
export function textCountOf(actor: Actor, f: LedgerFilter): { key: string; tags: string[]; count: (tx: Db) => Promise<number> } | null {
  const tags = cacheTags(actor);
  const text = f.q ? textMatch(f.q) : null;
  const set = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  const others = Object.entries(f).filter(([k, v]) => !['q', 'sessionId', 'kind', 'page', 'pageSize', 'sort', 'order'].includes(k) && set(v));
  if (!text || others.length || !tags.length || !tags.every((t) => t.startsWith('c:'))) return null;
  const where = [itemScope(actor), text];
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  if (f.kind) where.push(sql`items.kind = ${f.kind}`);
  return {
    key: JSON.stringify([f.q, f.sessionId ?? null, f.kind ?? null]),
    tags: tags.map((t) => `x:${t.slice(2)}`),
    count: (tx) => countMatches(tx, sql.join(where, sql` and `)),
  };
}

/**
 * The matches of a text search up to the cap, through the bigram index. Left alone, the planner reads a common
 * word's count by a sequential scan, expecting the cap's worth of matches soon — but each row tested costs its
 * tsvector's fetch: 40 ms for 养老 (25,000 matches on 200,000 items) against 13 ms through the index (EXPLAIN,
 * issue 18). So the sequential scan is off for this one statement (SET LOCAL: the request's read-only
 * transaction; outside one it changes nothing).
 */
async function countMatches(db: Db, whereSql: SQL): Promise<number> {
  await db.execute(sql`select set_config('enable_seqscan', 'off', true)`);
  // No finally: a failed count aborts the transaction, and the setting ends with it (a reset there would
  // only replace the count's own error, a NUL's 400, with "transaction aborted").
  const [c] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (select 1 from items where ${whereSql} limit ${TEXT_COUNT_CAP + 1}) m`);
  await db.execute(sql`select set_config('enable_seqscan', 'on', true)`);
  return c.n;
}
