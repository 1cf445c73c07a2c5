/**
 * The rules profiles a statistics scope is counted under (issue 17 §2, §4): the result classes the figures
 * show, the evaluation window of the report's dates, the targets the dashboard checks. A session's scope is
 * its body's profile of its year; otherwise the bodies the actor's figures hold — an office's own congress,
 * the government office's and the units' CPPCC committee beside it (§8) — for the year asked, else this year.
 */
import { sql } from 'drizzle-orm';
import { DEFAULT_RULES, todayInShanghai, yearOf, type RulesProfileValues } from '../../../domain/deadlines';
import { isUnitRole } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { parseRules } from '../../rules/rules-profile';
import type { StatsScope } from './figures';

export interface ScopeRules {
  /** the profiles of the bodies in scope, the actor's own body first */
  all: RulesProfileValues[];
  /** the first one: the actor's own body's (a session's when one is asked for) */
  main: RulesProfileValues;
  /** the body whose calendar the dates are counted on */
  congressId: number | null;
  year: number;
}

export async function rulesInScope(db: Db, actor: Actor, s: StatsScope, now = new Date()): Promise<ScopeRules> {
  const thisYear = yearOf(todayInShanghai(now));
  if (s.sessionId) {
    const [row] = await queryRows<{ congressId: number; year: number; stored: unknown }>(
      db,
      sql`select se.congress_id as "congressId", se.year,
            (select rp.values from rules_profiles rp where rp.congress_id = se.congress_id and rp.year = se.year) as stored
          from sessions se where se.id = ${s.sessionId}`,
    );
    if (row) {
      const main = parseRules(row.stored);
      return { all: [main], main, congressId: row.congressId, year: row.year };
    }
  }
  const own = isUnitRole(actor.role) ? actor.unitsCongressId : actor.congressId;
  const year = s.year ?? thisYear;
  if (!own) return { all: [DEFAULT_RULES], main: DEFAULT_RULES, congressId: null, year };
  // Those who handle both streams count the CPPCC committee beside their congress too.
  const both = actor.role === 'governmentOffice' || isUnitRole(actor.role);
  const rows = await queryRows<{ id: number; body: string; stored: unknown }>(
    db,
    sql`select c.id, c.body, (select rp.values from rules_profiles rp where rp.congress_id = c.id and rp.year = ${year}) as stored
        from congresses c where c.id = ${own} ${both ? sql`or c.beside_id = ${own}` : sql``}
        order by (c.id = ${own}) desc, c.id`,
  );
  const wanted = rows.filter((r) => !s.body || r.body === s.body);
  const all = (wanted.length ? wanted : rows).map((r) => parseRules(r.stored));
  const main = all[0] ?? DEFAULT_RULES;
  return { all: all.length ? all : [DEFAULT_RULES], main, congressId: own, year };
}
