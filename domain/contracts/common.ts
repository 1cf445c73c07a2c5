import { z } from 'zod';
import { isIsoDate } from '../deadlines';

/** Shared pieces of request schemas (Zod: one schema for API, forms and types). */
export const id = z.coerce.number().int().positive().max(2_147_483_647);
export const version = z.number().int().positive().max(2_147_483_647);
const noNul = (s: string) => !s.includes('\u0000');
export const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字符`).refine(noNul, `${label}含有无效字符`);
export const optionalText = (max: number) => z.string().trim().max(max).refine(noNul, '含有无效字符').nullish();
export const isoDate = z.string().refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' });
export const itemParams = z.object({ itemId: id });
export const okSchema = z.object({ ok: z.literal(true) });
