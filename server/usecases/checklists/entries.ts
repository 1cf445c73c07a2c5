/** Writing a draft's entries and townships (create, edit, copy share it). */
import { eq } from 'drizzle-orm';
import type { EntryType } from '../../../domain/checklists/checklists';
import type { IndicatorKey } from '../../../domain/checklists/scoring';
import type { Db } from '../../db/client';
import { checklistEntries, checklistTownships } from '../../db/schema';

export interface EntryInput {
  type: EntryType;
  text: string;
  dueOn: string;
  evidence: string;
  indicator?: IndicatorKey | null;
}

/** Replaces the draft's entries (numbered 1, 2, … in the given order) and the townships it goes to. */
export async function writeDraftContent(tx: Db, checklistId: number, entries: readonly EntryInput[], townshipIds: readonly number[]): Promise<void> {
  await tx.delete(checklistEntries).where(eq(checklistEntries.checklistId, checklistId));
  await tx.delete(checklistTownships).where(eq(checklistTownships.checklistId, checklistId));
  await tx.insert(checklistEntries).values(
    entries.map((e, i) => ({
      checklistId,
      seq: i + 1,
      type: e.type,
      text: e.text,
      dueOn: e.dueOn,
      evidence: e.evidence,
      indicator: e.indicator ?? null,
    })),
  );
  const distinct = [...new Set(townshipIds)];
  if (distinct.length) await tx.insert(checklistTownships).values(distinct.map((t) => ({ checklistId, townshipCongressId: t })));
}
