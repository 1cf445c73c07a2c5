/**
 * 政协湖南省委员会 beside the province's congress (§8, issue 14 §9): its session 十三届三次会议, its
 * proposal committee, 34 sectors with 600 members and their parties, the participating parties and
 * organizations and the special committees, the congress's category tree, a rules profile on the
 * 'cppccNational' preset, and (by default) 800 proposals — alone, joint and collective — driven through
 * the same lifecycle as the suggestions (demo-lifecycle.ts) by the proposal committee, the members,
 * and the province's own units and government office.
 */
import { SESSION_YEAR } from './corpus';
import { RULES_PRESETS } from '../../domain/deadlines';
import type { Role } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { bodyOf, toActor } from '../auth/sessions';
import type { Db } from '../db/client';
import { eq } from 'drizzle-orm';
import { rulesProfiles, users } from '../db/schema';
import { sharedDemoHash } from '../usecases/admin/create-user';
import { createCppccBase, type CppccFixture } from './cppcc-base';
import {
  CPPCC_CATEGORIES,
  CPPCC_NAME,
  CPPCC_SESSION_CODE,
  CPPCC_SESSION_NAME,
  DEMO_MEMBER_SECTOR,
  DEMO_MEMBER2_ORG,
  DEMO_MEMBER2_SECTOR,
  makeProposal,
  memberProfile,
  PARTICIPATING_ORGANIZATIONS,
  personName,
  PROPOSAL_COMMITTEE,
  SECTORS,
  SPECIAL_COMMITTEES,
  type MemberProfile,
  type Rng,
} from './corpus';
import { DEMO_PASSWORD } from './demo-accounts';
import { runItem } from './demo-lifecycle';
import { makePlan } from './demo-plan';
import type { World } from './demo-steps';
import { PROPOSAL_TEXTS } from './demo-texts';
import type { DeputyRef, Staff } from './demo-users';

