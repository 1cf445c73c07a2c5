import { z } from 'zod';
import { isIsoDate } from '../deadlines';
import { RESULT_CLASSES } from '../items/kinds';

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

/* ---- Answers (response schemas): what the server sends and the web reads ---- */

/**
 * A point in time: the database gives a Date (sent as ISO 8601 by JSON), rows built in SQL
 * (json_agg) give the string already. On the wire it is always a string (see `Answer`).
 */
export const timestamp = z
  .custom<Date | string>((v) => (v instanceof Date && !Number.isNaN(v.getTime())) || typeof v === 'string', { message: '应为时间' })
  .meta({ type: 'string', format: 'date-time', description: 'ISO 8601 时间' });
/** A calendar day (YYYY-MM-DD) in an answer; requests use `isoDate`, which checks it. */
export const day = z.string().meta({ description: '日期 YYYY-MM-DD' });
/** The error answer of every 4xx/5xx: machine code, Chinese message, details (field errors on 400). */
export const errorAnswer = z
  .object({ code: z.string(), message: z.string(), details: z.unknown().optional() })
  .meta({ id: 'Error', description: '错误：机器可读的代码与中文说明' });
/** `{ id }` of what a request created. */
export const createdAnswer = z.object({ id: z.number() });

/** A count for each of a closed set of keys (every key present): e.g. key-supervised items by kind. */
export function countsBy<const K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
}

/** What JSON makes of a value: Dates become strings (the server's output type → the wire type the web reads). */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends readonly (infer U)[]
      ? readonly Jsonified<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonified<T[K]> }
        : T;
/** The type of an answer as the web receives it. */
export type Answer<S extends z.ZodType> = Jsonified<z.output<S>>;

/** A result class as the rules profile names and defines it (R-REPLY-3, issue 17 §2): the reply form, the letter, the report. */
export const resultClassDef = z.object({ code: z.enum(RESULT_CLASSES), label: z.string(), definition: z.string() });
