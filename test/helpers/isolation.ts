import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { queryRows, type Db } from '../../server/db/client';
import { officeParts } from './scan';

/**
 * The machinery of test/congress-isolation.test.ts (issue 16 §1): every route the app
 * registers, the rows a congress owns in every table (found from the columns, so a new
 * table is covered the day it is migrated), a request body made from a route's schema,
 * and an answer's text (JSON, or the XML of a .docx/.xlsx) to search for another congress's data.
 */

/** A JSON Schema as the OpenAPI document carries it (the Zod contracts, converted). */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
}
export interface Param {
  name: string;
  required: boolean;
  schema: Schema;
}
export interface ApiRoute {
  method: string;
  /** Fastify's form: /api/items/:itemId */
  url: string;
  path: Param[];
  query: Param[];
  body?: Schema;
}

type Doc = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[]; requestBody?: any }>>;
  components?: { schemas?: Record<string, Schema> };
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Every route the app registers: the operations of its OpenAPI document (with their path,
 * query and body schemas), and any other route of Fastify's own table (printRoutes), e.g. one
 * hidden from the document, with its path parameters only.
 */
export async function apiRoutes(app: FastifyInstance): Promise<{ routes: ApiRoute[]; deref: (s: Schema) => Schema }> {
  await app.ready();
  const doc = app.swagger() as unknown as Doc;
  const deref = (s: Schema): Schema => (s?.$ref ? deref(doc.components!.schemas![s.$ref.split('/').pop()!]) : s);
  const routes: ApiRoute[] = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const params = (op.parameters ?? []).map((x) => ({ in: x.in, name: x.name, required: !!x.required, schema: deref(x.schema ?? {}) }));
      routes.push({
        method: m.toUpperCase(),
        url: p.replace(/\{(\w+)\}/g, ':$1'),
        path: params.filter((x) => x.in === 'path'),
        query: params.filter((x) => x.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  const known = new Set(routes.map((r) => `${r.method} ${r.url}`));
  for (const { method, url } of registeredRoutes(app)) {
    if (method === 'HEAD' || known.has(`${method} ${url}`)) continue;
    routes.push({ method, url, path: [...url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], required: true, schema: {} })), query: [] });
  }
  return { routes, deref };
}

/** Fastify's route table, read from printRoutes' tree: each line a segment, four columns per level. */
function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const at = line.indexOf('── ');
    if (at < 0) continue;
    const depth = (at - 1) / 4;
    const m = /^(\S+)(?: \(([^)]*)\))?/.exec(line.slice(at + 3))!;
    stack[depth] = (depth ? stack[depth - 1] : '') + m[1];
    for (const method of m[2]?.split(', ') ?? []) out.push({ method, url: stack[depth] });
  }
  return out;
}

/** The database's tables and their columns. */
export async function tableColumns(db: Db): Promise<Map<string, Set<string>>> {
  const rows = await queryRows<{ t: string; c: string }>(
    db,
    sql`select table_name as t, column_name as c from information_schema.columns where table_schema = 'public'`,
  );
  const tables = new Map<string, Set<string>>();
  for (const r of rows) tables.set(r.t, (tables.get(r.t) ?? new Set()).add(r.c));
  return tables;
}

const ALIASES: Record<string, string> = {
  org: 'organizations',
  organization: 'organizations',
  unit: 'organizations',
  delegation: 'organizations',
  committee: 'organizations',
  division: 'organizations',
  user: 'users',
};
/** Organization kinds a parameter name narrows to (unitId → a unit). */
const ORG_KINDS = ['unit', 'delegation', 'committee', 'division'];
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
export const snake = (name: string) => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/**
 * The table a `…_id` column (or an `…Id` parameter) refers to: by its last words, plural
 * (reply_id → replies, tracked_session_id → sessions, view_id → saved_views), or an alias.
 */
