/**
 * Which operations the order page offers the current user (issue 15), from the same transitions
 * table the server enforces (domain/items/transitions.ts) and the viewer's relation to the order
 * (server/auth/hotline-scope.ts). The use cases check each of these again: this only decides buttons.
 */
import type { Role } from '../items/roles';
import { canTransition, TRANSITIONS } from '../items/transitions';
import type { WorkOrderAction } from './actions';
import { WORK_ORDER_DONE_STATES, type WorkOrderState } from './orders';

/** How the viewer stands to an order: its congress's hotline office, a unit with a part, the calling deputy, the congress's offices, a body where it is. */
export type WorkOrderRelation = 'office' | 'unit' | 'deputy' | 'congress' | 'place';

export interface WorkOrderFacts {
  role: Role;
  state: WorkOrderState;
  relation: WorkOrderRelation;
  /** a unit's live part (assigned) and whether it leads */
  myPart: { isLead: boolean } | null;
  /** the 退单 window is still open */
  returnOpen: boolean;
  pendingExtension: boolean;
  /** a 联合督办 is open on the order */
  jointOpen: boolean;
  /** a supervision of the order the viewer may record a spot check on */
  supervisionInReach: boolean;
}

type Rule = (f: WorkOrderFacts) => boolean;
const office: Rule = (f) => f.relation === 'office';
const unit: Rule = (f) => f.relation === 'unit' && f.myPart !== null;
const lead: Rule = (f) => unit(f) && f.myPart!.isLead;

/** What else each action needs beyond its row of the table (state and role). */
const FURTHER: Record<Exclude<WorkOrderAction, 'confirmWorkOrderCaller'>, Rule> = {
  requestWorkOrderSignOff: office,
  recordWorkOrderSignOff: office,
  dispatchWorkOrder: office,
  mergeWorkOrder: office,
  returnWorkOrder: (f) => unit(f) && f.returnOpen,
  recordWorkOrderContact: unit,
  requestWorkOrderExtension: (f) => lead(f) && !f.pendingExtension,
  decideWorkOrderExtension: (f) => office(f) && f.pendingExtension,
  finishWorkOrder: lead,
  feedBackWorkOrder: lead,
  // R-LINE-1 回访: the hotline office on a callback, or the deputy on their own order.
  rateWorkOrder: (f) => office(f) || f.relation === 'deputy',
  // R-LINE-2 联合督办: the liaison office of the order's own congress.
  superviseWorkOrderJointly: (f) => f.relation === 'congress' && !f.jointOpen,
  spotCheckWorkOrder: (f) => f.supervisionInReach,
};

/** Whether the hotline office may still confirm or change the calling deputy (no state change: any open order). */
export function mayConfirmCaller(f: Pick<WorkOrderFacts, 'relation' | 'state' | 'role'>): boolean {
  return f.role === 'hotlineOffice' && f.relation === 'office' && !WORK_ORDER_DONE_STATES.includes(f.state);
}

export function availableWorkOrderActions(f: WorkOrderFacts): WorkOrderAction[] {
  const out: WorkOrderAction[] = [];
  if (mayConfirmCaller(f)) out.push('confirmWorkOrderCaller');
  for (const [action, further] of Object.entries(FURTHER) as [keyof typeof FURTHER, Rule][]) {
    const def = TRANSITIONS[action];
    if (!(def.roles as readonly Role[]).includes(f.role)) continue;
    if (!canTransition(action, f.state)) continue;
    if (further(f)) out.push(action);
  }
  return out;
}
