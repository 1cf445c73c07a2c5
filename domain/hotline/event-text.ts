/**
 * What one event of an order's history says, in plain Chinese (the order page's 办理过程): the units
 * of a dispatch, the reason of a return, the rating … from the event's payload. Pure.
 */
import type { WorkOrderEventType } from './events';
import {
  SUPERVISION_KIND_LABELS,
  WORK_ORDER_CONTACT_METHOD_LABELS,
  WORK_ORDER_RATING_LABELS,
  WORK_ORDER_SOURCE_LABELS,
  type WorkOrderContactMethod,
  type WorkOrderRating,
  type WorkOrderSource,
  type WorkOrderSupervisionKind,
} from './orders';

type P = Record<string, unknown>;
const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join('、') : '');
const joined = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('；') || null;

const TEXTS: Record<WorkOrderEventType, (p: P) => string | null> = {
  created: (p) =>
    joined(
      WORK_ORDER_SOURCE_LABELS[p.source as WorkOrderSource] ?? null,
      !!p.platformOrderNo && `平台工单编号 ${s(p.platformOrderNo)}`,
      !!p.callerName && `来电人自报姓名 ${s(p.callerName)}`,
      p.deputyName ? `来电代表：${s(p.deputyName)}${p.matched ? '（按号码匹配，待确认）' : ''}` : '未匹配到本级人大代表',
    ),
  callerConfirmed: (p) => (p.deputyName ? `来电代表确认为 ${s(p.deputyName)}` : '来电人不是本级人大代表'),
  signOffRequested: (p) => `呈签事由：${s(p.reason)}`,
  signOffRecorded: (p) => `${s(p.decidedBy)}批示：${s(p.decision)}`,
  dispatched: (p) =>
    joined(
      `${p.reassigned ? '改派' : '派交'}${s(p.lead)}牵头办理${list(p.co) ? `，${list(p.co)}协办` : ''}`,
      !!list(p.withdrawn) && `${list(p.withdrawn)}不再承办`,
      !!p.finishDue && `办结期限 ${s(p.finishDue)}`,
      !!p.note && s(p.note),
    ),
  unitReturned: (p) => `${s(p.unit)}${p.isLead ? '（牵头单位）' : ''}退单：${s(p.reason)}`,
  contacted: (p) =>
    joined(
      `${s(p.unit)}${WORK_ORDER_CONTACT_METHOD_LABELS[p.method as WorkOrderContactMethod] ?? ''}${p.invited ? '，邀请代表参与办理' : ''}`,
      s(p.note),
      p.onTime === false && '超过 24 小时联系时限',
    ),
  extensionRequested: (p) => `${s(p.unit)}申请延期 ${s(p.workdays)} 个工作日：${s(p.reason)}`,
  extensionDecided: (p) => joined(p.approve ? `同意延期 ${s(p.workdays)} 个工作日，办结期限 ${s(p.finishDue)}` : `不同意延期`, !!p.note && s(p.note)),
  finished: (p) => joined(`${s(p.unit)}办结`, s(p.result), p.onTime === false && '超过办结期限'),
  fedBack: (p) => joined(`${s(p.unit)}${WORK_ORDER_CONTACT_METHOD_LABELS[p.method as WorkOrderContactMethod] ?? ''}反馈代表`, !!p.note && s(p.note)),
  rated: (p) => joined(`代表评价：${WORK_ORDER_RATING_LABELS[p.rating as WorkOrderRating] ?? ''}`, !!p.comment && s(p.comment)),
  supervisionOpened: (p) => `转入${SUPERVISION_KIND_LABELS[p.kind as WorkOrderSupervisionKind] ?? '督办'}`,
  jointSupervision: (p) => `列入联合督办：${s(p.note)}`,
  spotChecked: (p) => `${SUPERVISION_KIND_LABELS[p.kind as WorkOrderSupervisionKind] ?? '督办'}抽查：${s(p.note)}`,
  merged: (p) => joined(`并入工单 ${s(p.intoNumber)}`, !!p.note && s(p.note)),
  mergedFrom: (p) => joined(`工单 ${s(p.fromNumber)} 并入本工单`, !!p.note && s(p.note)),
  urged: (p) => `超过${list(p.deadlines)}期限，向${s(p.unit) || '承办单位'}发出催办通知书`,
  bulletined: (p) => `${list(p.deadlines)}期限届满后 ${s(p.workdays)} 个工作日仍未办理，通报${s(p.unit) || '承办单位'}，抄送市长热线办和人大常委会联工委`,
};

export function workOrderEventText(type: WorkOrderEventType, payload: P): string | null {
  return TEXTS[type]?.(payload) ?? null;
}