export interface CppccSeedOptions {
  rng: Rng;
  realNow: Date;
  /** The province's congress: its units and government office handle the proposals. */
  provinceId: number;
  /** The province's staff: its units and government office act on the proposals too. */
  staff: Staff;
  proposals: number;
  /** May return a promise: the first start's background seeding yields to the server there (issue 18 §4). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

type Member = MemberProfile & { sector: number };

/** Share of the proposals submitted collectively by a party, an organization or a special committee. */
const COLLECTIVE_SHARE = 0.08;

export async function seedCppcc(db: Db, o: CppccSeedOptions): Promise<{ members: number; fixture: CppccFixture }> {
  const { rng } = o;
  const members: Member[] = SECTORS.flatMap((s, sector) => Array.from({ length: s.seats }, () => ({ ...memberProfile(rng, s), sector })));
  const fx = await createCppccBase(db, {
    name: CPPCC_NAME,
    level: 'province',
    besideId: o.provinceId,
    session: { name: CPPCC_SESSION_NAME, code: CPPCC_SESSION_CODE, year: SESSION_YEAR },
    proposalCommittee: PROPOSAL_COMMITTEE,
    sectors: SECTORS.map((s) => s.name),
    participatingOrganizations: PARTICIPATING_ORGANIZATIONS.map((x) => x.name),
    committees: SPECIAL_COMMITTEES.map((x) => x.name),
    members,
    categories: CPPCC_CATEGORIES,
  });
  // The year's rules from the CPPCC preset (R-REPLY-7, R-CO-1): set before the first proposal's deadlines.
  const preset = RULES_PRESETS.cppccNational;
  await db.insert(rulesProfiles).values({ congressId: fx.cppccId, year: SESSION_YEAR, preset: preset.id, values: preset.values });

  // Each submitting organization's contact member sits in its sector; 民盟湖南省委员会's is the `member2` account.
  const firstOf = (sector: string) => members.findIndex((m) => SECTORS[m.sector].name === sector);
  const demoLead = firstOf(DEMO_MEMBER_SECTOR);
  const demo2 = firstOf(DEMO_MEMBER2_SECTOR);
  const seeds = [...PARTICIPATING_ORGANIZATIONS, ...SPECIAL_COMMITTEES];
  const orgIds = [...fx.participatingOrganizationIds, ...fx.committeeIds];
  const taken = new Set([demoLead, demo2]);
  const contacts = seeds.map((s) => {
    if (s.name === DEMO_MEMBER2_ORG) return demo2;
    const i = members.findIndex((m, k) => SECTORS[m.sector].name === s.sector && !taken.has(k));
    taken.add(i);
    return i;
  });

  const accounts = await createAccounts(db, o, fx, members, { demoLead, demo2, contacts, orgIds });
  const categoryIds = new Map<string, number>();
  let k = 0;
  for (const c of CPPCC_CATEGORIES) for (const name of [c.name, ...c.children]) categoryIds.set(name, fx.categoryIds[k++]);

  // The government office works on both bodies' items: its actor is taken again now that the committee stands beside.
  const [govUser] = await db.select().from(users).where(eq(users.id, o.staff.gov.userId));
  const govPlace = { ...(await bodyOf(db, o.provinceId))!, bodiesBeside: [fx.cppccId] };
  const gov = toActor(govUser, null, govPlace);
  const w: World = {
    db,
    base: { congressId: fx.cppccId, sessionId: fx.sessionId },
    staff: { liaison: accounts.office, gov, units: o.staff.units, deputies: accounts.members },
    realNow: o.realNow,
    categoryIds,
    deputyById: new Map(accounts.members.map((d) => [d.id, d])),
    keyItems: new Map(),
    docSeq: new Map(),
    counters: new Map(),
    texts: PROPOSAL_TEXTS,
    write: (r, p, lead) => makeProposal(r, p.category, members[lead.index].city),
    demoLead,
    orgs: seeds.map((s, i) => ({ id: orgIds[i], name: s.name })),
  };
  const plan = makePlan(
    rng.fork(),
    o.proposals,
    members.map((m) => ({ delegation: m.sector })),
    o.realNow,
    {
      demoLead,
      invitee: demo2,
      categories: CPPCC_CATEGORIES,
      unitLeads: ['court', 'procur'],
      fourClasses: preset.values.resultClasses.length === 4,
      collective: {
        share: COLLECTIVE_SHARE,
        orgs: seeds.map((s, i) => ({ contact: contacts[i], fields: s.fields })),
        demoOrg: seeds.findIndex((s) => s.name === DEMO_MEMBER2_ORG),
      },
    },
  );
  for (const [i, p] of plan.entries()) {
    try {
      await runItem(w, p);
      await o.onProgress?.(i + 1, plan.length);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new Error(`演示数据：第 ${p.seq} 件提案（${p.stage}${p.variant ? `/${p.variant}` : ''}，${p.mode}）载入失败：${msg}`, { cause: e });
    }
  }
  return { members: members.length, fixture: fx };
}

/**
 * The committee's accounts: the printed ones (demo-accounts.ts CPPCC_ACCOUNTS) and one login per member (m0001 …), all
 * with the demo password. A member's account belongs to their sector, a contact member's to the
 * organization they submit for. Returns the actors the lifecycle acts as, in their CPPCC place.
 */
async function createAccounts(
  db: Db,
  o: CppccSeedOptions,
  fx: CppccFixture,
  members: Member[],
  who: { demoLead: number; demo2: number; contacts: number[]; orgIds: number[] },
): Promise<{ office: Actor; members: DeputyRef[] }> {
  const passwordHash = await sharedDemoHash(DEMO_PASSWORD);
  const place = await bodyOf(db, fx.cppccId);
  const orgOf = new Map(who.contacts.map((m, i) => [m, who.orgIds[i]]));
  const row = (username: string, role: Role, displayName: string, organizationId: number | null, deputyId: number | null = null) => ({
    username,
    passwordHash,
    displayName,
    role,
    congressId: fx.cppccId,
    organizationId,
    deputyId,
  });
  const memberRow = (m: Member, i: number) => {
    const username = i === who.demoLead ? 'member' : i === who.demo2 ? 'member2' : `m${String(i + 1).padStart(4, '0')}`;
    return row(username, 'member', m.name, orgOf.get(i) ?? fx.sectorIds[m.sector], fx.memberIds[i]);
  };
  const staffRows = [
    row('proposal-office', 'proposalCommittee', personName(o.rng), fx.proposalCommitteeId),
    row('cppcc-admin', 'admin', '政协系统管理员', null),
  ];
  const inserted = await db.insert(users).values(staffRows).returning();
  const memberRows = members.map(memberRow);
  for (let i = 0; i < memberRows.length; i += 300)
    inserted.push(
      ...(await db
        .insert(users)
        .values(memberRows.slice(i, i + 300))
        .returning()),
    );
  const actors = inserted.map((u) => toActor(u, null, place));
  return {
    office: actors[0],
    members: members.map((m, i) => ({ index: i, id: fx.memberIds[i], name: m.name, delegation: m.sector, actor: actors[staffRows.length + i] })),
  };
}
