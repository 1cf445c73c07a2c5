import { HANDLING_MODES, type HandlingMode } from '../../../../domain/items/kinds';
import type { ItemKind } from '../../../../domain/items/kinds';
import { ITEM_STATES } from '../../../../domain/items/states';
import type { Light, SortField } from '../../api/types';

export const PAGE_SIZES = [10, 20, 50, 100];

/** The default sort of the ledger (it differs by role). */
export interface QueryDefaults {
  sort: SortField;
  order: 'asc' | 'desc';
  /** 承办系统 shown unless chosen: the government office works on government units' items */
  system: UnitSystem;
}

export type UnitSystem = 'government' | 'other' | 'all';
const SYSTEMS: readonly UnitSystem[] = ['government', 'other', 'all'];

/** The ledger's filters, sort and page, kept in the URL query string. */
export interface LedgerQuery {
  state: string[];
  light?: Light;
  q: string;
  mode?: HandlingMode;
  system: UnitSystem;
  /** 建议 or 提案 (those who handle both streams); none: both */
  kind?: LedgerKind;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** The streams one can filter the ledger by (§8); work orders have a ledger of their own. */
export type LedgerKind = Extract<ItemKind, 'suggestion' | 'proposal'>;
export const LEDGER_KINDS: readonly LedgerKind[] = ['suggestion', 'proposal'];
const kindOf = (v: string | null | undefined): LedgerKind | undefined => LEDGER_KINDS.find((k) => k === v);

export function readQuery(sp: URLSearchParams, defaults: QueryDefaults): LedgerQuery {
  const state = (sp.get('state') ?? '').split(',').filter((s) => (ITEM_STATES as readonly string[]).includes(s));
  const light = sp.get('light');
  const mode = sp.get('mode');
  const system = sp.get('system') as UnitSystem | null;
  const sort = sp.get('sort');
  const order = sp.get('order');
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    state,
    light: light && ['red', 'yellow', 'green', 'none'].includes(light) ? (light as Light) : undefined,
    q: (sp.get('q') ?? '').slice(0, 100),
    mode: mode && (HANDLING_MODES as readonly string[]).includes(mode) ? (mode as HandlingMode) : undefined,
    system: system && SYSTEMS.includes(system) ? system : defaults.system,
    kind: kindOf(sp.get('kind')),
    sort: sort === 'number' || sort === 'due' || sort === 'submittedAt' || sort === 'updatedAt' ? sort : defaults.sort,
    order: order === 'asc' || order === 'desc' ? order : sort ? 'asc' : defaults.order,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function writeQuery(q: LedgerQuery, defaults: QueryDefaults): URLSearchParams {
  const sp = new URLSearchParams();
  if (q.state.length) sp.set('state', q.state.join(','));
  if (q.light) sp.set('light', q.light);
  if (q.q.trim()) sp.set('q', q.q.trim());
  if (q.mode) sp.set('mode', q.mode);
  if (q.system !== defaults.system) sp.set('system', q.system);
  if (q.kind) sp.set('kind', q.kind);
  if (q.sort !== defaults.sort || q.order !== defaults.order) {
    sp.set('sort', q.sort);
    sp.set('order', q.order);
  }
  if (q.page > 1) sp.set('page', String(q.page));
  if (q.pageSize !== 20) sp.set('pageSize', String(q.pageSize));
  return sp;
}

/**
 * The ledger's filter and sort as the API's query (GET /api/items), which is
 * what a saved view stores; the page is left out (a view is a filter, not a place).
 */
export function toApiQuery(q: LedgerQuery): Record<string, string> {
  const out: Record<string, string> = { sort: q.sort, order: q.order };
  if (q.state.length) out.state = q.state.join(',');
  if (q.light) out.light = q.light;
  if (q.q.trim()) out.q = q.q.trim();
  if (q.mode) out.handlingMode = q.mode;
  if (q.system !== 'all') out.unitSystem = q.system;
  if (q.kind) out.kind = q.kind;
  if (q.pageSize !== 20) out.pageSize = String(q.pageSize);
  return out;
}

/** A saved view's API query back as the ledger page's URL query. */
export function fromApiQuery(api: Record<string, string>, defaults: QueryDefaults): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(api)) sp.set(k === 'handlingMode' ? 'mode' : k === 'unitSystem' ? 'system' : k, v);
  if (!api.unitSystem) sp.set('system', 'all');
  return writeQuery({ ...readQuery(sp, defaults), page: 1 }, defaults);
}

/** Whether two API queries ask for the same thing (key order aside). */
export function sameApiQuery(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).filter((k) => k !== 'page');
  const kb = Object.keys(b).filter((k) => k !== 'page');
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
