import { sql, type SQL } from 'drizzle-orm';
import { searchPlan } from '../../domain/search/bigrams';

const likeOf = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Issue 6 §3: the condition "the item's number, title or body contains every
 * run of the query" — runs of 2+ characters through the bigram index
 * (items.search_vector, GIN; migration 0008), single characters by LIKE.
 * Null when the query has no run at all (only spaces and punctuation).
 */
export function textMatch(q: string): SQL | null {
  const plan = searchPlan(q);
  const parts: SQL[] = plan.phrases.map((p) => sql`items.search_vector @@ ${p}::tsquery`);
  for (const s of plan.singles) {
    const like = likeOf(s);
    parts.push(sql`(items.title ilike ${like} or items.number ilike ${like} or items.body ilike ${like})`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` and `)})` : null;
}

/** Relevance of an item to the query (cover density of its bigram phrases); 0 for a query of single characters. */
export function textRank(q: string): SQL {
  const { phrases } = searchPlan(q);
  if (!phrases.length) return sql`0`;
  return sql`ts_rank_cd(items.search_vector, ${phrases.map((p) => `(${p})`).join(' & ')}::tsquery)`;
}
