import { isIsoDate } from '../../../domain/deadlines';
import { DomainError } from '../../../domain/errors';
import { IMPORT_COLUMNS, PERIOD_TEXT, type ImportError, type ImportRow } from '../../../domain/contracts/imports';
import { validatePlan, type PlannedUnit } from '../../../domain/items/assignment-plan';
import { HANDLING_MODE_LABELS, type HandlingMode, type Period } from '../../../domain/items/kinds';

/** What the rows are checked against, loaded once per import. */
export interface ImportLookups {
  today: string;
  /** numbers already used in the session */
  existingNumbers: Set<string>;
  /** category name or "上级/下级" path → ids */
  categories: Map<string, number[]>;
  /** deputy name → the active deputies of that name */
  deputies: Map<string, { id: number; delegationId: number | null }[]>;
  delegations: Map<string, number>;
  /** deputy id → their delegation (the item's delegation, as a submission takes it) */
  deputyDelegation: Map<number, number | null>;
  /** unit name or short name → id */
  units: Map<string, number>;
}

/** One row made ready to write. */
export interface ValidRow {
  row: number;
  number: string;
  title: string;
  body: string;
  categoryId: number | null;
  leadDeputyId: number;
  delegationId: number | null;
  cosignerIds: number[];
  period: Period;
  submittedOn: string;
  assignment: { mode: HandlingMode; units: PlannedUnit[]; leadingLeader: string | null; assignedOn: string } | null;
}

