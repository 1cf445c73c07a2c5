import type { TemplateKind } from '../../../domain/templates/placeholders';
import type { Db } from '../../db/client';
import { replyTemplates } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { assertNameFree, isUniqueViolation, nameTaken, ownerOf } from './template-names';

/** Saves a template or snippet: a unit's staff for their unit, the liaison office a shared one for every unit of the congress. */
export async function createTemplate(ctx: Ctx, o: { kind: TemplateKind; name: string; body: string }) {
  const owner = ownerOf(ctx.actor);
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertNameFree(tx as unknown as Db, owner, o.name);
      const at = nowOf(ctx);
      const [row] = await tx
        .insert(replyTemplates)
        .values({ ...owner, kind: o.kind, name: o.name, body: o.body, createdBy: ctx.actor.userId, createdAt: at, updatedBy: ctx.actor.userId, updatedAt: at })
        .returning();
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(o.name, owner.unitId === null);
    throw e;
  }
}
