import { invalid } from '../errors';
import type { HandlingMode, TaskRole } from './kinds';

export interface PlannedUnit {
  unitId: number;
  role: Exclude<TaskRole, 'reference'>;
}

/**
 * R-ASSIGN-1: the units of an assignment must fit the handling mode —
 * single: one lead; lead + co: one lead and at least one co-handler; split:
 * at least two units each replying on its part; leader-led: a named leader
 * and one lead unit (co-handlers allowed). No unit twice.
 */
export function validatePlan(mode: HandlingMode, units: PlannedUnit[], leadingLeader?: string | null): void {
  const ids = units.map((u) => u.unitId);
  if (new Set(ids).size !== ids.length) throw invalid('DUPLICATE_UNIT', '同一单位不能重复交办');
  const count = (r: PlannedUnit['role']) => units.filter((u) => u.role === r).length;
  const lead = count('lead');
  const co = count('co');
  const split = count('split');
  switch (mode) {
    case 'single':
      if (units.length !== 1 || lead !== 1) throw invalid('PLAN_MODE_MISMATCH', '单独办理须且只能有一个主办单位');
      return;
    case 'leadCo':
      if (lead !== 1 || co < 1 || split > 0) throw invalid('PLAN_MODE_MISMATCH', '主办会办须有一个主办单位和至少一个会办单位');
      return;
    case 'split':
      if (split < 2 || lead + co > 0) throw invalid('PLAN_MODE_MISMATCH', '分办须有至少两个分办单位');
      return;
    case 'leaderLed':
      if (!leadingLeader?.trim()) throw invalid('LEADER_REQUIRED', '领导领办须填写领办领导');
      if (lead !== 1 || split > 0) throw invalid('PLAN_MODE_MISMATCH', '领导领办须有一个具体承办（主办）单位');
      return;
    default: {
      const never: never = mode;
      throw invalid('UNKNOWN_MODE', `未知的办理方式：${String(never)}`);
    }
  }
}