const MODE_BY_LABEL = new Map(Object.entries(HANDLING_MODE_LABELS).map(([k, v]) => [v, k as HandlingMode]));
const HEADER = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<keyof ImportRow, string>;
const split = (s: string | undefined) =>
  (s ?? '')
    .split(/[、，,；;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A date as the offices write it: 2025-01-15, 2025/1/15, 2025.1.15, 2025年1月15日 → ISO, or null. */
export function parseDate(s: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (!isIsoDate(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Checks every row of an import (§6) and reports every problem with its row
 * number and column, in Chinese: missing values, bad dates and periods,
 * unknown or ambiguous category, deputy, delegation and unit, numbers repeated
 * in the file or already used in the session, and an assignment that breaks
 * R-ASSIGN-1 (the same validatePlan as the assignment form).
 */
export function validateRows(
  rows: { row: number; values: ImportRow }[],
  lk: ImportLookups,
  onRow?: (done: number) => void,
): { valid: ValidRow[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const valid: ValidRow[] = [];
  const firstRowOfNumber = new Map<string, number>();
  rows.forEach(({ row, values: v }, index) => {
    const before = errors.length;
    const err = (key: keyof ImportRow | undefined, message: string) =>
      errors.push({ row, ...(key ? { column: HEADER[key] } : {}), message: `第 ${row} 行${key ? `“${HEADER[key]}”` : ''}：${message}` });
    for (const c of IMPORT_COLUMNS) if (c.required && !v[c.key]) err(c.key, '不能为空');

    const number = v.number ?? '';
    if (number) {
      if (number.length > 40) err('number', '编号过长（不超过 40 字）');
      const first = firstRowOfNumber.get(number);
      if (first !== undefined) err('number', `编号 ${number} 与第 ${first} 行重复`);
      else firstRowOfNumber.set(number, row);
      if (lk.existingNumbers.has(number)) err('number', `编号 ${number} 在本届次会议中已存在`);
    }
    if (v.title && v.title.length > 200) err('title', '标题不能超过 200 字');

    let categoryId: number | null = null;
    if (v.category) {
      const ids = lk.categories.get(v.category.replace(/\s*[>＞/／]\s*/g, '/')) ?? [];
      if (ids.length === 1) categoryId = ids[0];
      else if (ids.length > 1) err('category', `类别“${v.category}”有重名，请写成“上级/下级”`);
      else err('category', `类别“${v.category}”不存在`);
    }

    let delegationId: number | null = null;
    if (v.delegation) {
      delegationId = lk.delegations.get(v.delegation) ?? null;
      if (delegationId === null) err('delegation', `代表团“${v.delegation}”不存在`);
    }
    const findDeputy = (key: 'leadDeputy' | 'cosigners', text: string, delegation: number | null): number | null => {
      const m = /^(.+?)[（(](.+)[）)]$/.exec(text);
      const name = (m ? m[1] : text).trim();
      let del = delegation;
      if (m) {
        del = lk.delegations.get(m[2].trim()) ?? null;
        if (del === null) {
          err(key, `代表团“${m[2].trim()}”不存在`);
          return null;
        }
      }
      const all = lk.deputies.get(name) ?? [];
      const found = del === null ? all : all.filter((d) => d.delegationId === del);
      if (found.length === 1) return found[0].id;
      if (!all.length) err(key, `代表“${name}”不存在`);
      else if (!found.length) err(key, `代表“${name}”不属于该代表团`);
      else err(key, key === 'leadDeputy' ? `代表“${name}”有重名，请填写“代表团”列区分` : `代表“${name}”有重名，请写成“${name}（代表团）”`);
      return null;
    };
    const leadDeputyId = v.leadDeputy ? findDeputy('leadDeputy', v.leadDeputy, delegationId) : null;
    const cosignerIds: number[] = [];
    for (const name of split(v.cosigners)) {
      const id = findDeputy('cosigners', name, null);
      if (id === null) continue;
      if (id === leadDeputyId) err('cosigners', `领衔代表不能同时作为附议代表`);
      else if (cosignerIds.includes(id)) err('cosigners', `附议代表“${name}”重复`);
      else cosignerIds.push(id);
    }

    const period = v.period ? PERIOD_TEXT[v.period as keyof typeof PERIOD_TEXT] : undefined;
    if (v.period && !period) err('period', `“${v.period}”无效，应为“大会期间”或“闭会期间”`);
    const submittedOn = v.submittedOn ? parseDate(v.submittedOn) : null;
    if (v.submittedOn && !submittedOn) err('submittedOn', `“${v.submittedOn}”不是有效日期（如 2025-01-15）`);
    else if (submittedOn && submittedOn > lk.today) err('submittedOn', '不能晚于今天');

    let assignment: ValidRow['assignment'] = null;
    const assigning = !!(v.handlingMode || v.leadUnits || v.coUnits || v.assignedOn || v.leadingLeader);
    if (assigning) {
      const mode = v.handlingMode ? MODE_BY_LABEL.get(v.handlingMode) : undefined;
      if (!v.handlingMode) err('handlingMode', '填写了承办单位或交办日期时，办理方式不能为空');
      else if (!mode) err('handlingMode', `“${v.handlingMode}”无效，应为 ${[...MODE_BY_LABEL.keys()].join('、')}`);
      const assignedOn = v.assignedOn ? parseDate(v.assignedOn) : null;
      if (!v.assignedOn) err('assignedOn', '已交办件的交办日期不能为空');
      else if (!assignedOn) err('assignedOn', `“${v.assignedOn}”不是有效日期（如 2025-02-12）`);
      else if (assignedOn > lk.today) err('assignedOn', '交办日期不能晚于今天');
      else if (submittedOn && assignedOn < submittedOn) err('assignedOn', '交办日期不能早于提出日期');
      const unitIds = (key: 'leadUnits' | 'coUnits') =>
        split(v[key]).flatMap((name) => {
          const id = lk.units.get(name);
          if (id === undefined) err(key, `承办单位“${name}”不存在或已停用`);
          return id === undefined ? [] : [id];
        });
      const leads = unitIds('leadUnits');
      const cos = unitIds('coUnits');
      if (!split(v.leadUnits).length) err('leadUnits', '已交办件的主办单位不能为空');
      if (mode && errors.length === before) {
        const units: PlannedUnit[] =
          mode === 'split'
            ? leads.map((unitId) => ({ unitId, role: 'split' }))
            : [...leads.map((unitId) => ({ unitId, role: 'lead' as const })), ...cos.map((unitId) => ({ unitId, role: 'co' as const }))];
        if (mode === 'split' && cos.length) err('coUnits', '分办不设会办单位，请把各分办单位都写在“主办单位”列');
        else if (mode === 'single' && cos.length) err('coUnits', '单独办理不设会办单位，请选择“主办会办”');
        else {
          try {
            validatePlan(mode, units, v.leadingLeader);
            assignment = { mode, units, leadingLeader: mode === 'leaderLed' ? v.leadingLeader!.trim() : null, assignedOn: assignedOn! };
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            err(e.code === 'LEADER_REQUIRED' ? 'leadingLeader' : 'handlingMode', e.message);
          }
        }
      }
    }

    if (errors.length === before) {
      valid.push({
        row,
        number,
        title: v.title!,
        body: v.body!,
        categoryId,
        leadDeputyId: leadDeputyId!,
        delegationId: lk.deputyDelegation.get(leadDeputyId!) ?? null,
        cosignerIds,
        period: period!,
        submittedOn: submittedOn!,
        assignment,
      });
    }
    onRow?.(index + 1);
  });
  return { valid, errors };
}
