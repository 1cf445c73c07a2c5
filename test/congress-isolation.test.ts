import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import {
  answerText,
  apiRoutes,
  changedTables,
  crossLinks,
  fingerprint,
  inPool,
  ownedRows,
  rowVersion,
  sampleOf,
  tableColumns,
  tableOfParam,
  type ApiRoute,
  type Row,
  type Schema,
} from './helpers/isolation';
import { LOOK_BACK_YEAR, MARKS, populate, SEARCH, type Items, type Side } from './helpers/isolation-world';

/**
 * Issue 16 §1: every query is scoped by the actor's congress. Two congresses with data in every
 * area; every route the app registers (enumerated, never listed by hand) is called by every role of
 * one with the other's ids in its path and query: no answer may be a 500 or hold the other's data
 * (its marker strings, its tag in every organization's name), in JSON or inside a .docx/.xlsx.
 * Every write route with an id in its path, called with the other's ids, is refused (4xx); every
 * write naming the other's rows (in its path or its body) leaves them as they were (a digest of
 * every row the other owns, in every table) and links none of them to its own (no row refers to both).
 * New routes and tables are covered as they come: routes are read from the app, rows from the columns.
 */
describe.each(DB_KINDS)('congress isolation on %s', (kind) => {
  let d: { db: Db };
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));
  let A: Side;
  let B: Side;
  let routes: ApiRoute[];
  let deref: (s: Schema) => Schema;
  let tables: Map<string, Set<string>>;
  /** Rows each parameter may name, per congress (itemId → its items, replyId → its replies …), memoized. */
  const owned = new Map<string, Promise<Row[]>>();
  const rowsOf = (side: Side, param: string, url = '') => {
    const table = tableOfParam(url, param, tables);
    const key = `${side.c.congressId}:${param}:${table}`;
    if (!owned.has(key)) owned.set(key, ownedRows(d.db, param, side.c.congressId, tables, table));
    return owned.get(key)!;
  };
  const isId = (name: string) => /Id$/.test(name);
  /** Requests at a time: PGlite answers one at a time anyway, a PostgreSQL pool several. */
  const parallel = kind === 'pglite' ? 1 : 8;

  beforeAll(async () => {
    A = await populate(app, d.db, MARKS.a);
    B = await populate(app, d.db, MARKS.b);
    // Notifications: the outbox of both congresses into the inboxes.
    await dispatchOutbox(d.db, new Date());
    ({ routes, deref } = await apiRoutes(app));
    tables = await tableColumns(d.db);
  });

  it('finds rows of the other congress for every kind of id the routes name, and none that links the two', async () => {
    const uses = routes.flatMap((r) => [...r.path.map((p) => [p.name, r.url]), ...r.query.map((p) => [p.name, ''])]).filter(([n]) => isId(n));
    const counts: Record<string, number> = {};
    for (const [n, url] of uses) counts[n] = Math.min(counts[n] ?? Infinity, (await rowsOf(B, n, url)).length);
    const names = Object.keys(counts).sort();
    const none = names.filter((n) => !counts[n]);
    if (none.length) console.warn(`[congress isolation, ${kind}] no rows of congress B for: ${none.join(', ')} (called with its handling item’s id instead)`);
    // The kinds every area of the setup makes.
    for (const n of ['itemId', 'replyId', 'coOpinionId', 'attachmentId', 'commitmentId', 'contactId', 'taskId', 'requestId', 'noteId']) {
      expect(counts[n], n).toBeGreaterThan(0);
    }
    for (const n of ['templateId', 'viewId', 'draftId', 'bulletinId', 'batchId', 'reviewId', 'notificationId', 'organizationId', 'userId']) {
      expect(counts[n], n).toBeGreaterThan(0);
    }
    // And no row links the two (the check the writes end with is sound on the setup).
    expect(await crossLinks(d.db, A.c.congressId, B.c.congressId, tables)).toEqual([]);
  });

  /** `to`'s item of the same kind as `from`'s item `id` (its handling one for the handling one). */
  const counterpart = (from: Side, to: Side, id: number | undefined) => {
    const key = (Object.keys(from.items) as (keyof Items)[]).find((k) => from.items[k] === id);
    return key ? to.items[key] : to.items.handling;
  };

  /**
   * The paths to call `route` at, with `other`'s ids: each of the other's rows its id parameters name,
   * on the item it belongs to and on `viewer`'s item of the same kind (a foreign reply under one's own
   * item); every value of an enumerated parameter. Empty when no parameter names an id of `other`.
   */
  async function pathsOf(route: ApiRoute, viewer: Side, other: Side): Promise<{ url: string; params: Record<string, string | number> }[]> {
    const names = route.path.map((p) => p.name);
    const ids = names.filter((n) => isId(n) && n !== 'itemId');
    const combos: Record<string, string | number>[] = [];
    if (ids.length) {
      // A kind of which the other has no rows (a new area the setup does not fill yet): its handling item's id, which must not be found either.
      const rowsFor = async (n: string): Promise<Row[]> => {
        const rows = await rowsOf(other, n, route.url);
        return rows.length ? rows : [{ id: other.items.handling }];
      };
      const first = Object.fromEntries(await Promise.all(ids.map(async (n) => [n, (await rowsFor(n))[0]] as const)));
      for (const n of ids) {
        for (const row of await rowsFor(n)) {
          const base = Object.fromEntries(ids.map((m) => [m, (m === n ? row : first[m]).id]));
          const own = row.itemId ?? other.items.handling;
          if (names.includes('itemId')) combos.push({ ...base, itemId: own }, { ...base, itemId: counterpart(other, viewer, own) });
          else combos.push(base);
        }
      }
    } else if (names.includes('itemId')) {
      for (const id of Object.values(other.items)) combos.push({ itemId: id });
    } else combos.push({});
    // The remaining parameters: every value of an enumeration, the years of the data.
    let all = combos;
    for (const p of route.path.filter((x) => !isId(x.name))) {
      const values = p.schema.enum ?? (p.name === 'year' ? [2025, LOOK_BACK_YEAR] : ['1']);
      all = all.flatMap((x) => values.map((v) => ({ ...x, [p.name]: v as string })));
    }
    return all.map((params) => ({ params, url: route.url.replace(/:(\w+)/g, (_, n: string) => encodeURIComponent(String(params[n]))) }));
  }

  /** A query parameter's value: `side`'s own for a required one, the other's for a filter naming one of its rows. */
  async function valueOf(name: string, side: Side): Promise<string | undefined> {
    if (name === 'ids') return Object.values(side.items).join(',');
    if (name === 'q') return SEARCH;
    if (name === 'year') return String(LOOK_BACK_YEAR);
    if (name === 'scope') return `unit:${side.c.unitIds[0]}`;
    if (isId(name)) return String((await rowsOf(side, name))[0]?.id ?? side.items.handling);
    return undefined;
  }

  /**
   * The query strings to call `route` with: the defaults (each value of a required enumeration, other
   * required parameters the viewer's own), then, on a listing, each id filter set to the other's.
   */
  async function queriesOf(route: ApiRoute, viewer: Side, other: Side, listing: boolean) {
    let defaults: Record<string, string>[] = [{}];
    for (const p of route.query.filter((q) => q.required)) {
      const values = p.schema.enum ? p.schema.enum.map(String) : [(await valueOf(p.name, viewer)) ?? '1'];
      defaults = defaults.flatMap((b) => values.map((v) => ({ ...b, [p.name]: v })));
    }
    const filters: Record<string, string>[] = [];
    for (const p of listing ? route.query.filter((q) => isId(q.name) || ['ids', 'q', 'scope'].includes(q.name)) : []) {
      const values =
        p.name === 'scope'
          ? await Promise.all(['unit', 'category', 'delegation'].map(async (k) => `${k}:${(await rowsOf(other, `${k}Id`))[0].id}`))
          : [(await valueOf(p.name, other))!];
      for (const b of defaults) for (const v of values) filters.push({ ...b, [p.name]: v });
    }
    const text = (qs: Record<string, string>[]) => qs.map((q) => new URLSearchParams(q).toString());
    return { defaults: text(listing ? defaults : defaults.slice(0, 1)), filters: text(filters) };
  }

  /**
   * Calls every GET route as each of `viewer`'s roles named, with `other`'s ids, and checks each answer;
   * a role its policy refuses on the defaults (401, 403) is not asked again with the filters.
   */
  async function sweepReads(viewer: Side, other: Side, roleNames: string[]) {
    const failures: string[] = [];
    const tasks: (() => Promise<void>)[] = [];
    const getRoutes = routes.filter((r) => r.method === 'GET');
    let calls = 0;
    const call = async (role: string, url: string) => {
      calls++;
      const res = await viewer.roles[role].raw(url);
      const where = `${role} GET ${url} → ${res.statusCode}`;
      if (res.statusCode >= 500) failures.push(`${where}: ${res.body.slice(0, 300)}`);
      const text = await answerText(res);
      for (const s of other.secrets) if (text.includes(s)) failures.push(`${where} shows the other congress's data (${s}): …${excerpt(text, s)}…`);
      return res.statusCode;
    };
    const withQuery = (url: string, q: string) => (q ? `${url}?${q}` : url);
    for (const route of getRoutes) {
      const listing = !route.path.some((p) => isId(p.name));
      const { defaults, filters } = await queriesOf(route, viewer, other, listing);
      for (const { url } of await pathsOf(route, viewer, other)) {
        for (const role of roleNames) {
          tasks.push(async () => {
            const statuses = [];
            for (const q of defaults) statuses.push(await call(role, withQuery(url, q)));
            if (statuses.every((st) => st === 401 || st === 403)) return;
            for (const q of filters) await call(role, withQuery(url, q));
          });
        }
      }
    }
    await inPool(tasks, parallel);
    return { failures, routes: getRoutes.length, calls };
  }

  const excerpt = (text: string, s: string) => text.slice(Math.max(0, text.indexOf(s) - 120), text.indexOf(s) + 60).replace(/\s+/g, ' ');

  it('no read of any role shows the other congress’s data, whichever of its ids it is given, nor answers 500', async () => {
    const started = Date.now();
    // Every role of A; then a sample of B's, after A's answers were cached (by scope: a key without the congress would show).
    const forward = await sweepReads(A, B, Object.keys(A.roles));
    const sample = ['liaison', 'unitOffice', 'deputy', 'admin'];
    const reverse = await sweepReads(B, A, sample);
    console.info(
      `[congress isolation, ${kind}] ${forward.routes} GET routes; ${forward.calls} calls as A's ${Object.keys(A.roles).length} roles, ` +
        `${reverse.calls} as B's ${sample.length}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(forward.routes).toBeGreaterThan(60);
    expect([...forward.failures, ...reverse.failures]).toEqual([]);
  });

  /** Every property name of a body schema that names rows (unitId, attachmentIds → attachmentId). */
  const idNames = (schema: Schema | undefined, out = new Set<string>()): Set<string> => {
    const s = schema && deref(schema);
    if (!s) return out;
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      if (/Ids?$/.test(k)) out.add(k.replace(/s$/, ''));
      idNames(v, out);
    }
    for (const x of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? []), ...(s.items ? [s.items] : [])]) idNames(x, out);
    return out;
  };

  /**
   * Values for a write's body and query: B's rows for every id (a parent: B's unit), the version B's row
   * has now (so that a body passes its checks as far as the scope); `used` tells whether one of B's ids went in.
   */
  async function fillerFor(route: ApiRoute, params: Record<string, string | number>) {
    const last = [...route.path].reverse().find((p) => isId(p.name))?.name;
    const version = last ? await rowVersion(d.db, tableOfParam(route.url, last, tables), Number(params[last]), tables) : undefined;
    const itemVersion = params.itemId ? await rowVersion(d.db, 'items', Number(params.itemId), tables) : undefined;
    const fills: Record<string, unknown> = { version: version ?? itemVersion ?? 1, taskVersion: 1, coTaskVersion: 1, year: LOOK_BACK_YEAR, scope: 'all' };
    const ids: Record<string, number> = { parentId: B.c.unitIds[0] };
    for (const n of idNames(route.body)) ids[n] ??= (await rowsOf(B, n))[0]?.id ?? B.items.handling;
    const used = { ids: false };
    const fill = (name: string) => {
      if (name in fills) return fills[name];
      if (!isId(name)) return undefined;
      used.ids = true;
      return ids[name] ?? B.items.handling;
    };
    return { fill, used };
  }

  it('every write naming the other congress’s rows (in its path: refused, 4xx; in its body) leaves them as they were and links none to its own', async () => {
    const started = Date.now();
    const writes = routes.filter((r) => r.method !== 'GET');
    const writers = ['liaison', 'gov', 'unitOffice', 'unitHandler', 'deputy', 'admin'];
    const failures: string[] = [];
    let [calls, withIds, withBodyIds] = [0, 0, 0];
    let before = await fingerprint(d.db, B.c.congressId, tables);
    for (const route of writes) {
      // A path naming B's rows must be refused; a body naming them may be answered (a batch reports each row), but changes nothing of B's.
      const inPath = route.path.some((p) => isId(p.name));
      const tasks: (() => Promise<void>)[] = [];
      for (const { url, params } of await pathsOf(route, A, B)) {
        const { fill, used } = await fillerFor(route, params);
        const query = new URLSearchParams(
          Object.fromEntries(route.query.filter((q) => q.required).map((q) => [q.name, String(fill(q.name) ?? q.schema.enum?.[0] ?? '1')])),
        ).toString();
        const full = query ? `${url}?${query}` : url;
        const sample = route.body && sampleOf(route.body, deref, fill);
        if (!inPath && !used.ids) continue; // names none of B's rows (login, logout, a global job, the calendar)
        const bodies = !route.body ? [undefined] : inPath ? [{}, sample] : [sample];
        for (const role of writers) {
          for (const [i, body] of bodies.entries()) {
            if (i === 0 && bodies.length > 1 && role !== 'liaison') continue; // the empty body: the liaison office's only
            tasks.push(async () => {
              const where = `${role} ${route.method} ${full} ${JSON.stringify(body)}`;
              try {
                const r = await A.roles[role].request(route.method, full, body);
                if (inPath && r.status < 400) failures.push(`${where} → ${r.status} accepted: ${JSON.stringify(r.body).slice(0, 200)}`);
                for (const s of B.secrets) if (JSON.stringify(r.body ?? '').includes(s)) failures.push(`${where} → ${r.status} shows B's data (${s})`);
              } catch (e) {
                failures.push(`${where}: ${(e as Error).message.slice(0, 300)}`);
              }
            });
          }
        }
      }
      if (!tasks.length) continue;
      if (inPath) withIds++;
      else withBodyIds++;
      calls += tasks.length;
      await inPool(tasks, parallel);
      const after = await fingerprint(d.db, B.c.congressId, tables);
      const changed = changedTables(before, after);
      if (changed.length) failures.push(`${route.method} ${route.url} changed B's rows in ${changed.join(', ')}`);
      before = after;
    }
    failures.push(...(await crossLinks(d.db, A.c.congressId, B.c.congressId, tables)));
    console.info(
      `[congress isolation, ${kind}] ${withIds} write routes with ids in the path, ${withBodyIds} with B's ids in the body only; ${calls} calls; ` +
        `${before.size} tables of B's rows compared; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(withIds).toBeGreaterThan(40);
    expect(before.get('items')).toMatch(/^5:/);
    expect(failures).toEqual([]);
  });
});
