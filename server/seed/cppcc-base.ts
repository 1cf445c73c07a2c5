import type { Db } from '../db/client';
import { categories, congresses, deputies, organizations, sessions } from '../db/schema';

/** A CPPCC committee beside a congress (§8): what the demo and the test factories build it from. */
export interface CppccSpec {
  /** 政协湖南省委员会 */
  name: string;
  level: 'national' | 'province' | 'city' | 'county';
  /** The congress of the same level: its units and government office handle the proposals. */
  besideId: number;
  /** The CPPCC committee one level up, if any. */
  parentId?: number;
  session: { name: string; code: string; year: number };
  /** The proposal committee's full name: 政协湖南省委员会提案委员会. */
  proposalCommittee: string;
  /** 界别: members sit in them as deputies sit in delegations. */
  sectors: string[];
  /** 党派、团体 that submit collective proposals in their own name. */
  participatingOrganizations: string[];
  /** 专门委员会 (they too submit collective proposals). */
  committees: string[];
  members: { name: string; sector: number; party?: string | null; gender?: string; occupation?: string; phone?: string }[];
  categories: { name: string; children: string[] }[];
}

export interface CppccFixture {
  cppccId: number;
  sessionId: number;
  proposalCommitteeId: number;
  sectorIds: number[];
  participatingOrganizationIds: number[];
  committeeIds: number[];
  memberIds: number[];
  categoryIds: number[];
}

/**
 * Creates a CPPCC committee with its session, proposal committee, sectors, participating organizations,
 * special committees, members (with sector and party) and category tree. Its proposals are handled by the
 * units of the congress beside it, so it has no units of its own.
 */
export async function createCppccBase(db: Db, s: CppccSpec): Promise<CppccFixture> {
  const [c] = await db
    .insert(congresses)
    .values({ name: s.name, level: s.level, body: 'cppcc', besideId: s.besideId, parentId: s.parentId ?? null })
    .returning();
  const [session] = await db.insert(sessions).values({ congressId: c.id, name: s.session.name, code: s.session.code, year: s.session.year }).returning();
  const orgs = async (kind: string, names: string[]) =>
    names.length
      ? (
          await db
            .insert(organizations)
            .values(names.map((name) => ({ congressId: c.id, kind, name, isGovernment: false })))
            .returning({ id: organizations.id })
        ).map((r) => r.id)
      : [];
  const [proposalCommitteeId] = await orgs('cppccCommittee', [s.proposalCommittee]);
  const sectorIds = await orgs('sector', s.sectors);
  const participatingOrganizationIds = await orgs('participatingOrganization', s.participatingOrganizations);
  const committeeIds = await orgs('committee', s.committees);
  const memberIds: number[] = [];
  for (let i = 0; i < s.members.length; i += 500) {
    const rows = await db
      .insert(deputies)
      .values(
        s.members.slice(i, i + 500).map((m) => ({
          congressId: c.id,
          name: m.name,
          gender: m.gender ?? null,
          occupation: m.occupation ?? null,
          phone: m.phone ?? null,
          party: m.party ?? null,
          delegationId: sectorIds[m.sector] ?? null,
        })),
      )
      .returning({ id: deputies.id });
    memberIds.push(...rows.map((r) => r.id));
  }
  const categoryIds: number[] = [];
  for (const [i, cat] of s.categories.entries()) {
    const [parent] = await db.insert(categories).values({ congressId: c.id, name: cat.name, sort: i }).returning();
    categoryIds.push(parent.id);
    if (cat.children.length) {
      const kids = await db
        .insert(categories)
        .values(cat.children.map((n, j) => ({ congressId: c.id, parentId: parent.id, name: n, sort: j })))
        .returning();
      categoryIds.push(...kids.map((k) => k.id));
    }
  }
  return { cppccId: c.id, sessionId: session.id, proposalCommitteeId, sectorIds, participatingOrganizationIds, committeeIds, memberIds, categoryIds };
}