export function tableOf(column: string, tables: Map<string, Set<string>>): string | undefined {
  if (!column.endsWith('_id') || column === 'parent_id') return undefined;
  const words = column.slice(0, -3).split('_');
  for (let i = 0; i < words.length; i++) {
    const base = words.slice(i).join('_');
    for (const t of [ALIASES[base], base, plural(base)]) if (t && tables.get(t)?.has('id')) return t;
  }
  const last = plural(words[words.length - 1]);
  const suffixed = [...tables.keys()].filter((t) => t.endsWith(`_${last}`) && tables.get(t)!.has('id'));
  return suffixed.length === 1 ? suffixed[0] : undefined;
}

/**
 * SQL (for `alias`) true of the rows congress `congressId` owns: its congress_id, else any
 * column referring to a row it owns (an item, a user, an organization, a deputy …). Null for a
 * table nobody owns (the calendar, the scheduled jobs).
 */
export function ownedBy(table: string, congressId: number, tables: Map<string, Set<string>>, alias = 't0', depth = 0): string | null {
  const cols = tables.get(table)!;
  if (table === 'congresses') return `${alias}.id = ${congressId}`;
  if (cols.has('congress_id')) return `${alias}.congress_id = ${congressId}`;
  if (depth > 2) return null;
  const preds: string[] = [];
  for (const col of cols) {
    const target = tableOf(col, tables);
    if (!target || target === table) continue;
    const inner = `t${depth + 1}`;
    const where = ownedBy(target, congressId, tables, inner, depth + 1);
    if (where) preds.push(`${alias}.${col} in (select ${inner}.id from ${target} ${inner} where ${where})`);
  }
  return preds.length ? `(${preds.join(' or ')})` : null;
}

/**
 * SQL (for `alias`) true of the rows that refer to congress `congressId` through any of their
 * columns (its congress_id, its item, its unit, its session …), two references deep.
 */
export function linkedTo(table: string, congressId: number, tables: Map<string, Set<string>>, alias = 't0', depth = 0): string | null {
  if (table === 'congresses') return `${alias}.id = ${congressId}`;
  const preds: string[] = [];
  for (const col of tables.get(table)!) {
    const target = tableOf(col, tables);
    if (!target || target === table || (depth > 1 && target !== 'congresses')) continue;
    const inner = `t${depth + 1}`;
    const where = linkedTo(target, congressId, tables, inner, depth + 1);
    if (where)
      preds.push(
        target === 'congresses' ? `${alias}.${col} = ${congressId}` : `${alias}.${col} in (select ${inner}.id from ${target} ${inner} where ${where})`,
      );
  }
  return preds.length ? `(${preds.join(' or ')})` : null;
}

/** Rows that refer to both congresses (an item of one assigned to a unit of the other …), per table: none may exist. */
export async function crossLinks(db: Db, a: number, b: number, tables: Map<string, Set<string>>): Promise<string[]> {
  const parts = [...tables.keys()]
    .sort()
    .map((t) => [t, linkedTo(t, a, tables), linkedTo(t, b, tables)] as const)
    .filter(([, x, y]) => x && y)
    .map(([t, x, y]) => `select '${t}' as t, count(*)::int as n from ${t} t0 where ${x} and ${y}`);
  const rows = await queryRows<{ t: string; n: number }>(db, sql.raw(parts.join(' union all ')));
  return rows.filter((r) => r.n > 0).map((r) => `${r.t}: ${r.n} rows refer to both congresses`);
}

/** Per table, the count and a digest of the rows a congress owns: any change to them shows. */
export async function fingerprint(db: Db, congressId: number, tables: Map<string, Set<string>>): Promise<Map<string, string>> {
  const parts = [...tables.keys()]
    .sort()
    .map((t) => [t, ownedBy(t, congressId, tables)] as const)
    .filter(([, where]) => where)
    .map(
      ([t, where]) =>
        `select '${t}' as t, count(*)::int || ':' || md5(coalesce(string_agg(t0::text, '|' order by t0::text), '')) as h from ${t} t0 where ${where}`,
    );
  const rows = await queryRows<{ t: string; h: string }>(db, sql.raw(parts.join(' union all ')));
  return new Map(rows.map((r) => [r.t, r.h]));
}

/** The tables whose owned rows differ between two fingerprints. */
export const changedTables = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t));

