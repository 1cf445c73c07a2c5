import { and, eq } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import type { TemplateKind } from '../../../domain/templates/placeholders';
import { readTemplate } from '../../auth/template-scope';
import type { Db } from '../../db/client';
import { replyTemplates } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { assertMayEdit, assertNameFree, isUniqueViolation, nameTaken } from './template-names';

/** Renames, re-kinds or rewrites a template the actor owns; `version` is the one they saw (409 when someone changed it since). */
export async function updateTemplate(ctx: Ctx, o: { templateId: number; version: number; kind?: TemplateKind; name?: string; body?: string }) {
  let shared = false;
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await readTemplate(tx as unknown as Db, ctx.actor, o.templateId, true);
      shared = current.unitId === null;
      assertMayEdit(ctx.actor, current);
      if (current.version !== o.version) throw staleVersion();
      if (o.name !== undefined && o.name !== current.name) await assertNameFree(tx as unknown as Db, current, o.name, current.id);
      const [row] = await tx
        .update(replyTemplates)
        .set({
          kind: o.kind ?? current.kind,
          name: o.name ?? current.name,
          body: o.body ?? current.body,
          version: current.version + 1,
          updatedBy: ctx.actor.userId,
          updatedAt: nowOf(ctx),
        })
        .where(and(eq(replyTemplates.id, current.id), eq(replyTemplates.version, o.version)))
        .returning();
      if (!row) throw staleVersion();
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name ?? '', shared);
    throw e;
  }
}
