/**
 * What the duty documents print: a deputy's duty file (履职档案, Word) and the office's list (Excel) —
 * the same figures as the pages, with the congress's place, its liaison office and the day.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { congressPlace, fullOfficeName } from '../../../domain/documents/full-names';
import { todayInShanghai } from '../../../domain/deadlines';
import type { Actor } from '../../auth/actor';
import { dutyScope, liveRecords } from '../../auth/duty-scope';
import { queryRows, type Db } from '../../db/client';
import { dutyRecords, organizations, users } from '../../db/schema';
import { getDeputyDuty, recordView } from './deputy-duty';
import { listDutyDeputies, type DutyListFilters } from './deputies';
import { ruleLines } from './rules';

async function issuerOf(db: Db, congressId: number) {
  const [c] = await queryRows<{ name: string; office: string | null }>(
    db,
    sql`select c.name, (select o.name from organizations o where o.congress_id = c.id and o.kind = 'liaisonOffice' order by o.id limit 1) as office
        from congresses c where c.id = ${congressId}`,
  );
  const place = congressPlace(c.name);
  return { congressName: c.name, place, issuer: c.office ? fullOfficeName(c.name, c.office) : `${place}人大常委会` };
}

export type DutyFile = Awaited<ReturnType<typeof loadDutyFile>>;

/** A deputy's duty file of a year (GET /api/duty/deputies/:deputyId/file.docx). */
export async function loadDutyFile(db: Db, actor: Actor, deputyId: number, q: { year?: number }, now?: Date) {
  const scope = dutyScope(actor);
  const duty = await getDeputyDuty(db, actor, deputyId, q, now);
  const names = await issuerOf(db, scope.congressId);
  const title = `${duty.deputy.name}代表${duty.year}年度履职档案`;
  return { ...duty, ...names, title, day: todayInShanghai(now), filename: title };
}

export type DutyExport = Awaited<ReturnType<typeof loadDutyExport>>;

/** The office's list as filtered, with every entered record of the deputies listed (GET /api/duty/deputies.xlsx). */
export async function loadDutyExport(db: Db, actor: Actor, f: DutyListFilters, now?: Date) {
  const scope = dutyScope(actor);
  const list = await listDutyDeputies(db, actor, f, now);
  const ids = list.rows.map((r) => r.deputy.id);
  const records = ids.length
    ? await db
        .select({ r: dutyRecords, by: users.displayName, org: organizations.name })
        .from(dutyRecords)
        .leftJoin(users, eq(users.id, dutyRecords.enteredBy))
        .leftJoin(organizations, eq(organizations.id, dutyRecords.enteredByOrgId))
        .where(and(eq(dutyRecords.congressId, scope.congressId), eq(dutyRecords.year, list.year), inArray(dutyRecords.deputyId, ids), liveRecords))
        .orderBy(asc(dutyRecords.on), asc(dutyRecords.id))
    : [];
  const names = await issuerOf(db, scope.congressId);
  const nameOf = new Map(list.rows.map((r) => [r.deputy.id, r.deputy]));
  const title = `${names.place}${list.year}年度代表履职情况`;
  return {
    ...list,
    ...names,
    ruleLines: ruleLines(list.rules),
    records: records.map((x) => ({ deputy: nameOf.get(x.r.deputyId)!, ...recordView(x.r, x.by, x.org) })),
    title,
    filename: title,
    exportedAt: now ?? new Date(),
  };
}
