import { and, eq, inArray, sql } from 'drizzle-orm';
import { builtinSchedule, RULES_PRESETS, rulesProfileValuesSchema, validateSchedule, type PresetId, type RulesProfileValues } from '../../../domain/deadlines';
import { forbidden, invalid, staleVersion } from '../../../domain/errors';
import type { Db } from '../../db/client';
import { calendarYears, items, rulesProfiles, sessions } from '../../db/schema';
import { calendarFrom, loadCalendar, recomputeDeadlines } from '../lib/deadlines';
import { inTransaction, writeAudit } from './admin-scope';
import { appendEvent } from '../lib/history';
import type { Ctx } from '../lib/run';
import { nowOf } from '../lib/run';

const OPEN_STATES = ['handling', 'rehandling', 'replied', 'dissatisfied', 'referenceItem', 'draftAssigned'];

/** Recomputes the deadlines of the open items matched by `where`; each gets a history event. */
async function recomputeOpen(tx: Db, ctx: Ctx, ids: number[], why: string): Promise<number> {
  const cal = await loadCalendar(tx);
  const cache = { cal, rules: new Map() };
  for (const id of ids) {
    await recomputeDeadlines(tx, id, cache);
    await appendEvent(tx, ctx, { itemId: id, type: 'deadlinesRecomputed', payload: { why } });
  }
  return ids.length;
}

/**
 * Saves a congress's rules profile for a year (from a preset and/or values);
 * the deadlines of that year's open items are recomputed in the same transaction.
 */
export async function saveRulesProfile(ctx: Ctx, o: { congressId: number; year: number; preset?: PresetId | null; values?: Partial<RulesProfileValues>; version?: number }) {
  if (ctx.actor.congressId !== o.congressId) throw forbidden('只能配置本级人大的规则');
  const base = o.preset ? RULES_PRESETS[o.preset].values : {};
  const parsed = rulesProfileValuesSchema.safeParse({ ...base, ...(o.values ?? {}) });
  if (!parsed.success) throw invalid('BAD_RULES_PROFILE', `规则配置有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(rulesProfiles).where(and(eq(rulesProfiles.congressId, o.congressId), eq(rulesProfiles.year, o.year))).for('update');
    let saved;
    if (existing) {
      if (o.version !== undefined && existing.version !== o.version) throw staleVersion();
      [saved] = await tx
        .update(rulesProfiles)
        .set({ values: parsed.data, preset: o.preset ?? existing.preset, version: sql`${rulesProfiles.version} + 1`, updatedBy: ctx.actor.userId, updatedAt: nowOf(ctx) })
        .where(and(eq(rulesProfiles.id, existing.id), eq(rulesProfiles.version, existing.version)))
        .returning();
    } else {
      [saved] = await tx.insert(rulesProfiles).values({ congressId: o.congressId, year: o.year, preset: o.preset ?? null, values: parsed.data, updatedBy: ctx.actor.userId }).returning();
    }
    const open = await tx
      .select({ id: items.id })
      .from(items)
      .innerJoin(sessions, eq(sessions.id, items.sessionId))
      .where(and(eq(items.congressId, o.congressId), eq(sessions.year, o.year), inArray(items.state, OPEN_STATES)))
      .orderBy(items.id)
      // Locked like any item action, so a concurrent transition cannot be overwritten by stale deadlines.
      .for('update', { of: items });
    const recomputed = await recomputeOpen(tx, ctx, open.map((r) => r.id), `规则配置（${o.year}年）已修改`);
    await writeAudit(tx, ctx, 'saveRulesProfile', { year: o.year, preset: o.preset });
    return { profile: saved, recomputed };
  });
}

/**
 * Recomputes, after a change of a year's holiday schedule, every open item
 * whose working-day deadlines may move: provisional ones, and those due from
 * the year before on. Items are locked like any item action.
 */
export async function recomputeForCalendarYear(tx: Db, ctx: Ctx, year: number, why: string): Promise<number> {
  const open = await tx
    .select({ id: items.id })
    .from(items)
    .where(and(inArray(items.state, OPEN_STATES), sql`exists (select 1 from deadlines d where d.item_id = ${items.id} and (d.provisional or extract(year from d.due_date) >= ${year} - 1))`))
    .orderBy(items.id)
    .for('update');
  return recomputeOpen(tx, ctx, open.map((r) => r.id), why);
}

/**
 * An administrator enters or corrects a year's official holiday schedule
 * (the built-in data ends with 2026). Provisional working-day deadlines are
 * recomputed at once, so nothing stays guessed.
 */
export async function saveCalendarYear(ctx: Ctx, o: { year: number; holidays: string[]; makeupWorkdays: string[]; note?: string; version?: number }) {
  const errors = validateSchedule({ year: o.year, holidays: o.holidays, makeupWorkdays: o.makeupWorkdays, source: 'admin' });
  if (errors.length) throw invalid('BAD_SCHEDULE', `节假日安排有误：${errors.join('；')}`, errors);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(eq(calendarYears.year, o.year)).for('update');
    if (existing && o.version !== undefined && existing.version !== o.version) throw staleVersion();
    const values = { holidays: [...o.holidays].sort(), makeupWorkdays: [...o.makeupWorkdays].sort(), note: o.note ?? null, updatedBy: ctx.actor.userId, updatedAt: nowOf(ctx) };
    const [saved] = existing
      ? await tx.update(calendarYears).set({ ...values, version: sql`${calendarYears.version} + 1` }).where(eq(calendarYears.year, o.year)).returning()
      : await tx.insert(calendarYears).values({ year: o.year, ...values }).returning();
    const recomputed = await recomputeForCalendarYear(tx, ctx, o.year, `${o.year}年节假日安排已录入`);
    await writeAudit(tx, ctx, 'saveCalendarYear', { year: o.year, holidays: o.holidays.length, makeupWorkdays: o.makeupWorkdays.length });
    return { year: saved.year, version: saved.version, recomputed };
  });
}

/** The calendar status an administrator sees: which years have a schedule, from where, and warnings. */
export async function calendarStatus(db: Db, years: number[]) {
  const admin = await db.select().from(calendarYears);
  const cal = calendarFrom(admin);
  const [{ n }] = await db.select({ n: sql<number>`count(distinct item_id)::int` }).from(sql`deadlines`).where(sql`provisional`);
  return {
    years: years.map((y) => {
      const a = admin.find((r) => r.year === y);
      const source = a ? 'admin' : builtinSchedule(y) ? 'builtin' : null;
      const s = cal.scheduleFor(y);
      return { year: y, source, holidays: s?.holidays ?? [], makeupWorkdays: s?.makeupWorkdays ?? [], version: a?.version ?? null };
    }),
    provisionalItems: n,
    warnings: years.filter((y) => !cal.hasSchedule(y)).map((y) => `${y}年尚无官方节假日安排：涉及该年的工作日期限为临时值（仅按周末计算），请录入${y}年安排。`),
  };
}
