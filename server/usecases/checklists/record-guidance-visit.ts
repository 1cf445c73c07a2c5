import { and, eq, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { fieldError, forbidden } from '../../../domain/errors';
import { checklistScope, townshipsOf } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { guidancePairings, guidanceVisitEntries, guidanceVisits } from '../../db/schema';
import { nowOf, type Ctx } from '../lib/run';
import { appendChecklistEvent, checkTownships, notifyPresidium, unknownEntry } from './history';

export interface VisitInput {
  townshipId: number;
  visitedOn: string;
  deputiesVisited: number;
  votersVisited: number;
  ledgersRead: string;
  assessment: string;
  requirements: string;
  entryIds: number[];
}

/**
 * A county leader paired with a township records an on-site visit (联点指导): the day, the deputies
 * and voters visited, the ledgers read, the assessment and the requirements, and the checklist
 * entries it concerned (entries issued to that township). The township's presidium is told.
 */
export async function recordGuidanceVisit(ctx: Ctx, o: VisitInput): Promise<{ id: number }> {
  const scope = await checklistScope(ctx.db, ctx.actor);
  if (ctx.actor.role !== 'supervisor') throw forbidden('pairedLeadersOnly');
  const at = nowOf(ctx);
  if (o.visitedOn > todayInShanghai(at)) throw fieldError('HELD_IN_FUTURE', 'visitedOn');
  const townships = await townshipsOf(ctx.db, scope.countyId);
  checkTownships([o.townshipId], townships, 'townshipId');
  const entryIds = [...new Set(o.entryIds)];
  return ctx.db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const [paired] = await tx
      .select({ id: guidancePairings.id })
      .from(guidancePairings)
      .where(and(eq(guidancePairings.leaderUserId, ctx.actor.userId), eq(guidancePairings.townshipCongressId, o.townshipId)));
    if (!paired) throw forbidden('pairedLeadersOnly');
    if (entryIds.length) {
      const found = await queryRows<{ id: number }>(
        tx,
        sql`select e.id from checklist_entries e join checklists c on c.id = e.checklist_id
            where e.id in ${sql`(${sql.join(entryIds, sql`, `)})`} and c.congress_id = ${scope.countyId} and c.state = 'issued'
              and exists (select 1 from checklist_townships t where t.checklist_id = c.id and t.township_congress_id = ${o.townshipId})`,
      );
      if (found.length !== entryIds.length) throw unknownEntry('visit', 'entryIds');
    }
    const [row] = await tx
      .insert(guidanceVisits)
      .values({
        congressId: scope.countyId,
        townshipCongressId: o.townshipId,
        leaderUserId: ctx.actor.userId,
        leaderName: ctx.actor.name,
        visitedOn: o.visitedOn,
        deputiesVisited: o.deputiesVisited,
        votersVisited: o.votersVisited,
        ledgersRead: o.ledgersRead,
        assessment: o.assessment,
        requirements: o.requirements,
        createdAt: at,
      })
      .returning();
    if (entryIds.length) await tx.insert(guidanceVisitEntries).values(entryIds.map((e) => ({ guidanceVisitId: row.id, checklistEntryId: e })));
    const township = townships.find((t) => t.id === o.townshipId)!;
    await appendChecklistEvent(tx, ctx, {
      countyId: scope.countyId,
      type: 'recordGuidanceVisit',
      townshipId: o.townshipId,
      payload: { visitId: row.id, township: township.name, visitedOn: o.visitedOn, entries: entryIds.length },
    });
    await notifyPresidium(tx, o.townshipId, {
      type: 'guidanceVisitRecorded',
      payload: { visitId: row.id, leaderName: ctx.actor.name, visitedOn: o.visitedOn, assessment: o.assessment, requirements: o.requirements },
    });
    return { id: row.id };
  });
}
