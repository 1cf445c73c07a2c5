/** How the audit log reads in Chinese: action names and a one-line description of each entry's detail. */
import { ROLES, type Role } from '../../../../domain/items/roles';
import { ROLE_LABELS } from '../../lib/labels';
import { ORG_KIND_LABELS } from './org-tree';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  login: '登录',
  logout: '退出登录',
  loginFailed: '登录失败',
  lockedOut: '账号锁定',
  switchPlace: '切换工作身份',
  addMembership: '新增兼任身份',
  removeMembership: '取消兼任身份',
  createUser: '新增用户',
  updateUser: '修改用户角色或机构',
  resetPassword: '重置密码',
  disableUser: '停用用户',
  enableUser: '启用用户',
  createOrganization: '新增机构',
  updateOrganization: '修改机构',
  createSession: '新增届次会议',
  createDeputy: '新增代表',
  saveRulesProfile: '保存规则配置',
  saveCalendarYear: '保存节假日安排',
  deleteCalendarYear: '删除本地节假日安排',
};

const PRESET_NAMES: Record<string, string> = {
  national: '全国（代表法）',
  shanghai: '上海市',
  beijing: '北京市',
  shandong: '山东省',
  qingdao: '青岛市',
  henan: '河南省',
  zhejiang: '浙江省',
  chongqing: '重庆市',
  township: '乡镇人大（简化）',
};

const KEY_LABELS: Record<string, string> = {
  id: '编号',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  name: '名称',
  kind: '类别',
  year: '年度',
  preset: '预设',
  organizationId: '机构编号',
  deputyId: '代表编号',
  parentId: '上级编号',
  isGovernment: '政府部门',
  holidays: '休息日天数',
  makeupWorkdays: '调休上班天数',
};

function valueText(key: string, v: unknown): string {
  if (v === null || v === undefined) return '无';
  if (key === 'role' && ROLES.includes(v as Role)) return ROLE_LABELS[v as Role];
  if (key === 'kind' && typeof v === 'string' && v in ORG_KIND_LABELS) return ORG_KIND_LABELS[v as keyof typeof ORG_KIND_LABELS];
  if (key === 'preset' && typeof v === 'string') return PRESET_NAMES[v] ?? v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function fields(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, v]) => `${KEY_LABELS[k] ?? k}：${valueText(k, v)}`)
    .join('，');
}

/** '用户名：x，角色：承办人；变更：角色 承办人 → 承办单位办公室'. Unparseable details are shown as they are. */
export function describeDetail(detail: string | null): string {
  if (!detail) return '';
  let d: unknown;
  try {
    d = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return String(d);
  const { from, to, ...rest } = d as Record<string, unknown>;
  const parts = [fields(rest)];
  if (from && to && typeof from === 'object' && typeof to === 'object') {
    const f = from as Record<string, unknown>;
    const t = to as Record<string, unknown>;
    const diffs = Object.keys(t)
      .filter((k) => JSON.stringify(f[k]) !== JSON.stringify(t[k]))
      .map((k) => `${KEY_LABELS[k] ?? k} ${valueText(k, f[k])} → ${valueText(k, t[k])}`);
    parts.push(diffs.length ? `变更：${diffs.join('；')}` : '无变更');
  }
  return parts.filter(Boolean).join('；');
}
