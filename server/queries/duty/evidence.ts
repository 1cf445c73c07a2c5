/** An evidence file of a duty record the viewer may download: of a deputy in their scope (a deleted record's too, for the trail). */
import { notFound } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { dutyScope, readDutyRecord } from '../../auth/duty-scope';
import type { Db } from '../../db/client';

export async function readDutyEvidence(db: Db, actor: Actor, recordId: number, index: number) {
  const record = await readDutyRecord(db, dutyScope(actor), recordId);
  const f = record.evidence[index];
  if (!f) throw notFound('佐证材料');
  return f;
}
