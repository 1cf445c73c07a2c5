import { z } from 'zod';
import { id, text, version } from './common';
import { ledgerQuery } from './items';
import { DEFAULT_LEDGER_COLUMNS, LEDGER_COLUMNS, type LedgerColumn } from './ledger-columns';

export * from './ledger-columns';

/** A saved view stores the query string of GET /api/items: every value a string (lists comma-separated). */
const ledgerKeys = Object.keys(ledgerQuery.shape);
export const savedViewQuery = z
  .record(z.string(), z.string().max(200))
  .superRefine((q, c) => {
    const unknown = Object.keys(q).filter((k) => !ledgerKeys.includes(k));
    if (unknown.length) c.addIssue({ code: 'custom', message: `筛选条件含有未知的参数：${unknown.join('、')}` });
    else if (!ledgerQuery.safeParse(q).success) c.addIssue({ code: 'custom', message: '筛选条件不是有效的台账查询' });
  })
  // The page is where the user was, not part of the filter.
  .transform(({ page: _page, ...rest }) => rest);

const viewName = text(50, '方案名称');
export const createSavedViewBody = z.object({ name: viewName, query: savedViewQuery });
export const updateSavedViewBody = z
  .object({ version, name: viewName.optional(), query: savedViewQuery.optional() })
  .refine((v) => v.name !== undefined || v.query !== undefined, { message: '请提供新的名称或筛选条件' });
export const savedViewParams = z.object({ viewId: id });

/** GET /api/ledger/export: the ledger query (all pages) plus the visible columns in the user's order. */
export const ledgerExportQuery = ledgerQuery.omit({ page: true, pageSize: true }).extend({
  columns: z
    .string()
    .max(500)
    .optional()
    .transform((v, c) => {
      if (!v) return [...DEFAULT_LEDGER_COLUMNS];
      const keys = [...new Set(v.split(',').filter(Boolean))];
      const bad = keys.filter((k) => !(LEDGER_COLUMNS as readonly string[]).includes(k));
      if (bad.length || !keys.length) {
        c.addIssue({ code: 'custom', message: `未知的列：${bad.join('、') || '（空）'}` });
        return z.NEVER;
      }
      return keys as LedgerColumn[];
    }),
});

/** The most rows one export writes; beyond it the user narrows the filter (a 20 000-row sheet is already a lot to read). */
export const EXPORT_ROW_LIMIT = 20_000;
