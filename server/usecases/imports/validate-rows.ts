import { isIsoDate } from '../../../domain/deadlines';
import { DomainError } from '../../../domain/errors';
import { importColumnsOf, PERIOD_TEXT, SUBMISSION_TYPE_TEXT, type ImportError, type ImportRow } from '../../../domain/contracts/imports';
import { streamWords, type StreamKind } from '../../../domain/documents/stream-words';
import type { SubmissionType } from '../../../domain/proposals/wording';
import { validatePlan, type PlannedUnit } from '../../../domain/items/assignment-plan';
import { HANDLING_MODE_LABELS, type HandlingMode, type Period } from '../../../domain/items/kinds';

/** What the rows are checked against, loaded once per import. */
export interface ImportLookups {
  /** what the rows are: a congress's suggestions, a CPPCC committee's proposals (§8) */
  kind: StreamKind;
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
  /** a CPPCC committee's participating organizations and special committees by name (R-CPPCC-1), with their contact members */
  organizations: Map<string, { id: number; contacts: number[] }>;
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
  /** 集体提案: the organization submitting it in its own name */
  submitterOrgId: number | null;
  period: Period;
  submittedOn: string;
  assignment: { mode: HandlingMode; units: PlannedUnit[]; leadingLeader: string | null; assignedOn: string } | null;
}

const MODE_BY_LABEL = new Map(Object.entries(HANDLING_MODE_LABELS).map(([k, v]) => [v, k as HandlingMode]));
const headersOf = (kind: StreamKind) => Object.fromEntries(importColumnsOf(kind).map((c) => [c.key, c.header])) as Record<keyof ImportRow, string>;
const HEADERS = { suggestion: headersOf('suggestion'), proposal: headersOf('proposal') };
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
 * R-ASSIGN-1 (the same validatePlan as the assignment form). Proposals (§8)
 * speak of 委员 and 界别 and are submitted alone, jointly or collectively
 * (R-CPPCC-1): a collective one names its organization, has no co-signers, and
 * is led by the organization's contact member unless the row names one.
 */
export function validateRows(
  rows: { row: number; values: ImportRow }[],
  lk: ImportLookups,
  onRow?: (done: number) => void,
): { valid: ValidRow[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const valid: ValidRow[] = [];
  const firstRowOfNumber = new Map<string, number>();
  const HEADER = HEADERS[lk.kind];
  const w = streamWords([lk.kind]);
  rows.forEach(({ row, values: v }, index) => {
    const before = errors.length;
    const err = (key: keyof ImportRow | undefined, message: string) =>
      errors.push({ row, ...(key ? { column: HEADER[key] } : {}), message: `第 ${row} 行${key ? `“${HEADER[key]}”` : ''}：${message}` });
    for (const c of importColumnsOf(lk.kind)) if (c.required && !v[c.key]) err(c.key, '不能为空');

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

    const proposal = lk.kind === 'proposal' ? submissionOf(v, err, lk) : null;

    let delegationId: number | null = null;
    if (v.delegation) {
      delegationId = lk.delegations.get(v.delegation) ?? null;
      if (delegationId === null) err('delegation', `${w.group}“${v.delegation}”不存在`);
    }
    const findDeputy = (key: 'leadDeputy' | 'cosigners', text: string, delegation: number | null): number | null => {
      const m = /^(.+?)[（(](.+)[）)]$/.exec(text);
      const name = (m ? m[1] : text).trim();
      let del = delegation;
      if (m) {
        del = lk.delegations.get(m[2].trim()) ?? null;
        if (del === null) {
          err(key, `${w.group}“${m[2].trim()}”不存在`);
          return null;
        }
      }
      const all = lk.deputies.get(name) ?? [];
      const found = del === null ? all : all.filter((d) => d.delegationId === del);
      if (found.length === 1) return found[0].id;
      if (!all.length) err(key, `${w.submitter}“${name}”不存在`);
      else if (!found.length) err(key, `${w.submitter}“${name}”不属于该${w.group}`);
      else
        err(
          key,
          key === 'leadDeputy'
            ? `${w.submitter}“${name}”有重名，请填写“${HEADER.delegation}”列区分`
            : `${w.submitter}“${name}”有重名，请写成“${name}（${w.group}）”`,
        );
      return null;
    };
    let leadDeputyId = v.leadDeputy ? findDeputy('leadDeputy', v.leadDeputy, delegationId) : null;
    // A collective proposal without a lead named is led by its organization's one contact member (R-CPPCC-1).
    if (!v.leadDeputy && proposal?.org) {
      const { contacts } = proposal.org;
      if (contacts.length === 1) leadDeputyId = contacts[0];
      else
        err(
          'leadDeputy',
          contacts.length
            ? `提案单位“${v.submitterOrg}”有多位联系委员，请填写${HEADER.leadDeputy}`
            : `提案单位“${v.submitterOrg}”没有联系委员，请填写${HEADER.leadDeputy}`,
        );
    }
    const cosignerIds: number[] = [];
    for (const name of split(v.cosigners)) {
      const id = findDeputy('cosigners', name, null);
      if (id === null) continue;
      if (id === leadDeputyId) err('cosigners', `${w.lead}不能同时作为${w.cosigner}`);
      else if (cosignerIds.includes(id)) err('cosigners', `${w.cosigner}“${name}”重复`);
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
        submitterOrgId: proposal?.org?.id ?? null,
        period: period!,
        submittedOn: submittedOn!,
        assignment,
      });
    }
    onRow?.(index + 1);
  });
  return { valid, errors };
}

/**
 * How a proposal was submitted (R-CPPCC-1), from 提出方式 or, when empty, from what the row fills in: a
 * collective one names an organization of the committee and no co-signers; a joint one its co-signers; an
 * individual one neither. A lead member is needed unless the organization's contact member leads.
 */
function submissionOf(
  v: ImportRow,
  err: (key: keyof ImportRow, message: string) => void,
  lk: ImportLookups,
): { type: SubmissionType; org: { id: number; contacts: number[] } | null } {
  const given = v.submissionType ? SUBMISSION_TYPE_TEXT[v.submissionType as keyof typeof SUBMISSION_TYPE_TEXT] : undefined;
  if (v.submissionType && !given) err('submissionType', `“${v.submissionType}”无效，应为“个人”“联名”或“集体”`);
  const cosigners = split(v.cosigners).length > 0;
  const type: SubmissionType = given ?? (v.submitterOrg ? 'collective' : cosigners ? 'joint' : 'individual');
  let org: { id: number; contacts: number[] } | null = null;
  if (type === 'collective') {
    if (!v.submitterOrg) err('submitterOrg', '集体提案须填写提案单位');
    else {
      org = lk.organizations.get(v.submitterOrg) ?? null;
      if (!org) err('submitterOrg', `提案单位“${v.submitterOrg}”不存在，应为本届政协的党派、人民团体或专门委员会`);
    }
    if (cosigners) err('cosigners', '集体提案不设联名委员');
  } else {
    if (!v.leadDeputy) err('leadDeputy', '不能为空');
    if (v.submitterOrg) err('submitterOrg', '只有集体提案填写提案单位，请在“提出方式”填“集体”');
    if (type === 'joint' && !cosigners) err('cosigners', '联名提案须填写联名委员');
    if (type === 'individual' && cosigners) err('cosigners', '个人提案不设联名委员，请在“提出方式”填“联名”');
  }
  return { type, org };
}
