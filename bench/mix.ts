/**
 * `npm run bench -- --mix` (issue 18 §1): many users asking different things with writes in between, the way
 * a province's offices, units and deputies use the product — not one request repeated. Every request is drawn
 * by a seeded generator from the data's own parameters (mix-parameters.ts): an office's ledger of a random
 * unit and state, pages 1–3 by deadline; a unit's own ledger; an item with its history; a session's
 * statistics, half of them for one unit; a search for a common word; a deep page by cursor (paging on, as the
 * workbench does) and, less often, a jump to a page by number; a deputy's own
 * items; and, at the configured share, writes of several kinds — reviews (accept, return, not accepted) and
 * a unit's contact records. Measured per request kind (p50/p95/p99) and in total (req/s).
 */
import { createRng, type Rng } from '../server/seed/corpus/rng';
import type { MixParameters } from './mix-parameters';
import type { Session } from './server';

/** The accounts the mix signs in as, each its own session. */
export const MIX_ACCOUNTS = ['liaison', 'govoffice', 'unit-office', 'unit-handler', 'supervisor', 'deputy'] as const;
export type MixAccount = (typeof MIX_ACCOUNTS)[number];

export interface MixRequest {
  kind: string;
  account: MixAccount;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** The reads and their weights (out of the reads' share). */
const READS: [string, number][] = [
  ['ledger.unit', 22],
  ['ledger.own', 12],
  ['item', 20],
  ['statistics', 14],
  ['search', 12],
  ['ledger.deep', 6],
  ['ledger.jump', 2],
  ['deputy.items', 6],
  ['statistics.units', 6],
];

const WRITES: [string, number][] = [
  ['review.accept', 5],
  ['review.return', 2],
  ['review.reject', 1],
  ['contact', 4],
];

const enc = encodeURIComponent;

export class MixDrawer {
  private rng: Rng;
  private review = 0;
  private contact = 0;

  constructor(
    private p: MixParameters,
    private writeShare: number,
    seed: number,
  ) {
    this.rng = createRng(seed);
  }

  /** Whether the write pools still hold anything. */
  writesLeft(): boolean {
    return this.review < this.p.reviewPool.length || this.contact < this.p.contactPool.length;
  }

  next(): MixRequest {
    const r = this.rng;
    if (this.writeShare > 0 && r.chance(this.writeShare)) {
      const w = this.write(r.weighted(WRITES));
      if (w) return w;
    }
    return this.read(r.weighted(READS));
  }

  private read(kind: string): MixRequest {
    const { p, rng: r } = this;
    const page = r.int(1, 3);
    switch (kind) {
      case 'ledger.unit': {
        const state = r.chance(0.5) ? `&state=${r.pick(p.states)}` : '';
        return { kind, account: 'liaison', method: 'GET', path: `/api/items?unitId=${r.pick(p.units)}${state}&sort=due&order=asc&page=${page}` };
      }
      case 'ledger.own': {
        const state = r.chance(0.5) ? `&state=${r.pick(['handling', 'replied', 'closed', 'rehandling'])}` : '';
        return { kind, account: 'unit-office', method: 'GET', path: `/api/items?sort=due&order=asc&page=${page}${state}` };
      }
      case 'item':
        return { kind, account: r.chance(0.8) ? 'liaison' : 'supervisor', method: 'GET', path: `/api/items/${r.pick(p.itemIds)}` };
      case 'statistics': {
        const unit = r.chance(0.5) ? `&unitId=${r.pick(p.units)}` : '';
        return { kind, account: r.chance(0.7) ? 'liaison' : 'govoffice', method: 'GET', path: `/api/statistics?sessionId=${r.pick(p.sessions)}${unit}` };
      }
      case 'statistics.units':
        return { kind, account: 'liaison', method: 'GET', path: `/api/statistics/units?sessionId=${r.pick(p.sessions)}` };
      case 'search':
        return { kind, account: 'liaison', method: 'GET', path: `/api/items?q=${enc(r.pick(p.searchWords))}&page=${r.chance(0.8) ? 1 : 2}` };
      case 'ledger.deep':
        // Paging on from a deep page, as the workbench does: the page after a row, by its keyset cursor.
        return { kind, account: 'liaison', method: 'GET', path: `/api/items?sort=number&after=${enc(r.pick(p.deepCursors))}` };
      case 'ledger.jump':
        // A jump to a page by its number (OFFSET: the rows before it are skipped one by one).
        return { kind, account: 'liaison', method: 'GET', path: `/api/items?sort=number&page=${r.int(Math.max(1, Math.floor(p.lastPage / 4)), p.lastPage)}` };
      default:
        return { kind: 'deputy.items', account: 'deputy', method: 'GET', path: `/api/items?page=1` };
    }
  }

  /** A write from its pool (null when that pool is used up). */
  private write(kind: string): MixRequest | null {
    const { p } = this;
    if (kind === 'contact') {
      const id = p.contactPool[this.contact++];
      if (id === undefined) return null;
      const body = { contactedOn: '2025-03-01', method: 'phone', phase: 'during', participants: '承办处室', summary: '电话沟通办理进展。', deputyView: '同意' };
      return { kind, account: 'unit-handler', method: 'POST', path: `/api/items/${id}/contacts`, body };
    }
    const item = p.reviewPool[this.review++];
    if (!item) return null;
    const decision = kind.slice('review.'.length);
    const body = { decision, version: item.version, ...(decision === 'accept' ? {} : { reason: '请补充具体情况后再提交' }) };
    return { kind, account: 'liaison', method: 'POST', path: `/api/items/${item.id}/review`, body };
  }
}

export type Sessions = Record<MixAccount, Session>;
