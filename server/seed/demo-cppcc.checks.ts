/**
 * The demo seed's checks of 政协湖南省委员会 (§8, demo-cppcc.ts), registered by demo.test.ts on its one
 * seeded database: the body and its people, the proposals at every stage, their histories, the accounts.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { HANDLING_MODES } from '../../domain/items/kinds';
import { ITEM_STATES } from '../../domain/items/states';
import { itemScope } from '../auth/item-scope';
import { login, resolveSession } from '../auth/sessions';
import { queryRows, type Db } from '../db/client';
import { items } from '../db/schema';
import { CPPCC_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { SECTORS } from './corpus';
import type { SeedResult } from './demo';

/** The CPPCC committee's proposals, as a subquery condition on `i`. */
const PROPOSALS = sql`i.congress_id = (select id from congresses where body = 'cppcc')`;

export function cppccChecks(get: () => { db: Db; result: SeedResult }): void {
  const q = <T>(s: SQL) => queryRows<T>(get().db, s);
  const values = async (s: SQL) => new Set((await q<{ v: string }>(s)).map((r) => r.v));

  it('adds 政协湖南省委员会 beside the province: its session, proposal committee, sectors, organizations, committees, members with parties, the cppccNational profile', async () => {
    const [c] = await q<Record<string, string | number>>(
      sql`select c.name, c.level, b.name as beside, s.name as session, s.code, s.year, bs.year as congress_year,
            (select r.preset from rules_profiles r where r.congress_id = c.id and r.year = s.year) as preset
          from congresses c join congresses b on b.id = c.beside_id join sessions s on s.congress_id = c.id join sessions bs on bs.congress_id = b.id
          where c.body = 'cppcc'`,
    );
    expect(c).toMatchObject({ name: '政协湖南省委员会', level: 'province', beside: '湖南省人民代表大会', session: '十三届三次会议', code: '13-3' });
    expect(c.preset).toBe('cppccNational');
    expect(c.year).toBe(c.congress_year);
    const orgs = await q<{ kind: string; names: string[] }>(
      sql`select o.kind, array_agg(o.name order by o.id) as names from organizations o join congresses c on c.id = o.congress_id
          where c.body = 'cppcc' group by o.kind`,
    );
    const of = (kind: string) => orgs.find((o) => o.kind === kind)?.names ?? [];
    expect(of('cppccCommittee')).toEqual(['政协湖南省委员会提案委员会']);
    expect(of('sector')).toHaveLength(SECTORS.length);
    expect(of('sector')).toEqual(expect.arrayContaining(['中国共产党', '中国国民党革命委员会', '无党派人士', '经济界', '特邀人士']));
    expect(of('participatingOrganization')).toEqual(expect.arrayContaining(['民盟湖南省委员会', '九三学社湖南省委员会', '湖南省总工会', '湖南省妇女联合会']));
    expect(of('committee')).toEqual(expect.arrayContaining(['经济委员会', '教科卫体委员会', '港澳台侨和外事委员会']));
    const members = await q<{ sector: string; party: string | null; gender: string | null; occupation: string | null }>(
      sql`select o.name as sector, d.party, d.gender, d.occupation from deputies d join organizations o on o.id = d.delegation_id
          join congresses c on c.id = d.congress_id where c.body = 'cppcc'`,
    );
    expect(members).toHaveLength(get().result.members);
    expect(members.length).toBeGreaterThanOrEqual(550);
    expect(new Set(members.map((m) => m.sector)).size).toBe(SECTORS.length);
    expect(members.every((m) => m.gender && m.occupation)).toBe(true);
    // A party's sector is its members'; 中共 members sit in several sectors; some are 无党派人士.
    expect(new Set(members.filter((m) => m.sector === '中国民主同盟').map((m) => m.party))).toEqual(new Set(['民盟']));
    expect(new Set(members.filter((m) => m.party === '中国共产党').map((m) => m.sector)).size).toBeGreaterThan(5);
    expect(members.filter((m) => m.party === '无党派人士').length).toBeGreaterThan(20);
    expect(await values(sql`select c.name as v from categories c join congresses b on b.id = c.congress_id where b.body = 'cppcc'`)).not.toContain('人大工作');
  });

  it('drives the proposals to every state and handling mode, alone, joint and collective, to government units, the court and the procuratorate', async () => {
    const rows = await q<{
      state: string;
      mode: string | null;
      title: string;
      body: string;
      signers: number;
      cosigners: number;
      org_kind: string | null;
      contact_ok: boolean;
    }>(
      sql`select i.state, i.handling_mode as mode, i.title, i.body, o.kind as org_kind,
            (select count(*)::int from item_signers s where s.item_id = i.id) as signers,
            (select jsonb_array_length(e.payload->'cosigners') from item_events e where e.item_id = i.id and e.from_state is null and e.to_state = 'submitted') as cosigners,
            (o.id is null or exists (select 1 from users u where u.deputy_id = i.lead_deputy_id and u.organization_id = o.id)) as contact_ok
          from items i left join organizations o on o.id = i.submitter_org_id where ${PROPOSALS}`,
    );
    expect(rows).toHaveLength(get().result.proposals);
    const states = new Set(rows.map((r) => r.state));
    for (const s of ITEM_STATES.filter((x) => x !== 'delegationReview')) expect(states, s).toContain(s);
    const modes = new Set(rows.map((r) => r.mode));
    for (const m of HANDLING_MODES) expect(modes, m).toContain(m);
    for (const r of rows) expect(r.title).toMatch(/^关于.+的提案$/u);
    expect(rows.some((r) => /人大|代表/u.test(r.title + r.body))).toBe(false);
    // 个人提案, 联名提案 (2–6 signers), 集体提案 by an organization through its contact member, alone.
    const collective = rows.filter((r) => r.org_kind);
    expect(rows.some((r) => !r.org_kind && r.signers === 1)).toBe(true);
    expect(rows.some((r) => r.signers >= 3)).toBe(true);
    expect(Math.max(...rows.map((r) => r.signers))).toBeLessThanOrEqual(6);
    expect(collective.length).toBeGreaterThanOrEqual(2);
    expect(collective.map((r) => r.org_kind)).toContain('participatingOrganization');
    // Submitted by the contact member alone (a proposal merged into it later adds its member as a signer).
    expect(collective.every((r) => r.cosigners === 0 && r.contact_ok)).toBe(true);
    // Handled by the province's units: government departments and others (省高级人民法院, 省人民检察院).
    const units = await values(
      sql`select distinct case when o.is_government then 'government' else o.name end as v from tasks t join items i on i.id = t.item_id
          join organizations o on o.id = t.unit_id where ${PROPOSALS} and t.role in ('lead', 'split')`,
    );
    expect([...units]).toEqual(expect.arrayContaining(['government', '湖南省高级人民法院', '湖南省人民检察院']));
    const results = await values(sql`select distinct e.result as v from evaluations e join items i on i.id = e.item_id where ${PROPOSALS}`);
    expect([...results].sort()).toEqual(['basicallySatisfied', 'dissatisfied', 'satisfied']);
    const commitments = await values(sql`select distinct c.state as v from commitments c join items i on i.id = c.item_id where ${PROPOSALS}`);
    expect(commitments).toContain('registered');
    expect(commitments).toContain('struckOff');
    const notAccepted = await q<{ note: string | null }>(sql`select i.review_note as note from items i where ${PROPOSALS} and i.state = 'notAccepted'`);
    expect(notAccepted.every((r) => r.note && r.note.length > 5)).toBe(true);
  });

  it("keeps each proposal's history consistent: a chain of states ending in its own, in time order, each step by the part that takes it", async () => {
    const [chain] = await q<{ broken: number; last: number; back: number; items: number }>(
      sql`with st as (
            select e.item_id, e.from_state, e.to_state, lag(e.to_state) over (partition by e.item_id order by e.id) as prev,
              row_number() over (partition by e.item_id order by e.id desc) as rn
            from item_events e join items i on i.id = e.item_id
            where ${PROPOSALS} and e.task_id is null and e.to_state is not null and e.type not ilike '%commitment%'),
          tm as (
            select e.at, lag(e.at) over (partition by e.item_id order by e.id) as prev_at
            from item_events e join items i on i.id = e.item_id where ${PROPOSALS})
          select (select count(*)::int from st where from_state is distinct from prev) as broken,
            (select count(*)::int from st join items i on i.id = st.item_id where st.rn = 1 and st.to_state <> i.state) as last,
            (select count(*)::int from tm where at < prev_at) as back,
            (select count(distinct item_id)::int from st) as items`,
    );
    expect(chain).toEqual({ broken: 0, last: 0, back: 0, items: get().result.proposals });
    const roles = await q<{ type: string; roles: string[] }>(
      sql`select e.type, array_agg(distinct e.actor_role) as roles from item_events e join items i on i.id = e.item_id
          where ${PROPOSALS} and e.type in ('submitSuggestion', 'acceptSuggestion', 'assignSuggestion', 'rejectSuggestion', 'evaluateReply', 'sendReply') group by e.type`,
    );
    const by = Object.fromEntries(roles.map((r) => [r.type, r.roles]));
    expect(by).toMatchObject({
      submitSuggestion: ['member'],
      acceptSuggestion: ['proposalCommittee'],
      assignSuggestion: ['proposalCommittee'],
      rejectSuggestion: ['proposalCommittee'],
      evaluateReply: ['member'],
      sendReply: ['unitOffice'],
    });
    // R-CPPCC-2: only the lead member (a collective proposal's contact member) evaluates.
    const [{ others }] = await q<{ others: number }>(
      sql`select count(*)::int as others from evaluations e join items i on i.id = e.item_id where ${PROPOSALS} and e.deputy_id <> i.lead_deputy_id`,
    );
    expect(others).toBe(0);
  });

  it('gives the CPPCC demo accounts their roles and work; the government office and 省教育厅 see proposals too', async () => {
    const accounts = await q<{ username: string; role: string; body: string; org: string | null; deputy_id: number | null }>(
      sql`select u.username, u.role, c.body, o.name as org, u.deputy_id from users u join congresses c on c.id = u.congress_id
          left join organizations o on o.id = u.organization_id where u.username in (${sql.join(
            CPPCC_ACCOUNTS.map((a) => sql`${a.username}`),
            sql`, `,
          )})`,
    );
    for (const a of CPPCC_ACCOUNTS)
      expect(
        accounts.find((x) => x.username === a.username),
        a.username,
      ).toMatchObject({ role: a.role, body: 'cppcc' });
    const acc = Object.fromEntries(accounts.map((a) => [a.username, a]));
    expect(acc['proposal-office'].org).toBe('政协湖南省委员会提案委员会');
    expect(acc.member2.org).toBe('民盟湖南省委员会');
    expect(acc.member.deputy_id && acc.member2.deputy_id).toBeTruthy();
    const led = (username: string) =>
      values(sql`select i.state as v from items i join users u on u.deputy_id = i.lead_deputy_id where u.username = ${username} and ${PROPOSALS}`);
    const mine = await led('member');
    for (const s of ['awaitingCosigners', 'submitted', 'handling', 'replied', 'closed']) expect(mine, s).toContain(s);
    // member's joint proposal waits for member2's co-signature; member2 submits 民盟湖南省委员会's proposals.
    const [{ pending }] = await q<{ pending: number }>(
      sql`select count(*)::int as pending from item_signers s join items i on i.id = s.item_id join users u on u.deputy_id = s.deputy_id
          join users l on l.deputy_id = i.lead_deputy_id where u.username = 'member2' and l.username = 'member' and s.status = 'pending'`,
    );
    expect(pending).toBe(1);
    const [{ collective }] = await q<{ collective: number }>(
      sql`select count(*)::int as collective from items i join organizations o on o.id = i.submitter_org_id where o.name = '民盟湖南省委员会'`,
    );
    expect(collective).toBeGreaterThanOrEqual(1);
    const office = await values(sql`select i.state as v from items i where ${PROPOSALS} and i.state in ('submitted', 'accepted')`);
    expect([...office].sort()).toEqual(['accepted', 'submitted']);
    const edu = await values(
      sql`select distinct i.state as v from tasks t join items i on i.id = t.item_id join users u on u.organization_id = t.unit_id
          where u.username = 'unit-office' and ${PROPOSALS}`,
    );
    expect(edu.size).toBeGreaterThan(2);
    // The government office, signed in as it is: its scope holds the proposals handled by government units.
    const { db } = get();
    const session = await login(db, 'govoffice', DEMO_PASSWORD);
    const gov = (await resolveSession(db, session.sessionId, 60))!.actor;
    const seen = await db
      .select({ id: items.id })
      .from(items)
      .where(and(itemScope(gov), eq(items.kind, 'proposal')));
    const [{ handled }] = await q<{ handled: number }>(
      sql`select count(distinct i.id)::int as handled from items i join tasks t on t.item_id = i.id join organizations o on o.id = t.unit_id
          where ${PROPOSALS} and o.is_government`,
    );
    expect(handled).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThanOrEqual(handled);
  });
}
