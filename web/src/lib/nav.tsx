import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  CommentOutlined,
  DashboardOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileWordOutlined,
  HistoryOutlined,
  IdcardOutlined,
  ImportOutlined,
  InboxOutlined,
  NotificationOutlined,
  PartitionOutlined,
  PhoneOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { isUnitRole, ROLES, type Role } from '../../../domain/items/roles';
import { queuesFor } from '../../../domain/queues/catalog';
import type { Body, Level } from '../../../domain/levels/levels';
import { COMMITMENT_READERS, LOOK_BACK_READERS } from '../../../domain/commitments/permissions';
import { COUNTY_READERS } from '../../../domain/checklists/permissions';
import { DUTY_LIST_READERS } from '../../../domain/duty/permissions';
import { wordsOfBody, type Words } from './words';

export { COMMITMENT_READERS, LOOK_BACK_READERS };

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

/**
 * The left menu of a role in a body of the given level. Offices and supervisors of a congress with
 * bodies below it (every level but the township) also get 下级汇总, the roll-up (issue 16 §3). A CPPCC
 * committee's menus speak of 提案 (§8): the role is the part the user plays, the body names it.
 */
export function navFor(role: Role, level?: Level | null, body: Body = 'congress'): NavEntry[] {
  const own = navOfRole(role, wordsOfBody(body));
  if (body === 'cppcc') return own;
  own.push(...hotlineEntries(role, level));
  // Deputies' duty records and points (issue 15 §6–§8): a deputy's own, the offices' and the delegation's list.
  own.push(...dutyEntries(role));
  // The county's office and leaders guide their townships with checklists (issue 16 §5–§9).
  const entries = level === 'county' && COUNTY_READERS.includes(role) ? [...own, ...COUNTY_CHECKLISTS] : own;
  if (!ROLL_UP_READERS.includes(role) || !level || level === 'township') return entries;
  const at = entries.findIndex((e) => e.path === '/stats');
  return [...entries.slice(0, at + 1), ROLL_UP, ...entries.slice(at + 1)];
}

/** 下级汇总: the bodies one level below, side by side (GET /api/levels/roll-up). */
export const ROLL_UP_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];
const ROLL_UP: NavEntry = { path: '/levels', label: '下级汇总', icon: <ClusterOutlined /> };

/**
 * The left menu of each part (R: 代表 我的建议/提出建议; 联工委 审核/台账/统计; 承办单位 本单位台账; 督办 台账;
 * 管理员 用户与角色/组织机构/规则配置/节假日日历), in the body's words (委员 我的提案/提出提案; 提案委员会 提案审核/提案台账).
 */
