/** What creating and changing an organization share: the checks of its name and of a division's parent unit. */
import { and, eq, ne } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';

/** Names are unique per congress and kind (the database's unique index, with a Chinese message first). */
export async function checkOrganizationName(tx: Db, congressId: number, kind: string, name: string, exceptId?: number): Promise<void> {
  const [same] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.congressId, congressId),
        eq(organizations.kind, kind),
        eq(organizations.name, name),
        exceptId ? ne(organizations.id, exceptId) : undefined,
      ),
    );
  if (same) throw domainError('NAME_TAKEN', { name });
}

/** A division's parent must be a handling unit of the same congress. */
export async function checkDivisionParent(tx: Db, congressId: number, parentId: number | null | undefined): Promise<void> {
  const [unit] = parentId
    ? await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, parentId), eq(organizations.kind, 'unit'), eq(organizations.congressId, congressId)))
    : [];
  if (!unit) throw domainError('DIVISION_NEEDS_UNIT');
}
