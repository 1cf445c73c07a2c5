/**
 * Who sees what of the township checklists (R-TOWN-1), shared by reads (queries/checklists) and
 * writes (usecases/checklists): the county's liaison office and leaders see every row of their
 * county; a township's presidium sees the checklists issued to its township and its own report
 * rows only. Nothing of another county is ever in scope.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { congressPlace } from '../../domain/documents/full-names';
import { forbidden, notFound } from '../../domain/errors';
import { queryRows, type Db } from '../db/client';
import { checklistReports, checklists, checklistTownships } from '../db/schema';
import type { Actor } from './actor';

export interface ChecklistScope {
  /** the county congress whose checklists these are */
  countyId: number;
  /** the viewer's own township (a presidium), or null for the county's office and leaders */
  townshipId: number | null;
}

export interface Township {
  id: number;
  name: string;
}

/** The actor's place in the checklists: their county, and their township when they are a township's presidium. */
export async function checklistScope(db: Db, actor: Actor): Promise<ChecklistScope> {
  if (actor.congressId === null) throw forbidden('noCongress');
  switch (actor.role) {
    case 'liaisonOffice':
    case 'supervisor':
      return { countyId: actor.congressId, townshipId: null };
    case 'townshipPresidium': {
      const [t] = await queryRows<{ parent_id: number | null }>(
        db,
        sql`select parent_id from congresses where id = ${actor.congressId} and level = 'township' and body = 'congress'`,
      );
      if (!t?.parent_id) throw forbidden('countyOnly');
      return { countyId: t.parent_id, townshipId: actor.congressId };
    }
    default:
      throw forbidden();
  }
}

/** The county's liaison office, acting in a county congress: who issues, pairs, records meetings and assesses. */
export async function countyOfficeScope(db: Db, actor: Actor): Promise<ChecklistScope & { townshipId: null }> {
  if (actor.role !== 'liaisonOffice') throw forbidden('countyOfficeOnly');
  if (actor.congressId === null) throw forbidden('noCongress');
  const [c] = await queryRows<{ level: string }>(db, sql`select level from congresses where id = ${actor.congressId}`);
  if (c?.level !== 'county') throw forbidden('countyOnly');
  return { countyId: actor.congressId, townshipId: null };
}

/** The townships of a county: the congresses of level township one step below it. */
export async function townshipsOf(db: Db, countyId: number): Promise<Township[]> {
  const rows = await queryRows<Township>(
    db,
    sql`select id, name from congresses where parent_id = ${countyId} and level = 'township' and body = 'congress' order by id`,
  );
  return rows.map((t) => ({ id: t.id, name: townshipName(t.name) }));
}

/** A township as the checklists name it: its place (东山镇), not its congress's full name (东山镇人民代表大会). */
export const townshipName = (congressName: string): string => congressPlace(congressName);

/** The checklists a scope sees: the county's all; a township the issued ones that list it. */
export function checklistsInScope(s: ChecklistScope): SQL {
  const county = eq(checklists.congressId, s.countyId);
  if (s.townshipId === null) return county;
  return and(
    county,
    eq(checklists.state, 'issued'),
    sql`exists (select 1 from ${checklistTownships} where ${checklistTownships.checklistId} = ${checklists.id} and ${checklistTownships.townshipCongressId} = ${s.townshipId})`,
  )!;
}

/** The report rows a scope sees: the county's all; a township its own. */
export function reportsInScope(s: ChecklistScope): SQL {
  const county = eq(checklistReports.congressId, s.countyId);
  return s.townshipId === null ? county : and(county, eq(checklistReports.townshipCongressId, s.townshipId))!;
}

/** A checklist in the scope (locked FOR UPDATE inside a transaction when asked), or 404. */
export async function readChecklist(db: Db, s: ChecklistScope, checklistId: number, lock = false) {
  const q = db
    .select()
    .from(checklists)
    .where(and(eq(checklists.id, checklistId), checklistsInScope(s)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('指导清单');
  return row;
}

/** A report row in the scope (locked FOR UPDATE when asked), or 404. */
export async function readReport(db: Db, s: ChecklistScope, reportId: number, lock = false) {
  const q = db
    .select()
    .from(checklistReports)
    .where(and(eq(checklistReports.id, reportId), reportsInScope(s)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('清单事项报送');
  return row;
}

/** The county's leaders (its supervisors' accounts, in their own place or a membership), who may be paired with townships. */
export async function leadersOf(db: Db, countyId: number): Promise<Township[]> {
  return queryRows<Township>(
    db,
    sql`select u.id, u.display_name as name from users u
        where u.disabled_at is null and (
          (u.role = 'supervisor' and u.congress_id = ${countyId})
          or exists (select 1 from user_memberships m where m.user_id = u.id and m.role = 'supervisor' and m.congress_id = ${countyId}))
        order by u.id`,
  );
}
