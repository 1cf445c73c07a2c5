/** The ledger's filters in the address bar (?state=dispatched&overdue=true&page=2), so a filtered view can be shared and reloaded. */
import { URGENCIES, WORK_ORDER_STATES, type Urgency, type WorkOrderState } from '../../../../domain/hotline/orders';
import type { LedgerQuery } from '../../api/hotline';

export interface OrderFilters {
  state?: WorkOrderState;
  urgency?: Urgency;
  unitId?: number;
  category?: string;
  placeCongressId?: number;
  month?: string;
  overdue: boolean;
  q: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = ['20', '50', '100'];

const num = (v: string | null) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : undefined;
};

export function readFilters(sp: URLSearchParams): OrderFilters {
  const state = sp.get('state');
  const urgency = sp.get('urgency');
  const month = sp.get('month');
  return {
    state: WORK_ORDER_STATES.includes(state as WorkOrderState) ? (state as WorkOrderState) : undefined,
    urgency: URGENCIES.includes(urgency as Urgency) ? (urgency as Urgency) : undefined,
    unitId: num(sp.get('unitId')),
    category: sp.get('category') || undefined,
    placeCongressId: num(sp.get('placeCongressId')),
    month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined,
    overdue: sp.get('overdue') === 'true',
    q: sp.get('q') ?? '',
    page: num(sp.get('page')) ?? 1,
    pageSize: PAGE_SIZES.includes(sp.get('pageSize') ?? '') ? Number(sp.get('pageSize')) : 20,
  };
}

export function writeFilters(f: OrderFilters): URLSearchParams {
  const sp = new URLSearchParams();
  const put = (k: string, v: string | number | undefined | false) => {
    if (v !== undefined && v !== '' && v !== false) sp.set(k, String(v));
  };
  put('state', f.state);
  put('urgency', f.urgency);
  put('unitId', f.unitId);
  put('category', f.category);
  put('placeCongressId', f.placeCongressId);
  put('month', f.month);
  put('overdue', f.overdue && 'true');
  put('q', f.q.trim());
  if (f.page > 1) put('page', f.page);
  if (f.pageSize !== 20) put('pageSize', f.pageSize);
  return sp;
}

/** The request of one page of the ledger. */
export function toRequest(f: OrderFilters): LedgerQuery {
  return {
    state: f.state,
    urgency: f.urgency,
    unitId: f.unitId,
    category: f.category,
    placeCongressId: f.placeCongressId,
    month: f.month,
    overdue: f.overdue || undefined,
    q: f.q.trim() || undefined,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export function isFiltered(f: OrderFilters): boolean {
  return Boolean(f.state || f.urgency || f.unitId || f.category || f.placeCongressId || f.month || f.overdue || f.q.trim());
}
