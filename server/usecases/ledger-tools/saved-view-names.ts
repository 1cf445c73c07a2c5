/** What saving a ledger filter under a name shares: names are unique per user (checked first, and the unique index's answer alike). */
import { and, eq, ne } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { savedViews } from '../../db/schema';

export const nameTaken = (name: string) => domainError('VIEW_NAME_TAKEN', { name });

/** A concurrent insert of the same name loses on the unique index: answer it like the pre-check does. */
export function isUniqueViolation(e: unknown): boolean {
  const x = e as { code?: string; cause?: { code?: string } };
  return (x.cause?.code ?? x.code) === '23505';
}

export async function assertNameFree(tx: Db, userId: number, name: string, exceptId?: number) {
  const [clash] = await tx
    .select({ id: savedViews.id })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), eq(savedViews.name, name), exceptId ? ne(savedViews.id, exceptId) : undefined));
  if (clash) throw nameTaken(name);
}
