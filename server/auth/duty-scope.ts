/**
 * Who sees which deputies' duty records and points (R-DUTY-1), shared by reads (queries/duty) and writes
 * (usecases/duty): a deputy only themself; a delegation's contact person the deputies of their delegation;
 * the liaison office and supervisors every deputy of their congress. Nothing of another congress is ever in
 * scope (it answers 404, as if it did not exist). Duty records are a people's congress's: a CPPCC
 * committee's accounts have none.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { forbidden, notFound } from '../../domain/errors';
import { queryRows, type Db } from '../db/client';
import { deputies, dutyRecords } from '../db/schema';
import type { Actor } from './actor';

export interface DutyScope {
  /** the congress whose deputies these are */
  congressId: number;
  /** a delegation's contact person: their delegation */
  delegationId: number | null;
  /** a deputy: themself */
  deputyId: number | null;
}

export function dutyScope(actor: Actor): DutyScope {
  if (actor.congressId === null) throw forbidden('noCongress');
  if (actor.body !== 'congress') throw forbidden('dutyCongressOnly');
  const congressId = actor.congressId;
  switch (actor.role) {
    case 'deputy':
      if (actor.deputyId === null) throw forbidden('dutyNoDeputy');
      return { congressId, delegationId: null, deputyId: actor.deputyId };
    case 'delegationContact':
      if (actor.organizationId === null) throw forbidden('noOrganization');
      return { congressId, delegationId: actor.organizationId, deputyId: null };
    case 'liaisonOffice':
    case 'supervisor':
      return { congressId, delegationId: null, deputyId: null };
    default:
      throw forbidden();
  }
}

/** The deputies rows a scope sees (a condition on `deputies`). */
export function deputiesInScope(s: DutyScope): SQL {
  return and(
    eq(deputies.congressId, s.congressId),
    s.delegationId === null ? undefined : eq(deputies.delegationId, s.delegationId),
    s.deputyId === null ? undefined : eq(deputies.id, s.deputyId),
  )!;
}

/** The same condition over a `deputies` row aliased `d` in raw SQL. */
export function deputiesInScopeSql(s: DutyScope): SQL {
  return sql`d.congress_id = ${s.congressId}
    ${s.delegationId === null ? sql`` : sql`and d.delegation_id = ${s.delegationId}`}
    ${s.deputyId === null ? sql`` : sql`and d.id = ${s.deputyId}`}`;
}

export interface DutyDeputy {
  id: number;
  name: string;
  delegationId: number | null;
  delegationName: string | null;
}

/** A deputy in the scope, with their delegation, or 404. */
export async function readDutyDeputy(db: Db, s: DutyScope, deputyId: number): Promise<DutyDeputy> {
  const [d] = await queryRows<{ id: number; name: string; delegation_id: number | null; delegation_name: string | null }>(
    db,
    sql`select d.id, d.name, d.delegation_id, o.name as delegation_name
        from deputies d left join organizations o on o.id = d.delegation_id
        where d.id = ${deputyId} and ${deputiesInScopeSql(s)}`,
  );
  if (!d) throw notFound('代表');
  return { id: d.id, name: d.name, delegationId: d.delegation_id, delegationName: d.delegation_name };
}

/**
 * An entered record of a deputy in the scope (locked FOR UPDATE inside a transaction when asked), or 404.
 * A deleted (or replaced) record is still found: the caller answers 409, the record having changed.
 */
export async function readDutyRecord(db: Db, s: DutyScope, recordId: number, lock = false) {
  const inScope = sql`exists (select 1 from deputies d where d.id = ${dutyRecords.deputyId} and ${deputiesInScopeSql(s)})`;
  const q = db
    .select()
    .from(dutyRecords)
    .where(and(eq(dutyRecords.id, recordId), eq(dutyRecords.congressId, s.congressId), inScope));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('履职记录');
  return row;
}

/** The live (not deleted) records condition. */
export const liveRecords = isNull(dutyRecords.deletedAt);
