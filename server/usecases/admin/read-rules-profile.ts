import { and, eq } from 'drizzle-orm';
import { DEFAULT_RULES, rulesProfileValuesSchema } from '../../../domain/deadlines';
import type { Db } from '../../db/client';
import { rulesProfiles, users } from '../../db/schema';
import type { Ctx } from '../lib/run';
import { adminCongressOf } from './admin-scope';

/**
 * The stored rules profile of the administrator's congress for a year, with
 * its preset, version (sent back when saving) and who changed it last; the
 * defaults of domain.md when none is stored.
 */
export async function getRulesProfileRecord(db: Db, ctx: Ctx, year: number) {
  const congressId = adminCongressOf(ctx);
  const [row] = await db
    .select({ p: rulesProfiles, by: users.displayName })
    .from(rulesProfiles)
    .leftJoin(users, eq(users.id, rulesProfiles.updatedBy))
    .where(and(eq(rulesProfiles.congressId, congressId), eq(rulesProfiles.year, year)));
  if (!row) return { year, stored: false, preset: null, version: null, values: DEFAULT_RULES, updatedAt: null, updatedBy: null };
  return {
    year,
    stored: true,
    preset: row.p.preset,
    version: row.p.version,
    values: rulesProfileValuesSchema.parse(row.p.values),
    updatedAt: row.p.updatedAt,
    updatedBy: row.by,
  };
}
