import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { createUser, sharedDemoHash } from '../server/usecases/admin/create-user';
import { Client, loginUnit, useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { createCongress, PASSWORD, type Congress } from './helpers/factories';
import { accept, contact, draftAndSign, item, send, sendCoOpinion, submit, submitAndAssign } from './helpers/flow';
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
const MARKS = { a: '甲大会专用标记', b: '乙大会专用标记' };
const PDF = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`).toString('base64');
/** A look-back year with the session's (2025) items in the past. */
const LOOK_BACK_YEAR = 2026;
const SEARCH = '专用标记';

type Items = Record<'submitted' | 'joint' | 'accepted' | 'handling' | 'replied', number>;
interface Side {
  c: Congress;
  mark: string;
  /** What must never reach the other congress: the marker and the tag every name of this congress carries. */
  secrets: string[];
  roles: Record<string, Client>;
  items: Items;
}

/** A congress with data in every area, each text carrying `mark`. */
async function populate(app: FastifyInstance, db: Db, mark: string): Promise<Side> {
  const c = await createCongress(db);
  const login = (u: { username: string }) => Client.login(app, u.username);
  const [liaison, gov, supervisor, admin, auditor, dep, cosigner] = await Promise.all(
    [c.users.liaison, c.users.gov, c.users.supervisor, c.users.admin, c.users.auditor, ...c.users.deputies.slice(0, 2)].map(login),
  );
  const [u0, u1] = await Promise.all(c.users.units.slice(0, 2).map((x) => loginUnit(app, x)));
  const contactPerson = await createUser(
    db,
    {
      username: `contact-${c.tag}`,
      password: PASSWORD,
      displayName: '联络员',
      role: 'delegationContact',
      congressId: c.congressId,
      organizationId: c.delegationIds[0],
    },
    sharedDemoHash,
  );
  const delegationContact = await login(contactPerson);

  // The directory: a committee, a deputy, a session and a user named with the marker.
  const committee = await admin.ok('POST', '/api/admin/organizations', { kind: 'committee', name: `${mark}委员会` });
  await admin.ok('POST', '/api/admin/deputies', { name: `${mark}代表`, delegationId: c.delegationIds[0] });
  await admin.ok('POST', '/api/admin/sessions', { name: `${mark}会议`, code: `m-${c.tag}`, year: 2024 });
  await admin.ok('POST', '/api/admin/users', { username: `marked-${c.tag}`, password: 'Strong#Pass1', displayName: mark, role: 'supervisor' });

  // Suggestions in several states.
  const title = (what: string) => `${mark}：关于${what}的建议`;
  const submitted = (await submit(dep, c, [], title('已提交事项'))).id;
  const joint = (await submit(dep, c, [c.deputyIds[1]], title('联名事项'))).id;
  const accepted = (await submit(dep, c, [], title('已立案事项'))).id;
  await accept(liaison, accepted);

  // Handling, lead + co: a contact (disputed by the deputy), a co-opinion, a reply draft, an attachment, a note,
  // an edit lock, key supervision with an activity, a reminder, an urging letter, an extension request.
  const handling = await submitAndAssign(dep, liaison, c, title('办理中事项'), 'leadCo', [
    { unitId: u0.unitId, role: 'lead' },
    { unitId: u1.unitId, role: 'co' },
  ]);
  await contact(u0.handler, handling);
  const contactId = (await item(liaison, handling)).contacts[0].id;
  await dep.ok('POST', `/api/items/${handling}/contacts/${contactId}/response`, { response: 'disputed', note: mark });
  await sendCoOpinion(u1, handling, `${mark}会办意见`);
  await u0.handler.ok('PUT', `/api/items/${handling}/reply-draft`, {
    body: `${mark}答复草稿`,
    resultClass: 'A',
    publicity: 'public',
    contactPerson: '李明',
    contactPhone: '0731-88888888',
  });
  await u0.office.ok('POST', `/api/items/${handling}/attachments`, { filename: `${mark}.pdf`, mimeType: 'application/pdf', contentBase64: PDF(c.tag) });
  await u0.office.ok('POST', `/api/items/${handling}/notes`, { body: `${mark}内部备注` });
  await u0.handler.ok('PUT', `/api/items/${handling}/edit-locks/replyDraft`, {});
  await liaison.ok('POST', `/api/items/${handling}/key-supervision`, { kind: 'committee', committeeIds: [committee.id], note: mark });
  await liaison.ok('POST', `/api/items/${handling}/supervision-activities`, { kind: 'meeting', heldOn: '2025-04-01', participants: mark, notes: mark });
  await liaison.ok('POST', `/api/items/${handling}/reminders`, { note: `${mark}催办` });
  await liaison.ok('POST', `/api/items/${handling}/urging-letters`, { unitId: u0.unitId, title: `${mark}督办函`, body: mark });
  await u0.office.ok('POST', `/api/items/${handling}/extension-requests`, { reason: `${mark}延期理由` });

  // Replied after a refused adjustment request (B, with a commitment and its progress), and evaluated.
  const replied = await submitAndAssign(dep, liaison, c, title('已答复事项'), 'single', [{ unitId: u0.unitId, role: 'lead' }]);
  const [task] = (await item(u0.office, replied)).tasks;
  const adjustment = await u0.office.ok('POST', `/api/items/${replied}/adjustment-requests`, { taskVersion: task.version, reason: `${mark}调整理由` });
  await liaison.ok('POST', `/api/items/${replied}/adjustment-requests/${adjustment.id}/decision`, { approve: false, note: `${mark}审批意见` });
  await contact(u0.handler, replied);
  const signed = await draftAndSign(u0, replied, 'B', { body: `${mark}答复正文`, commitments: [{ content: `${mark}承诺事项`, targetDate: '2027-12-31' }] });
  expect((await send(u0.office, replied, signed)).status).toBe(200);
  await dep.ok('POST', `/api/items/${replied}/evaluations`, { result: 'satisfied', comment: `${mark}评价意见` });
  const [cm] = (await item(u0.office, replied)).commitments;
  await u0.office.ok('POST', `/api/items/${replied}/commitments/${cm.id}`, { action: 'progress', version: cm.version, note: `${mark}进展` });

  // Saved views, templates, a deputy's draft, a report draft, a bulletin, a look-back review, an import batch.
  await u0.office.ok('POST', '/api/ledger/views', { name: mark, query: { q: SEARCH } });
  await liaison.ok('POST', '/api/ledger/views', { name: mark, query: { q: SEARCH } });
  await u0.handler.ok('POST', '/api/templates', { kind: 'letter', name: mark, body: `${mark}{代表姓名}` });
  await liaison.ok('POST', '/api/templates', { kind: 'snippet', name: `${mark}共用`, body: mark });
  await dep.ok('POST', '/api/suggestion-drafts', { title: `${mark}草稿`, body: mark, sessionId: c.sessionId });
  const sections = { measures: `${mark}措施`, problems: `${mark}问题`, nextSteps: `${mark}下一步` };
  await liaison.ok('PUT', '/api/reports/draft', { kind: 'handlingReport', sessionId: c.sessionId, scope: 'all', sections });
  await liaison.ok('POST', '/api/bulletins', { sessionId: c.sessionId });
  expect((await liaison.ok('POST', '/api/look-backs', { year: LOOK_BACK_YEAR })).created).toBeGreaterThan(0);
  const [review] = (await u0.office.ok('GET', `/api/look-back-reviews?year=${LOOK_BACK_YEAR}`)).rows;
  await u0.office.ok('PUT', `/api/look-back-reviews/${review.id}`, { version: review.version, finding: 'inProgress', note: `${mark}复查` });
  const template = (await liaison.raw(`/api/imports/template.xlsx?sessionId=${c.sessionId}`)).rawPayload.toString('base64');
  await liaison.ok('POST', '/api/imports', { filename: `${mark}.xlsx`, contentBase64: template, wait: true });

  return {
    c,
    mark,
    secrets: [mark, c.tag],
    roles: {
      liaison,
      gov,
      supervisor,
      admin,
      auditor,
      deputy: dep,
      cosigner,
      delegationContact,
      unitOffice: u0.office,
      unitHandler: u0.handler,
      unitLeader: u0.leader,
      coUnitOffice: u1.office,
    },
    items: { submitted, joint, accepted, handling, replied },
  };
}

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
