import { isPlaceholderName, type PlaceholderValues } from './placeholders';

/** Why a placeholder stayed in the text: not one of PLACEHOLDERS, or no value for this item (e.g. not assigned yet). */
export type UnfilledReason = 'unknown' | 'noValue';

export const UNFILLED_REASON_LABELS: Record<UnfilledReason, string> = {
  unknown: '不是系统提供的占位符，请检查名称',
  noValue: '本件暂无此项信息，请手工填写',
};

/** A placeholder left as it was written (once per name, in the order of first appearance). */
export interface Unfilled {
  name: string;
  /** as written in the text, e.g. {交办日期} — the workbench marks it */
  token: string;
  reason: UnfilledReason;
}

export interface FillResult {
  text: string;
  unfilled: Unfilled[];
}

/**
 * A placeholder: a name of 1–20 characters in braces, ASCII {…} or full-width ｛…｝
 * (typed with a Chinese input method), spaces inside allowed: {代表姓名}, ｛ 今天 ｝.
 */
const PLACEHOLDER = /[{｛][ \t\u3000]*([^{}｛｝\s]{1,20})[ \t\u3000]*[}｝]/g;

/** The placeholders written in a text, by name, each once in the order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Fills a template: each known placeholder with a value is replaced by it; an
 * unknown one, or one without a value for this item, is left visibly as it was
 * written and reported, so that the clerk completes it by hand.
 */
export function fill(template: string, values: PlaceholderValues): FillResult {
  const unfilled = new Map<string, Unfilled>();
  const text = template.replace(PLACEHOLDER, (token, name: string) => {
    const value = isPlaceholderName(name) ? values[name] : undefined;
    if (value !== undefined && value !== null && value !== '') return value;
    if (!unfilled.has(name)) unfilled.set(name, { name, token, reason: isPlaceholderName(name) ? 'noValue' : 'unknown' });
    return token;
  });
  return { text, unfilled: [...unfilled.values()] };
}
