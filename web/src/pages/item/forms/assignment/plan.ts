import type { z } from 'zod';
import { DomainError } from '../../../../../../domain/errors';
import { validatePlan, type PlannedUnit } from '../../../../../../domain/items/assignment-plan';
import type { HandlingMode } from '../../../../../../domain/items/kinds';
import type { ItemDetail } from '../../../../api/types';

export interface PlanValues {
  mode?: HandlingMode;
  lead?: number;
  co?: number[];
  split?: number[];
  leadingLeader?: string;
}

/** The planned units of the form for its mode (fields of other modes are ignored). */
export function planOf(v: PlanValues): PlannedUnit[] {
  const lead = v.lead ? [{ unitId: v.lead, role: 'lead' as const }] : [];
  const co = (v.co ?? []).map((unitId) => ({ unitId, role: 'co' as const }));
  switch (v.mode) {
    case 'single':
      return lead;
    case 'leadCo':
    case 'leaderLed':
      return [...lead, ...co];
    case 'split':
      return (v.split ?? []).map((unitId) => ({ unitId, role: 'split' as const }));
    default:
      return [];
  }
}

/** The plan's current units as form values (a draft or the live assignment). */
export function valuesOf(detail: ItemDetail): PlanValues {
  const live = detail.tasks.filter((t) => t.state !== 'withdrawn' && t.role !== 'reference');
  return {
    mode: detail.item.handlingMode ?? 'single',
    lead: live.find((t) => t.role === 'lead')?.unitId,
    co: live.filter((t) => t.role === 'co').map((t) => t.unitId),
    split: live.filter((t) => t.role === 'split').map((t) => t.unitId),
    leadingLeader: detail.item.leadingLeader ?? undefined,
  };
}

/** The shared contract plus the domain's plan rule, with each message beside the field it is about. */
export function withPlanRule<S extends z.ZodType<{ mode: HandlingMode; units: PlannedUnit[]; leadingLeader?: string | null }>>(schema: S) {
  return schema.superRefine((b, ctx) => {
    try {
      validatePlan(b.mode, b.units, b.leadingLeader);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const field =
        e.code === 'LEADER_REQUIRED'
          ? 'leadingLeader'
          : b.mode === 'split'
            ? 'split'
            : e.code === 'DUPLICATE_UNIT' || b.units.some((u) => u.role === 'lead')
              ? 'co'
              : 'lead';
      ctx.addIssue({ code: 'custom', path: [field], message: e.message });
    }
  });
}
