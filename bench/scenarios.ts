import { ledgerQuery, statsQuery } from '../domain/contracts/items';
import type { Db } from '../server/db/client';
import { getItemDetail } from '../server/queries/item-detail';
import { queryLedger } from '../server/queries/ledger';
import { queryStatistics, queryUnitStatistics } from '../server/queries/statistics/figures';
import { reviewSuggestion } from '../server/usecases/review/review-suggestion';
import type { BenchParameters } from './discover';
import type { ScenarioId } from './options';

/** One request of a scenario and the query functions its endpoint runs (the SQL floor). */
export interface Variant {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  /** Runs what the route's handler runs, on `db` (a capturing handle). */
  floor: (db: Db) => Promise<unknown>;
}

export interface Scenario {
  id: ScenarioId;
  name: string;
  /** Reads rotate through their variants; the write takes one pool item per request. */
  kind: 'read' | 'write';
  variants: Variant[];
}

/** The targets of issue 6 at 200,000 items (throughput and p95 at 20 connections). */
export const TARGETS: Record<ScenarioId, { minRps: number; maxP95Ms?: number }> = {
  a: { minRps: 1200, maxP95Ms: 25 },
  b: { minRps: 650 },
  c: { minRps: 1400, maxP95Ms: 25 },
  d: { minRps: 1200, maxP95Ms: 50 },
  e: { minRps: 1300, maxP95Ms: 10 },
  f: { minRps: 300 },
};
export const TARGET_ITEMS = 200_000;
export const TARGET_RSS_MB = 300;
/** At one connection a read's p50 stays within 1.5× its SQL floor + 1 ms. */
export const FLOOR_FACTOR = 1.5;
export const FLOOR_SLACK_MS = 1;

/** The route's query string parsed by the route's own contract, so the floor runs exactly what the handler gets. */
const ledgerOf = (qs: string) => ledgerQuery.parse(Object.fromEntries(new URLSearchParams(qs)));

function ledgerVariant(label: string, qs: string, p: BenchParameters): Variant {
  return { label, method: 'GET', path: `/api/items?${qs}`, floor: (db) => queryLedger(db, p.actor, ledgerOf(qs)) };
}

/** The write's floor: the transition's statements, in a transaction rolled back (the item stays submitted). */
const ROLLBACK = new Error('bench: roll back the floor transaction');
async function reviewRolledBack(db: Db, p: BenchParameters, item: { id: number; version: number }) {
  await db
    .transaction(async (tx) => {
      await reviewSuggestion({ db: tx as unknown as Db, actor: p.actor }, { itemId: item.id, version: item.version, decision: 'accept' });
      throw ROLLBACK;
    })
    .catch((e: unknown) => {
      if (e !== ROLLBACK) throw e;
    });
}

export function buildScenarios(p: BenchParameters): Scenario[] {
  const enc = encodeURIComponent;
  const s = p.session.id;
  const statsQs = `sessionId=${s}`;
  const sample = p.writePool.at(-1);
  return [
    {
      id: 'a',
      name: `台账第 1 页：单位 ${p.ledgerFilter.unitName} + 状态 ${p.ledgerFilter.state}，按期限排序，20 行含总数`,
      kind: 'read',
      variants: [
        ledgerVariant('unit+state by due', `unitId=${p.ledgerFilter.unitId}&state=${enc(p.ledgerFilter.state)}&sort=due&order=asc&page=1&pageSize=20`, p),
      ],
    },
    {
      id: 'b',
      name: `台账深分页：不筛选，按编号，第 ${p.deep.row + 1} 行起（keyset 游标）`,
      kind: 'read',
      variants: [ledgerVariant('after cursor', `sort=number&order=asc&pageSize=20&after=${enc(p.deep.cursor)}`, p)],
    },
    {
      id: 'c',
      name: `${p.session.name}统计：类别、满意度（/api/statistics）与各单位（/api/statistics/units）交替`,
      kind: 'read',
      variants: [
        {
          label: 'statistics',
          method: 'GET',
          path: `/api/statistics?${statsQs}`,
          floor: (db) => queryStatistics(db, p.actor, statsQuery.parse({ sessionId: String(s) })),
        },
        { label: 'per unit', method: 'GET', path: `/api/statistics/units?${statsQs}`, floor: (db) => queryUnitStatistics(db, p.actor, s) },
      ],
    },
    {
      id: 'd',
      name: `中文全文检索：${p.searchWords.map((w) => w.q).join('、')} 轮换`,
      kind: 'read',
      variants: p.searchWords.map((w) => ledgerVariant(w.q, `q=${enc(w.q)}&page=1&pageSize=20`, p)),
    },
    {
      id: 'e',
      name: `建议详情及全部办理记录（${p.historyItems.map((i) => `#${i.id} ${i.events} 条`).join('、')}）`,
      kind: 'read',
      variants: p.historyItems.map((i) => ({
        label: `item ${i.id}`,
        method: 'GET',
        path: `/api/items/${i.id}`,
        floor: (db: Db) => getItemDetail(db, p.actor, i.id),
      })),
    },
    {
      id: 'f',
      name: `写入：审核立案（submitted → accepted），每个请求一件不同的建议（可用 ${p.writePool.length} 件）`,
      kind: 'write',
      variants: sample ? [{ label: 'review accept', method: 'POST', path: '/api/items/:id/review', floor: (db: Db) => reviewRolledBack(db, p, sample) }] : [],
    },
  ];
}
