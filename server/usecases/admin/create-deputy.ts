import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { deputies, organizations } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';

/** §1: a deputy of the congress, in a delegation. */
export async function createDeputy(
  ctx: Ctx,
  o: { name: string; delegationId?: number | null; gender?: string | null; occupation?: string | null; phone?: string | null },
) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    if (o.delegationId) {
      const [dl] = await tx
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, o.delegationId), eq(organizations.kind, 'delegation'), eq(organizations.congressId, congressId)));
      if (!dl) throw domainError('UNKNOWN_DELEGATION');
    }
    const [row] = await tx
      .insert(deputies)
      .values({ congressId, ...o })
      .returning();
    await writeAudit(tx, ctx, 'createDeputy', { id: row.id, name: o.name });
    return row;
  });
}
