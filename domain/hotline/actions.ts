/**
 * The operations an order page may offer (issue 15): the work order's rows of the one transitions
 * table (domain/items/transitions.ts), plus confirming the caller, which changes no state.
 */
export const WORK_ORDER_ACTIONS = [
  'confirmWorkOrderCaller',
  'requestWorkOrderSignOff',
  'recordWorkOrderSignOff',
  'dispatchWorkOrder',
  'returnWorkOrder',
  'recordWorkOrderContact',
  'requestWorkOrderExtension',
  'decideWorkOrderExtension',
  'finishWorkOrder',
  'feedBackWorkOrder',
  'rateWorkOrder',
  'mergeWorkOrder',
  'superviseWorkOrderJointly',
  'spotCheckWorkOrder',
] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];
