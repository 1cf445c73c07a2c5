/**
 * R-LINE-3 reading the hotline channel's reports (issue 15 §5): the months generated, one month's report,
 * the month's ledger (its orders in the ledger's columns) and the year's figures for the annual report.
 * Each reader sees only their own congress's: a month of another congress is "not found".
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { monthlyReportAnswer, monthlyReportList } from '../../../domain/contracts/hotline-reports';
import { todayInShanghai } from '../../../domain/deadlines';
import { congressPlace, fullOfficeName } from '../../../domain/documents/full-names';
import { forbidden, notFound } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { congresses, hotlineMonthlyReports, users } from '../../db/schema';
import { figuresOf, monthBefore, monthBounds, monthLabel, type PeriodFigures } from './report-figures';
import { ORDER_COLUMNS, ORDER_JOINS, ledgerRowOf, type OrderSqlRow } from './rows';

export type MonthlyReport = z.output<typeof monthlyReportAnswer>;

/** The actor's congress, for the roles the route lets in (the congress's own reports only). */
function congressOf(actor: Actor): number {
  if (actor.congressId === null) throw forbidden('noCongress');
  return actor.congressId;
}

/** The congress's name and the names a report prints: the place, the liaison office, the hotline office. */
export async function reportNames(db: Db, congressId: number) {
  const [c] = await db.select({ name: congresses.name }).from(congresses).where(eq(congresses.id, congressId));
  const name = c?.name ?? '';
  const [lo] = await queryRows<{ name: string }>(
    db,
    sql`select name from organizations where congress_id = ${congressId} and kind = 'liaisonOffice' order by id limit 1`,
  );
  const place = congressPlace(name);
  return {
    congressName: name,
    place,
    liaisonOffice: lo ? fullOfficeName(name, lo.name) : `${place}人大常委会代表联络工作机构`,
    hotlineOffice: `${place}市长热线办公室`,
  };
}

/** 专线月报: the months generated, newest first. */
export async function listMonthlyReports(db: Db, actor: Actor, now: Date): Promise<z.output<typeof monthlyReportList>> {
  const congressId = congressOf(actor);
  const rows = await db
    .select({ r: hotlineMonthlyReports, byName: users.displayName })
    .from(hotlineMonthlyReports)
    .leftJoin(users, eq(users.id, hotlineMonthlyReports.generatedBy))
    .where(eq(hotlineMonthlyReports.congressId, congressId))
    .orderBy(desc(hotlineMonthlyReports.month));
  const today = todayInShanghai(now);
  return {
    currentMonth: today.slice(0, 7),
    previousMonth: monthBefore(today),
    reports: rows.map(({ r, byName }) => {
      const f = (r.content as { figures: PeriodFigures }).figures;
      return {
        month: r.month,
        monthLabel: monthLabel(r.month),
        generatedAt: r.generatedAt.toISOString(),
        generatedByName: byName ?? '系统（定时任务）',
        received: f.received,
        problems: f.problems,
        dueNotDone: f.dueNotDone.total,
        dissatisfied: f.dissatisfied.total,
      };
    }),
  };
}

/** One month's report of the actor's congress, or 404. */
export async function getMonthlyReport(db: Db, actor: Actor, month: string): Promise<MonthlyReport> {
  const congressId = congressOf(actor);
  const [row] = await db
    .select({ r: hotlineMonthlyReports, byName: users.displayName })
    .from(hotlineMonthlyReports)
    .leftJoin(users, eq(users.id, hotlineMonthlyReports.generatedBy))
    .where(and(eq(hotlineMonthlyReports.congressId, congressId), eq(hotlineMonthlyReports.month, month)));
  if (!row) throw notFound(`${monthLabel(month)}专线月报`);
  const content = row.r.content as { figures: PeriodFigures; generations?: MonthlyReport['generations'] };
  const names = await reportNames(db, congressId);
  return {
    month,
    monthLabel: monthLabel(month),
    congressName: names.congressName,
    generatedAt: row.r.generatedAt.toISOString(),
    generatedByName: row.byName ?? '系统（定时任务）',
    generations: content.generations ?? [],
    figures: content.figures,
  };
}

/** The month's ledger: the orders called in the month, in the ledger's columns (the .xlsx download). */
export async function monthLedgerRows(db: Db, actor: Actor, month: string, now: Date) {
  const congressId = congressOf(actor);
  await getMonthlyReport(db, actor, month);
  const { from, to } = monthBounds(month);
  const rows = await queryRows<OrderSqlRow>(
    db,
    sql`select ${ORDER_COLUMNS} from work_orders ${ORDER_JOINS}
        where work_orders.congress_id = ${congressId}
          and work_orders.called_at >= ${`${from}T00:00:00+08:00`}::timestamptz and work_orders.called_at < ${`${to}T00:00:00+08:00`}::timestamptz
        order by work_orders.called_at, work_orders.id`,
  );
  return rows.map((r) => ledgerRowOf(r, now));
}
export type MonthLedgerRow = Awaited<ReturnType<typeof monthLedgerRows>>[number];

/** The year's figures of the actor's congress (the annual report), counted now. */
export async function annualFigures(db: Db, actor: Actor, year: number, now: Date) {
  const congressId = congressOf(actor);
  const figures = await figuresOf(db, congressId, `${year}-01-01`, `${year + 1}-01-01`, now);
  return { year, figures, names: await reportNames(db, congressId), asOf: todayInShanghai(now) };
}
export type AnnualFigures = Awaited<ReturnType<typeof annualFigures>>;
