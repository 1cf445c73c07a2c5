import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { categories, deputies, items, organizations, users } from '../../db/schema';
import type { ImportBody } from '../../queries/imports';
import type { ImportLookups } from './validate-rows';

/** Who submits a proposal in its own name (R-CPPCC-1): a participating party or organization, a special committee. */
const COLLECTIVE_SUBMITTERS = ['participatingOrganization', 'committee'];

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => m.set(k, [...(m.get(k) ?? []), v]);

/**
 * Everything an import's rows are checked against, read once: the session's numbers, the body's categories,
 * deputies (members), delegations (sectors) and collective submitters with their contact members, and the
 * units that handle its items.
 */
export async function loadLookups(db: Db, body: ImportBody, sessionId: number, today: string): Promise<ImportLookups> {
  const { congressId, kind } = body;
  const [numbers, cats, deps, orgs, unitRows, contacts] = await Promise.all([
    db.select({ number: items.number }).from(items).where(eq(items.sessionId, sessionId)),
    db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).where(eq(categories.congressId, congressId)),
    db
      .select({ id: deputies.id, name: deputies.name, delegationId: deputies.delegationId })
      .from(deputies)
      .where(and(eq(deputies.congressId, congressId), eq(deputies.active, true))),
    db
      .select({ id: organizations.id, kind: organizations.kind, name: organizations.name, shortName: organizations.shortName })
      .from(organizations)
      .where(and(eq(organizations.congressId, congressId), eq(organizations.active, true))),
    db
      .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
      .from(organizations)
      .where(and(eq(organizations.congressId, body.unitsCongressId), eq(organizations.kind, 'unit'), eq(organizations.active, true))),
    // An organization's contact members: the member accounts that belong to it (they submit in its name).
    kind === 'proposal'
      ? db
          .select({ organizationId: users.organizationId, deputyId: users.deputyId })
          .from(users)
          .where(and(eq(users.congressId, congressId), eq(users.role, 'member'), isNotNull(users.deputyId), isNull(users.disabledAt)))
      : Promise.resolve([]),
  ]);
  const categoryMap = new Map<string, number[]>();
  const byId = new Map(cats.map((c) => [c.id, c]));
  for (const c of cats) {
    push(categoryMap, c.name, c.id);
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) push(categoryMap, `${parent.name}/${c.name}`, c.id);
  }
  const deputyMap = new Map<string, { id: number; delegationId: number | null }[]>();
  for (const d of deps) push(deputyMap, d.name, { id: d.id, delegationId: d.delegationId });
  const group = kind === 'proposal' ? 'sector' : 'delegation';
  const delegations = new Map(orgs.filter((o) => o.kind === group).map((o) => [o.name, o.id]));
  const units = new Map<string, number>();
  for (const o of unitRows) {
    if (o.shortName && !units.has(o.shortName)) units.set(o.shortName, o.id);
  }
  for (const o of unitRows) units.set(o.name, o.id);
  const organizationsByName = new Map(
    orgs
      .filter((o) => kind === 'proposal' && COLLECTIVE_SUBMITTERS.includes(o.kind))
      .map((o) => [o.name, { id: o.id, contacts: [...new Set(contacts.filter((c) => c.organizationId === o.id).map((c) => c.deputyId!))] }]),
  );
  return {
    kind,
    today,
    existingNumbers: new Set(numbers.map((n) => n.number)),
    categories: categoryMap,
    deputies: deputyMap,
    delegations,
    deputyDelegation: new Map(deps.map((d) => [d.id, d.delegationId])),
    units,
    organizations: organizationsByName,
  };
}
