import { HANDLING_MODES, type HandlingMode } from '../../../../domain/items/kinds';
import { ITEM_STATES } from '../../../../domain/items/states';
import type { Light, SortField } from '../../api/types';

export const PAGE_SIZES = [10, 20, 50, 100];

/** The default sort of the ledger (it differs by role). */
export interface QueryDefaults {
  sort: SortField;
  order: 'asc' | 'desc';
}

/** The ledger's filters, sort and page, kept in the URL query string. */
export interface LedgerQuery {
  state: string[];
  light?: Light;
  q: string;
  mode?: HandlingMode;
  sort: SortField;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export function readQuery(sp: URLSearchParams, defaults: QueryDefaults): LedgerQuery {
  const state = (sp.get('state') ?? '').split(',').filter((s) => (ITEM_STATES as readonly string[]).includes(s));
  const light = sp.get('light');
  const mode = sp.get('mode');
  const sort = sp.get('sort');
  const order = sp.get('order');
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    state,
    light: light && ['red', 'yellow', 'green', 'none'].includes(light) ? (light as Light) : undefined,
    q: (sp.get('q') ?? '').slice(0, 100),
    mode: mode && (HANDLING_MODES as readonly string[]).includes(mode) ? (mode as HandlingMode) : undefined,
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
  if (q.sort !== defaults.sort || q.order !== defaults.order) {
    sp.set('sort', q.sort);
    sp.set('order', q.order);
  }
  if (q.page > 1) sp.set('page', String(q.page));
  if (q.pageSize !== 20) sp.set('pageSize', String(q.pageSize));
  return sp;
}