function navOfRole(role: Role, w: Words): NavEntry[] {
  const keyItems: NavEntry = { path: '/key-items', label: `重点${w.item}`, icon: <FlagOutlined /> };
  switch (role) {
    case 'deputy':
      return [
        QUEUE,
        { path: '/items', label: `我的${w.item}`, icon: <UnorderedListOutlined /> },
        { path: '/submit', label: `提出${w.item}`, icon: <EditOutlined /> },
      ];
    case 'delegationContact':
      // Two-stage review: the delegation's suggestions to check first, then all of them, read only.
      return [QUEUE, { path: '/items', label: '本团台账', icon: <TableOutlined /> }];
    case 'liaisonOffice':
      return [
        QUEUE,
        { path: '/review', label: w.proposal ? '提案审核' : '审核', icon: <FileSearchOutlined /> },
        { path: '/items', label: w.proposal ? '提案台账' : '台账', icon: <TableOutlined /> },
        DEADLINES,
        { path: '/stats', label: '统计', icon: <BarChartOutlined /> },
        keyItems,
        ...SUPERVISION,
        COMMITMENTS,
        LOOK_BACK,
        IMPORTS,
        TEMPLATES,
      ];
    case 'governmentOffice':
      return [
        QUEUE,
        { path: '/items', label: '台账', icon: <TableOutlined /> },
        DEADLINES,
        { path: '/stats', label: '统计', icon: <BarChartOutlined /> },
        keyItems,
        ...SUPERVISION,
        COMMITMENTS,
        LOOK_BACK,
      ];
    case 'unitOffice':
    case 'unitHandler':
    case 'unitLeader':
      // 待办 first: new assignments have a short adjustment window (R-ASSIGN-3).
      return [
        QUEUE,
        { path: '/items', label: '本单位台账', icon: <TableOutlined /> },
        DEADLINES,
        ...(COMMITMENT_READERS.includes(role) ? [COMMITMENTS] : []),
        LOOK_BACK,
        TEMPLATES,
      ];
    case 'supervisor':
      // R-SUP-3: key items first — what a supervisor chases.
      return [
        keyItems,
        { path: '/items', label: '台账', icon: <TableOutlined /> },
        DEADLINES,
        { path: '/stats', label: '统计', icon: <BarChartOutlined /> },
        ...SUPERVISION,
        COMMITMENTS,
        LOOK_BACK,
      ];
    case 'admin':
      return [
        { path: '/admin/users', label: '用户与角色', icon: <TeamOutlined /> },
        { path: '/admin/organizations', label: '组织机构', icon: <ApartmentOutlined /> },
        { path: '/admin/rules', label: '规则配置', icon: <SettingOutlined /> },
        { path: '/admin/calendar', label: '节假日日历', icon: <CalendarOutlined /> },
        { path: '/admin/jobs', label: '定时任务', icon: <ScheduleOutlined /> },
      ];
    case 'auditor':
      return [{ path: '/audit', label: '审计日志', icon: <AuditOutlined /> }];
    case 'hotlineOffice':
      // The deputies' hotline channel (issue 15): the work orders, their dispatch catalogue and reports.
      return [
        HOTLINE,
        { path: '/hotline/new', label: '登记来电', icon: <EditOutlined /> },
        { path: '/hotline/catalogue', label: '派单目录', icon: <PartitionOutlined /> },
        { path: '/hotline/api-keys', label: '平台接口', icon: <ApiOutlined /> },
        { path: '/hotline/reports', label: '专线月报', icon: <FileTextOutlined /> },
        { path: '/hotline/import', label: '导入工单', icon: <ImportOutlined /> },
      ];
    case 'townshipPresidium':
      // The county's checklists first: reporting them is the presidium's work here (issue 16 §6).
      // The township's own deputies' suggestions, read only (its suggestions are worked in its 建议审核 place).
      return [CHECKLISTS, GUIDANCE, { path: '/items', label: '本镇代表建议', icon: <TableOutlined /> }];
    case 'member':
    case 'proposalCommittee':
      // Never a user's part: the server names a member's part deputy and the proposal committee's liaisonOffice.
      return [];
  }
}

/**
 * The deputies' hotline channel (issue 15) beyond the hotline office: a city's units (their orders) and
 * deputies (我的专线, 反映问题), and the offices that supervise orders — the city's liaison office and
 * supervisors, a county's where an order is located, a township's presidium (属地督办, R-LINE-2).
 */
export { HOTLINE_KEY_KEEPERS, HOTLINE_READERS } from '../../../domain/hotline/permissions';
const HOTLINE: NavEntry = { path: '/hotline', label: '专线工单', icon: <PhoneOutlined /> };
function hotlineEntries(role: Role, level: Level | null | undefined): NavEntry[] {
  if (role === 'deputy' && level === 'city')
    return [
      { path: '/hotline', label: '我的专线', icon: <PhoneOutlined /> },
      { path: '/hotline/report', label: '反映问题', icon: <CommentOutlined /> },
    ];
  if (isUnitRole(role) && level === 'city') return [HOTLINE];
  // R-LINE-3: the city's liaison office receives the monthly report (专线月报).
  if (role === 'liaisonOffice' && level === 'city') return [HOTLINE, { path: '/hotline/reports', label: '专线月报', icon: <FileTextOutlined /> }];
  if ((role === 'liaisonOffice' || role === 'supervisor') && (level === 'city' || level === 'county')) return [HOTLINE];
  if (role === 'townshipPresidium') return [HOTLINE];
  // The administrator of a city keeps the 12345 platform's keys beside the hotline office.
  if (role === 'admin' && level === 'city') return [{ path: '/hotline/api-keys', label: '热线平台接口', icon: <ApiOutlined /> }];
  return [];
}

