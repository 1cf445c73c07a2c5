/**
 * Phrase bank of one top-level category, used to assemble suggestion titles
 * and bodies.
 *
 * Objects are written `k:text`, where k is the grammatical kind that decides
 * which title verbs fit:
 * - `p` a project or construction (加快推进…, 支持…);
 * - `l` a policy, mechanism or system (进一步完善…, 优化…);
 * - `i` an industry (支持…转型升级, 推动…高质量发展);
 * - `x` a problem (切实解决…, 着力破解…);
 * - `s` a service, capacity or field of work (进一步加强…, 着力提升…水平).
 * An upper-case kind (`P:`, `L:`…) means the object takes no area qualifier
 * (城际铁路建设 is never 农村城际铁路建设).
 *
 * Placeholders in specials, backgrounds, problems and measures:
 * {o} the title's object, {region} the place or 我省, {city} the city,
 * {county}/{county2} two counties of the city, {specialty}, {sight},
 * {other} another city, {n1} 2-digit, {n2} 3-digit, {pct} a percentage,
 * {pyear} a recent past year.
 */
export interface TopicBank {
  category: string;
  /** Objects by child category name. */
  children: Record<string, string[]>;
  /** Second clauses of two-part titles: …、促进农民持续增收. */
  purposes: string[];
  /** Area or group qualifiers placed before an object: 丘陵山区, 县域… */
  scopes: string[];
  /** Whole title cores (between 关于 and 的建议) with place placeholders. */
  specials: string[];
  /** Sentences for 一、基本情况. */
  backgrounds: string[];
  /** Clauses for 二、存在的问题 (no final punctuation). */
  problems: string[];
  /** Clauses for 三、建议 (no final punctuation). */
  measures: string[];
}
