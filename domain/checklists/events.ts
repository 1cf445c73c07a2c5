/**
 * Every event type of the checklists' history (`checklist_events.type`), each with its Chinese
 * name as the history lists it.
 */
export const CHECKLIST_EVENT_TYPES = [
  'createChecklist', // 新建清单
  'copyChecklist', // 复制清单 (payload: the source's id and title)
  'editChecklist', // 修改清单 (a draft)
  'deleteChecklist', // 删除清单草稿
  'issueChecklist', // 下发清单 (payload: townships, entries, reports made)
  'reportChecklistEntry', // 乡镇报送落实情况 (from/to status, note)
  'uploadChecklistEvidence', // 上传佐证材料
  'deleteChecklistEvidence', // 删除佐证材料
  'remindChecklistEntries', // 到期提醒 (the reminder job: the rows reminded)
  'pairLeader', // 安排联点
  'unpairLeader', // 取消联点
  'recordGuidanceVisit', // 登记联点指导
  'recordExchangeMeeting', // 登记季度交流会
  'saveAssessmentScheme', // 制定或修改考核方案
  'setAssessmentScore', // 人工评分 (payload: indicator, points, reason)
  'addAssessmentAdjustment', // 加分或扣分 (payload: kind, item, points, reason)
  'removeAssessmentAdjustment', // 撤销加分或扣分
  'finalizeAssessment', // 考核定稿
] as const;
export type ChecklistEventType = (typeof CHECKLIST_EVENT_TYPES)[number];

export const CHECKLIST_EVENT_LABELS: Record<ChecklistEventType, string> = {
  createChecklist: '新建清单',
  copyChecklist: '复制清单',
  editChecklist: '修改清单',
  deleteChecklist: '删除清单草稿',
  issueChecklist: '下发清单',
  reportChecklistEntry: '报送落实情况',
  uploadChecklistEvidence: '上传佐证材料',
  deleteChecklistEvidence: '删除佐证材料',
  remindChecklistEntries: '到期提醒',
  pairLeader: '安排联点',
  unpairLeader: '取消联点',
  recordGuidanceVisit: '登记联点指导',
  recordExchangeMeeting: '登记季度交流会',
  saveAssessmentScheme: '制定考核方案',
  setAssessmentScore: '人工评分',
  addAssessmentAdjustment: '加分或扣分',
  removeAssessmentAdjustment: '撤销加分或扣分',
  finalizeAssessment: '考核定稿',
};
