import { statsQuery } from './items';

/**
 * Requests of the statistics (server/routes/statistics.ts, dashboard.ts; answers in statistics-answers.ts):
 * the R-STAT-1 scope (statsQuery), refusing a period that ends before it starts — a 400 in Chinese,
 * not an empty chart that looks like "no items".
 */
export const statsScopeQuery = statsQuery.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
