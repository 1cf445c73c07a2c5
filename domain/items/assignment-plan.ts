import { domainError } from '../errors';
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
  if (new Set(ids).size !== ids.length) throw domainError('DUPLICATE_UNIT', { variant: 'plan' });
  const count = (r: PlannedUnit['role']) => units.filter((u) => u.role === r).length;
  const lead = count('lead');
  const co = count('co');
  const split = count('split');
  switch (mode) {
    case 'single':
      if (units.length !== 1 || lead !== 1) throw domainError('PLAN_MODE_MISMATCH', { variant: 'single' });
      return;
    case 'leadCo':
      if (lead !== 1 || co < 1 || split > 0) throw domainError('PLAN_MODE_MISMATCH', { variant: 'leadCo' });
      return;
    case 'split':
      if (split < 2 || lead + co > 0) throw domainError('PLAN_MODE_MISMATCH', { variant: 'split' });
      return;
    case 'leaderLed':
      if (!leadingLeader?.trim()) throw domainError('LEADER_REQUIRED');
      if (lead !== 1 || split > 0) throw domainError('PLAN_MODE_MISMATCH', { variant: 'leaderLed' });
      return;
    default: {
      const never: never = mode;
      throw domainError('UNKNOWN_MODE', { mode: String(never) });
    }
  }
}
