import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { congresses, userMemberships } from '../server/db/schema';
import { queryRows, type Database } from '../server/db/client';
import { Client, loginUnit, useServer } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { createCongress, type Congress } from './helpers/factories';
import { accept, assign, contact, draftAndSign, send, submit } from './helpers/flow';
import { builtinSchedule, todayInShanghai, WorkdayCalendar } from '../domain/deadlines';

/**
 * Issue 16 §1 and §3: several congresses in one deployment — a user's places and the switch between
 * them; the roll-up of the bodies below a congress, equal to their own figures and summed.
 */
describe.each(DB_KINDS)('congresses of several levels on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));
  let city: Congress;
  let countyA: Congress;
  let countyB: Congress;
  const as = (c: Congress, u: { username: string }) => Client.login(app, u.username);

  /** One item of `c` taken to a sent reply, one left in handling, one only submitted. */
  async function items(c: Congress, evaluated: 'satisfied' | 'dissatisfied' | null) {
    const liaison = await as(c, c.users.liaison);
    const dep = await as(c, c.users.deputies[0]);
    const unit = await loginUnit(app, c.users.units[0]);
    const a = await submit(dep, c, [], `关于改善${c.tag}农村道路的建议`);
    await accept(liaison, a.id);
    await assign(liaison, a.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
    await contact(unit.handler, a.id);
    const r = await draftAndSign(unit, a.id, 'A');
    expect((await send(unit.office, a.id, r)).status).toBe(200);
    if (evaluated) {
      await dep.ok('POST', `/api/items/${a.id}/evaluations`, {
        result: evaluated,
        comment: evaluated === 'dissatisfied' ? '答复未解决实际问题，请重新研究。' : '满意',
      });
    }
    const b = await submit(dep, c, [], `关于加强${c.tag}校车管理的建议`);
    await accept(liaison, b.id);
    await assign(liaison, b.id, 'single', [{ unitId: c.unitIds[1], role: 'lead' }]);
    await submit(dep, c, [], `关于增设${c.tag}公厕的建议`);
  }

  beforeAll(async () => {
    city = await createCongress(d.db);
    countyA = await createCongress(d.db);
    countyB = await createCongress(d.db);
    await d.db.update(congresses).set({ level: 'city' }).where(eq(congresses.id, city.congressId));
    for (const c of [countyA, countyB]) {
      await d.db.update(congresses).set({ level: 'county', parentId: city.congressId }).where(eq(congresses.id, c.congressId));
    }
    await items(countyA, 'satisfied');
    await items(countyB, 'dissatisfied');
    // countyA's first deputy is also a deputy of countyB (多级代表): a second place.
    await d.db.insert(userMemberships).values({
      userId: countyA.users.deputies[0].id,
      congressId: countyB.congressId,
      role: 'deputy',
      deputyId: countyB.deputyIds[0],
    });
  });

  it('a user with two places lists them, switches, and every query follows the place (audited)', async () => {
    const dep = await as(countyA, countyA.users.deputies[0]);
    const me = await dep.ok('GET', '/api/auth/me');
    expect(me.user.congress.id).toBe(countyA.congressId);
    expect(me.user.places).toBe(2);
    const { places } = await dep.ok('GET', '/api/auth/places');
    expect(places.map((p: { congress: { id: number }; current: boolean }) => [p.congress.id, p.current])).toEqual([
      [countyA.congressId, true],
      [countyB.congressId, false],
    ]);
    const mine = (await dep.ok('GET', '/api/items')).rows.map((r: { title: string }) => r.title);
    expect(mine.every((t: string) => t.includes(countyA.tag))).toBe(true);

    const other = places.find((p: { congress: { id: number } }) => p.congress.id === countyB.congressId);
    const switched = await dep.ok('POST', '/api/auth/place', { membershipId: other.membershipId });
    expect(switched.user.congress.id).toBe(countyB.congressId);
    expect(switched.user.deputyId).toBe(countyB.deputyIds[0]);
    // Every following request works in countyB: its items (the deputy's there), not countyA's.
    const there = (await dep.ok('GET', '/api/items')).rows.map((r: { title: string }) => r.title);
    expect(there.length).toBe(3);
    expect(there.every((t: string) => t.includes(countyB.tag))).toBe(true);
    expect((await dep.ok('GET', '/api/auth/me')).user.congress.id).toBe(countyB.congressId);

    // Back to the own place.
    await dep.ok('POST', '/api/auth/place', { membershipId: null });
    expect((await dep.ok('GET', '/api/auth/me')).user.congress.id).toBe(countyA.congressId);
    const log = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from audit_log where action = 'switchPlace' and user_id = ${countyA.users.deputies[0].id}`,
    );
    expect(log[0].n).toBe(2);
  });

  it('a membership of someone else is not found; a bad body is a 400 in Chinese; a stranger has one place', async () => {
    const [m] = await d.db.select().from(userMemberships).where(eq(userMemberships.userId, countyA.users.deputies[0].id));
    const stranger = await as(countyA, countyA.users.deputies[1]);
    const r = await stranger.post('/api/auth/place', { membershipId: m.id });
    expect(r.status).toBe(404);
    expect(r.body.message).toMatch(/工作身份/);
    expect((await stranger.get('/api/auth/me')).body.user.congress.id).toBe(countyA.congressId);
    const bad = await stranger.post('/api/auth/place', { membershipId: 'x' });
    expect(bad.status).toBe(400);
    expect((await stranger.ok('GET', '/api/auth/places')).places).toHaveLength(1);
  });

  it('the city sees each county side by side; every row equals the county’s own figures and the total their sum', async () => {
    const cityLiaison = await as(city, city.users.liaison);
    const roll = await cityLiaison.ok('GET', '/api/levels/roll-up');
    expect(roll.congress.id).toBe(city.congressId);
    expect(roll.year).toBe(2025);
    expect(roll.rows.map((r: { congress: { id: number } }) => r.congress.id).sort()).toEqual([countyA.congressId, countyB.congressId].sort());
    for (const c of [countyA, countyB]) {
      const own = await (await as(c, c.users.liaison)).ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
      const row = roll.rows.find((r: { congress: { id: number } }) => r.congress.id === c.congressId);
      for (const k of ['items', 'assigned', 'replied', 'replyRate', 'onTime', 'onTimeRate', 'resultClasses', 'evaluations'] as const)
        expect(row[k], k).toEqual(own[k]);
      expect(row.items).toBe(2);
      expect(row.replied).toBe(1);
      expect(row.lights.green + row.lights.yellow + row.lights.red).toBe(row.items - row.replied);
    }
    const sum = (f: (r: any) => number) => roll.rows.reduce((a: number, r: any) => a + f(r), 0);
    expect(roll.total.items).toBe(sum((r) => r.items));
    expect(roll.total.replied).toBe(sum((r) => r.replied));
    expect(roll.total.resultClasses.A.count).toBe(sum((r) => r.resultClasses.A.count));
    expect(roll.total.evaluations.satisfied.count).toBe(1);
    expect(roll.total.evaluations.dissatisfied.count).toBe(1);
    // Shares of the total are recomputed from the sums and add up to 100.00 (R-STAT-1).
    expect(roll.total.evaluations.satisfied.share + roll.total.evaluations.dissatisfied.share).toBe(100);
    expect(roll.total.evaluations.satisfactionRate).toBe(50);
    expect(roll.path.map((p: { id: number }) => p.id)).toEqual([city.congressId]);
  });

  it('drill-down: the city’s office opens a county’s replied items; a county cannot look up; units may not roll up', async () => {
    const cityLiaison = await as(city, city.users.liaison);
    const replied = await cityLiaison.ok('GET', `/api/levels/roll-up/items?congressId=${countyA.congressId}&figure=replied`);
    expect(replied.total).toBe(1);
    expect(replied.items[0].title).toContain(countyA.tag);
    expect(replied.items[0].stateLabel).toBeTruthy();
    const all = await cityLiaison.ok('GET', `/api/levels/roll-up/items?congressId=${countyA.congressId}`);
    expect(all.total).toBe(2);
    // One level further down from a county: it has no bodies below, so no rows.
    const down = await cityLiaison.ok('GET', `/api/levels/roll-up?congressId=${countyA.congressId}`);
    expect(down.rows).toEqual([]);
    expect(down.path.map((p: { id: number }) => p.id)).toEqual([city.congressId, countyA.congressId]);

    const countyLiaison = await as(countyA, countyA.users.liaison);
    for (const url of [`/api/levels/roll-up?congressId=${city.congressId}`, `/api/levels/roll-up/items?congressId=${countyB.congressId}`]) {
      const r = await countyLiaison.get(url);
      expect(r.status, url).toBe(404);
    }
    const gov = await as(city, city.users.gov);
    const r = await gov.get(`/api/levels/roll-up/items?congressId=${countyA.congressId}`);
    expect(r.status).toBe(403);
    expect(r.body.message).toMatch(/联工委和督办领导/);
    const unit = await as(city, city.users.units[0].office);
    expect((await unit.get('/api/levels/roll-up')).status).toBe(403);
    const bad = await cityLiaison.get(`/api/levels/roll-up/items?congressId=${countyA.congressId}&figure=nope`);
    expect(bad.status).toBe(400);
  });

  it('the tree lists the viewer’s body and the bodies below it', async () => {
    const tree = await (await as(city, city.users.supervisor)).ok('GET', '/api/levels/tree');
    expect(tree.root).toBe(city.congressId);
    expect(tree.nodes.map((n: { id: number }) => n.id).sort()).toEqual([city.congressId, countyA.congressId, countyB.congressId].sort());
    const county = await (await as(countyA, countyA.users.supervisor)).ok('GET', '/api/levels/tree');
    expect(county.nodes.map((n: { id: number }) => n.id)).toEqual([countyA.congressId]);
  });

  it('hands a city item down to a county (R-ASSIGN-4): the county assigns it to its units, the reply and the evaluation come back to it', async () => {
    const cityLiaison = await as(city, city.users.liaison);
    const cityDeputy = await as(city, city.users.deputies[0]);
    const countyLiaison = await as(countyA, countyA.users.liaison);
    const x = await submit(cityDeputy, city, [], '关于统筹建设县域农村饮水工程的建议');
    await accept(cityLiaison, x.id);
    const v = (await cityLiaison.ok('GET', `/api/items/${x.id}`)).item.version;
    expect((await cityLiaison.ok('GET', `/api/items/${x.id}`)).actions).toContain('handDownItem');

    // Only a body below the city's; the county's office may not hand down the city's item.
    const outside = await createCongress(d.db);
    const wrong = await cityLiaison.post(`/api/items/${x.id}/hand-down`, { version: v, congressId: outside.congressId });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('HAND_DOWN_TARGET');
    expect((await countyLiaison.post(`/api/items/${x.id}/hand-down`, { version: v, congressId: countyA.congressId })).status).toBe(404);
    const handed = await cityLiaison.ok('POST', `/api/items/${x.id}/hand-down`, {
      version: v,
      congressId: countyA.congressId,
      note: '请华容县交有关单位办理。',
    });
    const again = await cityLiaison.post(`/api/items/${x.id}/hand-down`, { version: handed.version, congressId: countyB.congressId });
    expect(again.status).toBe(409);

    // Each side takes its own office actions.
    const above = await cityLiaison.ok('GET', `/api/items/${x.id}`);
    expect(above.handedDown).toMatchObject({ congressId: countyA.congressId, congressName: expect.stringContaining('测试省') });
    expect(above.actions).not.toContain('assignSuggestion');
    const refused = await cityLiaison.post(`/api/items/${x.id}/assignment`, {
      version: handed.version,
      mode: 'single',
      units: [{ unitId: city.unitIds[0], role: 'lead' }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/已交由下级办理/);
    // It waits in the county's 待交办, no longer in the city's.
    const queued = async (c: Client) => (await c.ok('GET', '/api/queues/toAssign')).rows.map((row: { id: number }) => row.id);
    expect(await queued(countyLiaison)).toContain(x.id);
    expect(await queued(cityLiaison)).not.toContain(x.id);
    const below = await countyLiaison.ok('GET', `/api/items/${x.id}`);
    expect(below.actions).toContain('assignSuggestion');
    expect(below.actions).not.toContain('changeCategory');
    expect((await countyLiaison.ok('GET', '/api/items')).rows.map((r: { id: number }) => r.id)).toContain(x.id);
    const cityUnit = await countyLiaison.post(`/api/items/${x.id}/assignment`, {
      version: handed.version,
      mode: 'single',
      units: [{ unitId: city.unitIds[0], role: 'lead' }],
    });
    expect(cityUnit.status).toBe(400);
    await assign(countyLiaison, x.id, 'single', [{ unitId: countyA.unitIds[2], role: 'lead' }]);
    const category = await countyLiaison.request('PATCH', `/api/items/${x.id}/category`, { version: handed.version + 1, categoryId: city.categoryIds[1] });
    expect(category.status).toBe(403);

    // The county's unit answers; the city's deputy evaluates the same item.
    const unit = await loginUnit(app, countyA.users.units[2]);
    await contact(unit.handler, x.id);
    const r = await draftAndSign(unit, x.id, 'A');
    expect((await send(unit.office, x.id, r)).status).toBe(200);
    await cityDeputy.ok('POST', `/api/items/${x.id}/evaluations`, { result: 'satisfied', comment: '满意' });
    const done = await cityLiaison.ok('GET', `/api/items/${x.id}`);
    expect(done.item.state).toBe('closed');
    // R-ASSIGN-4: the deadlines run from the day the city handed it down; both bodies read one history.
    expect(done.item.assignedOn).toBe(done.handedDown.on);
    const types = done.history.map((e: { type: string }) => e.type);
    for (const t of ['acceptSuggestion', 'handDownItem', 'assignSuggestion', 'sendReply', 'evaluateReply']) expect(types).toContain(t);
    expect((await countyLiaison.ok('GET', `/api/items/${x.id}`)).history.length).toBe(done.history.length);
    // The county's own figures (and its row in the city's roll-up) do not count the city's item.
    const roll = await cityLiaison.ok('GET', '/api/levels/roll-up');
    expect(roll.rows.find((row: { congress: { id: number } }) => row.congress.id === countyA.congressId).items).toBe(2);
    // The county's offices were told (their office queue's message).
    const notices = await queryRows<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from outbox where type = 'handedDown' and item_id = ${x.id} and congress_id = ${countyA.congressId}`,
    );
    expect(notices[0].n).toBe(2);
  });

  it('each body keeps its calendar overrides: the city’s schedule holds below it; a county’s own local holiday moves only its deadlines', async () => {
    const today = todayInShanghai();
    const year = Number(today.slice(0, 4));
    const official = builtinSchedule(year) ?? { holidays: [], makeupWorkdays: [] };
    // A working day inside every adjustment window that starts today (10 working days).
    const localDay = new WorkdayCalendar().addWorkdays(today, 3).date;
    const cityAdmin = await as(city, city.users.admin);
    const countyAdmin = await as(countyA, countyA.users.admin);
    await cityAdmin.ok('PUT', `/api/calendar/${year}`, {
      holidays: [...official.holidays],
      makeupWorkdays: [...official.makeupWorkdays],
      note: '按国务院办公厅通知录入',
    });
    const inherited = await countyAdmin.ok('GET', `/api/admin/calendar/${year}`);
    expect(inherited.source).toBe('inherited');
    expect(inherited.inherited.congressName).toBe((await cityAdmin.ok('GET', '/api/auth/me')).user.congress.name);
    expect((await countyAdmin.ok('GET', `/api/calendar?from=${year}&to=${year}`)).years[0]).toMatchObject({ source: 'inherited', version: null });

    // The handling item of each county, assigned today: its adjustment window's end.
    const windowEnd = async (c: Congress) => {
      const liaison = await as(c, c.users.liaison);
      const row = (await liaison.ok('GET', '/api/items')).rows.find((r: { title: string }) => r.title.includes('校车'));
      return (await liaison.ok('GET', `/api/items/${row.id}`)).deadlines.find((x: { kind: string }) => x.kind === 'adjustmentWindow').dueDate as string;
    };
    const [a0, b0] = [await windowEnd(countyA), await windowEnd(countyB)];
    const local = await countyAdmin.ok('PUT', `/api/calendar/${year}`, {
      holidays: [...official.holidays, localDay],
      makeupWorkdays: [...official.makeupWorkdays],
      note: '本县民族节日放假一天',
    });
    expect(local.recomputed).toBeGreaterThan(0);
    expect((await countyAdmin.ok('GET', `/api/admin/calendar/${year}`)).source).toBe('admin');
    expect((await cityAdmin.ok('GET', `/api/admin/calendar/${year}`)).source).toBe('admin');
    expect(await windowEnd(countyA)).toBe(
      new WorkdayCalendar([{ year, ...official, holidays: [...official.holidays, localDay], source: 'admin' }]).addWorkdays(today, 10).date,
    );
    expect(await windowEnd(countyA)).not.toBe(a0);
    expect(await windowEnd(countyB)).toBe(b0);

    // Removed again, the city's schedule applies once more.
    const removed = await countyAdmin.ok('DELETE', `/api/admin/calendar/${year}`);
    expect(removed.source).toBe('inherited');
    expect(await windowEnd(countyA)).toBe(a0);
  });

  it('an administrator lets a user of another body work in its own, and takes the place back (audited)', async () => {
    const adminB = await as(countyB, countyB.users.admin);
    const who = countyA.users.units[0].office;
    // A unit role here needs a unit of this body; an administrator's place is never given; an own user needs none.
    const noUnit = await adminB.post('/api/admin/memberships', { username: who.username, role: 'unitOffice' });
    expect(noUnit.status).toBe(400);
    const foreignUnit = await adminB.post('/api/admin/memberships', { username: who.username, role: 'unitOffice', organizationId: countyA.unitIds[0] });
    expect(foreignUnit.status).toBe(400);
    expect((await adminB.post('/api/admin/memberships', { username: who.username, role: 'admin' })).status).toBe(400);
    expect((await adminB.post('/api/admin/memberships', { username: countyB.users.liaison.username, role: 'supervisor' })).body.code).toBe(
      'MEMBER_HERE_ALREADY',
    );
    expect((await adminB.post('/api/admin/memberships', { username: 'nobody-here', role: 'supervisor' })).body.code).toBe('UNKNOWN_USER');

    const added = await adminB.ok('POST', '/api/admin/memberships', { username: who.username, role: 'unitOffice', organizationId: countyB.unitIds[1] });
    expect((await adminB.post('/api/admin/memberships', { username: who.username, role: 'unitOffice', organizationId: countyB.unitIds[1] })).status).toBe(409);
    const listed = await adminB.ok('GET', '/api/admin/memberships');
    expect(listed.find((m: { id: number }) => m.id === added.id)).toMatchObject({ username: who.username, roleLabel: '承办单位办公室' });
    // Another body's administrator neither sees nor removes it.
    const adminA = await as(countyA, countyA.users.admin);
    expect((await adminA.ok('GET', '/api/admin/memberships')).some((m: { id: number }) => m.id === added.id)).toBe(false);
    expect((await adminA.request('DELETE', `/api/admin/memberships/${added.id}`)).status).toBe(404);

    // The user works there, then the place is taken back: the session falls back to the user's own place.
    const office = await as(countyA, who);
    await office.ok('POST', '/api/auth/place', { membershipId: added.id });
    expect((await office.ok('GET', '/api/auth/me')).user).toMatchObject({ congressId: countyB.congressId, organizationId: countyB.unitIds[1] });
    await adminB.ok('DELETE', `/api/admin/memberships/${added.id}`);
    expect((await office.ok('GET', '/api/auth/me')).user).toMatchObject({ congressId: countyA.congressId, places: 1 });
    const log = await queryRows<{ action: string }>(d.db, sql`select action from audit_log where action in ('addMembership', 'removeMembership') order by id`);
    expect(log.map((l) => l.action)).toEqual(['addMembership', 'removeMembership']);
  });
});
