/** The printed ledger's parts that are not layout: its filter read from the URL and described in words, each column's cell as text. */
import type { LedgerColumn } from '../../../../domain/contracts/ledger-columns';
import { HANDLING_MODES, type HandlingMode } from '../../../../domain/items/kinds';
import { ITEM_STATES } from '../../../../domain/items/states';
import type { LedgerParams, LedgerRow } from '../../api/types';
import { daysText, formatDate } from '../../lib/dates';
import { HANDLING_MODE_LABELS, ITEM_STATE_LABELS, LIGHT_SHORT, TASK_ROLE_LABELS, TASK_STATE_LABELS } from '../../lib/labels';
import { wordsOf, type Words } from '../../lib/words';
import { columnLabel } from '../ledger/columns';

export type LedgerFilter = Omit<LedgerParams, 'page' | 'pageSize'>;

const SORTS = ['number', 'due', 'submittedAt', 'updatedAt'] as const;
const SORT_LABELS: Record<(typeof SORTS)[number], string> = { number: '编号', due: '期限', submittedAt: '提出时间', updatedAt: '更新时间' };
const LIGHTS = ['red', 'yellow', 'green', 'none'] as const;

/** The filter in the print view's URL (the API's parameters, as urls.ts writes them); `review` the review queue's. */
export function readLedgerFilter(sp: URLSearchParams, review: boolean): LedgerFilter {
  const sort = SORTS.find((s) => s === sp.get('sort')) ?? 'number';
  const order = sp.get('order') === 'desc' ? 'desc' : 'asc';
  const q = (sp.get('q') ?? '').trim().slice(0, 100) || undefined;
  if (review) return { state: ['submitted'], q, sort, order };
  const state = (sp.get('state') ?? '').split(',').filter((s) => (ITEM_STATES as readonly string[]).includes(s));
  const mode = sp.get('handlingMode');
  const system = sp.get('unitSystem');
  const kind = sp.get('kind');
  return {
    state: state.length ? state : undefined,
    light: LIGHTS.find((l) => l === sp.get('light')),
    q,
    handlingMode: mode && (HANDLING_MODES as readonly string[]).includes(mode) ? (mode as HandlingMode) : undefined,
    unitSystem: system === 'government' || system === 'other' ? system : undefined,
    kind: kind === 'suggestion' || kind === 'proposal' ? kind : undefined,
    sort,
    order,
  };
}

/** 筛选条件 in words: 状态 办理中、已答复；红黄绿灯 红灯；… and the sort. */
export function describeFilter(f: LedgerFilter): string {
  const parts = [
    f.state?.length ? `状态 ${f.state.map((s) => ITEM_STATE_LABELS[s as keyof typeof ITEM_STATE_LABELS] ?? s).join('、')}` : '',
    f.light ? `红黄绿灯 ${f.light === 'none' ? '无期限' : LIGHT_SHORT[f.light]}` : '',
    f.handlingMode ? `办理方式 ${HANDLING_MODE_LABELS[f.handlingMode]}` : '',
    f.unitSystem ? `承办系统 ${f.unitSystem === 'government' ? '政府系统' : '非政府系统'}` : '',
    f.kind ? `类型 ${wordsOf(f.kind).item}` : '',
    f.q ? `搜索“${f.q}”` : '',
  ].filter(Boolean);
  const sort = f.sort && f.sort !== 'relevance' ? `按${SORT_LABELS[f.sort]}${f.order === 'desc' ? '降序' : '升序'}排列` : '';
  return `筛选条件：${parts.length ? parts.join('；') : '全部'}${sort ? `。${sort}` : ''}`;
}

/** Width on paper (mm, without the cell's padding) of every column but the title, which takes the rest. */
export const COLUMN_WIDTHS: Record<Exclude<LedgerColumn, 'title'>, number> = {
  number: 17,
  state: 12,
  myTask: 18,
  leadDeputy: 13,
  delegation: 18,
  leadUnits: 28,
  due: 19,
  replyDue: 18,
  handlingMode: 13,
  resultClass: 11,
  category: 16,
  submittedAt: 18,
};
/** The 序号 column and each cell's padding (mm). */
export const INDEX_WIDTH = 8;
export const CELL_PADDING = 3;

/** Whether the columns leave the title too little of a portrait page's 174 mm: then the page is turned. */
export function needsLandscape(columns: readonly LedgerColumn[]): boolean {
  const fixed = INDEX_WIDTH + CELL_PADDING + columns.reduce((a, c) => a + (c === 'title' ? CELL_PADDING : COLUMN_WIDTHS[c] + CELL_PADDING), 0);
  return 174 - fixed < 40;
}

export const columnTitle = (c: LedgerColumn, w: Words) => (c === 'myTask' ? '本单位' : columnLabel(c, w));

/** One cell of the printed ledger, as text (lines apart by \n). */
export function cellText(c: LedgerColumn, r: LedgerRow): string {
  switch (c) {
    case 'number':
      return r.number;
    case 'title':
      return r.title;
    case 'state':
      return wordsOf(r.kind).state(r.state);
    case 'myTask':
      return r.myTask ? `${TASK_ROLE_LABELS[r.myTask.role]}·${TASK_STATE_LABELS[r.myTask.state]}` : '—';
    case 'leadDeputy':
      return r.leadDeputy ?? '—';
    case 'delegation':
      return r.delegation ?? '—';
    case 'leadUnits':
      return r.leadUnits ? `${r.leadUnits}${r.coUnits ? `\n会办：${r.coUnits}` : ''}` : '—';
    case 'due': {
      if (!r.currentDue) return '—';
      const light = r.light !== 'none' ? LIGHT_SHORT[r.light] : '';
      const days = r.daysLeft !== null ? daysText(r.daysLeft) : '';
      return `${r.currentDue}${light || days ? `\n${[light, days].filter(Boolean).join(' ')}` : ''}${r.dueProvisional ? '（临时）' : ''}`;
    }
    case 'replyDue':
      return r.replyDue ?? '—';
    case 'handlingMode':
      return r.handlingMode ? HANDLING_MODE_LABELS[r.handlingMode] : '—';
    case 'resultClass':
      return r.resultClass ? `${r.resultClass} 类` : '—';
    case 'category':
      return r.category ?? '—';
    case 'submittedAt':
      return formatDate(r.submittedAt);
    default: {
      const never: never = c;
      return never;
    }
  }
}
