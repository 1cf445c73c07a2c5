/**
 * Result classes (R-REPLY-3, issue 17 §2): A/B/C by default, and D — kept for reference (留作参考) — where the
 * rules profile uses four, as the NPC's practice and some CPPCC notices do (shared/regulations/README.md).
 * The profile holds each class's label and definition: the reply form shows them, the letter prints the mark,
 * and the statistics, the dashboard, the exports and the report count and word the classes it names.
 */
import { RESULT_CLASSES, type ResultClass } from '../items/kinds';
import { sharesOf } from './shares';

export interface ResultClassDef {
  code: ResultClass;
  /** the mark as printed: A类 */
  label: string;
  /** what the class means, as the published reports word it: 所提问题已经得到解决或基本解决 */
  definition: string;
}

/** The usual wording of each class (seed 001 for A/B/C; the NPC's wording for D). */
export const RESULT_CLASS_DEFAULTS: Record<ResultClass, ResultClassDef> = {
  A: { code: 'A', label: 'A类', definition: '所提问题已经得到解决或基本解决' },
  B: { code: 'B', label: 'B类', definition: '所提问题正在解决或已列入计划逐步解决' },
  C: { code: 'C', label: 'C类', definition: '所提问题因客观条件限制或其他原因暂时无法解决' },
  D: { code: 'D', label: 'D类', definition: '所提问题留作工作参考' },
};

/** A/B/C: the default scheme. */
export const THREE_CLASSES: ResultClassDef[] = (['A', 'B', 'C'] as const).map((c) => ({ ...RESULT_CLASS_DEFAULTS[c] }));
/** A/B/C/D: the four-class scheme (全国人大代表建议 practice; 政协提案 where a notice uses four). */
export const FOUR_CLASSES: ResultClassDef[] = RESULT_CLASSES.map((c) => ({ ...RESULT_CLASS_DEFAULTS[c] }));

/** The codes a scheme may have, in order: the first three, or all four. */
export function validClassCodes(codes: readonly string[]): boolean {
  return codes.length >= 3 && codes.length <= RESULT_CLASSES.length && codes.every((c, i) => c === RESULT_CLASSES[i]);
}

/** An item's class from its parts' replies (split handling): the least solved one, A best, D last. */
export function worstClass(classes: readonly ResultClass[]): ResultClass {
  return RESULT_CLASSES[Math.max(...classes.map((c) => RESULT_CLASSES.indexOf(c)))];
}

/**
 * The classes a set of figures shows: those of the schemes in force, then any other class items were
 * given (a class dropped from the profile after replies carried it still counts), in A…D order.
 */
export function shownClasses(schemes: readonly (readonly ResultClassDef[])[], counted: Partial<Record<ResultClass, number>> = {}): ResultClassDef[] {
  const byCode = new Map<ResultClass, ResultClassDef>();
  for (const scheme of schemes) for (const d of scheme) if (!byCode.has(d.code)) byCode.set(d.code, d);
  for (const c of RESULT_CLASSES) if (!byCode.has(c) && (counted[c] ?? 0) > 0) byCode.set(c, RESULT_CLASS_DEFAULTS[c]);
  if (byCode.size === 0) for (const d of THREE_CLASSES) byCode.set(d.code, d);
  return RESULT_CLASSES.filter((c) => byCode.has(c)).map((c) => byCode.get(c)!);
}

/** 所提问题已经得到解决或基本解决的（A类件）: how a report names a class. */
export function classPhrase(d: ResultClassDef): string {
  return `${d.definition}的（${d.label}件）`;
}

type Counted = { count: number; share: number };

/**
 * Each shown class (`codes`, in A…D order) with its count and its share of the classed items, by largest
 * remainder over those classes (R-STAT-1: they add up to 100.00). A, B and C are always there; D only when
 * shown — where the profile has four classes or items carry D.
 */
export function classShares(codes: readonly ResultClass[], counts: Record<ResultClass, number>): Record<'A' | 'B' | 'C', Counted> & { D?: Counted } {
  const shares = sharesOf(codes.map((c) => counts[c]));
  const out: Partial<Record<ResultClass, Counted>> = {};
  codes.forEach((c, i) => (out[c] = { count: counts[c], share: shares[i] }));
  for (const c of ['A', 'B', 'C'] as const) out[c] ??= { count: counts[c], share: 0 };
  return out as Record<'A' | 'B' | 'C', Counted> & { D?: Counted };
}
