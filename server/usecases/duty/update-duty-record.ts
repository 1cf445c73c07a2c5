import { and, eq, isNull } from 'drizzle-orm';
import { yearOf } from '../../../domain/deadlines';
import { mayEnterDuty } from '../../../domain/duty/permissions';
import { domainError, forbidden, staleVersion } from '../../../domain/errors';
import { dutyScope, readDutyRecord } from '../../auth/duty-scope';
import type { Db } from '../../db/client';
import { dutyRecords } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { checkDutyDay, type DutyRecordInput } from './enter-duty-record';
import { storeDutyEvidence } from './store-evidence';

/**
 * Edits an entered record, with the version the user saw (409 when it changed or was deleted meanwhile).
 * Nothing is overwritten: the record is replaced by a new one carrying the change (the evidence kept and
 * the files added) and the old one stays, deleted the instant its successor was entered — the records
 * themselves are the trail (the security audit log is for sign-ins and administration).
 */
export async function updateDutyRecord(
  ctx: Ctx & { dataDir: string },
  o: DutyRecordInput & {
    recordId: number;
    version: number;
    keepEvidence: string[];
    addEvidence: { filename: string; mimeType: string; contentBase64: string }[];
  },
) {
  if (!mayEnterDuty(ctx.actor.role)) throw forbidden();
  const scope = dutyScope(ctx.actor);
  checkDutyDay(ctx, o.on);
  // Check access before anything touches the disk.
  await readDutyRecord(ctx.db, scope, o.recordId);
  const added = await storeDutyEvidence(ctx.dataDir, o.addEvidence);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const cur = await readDutyRecord(tx, scope, o.recordId, true);
    if (cur.deletedAt !== null || cur.version !== o.version) throw staleVersion();
    const kept = [...new Set(o.keepEvidence)].map((sha) => {
      const e = cur.evidence.find((x) => x.sha256 === sha);
      if (!e) throw domainError('DUTY_EVIDENCE_UNKNOWN');
      return e;
    });
    const now = nowOf(ctx);
    const [ended] = await tx
      .update(dutyRecords)
      .set({ deletedAt: now })
      .where(and(eq(dutyRecords.id, cur.id), eq(dutyRecords.version, o.version), isNull(dutyRecords.deletedAt)))
      .returning({ id: dutyRecords.id });
    if (!ended) throw staleVersion();
    const [row] = await tx
      .insert(dutyRecords)
      .values({
        congressId: cur.congressId,
        deputyId: cur.deputyId,
        year: yearOf(o.on),
        kind: o.kind,
        on: o.on,
        title: o.title,
        note: o.note || null,
        evidence: [...kept, ...added],
        enteredBy: ctx.actor.userId,
        enteredByOrgId: ctx.actor.organizationId,
        version: cur.version + 1,
        createdAt: now,
      })
      .returning({ id: dutyRecords.id, version: dutyRecords.version });
    return row;
  });
}
