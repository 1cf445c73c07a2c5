/**
 * The deputies' hotline channel (人大代表民情通达专线, §9, seed 002): a deputy calls 12345 and the call
 * becomes a work order (工单) of the city's congress. The closed vocabularies of an order — its states,
 * urgency, where it came from, the deputy's rating, the units' part and the supervision it gets — with
 * their Chinese names. Pure: shared by the server, the workbench and the documents.
 */

/** R-LINE-1: the order's lifecycle. */
export const WORK_ORDER_STATES = [
  'received', // 待派单: taken by the hotline office, received from the 12345 platform, filed by a deputy or imported
  'signOff', // 呈签中: a complex order on a sign-off form to the deputy secretary-general
  'dispatched', // 办理中: dispatched to the responsible unit(s); the contact and finishing clocks run
  'returned', // 退单待改派: the lead unit returned a wrongly dispatched order; the hotline office reassigns it
  'finished', // 已办结待反馈: the lead unit finished it; the result goes back to the deputy within 2 days
  'fedBack', // 已反馈待评价: the deputy has the result; the hotline office calls back or the deputy rates it
  'supervised', // 督办中: rated dissatisfied (R-LINE-2): supervised by the special committee, handled again
  'closed', // 已办结: rated satisfied or basically satisfied
  'merged', // 已并单: a duplicate of another order of the same problem
] as const;
export type WorkOrderState = (typeof WORK_ORDER_STATES)[number];

export const WORK_ORDER_STATE_LABELS: Record<WorkOrderState, string> = {
  received: '待派单',
  signOff: '呈签中',
  dispatched: '办理中',
  returned: '退单待改派',
  finished: '已办结待反馈',
  fedBack: '已反馈待评价',
  supervised: '督办中',
  closed: '已办结',
  merged: '已并单',
};

/** The states in which the unit still works on the order (its finishing clock runs). */
export const WORK_ORDER_HANDLING_STATES: readonly WorkOrderState[] = ['dispatched', 'supervised'];
/** The states an order has left the channel's open work in. */
export const WORK_ORDER_DONE_STATES: readonly WorkOrderState[] = ['closed', 'merged'];

/** 急办 / 一般 (R-LINE-1): an urgent order is finished the day it is dispatched. */
export const URGENCIES = ['urgent', 'general'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { urgent: '急办', general: '一般' };

/** How an order came in (issue 15 §1). */
export const WORK_ORDER_SOURCES = ['hotlineOffice', 'platform', 'deputy', 'import'] as const;
export type WorkOrderSource = (typeof WORK_ORDER_SOURCES)[number];
export const WORK_ORDER_SOURCE_LABELS: Record<WorkOrderSource, string> = {
  hotlineOffice: '热线办登记',
  platform: '12345平台推送',
  deputy: '代表在线提交',
  import: '表格导入',
};

/** R-LINE-1 回访: the deputy's rating of the result. */
export const WORK_ORDER_RATINGS = ['satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied'] as const;
export type WorkOrderRating = (typeof WORK_ORDER_RATINGS)[number];
export const WORK_ORDER_RATING_LABELS: Record<WorkOrderRating, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意',
};
/** R-LINE-2: the ratings that send an order to committee supervision. */
export const DISSATISFIED_RATINGS: readonly WorkOrderRating[] = ['dissatisfied', 'veryDissatisfied'];

export function isDissatisfied(r: WorkOrderRating): boolean {
  return DISSATISFIED_RATINGS.includes(r);
}

/** A unit's part on one order: the lead unit (牵头) finishes and answers; the others work with it. */
export const WORK_ORDER_UNIT_STATES = ['assigned', 'returned', 'withdrawn'] as const;
export type WorkOrderUnitState = (typeof WORK_ORDER_UNIT_STATES)[number];
export const WORK_ORDER_UNIT_STATE_LABELS: Record<WorkOrderUnitState, string> = { assigned: '办理中', returned: '已退单', withdrawn: '已改派' };

/**
 * R-LINE-2 supervision: 对口督办 by the special committee of the order's category when the deputy is
 * dissatisfied; 属地督办 by the county's standing committee or the township's presidium where the
 * problem is; 联合督办 of long-unresolved orders, organized by the liaison office.
 */
export const SUPERVISION_KINDS = ['committee', 'local', 'joint'] as const;
export type WorkOrderSupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<WorkOrderSupervisionKind, string> = { committee: '对口督办', local: '属地督办', joint: '联合督办' };

/** How the unit reached the deputy (R-LINE-1: within 24 hours, inviting them into the handling). */
export const WORK_ORDER_CONTACT_METHODS = ['phone', 'visit', 'site', 'wechat'] as const;
export type WorkOrderContactMethod = (typeof WORK_ORDER_CONTACT_METHODS)[number];
export const WORK_ORDER_CONTACT_METHOD_LABELS: Record<WorkOrderContactMethod, string> = {
  phone: '电话联系',
  visit: '登门走访',
  site: '现场查看',
  wechat: '微信联系',
};

/** The caller's number as the platform sends it, reduced to digits (a leading +86 dropped) so a deputy's phone matches. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/** An order's number in its congress and year: RX2026-0001 (热线, the year, the sequence). */
export function workOrderNumber(year: number, seq: number): string {
  return `RX${year}-${String(seq).padStart(4, '0')}`;
}
