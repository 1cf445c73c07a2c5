/** User roles (glossary names). A user has one role and an organization scope. */
export const ROLES = [
  'deputy', // 人大代表
  'delegationContact', // 代表团联络员: checks the delegation's suggestions first when two-stage review is on
  'liaisonOffice', // 联工委 / 议案建议处
  'governmentOffice', // 政府办公厅 建议提案处
  'unitOffice', // 承办单位办公室: coordinates, reviews, sends
  'unitHandler', // 承办人: drafts replies, records contacts
  'unitLeader', // 单位负责人: signs replies
  'supervisor', // 督办领导 / 专门委员会: reads, supervises
  'townshipPresidium', // 乡镇人大主席团: reports the county's guidance checklists for its township (issue 16)
  'member', // 政协委员 (issue 14): submits, co-signs and evaluates proposals as a deputy does suggestions
  'proposalCommittee', // 政协提案委员会: reviews, assigns and follows proposals as the liaison office does suggestions
  'hotlineOffice', // 市长热线办 (issue 15): takes deputies' calls on the 12345 channel, dispatches, calls back (R-LINE-1)
  'admin', // 系统管理员
  'auditor', // 安全审计员: audit log only
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  deputy: '人大代表',
  delegationContact: '代表团联络员',
  liaisonOffice: '联工委（议案建议处）',
  governmentOffice: '政府办公厅',
  unitOffice: '承办单位办公室',
  unitHandler: '承办人',
  unitLeader: '承办单位负责人',
  supervisor: '督办领导',
  townshipPresidium: '乡镇人大主席团',
  member: '政协委员',
  proposalCommittee: '政协提案委员会',
  hotlineOffice: '市长热线办',
  admin: '系统管理员',
  auditor: '安全审计员',
};

/**
 * The part a role plays in the lifecycle's rules (§8, R-CPPCC-1): a CPPCC member submits, co-signs, is
 * answered and evaluates as a deputy does; the proposal committee reviews, assigns, supervises and
 * reports on its committee's proposals as the liaison office does on its congress's suggestions. The
 * transitions table, the route policies and the scopes speak of parts; the user's own role names them
 * (labels, the history, the account).
 */
const PART_OF: Partial<Record<Role, Role>> = { member: 'deputy', proposalCommittee: 'liaisonOffice' };

export function partOf(role: Role): Role {
  return PART_OF[role] ?? role;
}

/** The roles that play a part: `deputy` → deputy and member (for recipient lookups by stored role). */
export function rolesPlaying(part: Role): Role[] {
  return ROLES.filter((r) => partOf(r) === part);
}

/** The roles of a CPPCC committee's accounts (§8): its members, its proposal committee, supervisors, its administrator and auditor. */
const CPPCC_ROLES: readonly Role[] = ['member', 'proposalCommittee', 'supervisor', 'admin', 'auditor'];

/** Whether a role belongs in a body: a congress has no members or proposal committee, a CPPCC committee no deputies, units or offices of a congress. */
export function roleFitsBody(role: Role, body: 'congress' | 'cppcc'): boolean {
  return body === 'cppcc' ? CPPCC_ROLES.includes(role) : role !== 'member' && role !== 'proposalCommittee';
}

/** Roles that work inside a handling unit and see only that unit's part. */
export const UNIT_ROLES: readonly Role[] = ['unitOffice', 'unitHandler', 'unitLeader'];
export const OFFICE_ROLES: readonly Role[] = ['liaisonOffice', 'governmentOffice'];

export function isUnitRole(role: Role): boolean {
  return UNIT_ROLES.includes(role);
}

/** Roles that read the ledger and the item pages (a township's presidium: its township's suggestions, issue 16). */
export const ITEM_READERS = [
  'deputy',
  'delegationContact',
  'liaisonOffice',
  'governmentOffice',
  'unitOffice',
  'unitHandler',
  'unitLeader',
  'supervisor',
  'townshipPresidium',
] as const satisfies readonly Role[];
