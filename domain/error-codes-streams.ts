import { variants, type ErrorEntry } from './error-entry';

/**
 * The error codes of the streams beside the items (issue 15): deputies' duty records and points, and the
 * deputies' hotline channel — kept in their own file and spread into ERRORS (./error-codes.ts), one catalog.
 */
export const STREAM_ERRORS = {
  // ── Deputies' duty records and points (R-DUTY-1, R-LINE-4) ──
  DUTY_DATE_IN_FUTURE: { kind: 'invalid', message: '履职日期不能晚于今天' },
  DUTY_EVIDENCE_UNKNOWN: { kind: 'invalid', message: '要保留的佐证材料不属于该条记录，请刷新后重试' },

  // ── The deputies' hotline channel (R-LINE-1/2, issue 15; server/usecases/hotline) ──
  HOTLINE_API_KEY_INVALID: { kind: 'unauthenticated', message: '接口密钥缺失、无效或已停用（请求头 X-Api-Key）' },
  HOTLINE_UNKNOWN_DEPUTY: { kind: 'invalid', message: '所选代表不存在，或不是本级人大代表' },
  HOTLINE_NO_CALLER_PHONE: { kind: 'invalid', message: '请填写来电号码（代表信息中没有登记电话）' },
  HOTLINE_UNKNOWN_CATALOGUE: { kind: 'invalid', message: '所选派单目录分类不存在' },
  HOTLINE_UNKNOWN_PLACE: { kind: 'invalid', message: '所在地须是本级以下的县（市、区）或乡镇人大' },
  HOTLINE_UNKNOWN_UNIT: { kind: 'invalid', message: '所选承办单位不存在、已停用或不属于本级' },
  HOTLINE_UNKNOWN_COMMITTEE: { kind: 'invalid', message: '所选专门委员会不存在或不属于本级' },
  HOTLINE_TIME: variants('invalid', {
    calledInFuture: '来电时间不能晚于当前时间',
    contactInFuture: '联系时间不能晚于当前时间',
    contactBeforeDispatch: '联系时间不能早于派单时间',
  }),
  HOTLINE_RETURN_WINDOW_CLOSED: {
    kind: 'rule',
    message: (p: { until: string }) => `已超过退单时限（${p.until}前可以退单），请继续办理，或与市长热线办协商改派`,
  },
  HOTLINE_UNIT_PART: variants('forbidden', {
    notAssigned: '本单位不是该工单的承办单位，或已经退单',
    leadOnly: '只有牵头单位可以进行此操作',
  }),
  HOTLINE_ORDER_DONE: { kind: 'rule', message: '工单已办结或已并单，不能再修改' },
  HOTLINE_EXTENSION_PENDING: { kind: 'conflict', message: '该工单已有待审批的延期申请' },
  HOTLINE_NO_EXTENSION_REQUEST: { kind: 'rule', message: '该工单没有待审批的延期申请' },
  HOTLINE_MERGE_TARGET: variants('invalid', {
    self: '不能并入工单本身',
    unknown: '要并入的工单不存在或无权查看',
    done: '要并入的工单已办结或已并单，请选择其他工单',
  }),
  HOTLINE_NO_SUPERVISION: { kind: 'rule', message: '该工单没有由您督办的事项，不能登记抽查' },
  HOTLINE_JOINT_OPEN: { kind: 'conflict', message: '该工单已在联合督办中' },
  HOTLINE_CATEGORY_TAKEN: { kind: 'conflict', message: '派单目录中已有该事件分类' },
  HOTLINE_CATALOGUE_IN_USE: { kind: 'conflict', message: '已有工单使用该分类，不能删除；可以修改其承办单位' },
  HOTLINE_IMPORT_INVALID: {
    kind: 'invalid',
    message: (p: { count: number }) => `导入文件有 ${p.count} 处错误，未导入任何工单；请按行修改后重新上传`,
  },
} as const satisfies Record<string, ErrorEntry>;
