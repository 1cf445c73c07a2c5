import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { lookBackReviewsQuery } from '../../domain/contracts/commitments';
import { OPEN_COMMITMENT_STATES } from '../../domain/commitments/tracking';
import { isUnitRole } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateIn } from '../db/state-sql';
import { lookBacks } from '../db/schema';

export type LookBackReviewsFilter = z.output<typeof lookBackReviewsQuery>;

/** A unit sees only its own reviews; offices and supervisors their congress's (R-TRACK-2). */
function scope(actor: Actor): SQL {
  return isUnitRole(actor.role) ? sql`lr.unit_id = ${actor.organizationId ?? -1}` : sql`true`;
}

async function lookBackOf(db: Db, actor: Actor, year: number) {
  const [lb] = await db
    .select()
    .from(lookBacks)
    .where(and(eq(lookBacks.congressId, actor.congressId ?? -1), eq(lookBacks.year, year)));
  return lb ?? null;
}

const COUNTS = sql`count(*)::int as total,
  count(*) filter (where lr.state = 'pending')::int as pending,
  count(*) filter (where lr.state = 'submitted')::int as submitted,
  count(*) filter (where lr.finding = 'delivered')::int as delivered,
  count(*) filter (where lr.finding = 'inProgress')::int as "inProgress",
  count(*) filter (where lr.finding = 'notDelivered')::int as "notDelivered",
  count(*) filter (where lr.result_class = 'A')::int as "classA",
  count(*) filter (where lr.result_class = 'B')::int as "classB"`;

export interface LookBackCounts {
  total: number;
  pending: number;
  submitted: number;
  delivered: number;
  inProgress: number;
  notDelivered: number;
  classA: number;
  classB: number;
}

/**
 * R-TRACK-2 a look-back's progress: how many reviews are pending and
 * submitted, the findings, by result class, and the same per unit (a unit:
 * its own line only). `lookBack` is null while the year's is not started.
 */
export async function queryLookBack(db: Db, actor: Actor, year: number) {
  const lb = await lookBackOf(db, actor, year);
  if (!lb) return { year, lookBack: null, totals: null, units: [] };
  const where = sql`lr.look_back_id = ${lb.id} and ${scope(actor)}`;
  const [totals] = await queryRows<LookBackCounts>(db, sql`select ${COUNTS} from look_back_reviews lr where ${where}`);
  const units = await queryRows<LookBackCounts & { unitId: number; unitName: string }>(
    db,
    sql`select lr.unit_id as "unitId", o.name as "unitName", ${COUNTS}
        from look_back_reviews lr join organizations o on o.id = lr.unit_id
        where ${where}
        group by lr.unit_id, o.name
        order by count(*) filter (where lr.state = 'pending') desc, o.name`,
  );
  return { year, lookBack: { id: lb.id, year: lb.year, createdAt: lb.createdAt }, totals, units };
}

/** R-TRACK-2 the reviews of a year's look-back with filters and paging; each with its item and the item's open commitments. */
export async function queryLookBackReviews(db: Db, actor: Actor, f: LookBackReviewsFilter) {
  const lb = await lookBackOf(db, actor, f.year);
  if (!lb) return { total: 0, page: f.page, pageSize: f.pageSize, rows: [] };
  const where: SQL[] = [sql`lr.look_back_id = ${lb.id}`, scope(actor)];
  if (f.unitId) where.push(sql`lr.unit_id = ${f.unitId}`);
  if (f.state) where.push(sql`lr.state = ${f.state}`);
  if (f.finding) where.push(sql`lr.finding = ${f.finding}`);
  if (f.resultClass) where.push(sql`lr.result_class = ${f.resultClass}`);
  if (f.q) where.push(sql`(i.number ilike ${`%${f.q}%`} or i.title ilike ${`%${f.q}%`})`);
  const rows = await queryRows<Record<string, unknown> & { total: number | string }>(
    db,
    sql`select lr.id, lr.item_id as "itemId", i.number, i.title, s.name as "sessionName", s.year as "sessionYear",
               lr.unit_id as "unitId", o.name as "unitName", lr.result_class as "resultClass", lr.state, lr.finding, lr.note,
               lr.version, lr.submitted_at as "submittedAt",
               (select count(*)::int from commitments cm where cm.item_id = lr.item_id and cm.unit_id = lr.unit_id) as commitments,
               (select count(*)::int from commitments cm where cm.item_id = lr.item_id and cm.unit_id = lr.unit_id
                  and ${stateIn('cm.state', OPEN_COMMITMENT_STATES)}) as "openCommitments",
               count(*) over () as total
        from look_back_reviews lr
        join items i on i.id = lr.item_id
        join sessions s on s.id = i.session_id
        join organizations o on o.id = lr.unit_id
        where ${sql.join(where, sql` and `)}
        order by lr.state = 'submitted', s.year, i.number, o.name
        limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return { total: rows.length ? Number(rows[0].total) : 0, page: f.page, pageSize: f.pageSize, rows: rows.map(({ total: _t, ...r }) => r) };
}
