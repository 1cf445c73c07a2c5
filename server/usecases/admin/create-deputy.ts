import { and, eq } from 'drizzle-orm';
import { domainError } from '../../../domain/errors';
import { adminCongressOf } from '../../auth/admin-congress';
import { deputies, organizations } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';

/** §1: a deputy of the congress, in a delegation; in a CPPCC committee a member, in a sector (界别) and with a party (§8). */
export async function createDeputy(
  ctx: Ctx,
  o: { name: string; delegationId?: number | null; gender?: string | null; occupation?: string | null; phone?: string | null; party?: string | null },
) {
  const congressId = adminCongressOf(ctx.actor);
  const cppcc = ctx.actor.body === 'cppcc';
  if (o.party && !cppcc) throw domainError('PARTY_CPPCC_ONLY');
  return inTransaction(ctx, async (tx) => {
    if (o.delegationId) {
      const [dl] = await tx
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, o.delegationId), eq(organizations.kind, cppcc ? 'sector' : 'delegation'), eq(organizations.congressId, congressId)));
      if (!dl) throw domainError('UNKNOWN_DELEGATION', { variant: cppcc ? 'sector' : 'delegation' });
    }
    const [row] = await tx
      .insert(deputies)
      .values({ congressId, ...o })
      .returning();
    await writeAudit(tx, ctx, 'createDeputy', { id: row.id, name: o.name });
    return row;
  });
}
