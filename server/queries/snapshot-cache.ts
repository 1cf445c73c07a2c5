import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { changedSince, pruneCacheMarks } from '../db/cache-marks';
import { queryRows, type Db } from '../db/client';

/**
 * Read results kept per database snapshot (issue 6 §4: counts and statistics
 * that stay fast). Two snapshots with the same pg_current_snapshot() text
 * (xmin, xmax, in-progress ids) see exactly the same committed data, so a
 * result computed in one is the answer in the other: never stale, whatever
 * changed and through whichever server process. Any transaction that writes
 * changes the snapshot, so the next read computes afresh.
 *
 * A result is computed in a read-only REPEATABLE READ transaction, so every
 * statement of it sees the same snapshot — the one it is filed under, or (filed
 * under the request's session lookup's) one that sees at most the transactions
 * committed since. Keys must hold everything else the result depends on: the
 * actor's scope and today.
 *
 * Writes do not empty it (issue 18 §2): a result filed with its `tags` (the item, the
 * scope it reads — cacheTags) is still the answer in a later snapshot when no transaction
 * committed since tagged any of them (server/db/cache-marks.ts). The marks are in the
 * database, so this holds whichever process wrote.
 */
interface Entry {
  snapshot: string;
  value: unknown;
  /** When it was computed (Date.now()): reused across snapshots for five minutes at most. */
  at: number;
}

/** Marks are kept ten minutes (cache-marks.ts); an answer is checked against them for five. */
const REUSE_MS = 5 * 60_000;
const PRUNE_EVERY_MS = 60_000;
const lastPrune = new WeakMap<Db, number>();

/** A response body already serialized; the route sends it as it is (server/routes/define.ts). */
export class RawJson {
  /** UTF-8 once: a cached item page (tens of kB of Chinese) is not re-encoded per request; only the bytes are kept. */
  readonly body: Buffer;
  private tag?: string;
  constructor(text: string) {
    this.body = Buffer.from(text, 'utf8');
  }
  /** A strong validator of the body (RFC 9110 §8.8.3): the same bytes give the same tag, in any process. */
  get etag(): string {
    return (this.tag ??= `"${createHash('sha256').update(this.body).digest('base64url').slice(0, 27)}"`);
  }
}

const MAX_ENTRIES = 500;
/** One cache per database handle: tests open many databases in one process. */
const caches = new WeakMap<Db, Map<string, Entry>>();
const runningByDb = new WeakMap<Db, Map<string, Promise<Entry>>>();

const currentSnapshot = async (db: Db) => (await queryRows<{ s: string }>(db, sql`select pg_current_snapshot()::text as s`))[0].s;

/**
 * `known`: a snapshot the caller's request already read (its session lookup's) — used instead of
 * asking again. Any snapshot taken during the request is a correct answer to it. An answer computed
 * for the request is filed under it too, though its transaction may see a little more (see below).
 * `within`: a read-only transaction the caller is already in (a part of an answer computed inside it):
 * checked and computed there, with no connection or transaction of its own.
 */
export async function snapshotCached<T>(
  db: Db,
  key: readonly (string | number | null | undefined)[],
  compute: (tx: Db) => Promise<T>,
  known?: string,
  tags?: readonly string[],
  within?: Db,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let inflight = runningByDb.get(db);
  if (!inflight) runningByDb.set(db, (inflight = new Map()));
  const k = JSON.stringify(key);
  const now = known ?? (await currentSnapshot(db));
  const hit = cache.get(k);
  if (hit && (hit.snapshot === now || (tags && Date.now() - hit.at < REUSE_MS && !(await changedSince(within ?? db, hit.snapshot, tags))))) {
    // Most recently used last: the first key is the one to evict.
    cache.delete(k);
    cache.set(k, hit);
    return hit.value as T;
  }
  // Single flight: requests that miss together share one computation — when it ran in the
  // snapshot they saw (else a reader could get an answer from before its own write).
  const running = inflight.get(k);
  if (running) {
    const shared = await running.catch(() => null);
    if (shared && shared.snapshot === now) return shared.value as T;
  }
  if (tags) prune(db);
  const at = Date.now();
  // Filed under the request's own snapshot when it has one (no statement to ask again): the transaction's may
  // be newer, never older, so the answer is at least as new as the snapshot it is filed under, and the marks
  // committed since that snapshot include everything the answer could have missed.
  const run = async (tx: Db) => ({ snapshot: known ?? (await currentSnapshot(tx)), value: (await compute(tx)) as unknown, at });
  const computing = within ? run(within) : db.transaction(run, { isolationLevel: 'repeatable read', accessMode: 'read only' });
  inflight.set(k, computing);
  try {
    const entry = await computing;
    cache.delete(k);
    cache.set(k, entry);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return entry.value as T;
  } finally {
    if (inflight.get(k) === computing) inflight.delete(k);
  }
}

/** Now and then (once a minute per process), the marks no answer is checked against any more. */
function prune(db: Db): void {
  const last = lastPrune.get(db) ?? 0;
  if (Date.now() - last < PRUNE_EVERY_MS) return;
  lastPrune.set(db, Date.now());
  // Best effort: a failed prune leaves older marks, which only cost index space until the next one.
  pruneCacheMarks(db).catch(() => undefined);
}

/**
 * snapshotCached for a route: the body is serialized once, when computed, and only its bytes are
 * kept (an item with its history is tens of kB of JSON; the objects would be several times that).
 */
export function snapshotCachedJson(
  db: Db,
  key: readonly (string | number | null | undefined)[],
  compute: (tx: Db) => Promise<unknown>,
  known?: string,
  tags?: readonly string[],
): Promise<RawJson> {
  return snapshotCached(db, key, async (tx) => new RawJson(JSON.stringify(await compute(tx))), known, tags);
}

/** What a read's result depends on of the actor: its role and scope (not its session). */
export function actorScopeKey(a: { role: string; congressId: number | null; organizationId: number | null; deputyId: number | null }): string {
  return `${a.role}:${a.congressId ?? ''}:${a.organizationId ?? ''}:${a.deputyId ?? ''}`;
}
