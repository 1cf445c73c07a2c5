/**
 * What the dispatch catalogue's use cases share: the unit and the supervising committee must be the
 * congress's own (a unit of kind `unit`, a special committee of kind `committee`).
 */
import { and, eq } from 'drizzle-orm';
import { fieldError } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';

export async function checkCatalogueOrgs(tx: Db, congressId: number, unitId: number, committeeId: number | null | undefined): Promise<void> {
  const org = (id: number, kind: string) =>
    tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, id), eq(organizations.congressId, congressId), eq(organizations.kind, kind), eq(organizations.active, true)));
  if (!(await org(unitId, 'unit')).length) throw fieldError('HOTLINE_UNKNOWN_UNIT', 'unitId');
  if (committeeId != null && !(await org(committeeId, 'committee')).length) throw fieldError('HOTLINE_UNKNOWN_COMMITTEE', 'committeeId');
}

export const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return (err.cause?.code ?? err.code) === '23505';
};
