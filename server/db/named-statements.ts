/**
 * Reads that recur go to PostgreSQL as named (prepared) statements (issue 18): each connection parses them once,
 * and after a few runs PostgreSQL may keep a generic plan instead of planning every time — for the short reads
 * of an item page or a ledger's page, planning costs as much as running (EXPLAIN: 0.3–0.9 ms each).
 *
 * Named by the text's hash, so a name always means one text. Only texts seen a few times are named (a one-off,
 * such as an export's list of ids, stays unnamed and leaves nothing behind on the connections), and at most
 * MAX_NAMED texts in all. Text searches stay unnamed: how to read a word through the bigram index depends on how
 * common the word is, which a generic plan cannot know.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

const MIN_USES = 3;
const MAX_NAMED = 1000;
/** Texts being counted before they are named (bounded: forgotten all at once when full). */
const MAX_COUNTED = 5000;
const READ = /^\s*(select|with)\b/i;
const TEXT_SEARCH = /search_vector|tsquery|ts_match/;

const uses = new Map<string, number>();
const names = new Map<string, string>();

/** The statement name for a query text, or null while it should stay unnamed. */
export function statementName(text: string): string | null {
  const known = names.get(text);
  if (known) return known;
  if (names.size >= MAX_NAMED || !READ.test(text) || TEXT_SEARCH.test(text)) return null;
  const n = (uses.get(text) ?? 0) + 1;
  if (n < MIN_USES) {
    if (uses.size >= MAX_COUNTED) uses.clear();
    uses.set(text, n);
    return null;
  }
  uses.delete(text);
  const name = `jy_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
  names.set(text, name);
  return name;
}

/** node-postgres's client, naming the recurring reads (pg.Pool's `Client` option). */
export class NamingClient extends pg.Client {}

const plainQuery = pg.Client.prototype.query;
NamingClient.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
  if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string' && !('name' in config && config.name)) {
    const name = statementName(config.text);
    if (name) config = { ...config, name };
  }
  return (plainQuery as (...a: unknown[]) => unknown).call(this, config, ...rest);
} as typeof plainQuery;
