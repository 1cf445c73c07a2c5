import { sql, type SQL } from 'drizzle-orm';
import { runsOf, searchPlan } from '../../domain/search/bigrams';

const likeOf = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The item's number, title or body contains the run (lower-cased, as runsOf gives it). ILIKE lower-cases
 * the whole body first: a run without letters that have a case (Chinese, digits) is matched by LIKE.
 */
function contains(run: string): SQL {
  const like = likeOf(run);
  const op = run.toUpperCase() === run ? sql`like` : sql`ilike`;
  return sql`(items.title ${op} ${like} or items.number ${op} ${like} or items.body ${op} ${like})`;
}

/**
 * Issue 6 §3: the condition "the item's number, title or body contains every
 * run of the query" — runs of 2+ characters through the bigram index
 * (items.search_vector, GIN; migration 0008), single characters by LIKE.
 * Null when the query has no run at all (only spaces and punctuation).
 */
export function textMatch(q: string): SQL | null {
  const plan = searchPlan(q);
  const parts: SQL[] = plan.phrases.map((p) => sql`items.search_vector @@ ${p}::tsquery`);
  for (const s of plan.singles) parts.push(contains(s));
  return parts.length ? sql`(${sql.join(parts, sql` and `)})` : null;
}

/** Relevance of an item to the query (cover density of its bigram phrases); 0 for a query of single characters. */
export function textRank(q: string): SQL {
  const { phrases } = searchPlan(q);
  if (!phrases.length) return sql`0`;
  return sql`ts_rank_cd(items.search_vector, ${phrases.map((p) => `(${p})`).join(' & ')}::tsquery)`;
}

/**
 * textMatch for a word too common for its index (issue 18, EXPLAIN on 200,000 items): "乡村振兴" matches 15,000
 * items; the planner, which takes a phrase's bigrams for independent, expected 464 and read every match
 * through the GIN index — each one's tsvector fetched and rechecked — only to sort them and keep 20 (800 ms).
 * For such a word the page is found sooner by walking the sort's index and testing each row: first by LIKE
 * on the text itself (every phrase match is a LIKE match, and the text is far smaller than its tsvector),
 * then by the phrase itself, so the rows are exactly textMatch's. The phrase is a function call, not the
 * operator, so the GIN index cannot take the plan back.
 */
export function textWalk(q: string): SQL | null {
  const plan = searchPlan(q);
  // Every run of the query, one character or more (a one-character run has only LIKE, as in textMatch).
  const runs = runsOf(q);
  if (!runs.length) return null;
  const likes = runs.map(contains);
  if (!plan.phrases.length) return sql`(${sql.join(likes, sql` and `)})`;
  const phrases = plan.phrases.map((p) => sql`ts_match_vq(items.search_vector, ${p}::tsquery)`);
  // CASE keeps the order: the planner would test the cheaper-looking phrase first, fetching every tsvector.
  return sql`(case when ${sql.join(likes, sql` and `)} then ${sql.join(phrases, sql` and `)} else false end)`;
}
