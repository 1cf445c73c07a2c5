/**
 * The history of a hotline work order (work_order_events, issue 15): every kind of event with its
 * Chinese name. Pure: the server appends them, the order page lists them.
 */
export const WORK_ORDER_EVENT_TYPES = [
  'created', // 登记 (the hotline office, the deputy, or the 12345 platform)
  'callerConfirmed', // 确认来电代表
  'signOffRequested', // 呈签
  'signOffRecorded', // 登记呈签批示
  'dispatched', // 派单 (改派 when from `returned`)
  'unitReturned', // 退单 (the lead unit's return sends the order back; another's only its part)
  'contacted', // 联系代表
  'extensionRequested', // 申请延期
  'extensionDecided', // 审批延期
  'finished', // 办结
  'fedBack', // 反馈代表
  'rated', // 回访评价
  'supervisionOpened', // 对口督办、属地督办 opened by a dissatisfied rating (R-LINE-2)
  'jointSupervision', // 联合督办 (R-LINE-2)
  'spotChecked', // 督办抽查
  'merged', // 并入另一工单
  'mergedFrom', // 另一工单并入本工单
  'urged', // 催办通知书: the day after a missed deadline (server/jobs/hotline-clock-watch.ts)
  'bulletined', // 通报: still overdue `bulletinAfterWorkdays` working days after the deadline
] as const;
export type WorkOrderEventType = (typeof WORK_ORDER_EVENT_TYPES)[number];

export const WORK_ORDER_EVENT_LABELS: Record<WorkOrderEventType, string> = {
  created: '登记工单',
  callerConfirmed: '确认来电代表',
  signOffRequested: '呈签',
  signOffRecorded: '登记呈签批示',
  dispatched: '派单',
  unitReturned: '退单',
  contacted: '联系代表',
  extensionRequested: '申请延期',
  extensionDecided: '审批延期',
  finished: '办结',
  fedBack: '反馈代表',
  rated: '回访评价',
  supervisionOpened: '转入督办',
  jointSupervision: '联合督办',
  spotChecked: '督办抽查',
  merged: '并单',
  mergedFrom: '他单并入',
  urged: '催办',
  bulletined: '通报',
};
