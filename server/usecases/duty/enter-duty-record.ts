import { todayInShanghai, yearOf } from '../../../domain/deadlines';
import { mayEnterDuty } from '../../../domain/duty/permissions';
import type { DutyKind } from '../../../domain/duty/duty';
import { fieldError, forbidden } from '../../../domain/errors';
import { dutyScope, readDutyDeputy } from '../../auth/duty-scope';
import { dutyRecords } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { storeDutyEvidence } from './store-evidence';

export interface DutyRecordInput {
  kind: DutyKind;
  on: string;
  title: string;
  note?: string | null;
}

/** The day a duty was done: not after today (Asia/Shanghai). */
export function checkDutyDay(ctx: Ctx, on: string): void {
  if (on > todayInShanghai(nowOf(ctx))) throw fieldError('DUTY_DATE_IN_FUTURE', 'on');
}

/**
 * R-DUTY-1: the liaison office, or a delegation's contact person for a deputy of their delegation, enters
 * a duty the system does not count itself (research, a plenary speech, a group activity, a stay at a
 * liaison station, a report on duty) with its evidence. The record counts in the year of its day.
 */
export async function enterDutyRecord(
  ctx: Ctx & { dataDir: string },
  o: DutyRecordInput & { deputyId: number; evidence: { filename: string; mimeType: string; contentBase64: string }[] },
) {
  if (!mayEnterDuty(ctx.actor.role)) throw forbidden();
  const scope = dutyScope(ctx.actor);
  checkDutyDay(ctx, o.on);
  // Check access before anything touches the disk.
  const deputy = await readDutyDeputy(ctx.db, scope, o.deputyId);
  const evidence = await storeDutyEvidence(ctx.dataDir, o.evidence);
  const [row] = await ctx.db
    .insert(dutyRecords)
    .values({
      congressId: scope.congressId,
      deputyId: deputy.id,
      year: yearOf(o.on),
      kind: o.kind,
      on: o.on,
      title: o.title,
      note: o.note || null,
      evidence,
      enteredBy: ctx.actor.userId,
      enteredByOrgId: ctx.actor.organizationId,
      createdAt: nowOf(ctx),
    })
    .returning({ id: dutyRecords.id });
  return { id: row.id };
}
