import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { categories, deputies, items, organizations } from '../../db/schema';
import type { ImportLookups } from './validate-rows';

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => m.set(k, [...(m.get(k) ?? []), v]);

/** Everything an import's rows are checked against, read once: the session's numbers, the congress's categories, deputies, delegations and units. */
export async function loadLookups(db: Db, congressId: number, sessionId: number, today: string): Promise<ImportLookups> {
  const [numbers, cats, deps, orgs] = await Promise.all([
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
  const delegations = new Map(orgs.filter((o) => o.kind === 'delegation').map((o) => [o.name, o.id]));
  const units = new Map<string, number>();
  for (const o of orgs.filter((x) => x.kind === 'unit')) {
    if (o.shortName && !units.has(o.shortName)) units.set(o.shortName, o.id);
  }
  for (const o of orgs.filter((x) => x.kind === 'unit')) units.set(o.name, o.id);
  return {
    today,
    existingNumbers: new Set(numbers.map((n) => n.number)),
    categories: categoryMap,
    deputies: deputyMap,
    delegations,
    deputyDelegation: new Map(deps.map((d) => [d.id, d.delegationId])),
    units,
  };
}