/** 指导清单 and 联点指导 (the county's office and leaders, a township's presidium); 清单总览 and 年度考核 (the county's). */
const CHECKLISTS: NavEntry = { path: '/checklists', label: '指导清单', icon: <CarryOutOutlined /> };
const GUIDANCE: NavEntry = { path: '/guidance', label: '联点指导', icon: <SolutionOutlined /> };
const COUNTY_CHECKLISTS: NavEntry[] = [
  { path: '/checklist-overview', label: '清单总览', icon: <DashboardOutlined /> },
  CHECKLISTS,
  GUIDANCE,
  { path: '/assessments', label: '年度考核', icon: <TrophyOutlined /> },
];
export { CHECKLIST_READERS, COUNTY_READERS } from '../../../domain/checklists/permissions';

/** 我的履职 (a deputy of a congress) and 代表履职 (the liaison office, supervisors, a delegation's contact person): R-DUTY-1. */
function dutyEntries(role: Role): NavEntry[] {
  if (role === 'deputy') return [{ path: '/duty/me', label: '我的履职', icon: <IdcardOutlined /> }];
  if (DUTY_LIST_READERS.includes(role)) return [{ path: '/duty', label: '代表履职', icon: <IdcardOutlined /> }];
  return [];
}

/** 待办: every step that waits on the user (domain/queues/catalog.ts); first in the menu of every role that has one. */
export const QUEUE_PATH = '/inbox';
const QUEUE: NavEntry = { path: QUEUE_PATH, label: '待办', icon: <InboxOutlined /> };
/** The roles with work queues (the server's listQueues answers the others with none). */
export const QUEUE_WORKERS: readonly Role[] = ROLES.filter((r) => queuesFor(r).length > 0);

/** R-SUP-1 the deadline ledger (GET /api/deadlines): offices, supervisors and units (their own). */
export const DEADLINE_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitHandler', 'unitLeader'];
const DEADLINES: NavEntry = { path: '/deadlines', label: '期限台账', icon: <FieldTimeOutlined /> };

/** R-TRACK-1 the B-commitment register: COMMITMENT_READERS, the server's listCommitments policy (domain/commitments/permissions.ts). */
const COMMITMENTS: NavEntry = { path: '/commitments', label: '承诺事项', icon: <CheckSquareOutlined /> };

/** R-TRACK-2 the yearly look-back: LOOK_BACK_READERS, the server's getLookBack policy (domain/commitments/permissions.ts). */
const LOOK_BACK: NavEntry = { path: '/look-back', label: '回头看', icon: <HistoryOutlined /> };

/** R-SUP-3 key supervision (重点督办) and R-SUP-4 progress bulletins (通报): the offices and supervisors. */
export const SUPERVISION_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];
const SUPERVISION: NavEntry[] = [
  { path: '/key-supervisions', label: '重点督办', icon: <AlertOutlined /> },
  { path: '/bulletins', label: '进度通报', icon: <NotificationOutlined /> },
  // R-STAT-3 reports as Word documents (the same readers: offices edit, supervisors read and download)
  { path: '/reports', label: '报告', icon: <FileWordOutlined /> },
];
/** R-STAT-3 reports (the server's getReport policy). */
export const REPORT_READERS: readonly Role[] = SUPERVISION_READERS;

/** §6 导入: the liaison office imports items from its .xlsx lists (the server's importItems policy). */
export const IMPORT_READERS: readonly Role[] = ['liaisonOffice'];
const IMPORTS: NavEntry = { path: '/imports', label: '导入', icon: <ImportOutlined /> };

/** 答复模板: a unit's staff (their unit's own and the shared ones) and the liaison office (the shared ones); the server's listTemplates policy. */
export { TEMPLATE_READERS } from '../../../domain/templates/permissions';
const TEMPLATES: NavEntry = { path: '/templates', label: '答复模板', icon: <FileTextOutlined /> };

export function homeFor(role: Role): string {
  return navFor(role)[0].path;
}

/** Roles that read the ledger and item pages (the server's policy of those routes). */
export { ITEM_READERS } from '../../../domain/items/roles';

/** Roles that read the key items (GET /api/key-items): supervisors and offices all, units their own (R-SUP-3, R-HANDLE-2). */
export const KEY_ITEM_READERS: readonly Role[] = ['supervisor', 'liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader'];
