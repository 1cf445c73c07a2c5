/**
 * The one reader of the rules profiles (rules_profiles), shared by reads,
 * use cases and jobs: a congress's profile for a year, with the defaults of
 * domain.md when none is stored. Saving one is a use case
 * (usecases/admin/save-rules-profile.ts).
 */
import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { DEFAULT_RULES, rulesProfileValuesSchema, type RulesProfileValues } from '../../domain/deadlines';
import type { Actor } from '../auth/actor';
import { adminCongressOf } from '../auth/admin-congress';
import type { Db } from '../db/client';
import { rulesProfiles, sessions, users } from '../db/schema';

/** A stored profile's values, or the defaults of domain.md when none is stored. */
export function parseRules(stored: unknown): RulesProfileValues {
  return stored ? rulesProfileValuesSchema.parse(stored) : DEFAULT_RULES;
}

const ofYear = (congressId: number, year: number) => and(eq(rulesProfiles.congressId, congressId), eq(rulesProfiles.year, year));

/** The rules profile of a congress for a year; the defaults of domain.md when none is stored. */
export async function loadRules(tx: Db, congressId: number, year: number): Promise<{ values: RulesProfileValues; year: number; stored: boolean }> {
  const [p] = await tx.select().from(rulesProfiles).where(ofYear(congressId, year));
  return { values: parseRules(p?.values), year, stored: !!p };
}

/** The stored values of a congress's profile for a year as a subquery (null when none): read in the same round trip as the row it belongs to; parse with parseRules. */
export function storedRulesOf(congressId: AnyColumn, year: AnyColumn): SQL<unknown> {
  return sql<unknown>`(select rp.values from rules_profiles rp where rp.congress_id = ${congressId} and rp.year = ${year})`;
}

/**
 * The stored rules profile of the administrator's congress for a year, with
 * its preset, version (sent back when saving) and who changed it last; the
 * defaults of domain.md when none is stored.
 */
export async function getRulesProfileRecord(db: Db, actor: Actor, year: number) {
  const congressId = adminCongressOf(actor);
  const [row] = await db
    .select({ p: rulesProfiles, by: users.displayName })
    .from(rulesProfiles)
    .leftJoin(users, eq(users.id, rulesProfiles.updatedBy))
    .where(ofYear(congressId, year));
  if (!row) return { year, stored: false, preset: null, version: null, values: DEFAULT_RULES, updatedAt: null, updatedBy: null };
  return {
    year,
    stored: true,
    preset: row.p.preset,
    version: row.p.version,
    values: parseRules(row.p.values),
    updatedAt: row.p.updatedAt,
    updatedBy: row.by,
  };
}

/** The rules an item is handled under: its congress's profile for its session's year. */
export async function rulesOfItem(tx: Db, item: { congressId: number; sessionId: number }): Promise<RulesProfileValues> {
  const [row] = await tx
    .select({ values: rulesProfiles.values })
    .from(rulesProfiles)
    .innerJoin(sessions, and(eq(sessions.id, item.sessionId), eq(sessions.year, rulesProfiles.year)))
    .where(eq(rulesProfiles.congressId, item.congressId));
  return parseRules(row?.values);
}
