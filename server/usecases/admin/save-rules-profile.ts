import { and, eq, inArray, sql } from 'drizzle-orm';
import { RULES_PRESETS, rulesProfileValuesSchema, type PresetId, type RulesProfileValues } from '../../../domain/deadlines';
import { domainError, forbidden, staleVersion } from '../../../domain/errors';
import { OPEN_ITEM_STATES } from '../../../domain/items/states';
import { items, rulesProfiles, sessions } from '../../db/schema';
import { inTransaction, writeAudit } from './admin-scope';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';
import { recomputeOpen } from './recompute-open-items';

/**
 * Saves a congress's rules profile for a year (from a preset and/or values);
 * the deadlines of that year's open items are recomputed in the same transaction.
 */
export async function saveRulesProfile(
  ctx: Ctx,
  o: { congressId: number; year: number; preset?: PresetId | null; values?: Partial<RulesProfileValues>; version?: number },
) {
  if (ctx.actor.congressId !== o.congressId) throw forbidden('ownCongressRulesOnly');
  const base = o.preset ? RULES_PRESETS[o.preset].values : {};
  const parsed = rulesProfileValuesSchema.safeParse({ ...base, ...(o.values ?? {}) });
  if (!parsed.success) throw domainError('BAD_RULES_PROFILE', { issues: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`) });
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx
      .select()
      .from(rulesProfiles)
      .where(and(eq(rulesProfiles.congressId, o.congressId), eq(rulesProfiles.year, o.year)))
      .for('update');
    let saved;
    if (existing) {
      if (o.version !== undefined && existing.version !== o.version) throw staleVersion();
      [saved] = await tx
        .update(rulesProfiles)
        .set({
          values: parsed.data,
          preset: o.preset ?? existing.preset,
          version: sql`${rulesProfiles.version} + 1`,
          updatedBy: ctx.actor.userId,
          updatedAt: nowOf(ctx),
        })
        .where(and(eq(rulesProfiles.id, existing.id), eq(rulesProfiles.version, existing.version)))
        .returning();
    } else {
      [saved] = await tx
        .insert(rulesProfiles)
        .values({ congressId: o.congressId, year: o.year, preset: o.preset ?? null, values: parsed.data, updatedBy: ctx.actor.userId })
        .returning();
    }
    const open = await tx
      .select({ id: items.id })
      .from(items)
      .innerJoin(sessions, eq(sessions.id, items.sessionId))
      .where(and(eq(items.congressId, o.congressId), eq(sessions.year, o.year), inArray(items.state, OPEN_ITEM_STATES)))
      .orderBy(items.id)
      // Locked like any item action, so a concurrent transition cannot be overwritten by stale deadlines.
      .for('update', { of: items });
    const recomputed = await recomputeOpen(
      tx,
      ctx,
      open.map((r) => r.id),
      `规则配置（${o.year}年）已修改`,
    );
    await writeAudit(tx, ctx, 'saveRulesProfile', { year: o.year, preset: o.preset });
    return { profile: saved, recomputed };
  });
}