/** A row a parameter may name: its id, and the item it belongs to when it belongs to one. */
export interface Row {
  id: number;
  itemId?: number;
}

/**
 * The table a route's parameter names: the path segment before it (/suggestion-drafts/:draftId →
 * suggestion_drafts) when there is such a table, else by its name (tableOf).
 */
export function tableOfParam(url: string, param: string, tables: Map<string, Set<string>>): string | undefined {
  const segments = url.split('/');
  const before = segments[segments.indexOf(`:${param}`) - 1]?.replace(/-/g, '_');
  return before && tables.get(before)?.has('id') ? before : tableOf(snake(param), tables);
}

/** Up to `limit` rows of the kind `param` names (itemId, replyId, unitId …) in `table` that congress `congressId` owns. */
export async function ownedRows(
  db: Db,
  param: string,
  congressId: number,
  tables: Map<string, Set<string>>,
  table = tableOf(snake(param), tables),
  limit = 6,
): Promise<Row[]> {
  const column = snake(param);
  const where = table && ownedBy(table, congressId, tables);
  if (!table || !where) return [];
  const base = column.slice(0, -3).split('_').pop()!;
  const kind = table === 'organizations' && ORG_KINDS.includes(base) ? ` and t0.kind = '${base}'` : '';
  const item = tables.get(table)!.has('item_id') ? ', t0.item_id as "itemId"' : '';
  return queryRows<Row>(db, sql.raw(`select t0.id${item} from ${table} t0 where ${where}${kind} order by t0.id limit ${limit}`));
}

/** The version a row has now (for a body or query that names the version the client saw), when its table keeps one. */
export async function rowVersion(db: Db, table: string | undefined, id: number, tables: Map<string, Set<string>>): Promise<number | undefined> {
  if (!table || !tables.get(table)?.has('version')) return undefined;
  const [r] = await queryRows<{ version: number }>(db, sql.raw(`select version from ${table} where id = ${Number(id)}`));
  return r?.version;
}

/**
 * A value for every required field of `schema` (and every field that names an id): the first
 * of an enum or union, text long enough (or fitting its pattern), a date, `fill(name)` where it
 * has one (ids, versions).
 */
export function sampleOf(schema: Schema, deref: (s: Schema) => Schema, fill: (name: string) => unknown, name = ''): unknown {
  const s = deref(schema);
  const given = name ? fill(name) : undefined;
  if (given !== undefined) return given;
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options) return sampleOf(options.find((o) => deref(o).type !== 'null') ?? options[0], deref, fill, name);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => sampleOf(x, deref, fill, name)));
  const type = [s.type].flat().find((t) => t !== 'null');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k) || /Ids?$/.test(k)) out[k] = sampleOf(v, deref, fill, k);
      }
      return out;
    }
    case 'array':
      return s.minItems || /Ids$/.test(name) ? [sampleOf(s.items ?? {}, deref, fill, name.replace(/s$/, ''))] : [];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        const fits = ['isolation-check', '2025-03-01', '0731-88888888', '测试内容'].find((x) => re.test(x));
        if (fits) return fits;
      }
      if (s.format === 'date' || /(On|Date|By)$/.test(name)) return '2025-03-01';
      if (/phone/i.test(name)) return '0731-88888888';
      return '测试内容'.repeat(Math.ceil((s.minLength ?? 1) / 4)).slice(0, Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? 4, 4)));
    default:
      return {};
  }
}

/** What an answer says: its file name and its body as text (a .docx or .xlsx: the XML of every part). */
export async function answerText(res: { headers: Record<string, unknown>; rawPayload: Buffer }): Promise<string> {
  const disposition = decodeURIComponent(String(res.headers['content-disposition'] ?? ''));
  const body = res.rawPayload;
  if (body.subarray(0, 2).toString('latin1') === 'PK') {
    try {
      return `${disposition}\n${(await officeParts(body)).xml}`;
    } catch {
      // not a zip after all: read as text below
    }
  }
  return `${disposition}\n${body.toString('utf8')}`;
}

/** Runs `tasks` with at most `n` at a time. */
export async function inPool(tasks: (() => Promise<void>)[], n: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}
