import { adminCongressOf } from '../../auth/admin-congress';
import { sessions } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { inTransaction, writeAudit } from './admin-scope';

/** §1: a session (届次·会次) of the congress. */
export async function createSession(ctx: Ctx, o: { name: string; code: string; year: number; startDate?: string | null; endDate?: string | null }) {
  const congressId = adminCongressOf(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(sessions)
      .values({ congressId, ...o })
      .returning();
    await writeAudit(tx, ctx, 'createSession', { id: row.id, name: o.name });
    return row;
  });
}
