/**
 * Reply templates (答复模板) and snippets (常用段落): their kinds and the
 * placeholders a template may hold, each with its Chinese name (written in
 * braces in the template: {代表姓名}) and what it is filled with for an item.
 * Pure: the server gathers the values (server/queries/templates/), ./fill.ts fills.
 */

/** A whole reply body (答复函正文) or a paragraph inserted into one (常用段落). */
export const TEMPLATE_KINDS = ['letter', 'snippet'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  letter: '答复正文模板',
  snippet: '常用段落',
};

/** The placeholders, in the order the workbench lists them (click to insert). */
export const PLACEHOLDERS = [
  { name: '代表姓名', fills: '答复对象的姓名及称谓，与答复函抬头一致，如：张建国代表、李秀英代表' },
  { name: '建议编号', fills: '建议编号；并案的，各件编号一并列出' },
  { name: '建议标题', fills: '建议的标题' },
  { name: '交办日期', fills: '本单位承办任务的交办日期，如：2025年3月1日' },
  { name: '答复期限', fills: '本单位的答复期限，如：2025年6月1日' },
  { name: '承办单位', fills: '承办单位名称' },
  { name: '会次', fills: '会次全称，如：湖南省第十四届人民代表大会第三次会议' },
  { name: '今天', fills: '当天日期，如：2025年5月20日' },
  { name: '承诺事项', fills: '答复草稿中登记的承诺事项及完成时限（B类答复）' },
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];
export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = PLACEHOLDERS.map((p) => p.name);

/** The values for one item: a placeholder without a value (null or missing) is left unfilled. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

/** A placeholder as it is written in a template. */
export const placeholderToken = (name: string): string => `{${name}}`;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(name);
}

/** A date as a letter's body writes it: 2025-03-01 → 2025年3月1日. */
export function bodyDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The draft's B commitments as {承诺事项} fills: one numbered line each with its target date; null when there are none. */
export function commitmentsText(commitments: readonly { content: string; targetDate: string }[]): string | null {
  const done = commitments.filter((c) => c.content.trim() !== '');
  if (!done.length) return null;
  return done.map((c, i) => `${i + 1}．${c.content.trim()}${c.targetDate ? `（计划于${bodyDate(c.targetDate)}前完成）` : ''}`).join('\n');
}
