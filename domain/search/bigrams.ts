/**
 * Chinese full-text search by CJK bigrams (issue 6 §3): a text is cut into
 * runs of word characters (whitespace and punctuation end a run) and every
 * run into overlapping two-character lexemes, lower-cased. The database
 * builds the same lexemes for each item (SQL function `jianyi_bigrams`,
 * migration 0008) into a `tsvector` with a GIN index, each at its character
 * position; a query run becomes a phrase of its bigrams (`'饮水' <-> '水安'`),
 * which matches exactly where LIKE '%饮水安%' would. A one-character run has
 * no bigram: the caller falls back to LIKE for it.
 */

/** What ends a run: whitespace and punctuation, ASCII and full-width (the same class as the SQL function). */
const SEPARATOR = /[\s\p{P}\p{S}，。、；：？！“”‘’（）《》【】—…·]/u;

/** The runs of a query, lower-cased, in order. */
export function runsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(new RegExp(SEPARATOR.source, 'gu'))
    .filter((r) => r.length > 0);
}

/** Overlapping bigrams of one run ('饮水安全' → 饮水, 水安, 安全), by code point. */
export function bigramsOf(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** A lexeme quoted for tsquery input (quotes doubled, backslashes escaped). */
function lexeme(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export interface SearchPlan {
  /** one tsquery per run of 2+ characters: its bigrams as a phrase */
  phrases: string[];
  /** runs of one character, matched with LIKE */
  singles: string[];
}

/** The search plan of a query: every run must match (AND). */
export function searchPlan(q: string): SearchPlan {
  const phrases: string[] = [];
  const singles: string[] = [];
  for (const run of runsOf(q)) {
    const grams = bigramsOf(run);
    if (grams.length) phrases.push(grams.map(lexeme).join(' <-> '));
    else singles.push(run);
  }
  return { phrases, singles };
}
