import type { Role } from '../../domain/items/roles';

export const DEMO_PASSWORD = 'Jianyi@2025';

/** One demo account per role, printed at start. `unitCode` ties unit staff to a unit of the corpus. */
export const DEMO_ACCOUNTS: { username: string; role: Role; label: string; unitCode?: string }[] = [
  { username: 'liaison', role: 'liaisonOffice', label: '联工委议案建议处（审核、交办、督办）' },
  { username: 'govoffice', role: 'governmentOffice', label: '省政府办公厅建议提案处' },
  { username: 'deputy', role: 'deputy', label: '人大代表（领衔提出建议、评价答复；也是华容县人大代表，可切换）' },
  // Two-stage review is off in the demo: switch it on in 规则配置 (审核流程) to have this account check first.
  { username: 'delegation', role: 'delegationContact', label: '代表团联络员（两层审核：先审本团代表的建议）' },
  { username: 'unit-office', role: 'unitOffice', label: '省教育厅办公室（责任分解、审核、答复）', unitCode: 'edu' },
  { username: 'unit-handler', role: 'unitHandler', label: '省教育厅承办人（起草答复、登记沟通）', unitCode: 'edu' },
  { username: 'unit-leader', role: 'unitLeader', label: '省教育厅分管负责同志（签发）', unitCode: 'edu' },
  { username: 'supervisor', role: 'supervisor', label: '督办领导（查看、督办）' },
  { username: 'admin', role: 'admin', label: '系统管理员（规则配置、节假日）' },
  { username: 'auditor', role: 'auditor', label: '安全审计员' },
];

/** The accounts of the lower bodies (issue 16, server/seed/demo-levels.ts), printed with the others. */
export const LEVEL_ACCOUNTS: { username: string; role: Role; label: string }[] = [
  { username: 'city', role: 'liaisonOffice', label: '岳阳市人大常委会联工委（市级：各县汇总）' },
  { username: 'county', role: 'liaisonOffice', label: '华容县人大常委会联工委（县级：乡镇指导清单、考核）' },
  { username: 'county-leader', role: 'supervisor', label: '华容县人大常委会副主任（联点指导乡镇）' },
  { username: 'township', role: 'townshipPresidium', label: '东山镇人大主席团（报送指导清单；可切换为本镇建议审核交办）' },
];

/** The accounts of 政协湖南省委员会 beside the province (§8, server/seed/demo-cppcc.ts), printed with the others. */
export const CPPCC_ACCOUNTS: { username: string; role: Role; label: string }[] = [
  { username: 'member', role: 'member', label: '政协委员（领衔提出提案、评价答复；一件联名提案待 member2 确认联名）' },
  { username: 'member2', role: 'member', label: '政协委员、民盟湖南省委员会联系委员（以民盟省委会名义提出集体提案）' },
  { username: 'proposal-office', role: 'proposalCommittee', label: '政协湖南省委员会提案委员会（审查立案、交办、督办提案）' },
  { username: 'cppcc-admin', role: 'admin', label: '政协湖南省委员会系统管理员（规则配置：政协提案预设）' },
];

/** The deputies' hotline channel of 岳阳市 (issue 15, server/seed/demo-hotline.ts), printed with the others. */
export const HOTLINE_ACCOUNTS: { username: string; role: Role; label: string }[] = [
  { username: 'hotline', role: 'hotlineOffice', label: '岳阳市市长热线办（登记来电、派单、回访；人大代表民情通达专线）' },
  { username: 'yy-d01', role: 'deputy', label: '岳阳市人大代表（手机上反映问题、查看工单、评价办理结果）' },
  { username: 'yy-u1-office', role: 'unitOffice', label: '岳阳市教育局办公室（专线工单：联系代表、退单、办结、反馈）' },
];
