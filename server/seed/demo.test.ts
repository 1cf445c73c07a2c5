import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_STATES } from '../../domain/items/states';
import { HANDLING_MODES } from '../../domain/items/kinds';
import { openPglite, queryRows, type Database } from '../db/client';
import { DEMO_ACCOUNTS, LEVEL_ACCOUNTS } from './demo-accounts';
import { seedDemo } from './demo';
import { cppccChecks } from './demo-cppcc.checks';
import { hotlineChecks } from './demo-hotline.checks';

const N = 80;

/** The items of a province-level body (the lower bodies' have numbers of their own sessions): the congress's or the CPPCC committee's. */
async function snapshot(d: Database, body: 'congress' | 'cppcc' = 'congress') {
  return queryRows<{ number: string; title: string; state: string; handling_mode: string | null }>(
    d.db,
    sql`select i.number, i.title, i.state, i.handling_mode from items i join congresses c on c.id = i.congress_id
        where c.level = 'province' and c.body = ${body} order by i.number`,
  );
}

describe('demo seed', () => {
  let a: Database;
  let b: Database;
  let result: Awaited<ReturnType<typeof seedDemo>>;
  let province: number;

  beforeAll(async () => {
    a = await openPglite();
    await a.migrate();
    result = await seedDemo(a.db, { items: N });
    [{ province }] = await queryRows<{ province: number }>(a.db, sql`select id as province from congresses where level = 'province' and body = 'congress'`);
  }, 300_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('creates the requested number of items, the 42 units and the deputies; proposals scale with the items', async () => {
    expect(result).toMatchObject({ items: N, units: 42, deputies: 500, proposals: Math.round(N * 0.57), members: 600, workOrders: 40 });
    expect(result.problems).toBeLessThan(result.workOrders);
    const [{ n }] = await queryRows<{ n: number }>(a.db, sql`select count(*)::int as n from items where congress_id = ${province}`);
    expect(n).toBe(N);
    const [{ units }] = await queryRows<{ units: number }>(
      a.db,
      sql`select count(*)::int as units from organizations where kind = 'unit' and congress_id = ${province}`,
    );
    expect(units).toBe(42);
  });

  it('covers every state of the lifecycle and every handling mode', async () => {
    const rows = await snapshot(a);
    const states = new Set(rows.map((r) => r.state));
    // Two-stage review is off in the demo (switched on in 规则配置): no item waits on a delegation.
    for (const s of ITEM_STATES.filter((x) => x !== 'delegationReview')) expect(states, s).toContain(s);
    expect(states).not.toContain('delegationReview');
    const modes = new Set(rows.map((r) => r.handling_mode));
    for (const m of HANDLING_MODES) expect(modes, m).toContain(m);
  });

  it('covers the handling details: reply states, requests, co-opinions, commitments, closing reasons', async () => {
    const values = async (q: ReturnType<typeof sql>) => new Set((await queryRows<{ v: string }>(a.db, q)).map((r) => r.v));
    const replyStates = await values(sql`select distinct state as v from replies`);
    for (const s of ['draft', 'inReview', 'awaitingSignOff', 'signed', 'sent']) expect(replyStates, s).toContain(s);
    expect((await values(sql`select distinct 'x' as v from replies where state = 'draft' and send_back_reason is not null`)).size).toBe(1);
    const requests = await values(sql`select distinct kind || ':' || state as v from requests`);
    for (const s of ['adjustment:pending', 'adjustment:approved', 'extension:pending', 'extension:approved']) expect(requests, s).toContain(s);
    const opinions = await values(sql`select distinct state as v from co_opinions`);
    expect(opinions).toContain('sent');
    expect(opinions).toContain('returned');
    // R-CO-1: every demo co-opinion letter prints its contact line.
    expect((await values(sql`select distinct 'x' as v from co_opinions where contact_person is null or contact_phone is null`)).size).toBe(0);
    const closeReasons = await values(sql`select distinct close_reason as v from items where state = 'closed'`);
    for (const s of ['evaluated', 'rehandledEvaluated', 'notEvaluated', 'referenceContacted']) expect(closeReasons, s).toContain(s);
    const classes = await values(sql`select distinct result_class as v from items where state = 'closed' and result_class is not null`);
    expect([...classes].sort()).toEqual(['A', 'B', 'C', 'D']);
    // D (留作参考) only where the rules profile has four classes: the CPPCC committee's (cppccNational), not the province's.
    const dBodies = await values(sql`select distinct c.body as v from items i join congresses c on c.id = i.congress_id where i.result_class = 'D'`);
    expect([...dBodies]).toEqual(['cppcc']);
    const commitments = await values(sql`select distinct state as v from commitments`);
    expect(commitments).toContain('registered');
    expect(commitments).toContain('struckOff');
    const keyItems = await values(sql`select distinct 'x' as v from tasks where is_key_item`);
    expect(keyItems.size).toBe(1);
  });

  it('gives every item a history and keeps live deadlines: green or yellow and red lights among items in handling', async () => {
    const [{ n }] = await queryRows<{ n: number }>(
      a.db,
      sql`select count(*)::int as n from items i where not exists (select 1 from item_events e where e.item_id = i.id)`,
    );
    expect(n).toBe(0);
    const lights = await queryRows<{ overdue: boolean }>(
      a.db,
      sql`select current_due < (now() at time zone 'Asia/Shanghai')::date as overdue from items where state = 'handling' and current_due is not null`,
    );
    expect(lights.some((l) => l.overdue)).toBe(true);
    expect(lights.some((l) => !l.overdue)).toBe(true);
  });

  it('keeps the stored facts consistent: only open items carry a current due date; history is stamped with the seed clock', async () => {
    const [{ n }] = await queryRows<{ n: number }>(
      a.db,
      sql`select count(*)::int as n from items where state not in ('handling','rehandling','referenceItem') and current_due is not null`,
    );
    expect(n).toBe(0);
    const [{ early, late }] = await queryRows<{ early: number; late: number }>(
      a.db,
      sql`select count(*) filter (where at < '2025-07-01')::int as early, count(*) filter (where at >= '2025-07-01')::int as late
          from item_events e join items i on i.id = e.item_id where i.congress_id = ${province}`,
    );
    // Most of the 2025 session's history happened in its first half, not at seeding time.
    expect(early).toBeGreaterThan(late);
    const [{ bad }] = await queryRows<{ bad: number }>(
      a.db,
      sql`select count(*)::int as bad from item_events e join items i on i.id = e.item_id where e.type = 'sendReply' and e.at::date < i.assigned_on`,
    );
    expect(bad).toBe(0);
  });

  it('creates every demo account, the unit staff, and gives the demo deputy replies to evaluate', async () => {
    const users = await queryRows<{ username: string; role: string; organization_id: number | null; congress_id: number | null }>(
      a.db,
      sql`select username, role, organization_id, congress_id from users`,
    );
    const byName = new Map(users.map((u) => [u.username, u]));
    for (const acc of DEMO_ACCOUNTS) {
      expect(byName.get(acc.username)?.role, acc.username).toBe(acc.role);
      expect(byName.get(acc.username)?.congress_id).not.toBeNull();
    }
    expect(byName.get('unit-office')!.organization_id).toBe(byName.get('unit-handler')!.organization_id);
    // The delegation's contact person belongs to the demo deputy's delegation (two-stage review).
    expect(byName.get('delegation')!.organization_id).toBe(byName.get('deputy')!.organization_id);
    expect(byName.has('u-ndrc-office') && byName.has('u-ndrc-handler') && byName.has('u-ndrc-leader')).toBe(true);
    const mine = await queryRows<{ state: string }>(
      a.db,
      sql`select i.state from items i join deputies d on d.id = i.lead_deputy_id join users u on u.deputy_id = d.id where u.username = 'deputy'`,
    );
    const states = new Set(mine.map((r) => r.state));
    for (const s of ['replied', 'handling', 'closed', 'submitted']) expect(states, s).toContain(s);
    const eduTasks = await queryRows<{ state: string }>(
      a.db,
      sql`select distinct t.state from tasks t join users u on u.organization_id = t.unit_id where u.username = 'unit-office'`,
    );
    expect(eduTasks.length).toBeGreaterThan(2);
    const eduReplies = await queryRows<{ state: string }>(
      a.db,
      sql`select distinct r.state from replies r join users u on u.organization_id = r.unit_id where u.username = 'unit-office'`,
    );
    expect(eduReplies.map((r) => r.state).sort()).toEqual(['awaitingSignOff', 'draft', 'inReview', 'sent', 'signed']);
  });

  it('gives the units reply templates: a few shared by the liaison office and one of the demo unit', async () => {
    const rows = await queryRows<{ kind: string; name: string; owner: string | null }>(
      a.db,
      sql`select t.kind, t.name, o.name as owner from reply_templates t left join organizations o on o.id = t.unit_id order by t.id`,
    );
    expect(rows.filter((r) => r.owner === null).map((r) => r.kind)).toEqual(['letter', 'letter', 'snippet', 'snippet', 'snippet']);
    expect(rows.filter((r) => r.owner !== null).map((r) => r.owner)).toEqual(['湖南省教育厅']);
  });

  it('adds the lower bodies (issue 16): a city, two counties, twelve townships on the lighter profile, each with its items and people', async () => {
    const bodies = await queryRows<{ name: string; level: string; parent: string | null; items: number; users: number }>(
      a.db,
      sql`select c.name, c.level, p.name as parent,
            (select count(*)::int from items i where i.congress_id = c.id) as items,
            (select count(*)::int from users u where u.congress_id = c.id) as users
          from congresses c left join congresses p on p.id = c.parent_id order by c.id`,
    );
    expect(bodies.filter((b) => b.level === 'city').map((b) => [b.name, b.parent])).toEqual([['岳阳市人民代表大会', '湖南省人民代表大会']]);
    expect(bodies.filter((b) => b.level === 'county').map((b) => b.parent)).toEqual(['岳阳市人民代表大会', '岳阳市人民代表大会']);
    const townships = bodies.filter((b) => b.level === 'township');
    expect(townships).toHaveLength(12);
    expect(new Set(townships.map((t) => t.parent))).toEqual(new Set(['华容县人民代表大会']));
    for (const b of bodies.filter((x) => x.level !== 'province' && x.level !== 'national')) {
      expect(b.items, b.name).toBeGreaterThan(0);
      expect(b.users, b.name).toBeGreaterThan(3);
    }
    // 华容县's eight quarterly checklists (89 entries: 21 / 49 / 19 by type), reported by its townships, and the 2025 assessment.
    const [cl] = await queryRows<{ lists: number; entries: number; reported: number; final: number }>(
      a.db,
      sql`select (select count(*)::int from checklists) as lists, (select count(*)::int from checklist_entries) as entries,
            (select count(*)::int from checklist_reports where status <> 'pending') as reported,
            (select count(*)::int from township_assessments where state = 'finalized') as final`,
    );
    expect(cl).toMatchObject({ lists: 8, entries: 89, final: 1 });
    expect(cl.reported).toBeGreaterThan(500);
    // R-ASSIGN-4: the national congress above, whose one suggestion the province handled and answered.
    expect(bodies.find((b) => b.name === '湖南省人民代表大会')!.parent).toBe('全国人民代表大会');
    const national = await queryRows<{ state: string; handled_by: string; types: string[] }>(
      a.db,
      sql`select i.state, h.name as handled_by, array(select type from item_events e where e.item_id = i.id order by e.id) as types
          from items i join congresses c on c.id = i.congress_id join congresses h on h.id = i.handled_by_congress_id where c.level = 'national'`,
    );
    expect(national).toHaveLength(1);
    expect(national[0]).toMatchObject({ state: 'closed', handled_by: '湖南省人民代表大会' });
    expect(national[0].types).toEqual(expect.arrayContaining(['handDownItem', 'assignSuggestion', 'sendReply', 'evaluateReply']));
    const presets = await queryRows<{ preset: string }>(
      a.db,
      sql`select r.preset from rules_profiles r join congresses c on c.id = r.congress_id where c.level = 'township'`,
    );
    expect(presets.map((p) => p.preset)).toEqual(Array(12).fill('township'));
    const users = await queryRows<{ username: string; role: string; level: string }>(
      a.db,
      sql`select u.username, u.role, c.level from users u join congresses c on c.id = u.congress_id`,
    );
    for (const acc of LEVEL_ACCOUNTS) expect(users.find((u) => u.username === acc.username)?.role, acc.username).toBe(acc.role);
    // Two places: the province's demo deputy is a county deputy too; the township's presidium runs its suggestions.
    const places = await queryRows<{ username: string; role: string; level: string }>(
      a.db,
      sql`select u.username, m.role, c.level from user_memberships m join users u on u.id = m.user_id join congresses c on c.id = m.congress_id
          where u.username in ('deputy', 'township') order by u.username`,
    );
    expect(places).toEqual([
      { username: 'deputy', role: 'deputy', level: 'county' },
      { username: 'township', role: 'liaisonOffice', level: 'township' },
    ]);
  });

  it('is deterministic: a second database gets the same items in the same states', async () => {
    b = await openPglite();
    await b.migrate();
    await seedDemo(b.db, { items: N });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await snapshot(b, 'cppcc')).toEqual(await snapshot(a, 'cppcc'));
  }, 300_000);

  // 政协湖南省委员会 beside the province (§8): demo-cppcc.checks.ts.
  cppccChecks(() => ({ db: a.db, result }));
  hotlineChecks(() => ({ db: a.db, result }));
});
