import { congressPlace } from '../../domain/documents/full-names';
import type { Db } from '../db/client';
import { categories, congresses, deputies, organizations, sessions } from '../db/schema';

export interface BaseSpec {
  congressName: string;
  level: 'national' | 'province' | 'city' | 'county' | 'township';
  /** The congress one level up (issue 16: the tree of congresses). */
  parentId?: number;
  /** The offices' names when they are not the standing committee's and the government's (a township's 主席团). */
  officeNames?: { liaison: string; government: string };
  session: { name: string; code: string; year: number };
  units: { name: string; shortName?: string; isGovernment?: boolean; divisions: string[] }[];
  delegations: string[];
  deputies: { name: string; gender?: string; occupation?: string; phone?: string; delegation: number }[];
  categories: { name: string; children: string[] }[];
}

export interface BaseFixture {
  congressId: number;
  sessionId: number;
  liaisonOfficeId: number;
  governmentOfficeId: number;
  unitIds: number[];
  divisionIds: Map<number, number[]>;
  delegationIds: number[];
  deputyIds: number[];
  categoryIds: number[];
}

/**
 * Creates a congress with its session, offices, units and divisions,
 * delegations, deputies and category tree — the organization side of §1,
 * used by the demo seed and by the test factories.
 */
export async function createBase(db: Db, s: BaseSpec): Promise<BaseFixture> {
  const [congress] = await db
    .insert(congresses)
    .values({ name: s.congressName, level: s.level, parentId: s.parentId ?? null })
    .returning();
  const [session] = await db.insert(sessions).values({ congressId: congress.id, name: s.session.name, code: s.session.code, year: s.session.year }).returning();
  const org = (kind: string, name: string, extra: object = {}) => ({ congressId: congress.id, kind, name, ...extra });
  const place = congressPlace(s.congressName);
  // The offices by their full names (湖南省人大常委会选举任免联络工作委员会, 湖南省人民政府办公厅): letters copy them by name.
  const [lo, go] = await db
    .insert(organizations)
    .values([
      org('liaisonOffice', s.officeNames?.liaison ?? `${place}人大常委会选举任免联络工作委员会`),
      org('governmentOffice', s.officeNames?.government ?? `${place}人民政府办公厅`),
    ])
    .returning();
  const unitRows = s.units.length
    ? await db
        .insert(organizations)
        .values(s.units.map((u) => org('unit', u.name, { shortName: u.shortName ?? null, isGovernment: u.isGovernment ?? true })))
        .returning()
    : [];
  const divisionIds = new Map<number, number[]>();
  const divisions = s.units.flatMap((u, i) => u.divisions.map((d) => org('division', `${unitRows[i].name}${d}`, { shortName: d, parentId: unitRows[i].id })));
  const divRows = divisions.length ? await db.insert(organizations).values(divisions).returning() : [];
  for (const d of divRows) divisionIds.set(d.parentId!, [...(divisionIds.get(d.parentId!) ?? []), d.id]);
  const delegationRows = s.delegations.length
    ? await db
        .insert(organizations)
        .values(s.delegations.map((d) => org('delegation', d)))
        .returning()
    : [];
  const deputyIds: number[] = [];
  for (let i = 0; i < s.deputies.length; i += 500) {
    const chunk = s.deputies.slice(i, i + 500);
    const rows = await db
      .insert(deputies)
      .values(
        chunk.map((d) => ({
          congressId: congress.id,
          name: d.name,
          gender: d.gender ?? null,
          occupation: d.occupation ?? null,
          phone: d.phone ?? null,
          delegationId: delegationRows[d.delegation]?.id ?? null,
        })),
      )
      .returning({ id: deputies.id });
    deputyIds.push(...rows.map((r) => r.id));
  }
  const categoryIds: number[] = [];
  for (const [i, c] of s.categories.entries()) {
    const [parent] = await db.insert(categories).values({ congressId: congress.id, name: c.name, sort: i }).returning();
    categoryIds.push(parent.id);
    if (c.children.length) {
      const kids = await db
        .insert(categories)
        .values(c.children.map((n, j) => ({ congressId: congress.id, parentId: parent.id, name: n, sort: j })))
        .returning();
      categoryIds.push(...kids.map((k) => k.id));
    }
  }
  return {
    congressId: congress.id,
    sessionId: session.id,
    liaisonOfficeId: lo.id,
    governmentOfficeId: go.id,
    unitIds: unitRows.map((u) => u.id),
    divisionIds,
    delegationIds: delegationRows.map((d) => d.id),
    deputyIds,
    categoryIds,
  };
}
