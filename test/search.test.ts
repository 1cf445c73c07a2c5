import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { actorOf } from '../server/auth/actor';
import { queryLedger } from '../server/queries/ledger';
import { createRng } from '../server/seed/corpus/rng';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { submit } from './helpers/flow';

/** A random window of `min`–`max` characters of one of the texts: a query some item surely matches. */
function windowOf(rng: ReturnType<typeof createRng>, texts: string[], min: number, max: number): string {
  const t = [...rng.pick(texts)];
  const len = rng.int(min, max);
  const at = rng.int(0, t.length - len);
  return t.slice(at, at + len).join('');
}

const TITLES = [
  '关于加快推进农村饮水安全巩固提升工程的建议',
  '关于请市住建局加快老旧小区加装电梯的建议',
  '关于在乡镇卫生院增设夜间门诊的建议',
  '关于加强校园周边交通安全管理的建议（含 5G 基站与 WiFi 覆盖）',
  '关于提高农村低保标准、完善社会救助体系的建议',
  '关于推进“放管服”改革优化营商环境的建议',
];

describe.each(DB_KINDS)('Chinese full-text search on %s (issue 6 §3)', (kind) => {
  let { d, c, liaison, dep } = {} as CongressSetup;
  const ids: number[] = [];
  useCongress(kind, { once: true, units: 0 }, (s) => ({ d, c, liaison, dep } = s));
  beforeAll(async () => {
    for (const t of TITLES) ids.push((await submit(dep, c, [], t)).id);
  });

  const search = async (q: string, extra = '') => {
    const r = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&pageSize=100&q=${encodeURIComponent(q)}${extra}`);
    return r.rows.map((x: { id: number }) => x.id).sort((a: number, b: number) => a - b);
  };
  /** What LIKE finds, for the same items (the reference the index must match). */
  const like = async (q: string) =>
    (
      await queryRows<{ id: number }>(
        d.db,
        sql`select id from items where session_id = ${c.sessionId} and (number ilike ${`%${q}%`} or title ilike ${`%${q}%`} or body ilike ${`%${q}%`}) order by id`,
      )
    ).map((r) => r.id);

  it('finds what LIKE finds for any run of 2+ characters of the texts', async () => {
    const rng = createRng(20261202);
    const texts = (
      await queryRows<{ t: string }>(d.db, sql`select number || ' ' || title || ' ' || body as t from items where session_id = ${c.sessionId}`)
    ).map((r) => r.t);
    let checked = 0;
    for (let n = 0; n < 150; n++) {
      const q = windowOf(rng, texts, 2, 5);
      if (/[\s\p{P}\p{S}]/u.test(q)) continue; // a window across punctuation is two runs: tested below
      expect(await search(q), q).toEqual(await like(q));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a common word finds the same pages by walking the number index as through the bigram index (issue 18)', async () => {
    const actor = actorOf({ role: 'liaisonOffice', congressId: c.congressId, organizationId: null, deputyId: null, userId: 0, username: 'test', name: '' });
    const rng = createRng(20261207);
    const texts = (await queryRows<{ t: string }>(d.db, sql`select title || ' ' || body as t from items where session_id = ${c.sessionId}`)).map((r) => r.t);
    const page = async (q: string, n: number, walkAbove?: number) =>
      (await queryLedger(d.db, actor, { q, sessionId: c.sessionId, sort: 'number', page: n, pageSize: 2 }, new Date(), { walkAbove })).rows.map(
        (r) => (r as Record<string, unknown>).id as number,
      );
    let walked = 0;
    for (let n = 0; n < 40; n++) {
      // Also queries of several runs (a space or punctuation inside), and one-character runs.
      const q = windowOf(rng, texts, 1, 4);
      for (const p of [1, 2]) {
        const byIndex = await page(q, p);
        expect(await page(q, p, 0), `${q} page ${p}`).toEqual(byIndex);
        if (byIndex.length) walked++;
      }
    }
    expect(walked).toBeGreaterThan(20);
    expect(await page('5g', 1, 0)).toEqual(await page('5G', 1));
  });

  it('住建局 is found whole (bigrams do not cut place and unit names wrong)', async () => {
    expect(await search('住建局')).toEqual([ids[1]]);
    expect(await search('市住建')).toEqual([ids[1]]);
    // Every bigram of 区加快 is in the title (区加装, 加快), but not next to each other: a phrase, not a bag of bigrams.
    expect(await search('区加快')).toEqual([]);
    expect(await like('区加快')).toEqual([]);
  });

  it('matches Latin words and digits case-insensitively, numbers by their parts, and every run of the query', async () => {
    expect(await search('wifi')).toEqual([ids[3]]);
    expect(await search('5g')).toEqual([ids[3]]);
    const [n] = await queryRows<{ number: string }>(d.db, sql`select number from items where id = ${ids[2]}`);
    expect(await search(n.number)).toEqual([ids[2]]);
    // Two runs: both must be in the item.
    expect(await search('农村 低保')).toEqual([ids[4]]);
    expect(await search('农村，饮水')).toEqual([ids[0]]);
    expect(await search('放管服')).toEqual([ids[5]]);
  });

  it('falls back to LIKE for a single character, and ignores a query of punctuation', async () => {
    expect(await search('梯')).toEqual(await like('梯'));
    expect(await search('，。')).toEqual(ids.slice().sort((a, b) => a - b));
  });

  it('sorts by relevance on request', async () => {
    const r = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&q=${encodeURIComponent('农村')}&sort=relevance&order=desc`);
    expect(r.rows.map((x: { id: number }) => x.id).sort()).toEqual([ids[0], ids[4]].sort());
    expect((await liaison.get(`/api/items?q=${encodeURIComponent("o'k\\")}`)).status).toBe(200);
  });
  it('keeps the index in step with the text: a new title is found, other changes leave the vector alone (migration 0011)', async () => {
    const id = ids[5];
    const vector = async () => (await queryRows<{ v: string }>(d.db, sql`select search_vector::text as v from items where id = ${id}`))[0].v;
    const before = await vector();
    await d.db.execute(sql`update items set review_note = '已审核', version = version + 1 where id = ${id}`);
    expect(await vector()).toBe(before);
    await d.db.execute(sql`update items set title = '关于优化营商环境推进数字政务的建议' where id = ${id}`);
    expect(await vector()).not.toBe(before);
    expect(await search('数字政务')).toEqual([id]);
    expect(await search('放管服')).toEqual([]);
  });
});
