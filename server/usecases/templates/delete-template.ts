import { and, eq } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import { readTemplate } from '../../auth/template-scope';
import type { Db } from '../../db/client';
import { replyTemplates } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { assertMayEdit } from './template-names';

/** Deletes a template the actor owns; when `version` is given it must still be the current one (409 otherwise). */
export async function deleteTemplate(ctx: Ctx, o: { templateId: number; version?: number }) {
  return ctx.db.transaction(async (tx) => {
    const current = await readTemplate(tx as unknown as Db, ctx.actor, o.templateId, true);
    assertMayEdit(ctx.actor, current);
    if (o.version !== undefined && current.version !== o.version) throw staleVersion();
    await tx.delete(replyTemplates).where(and(eq(replyTemplates.id, current.id), eq(replyTemplates.version, current.version)));
    return { ok: true as const };
  });
}
