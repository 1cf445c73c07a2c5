/**
 * An order as the ledger and the order page show it (issue 15 §7): the seed's ledger columns (来电号码,
 * 来电姓名, 事件分类, 来电内容, 来电时间, 回复时间, 回复内容, 满意度), its state, its units and each clock
 * with its light — computed when read, from the stored deadlines and the reader's clock.
 */
import { sql, type SQL } from 'drizzle-orm';
import { diffDays } from '../../../domain/deadlines/dates';
import { clockLight, contactLight, dayOf } from '../../../domain/hotline/clocks';
import {
  URGENCY_LABELS,
  WORK_ORDER_HANDLING_STATES,
  WORK_ORDER_RATING_LABELS,
  WORK_ORDER_SOURCE_LABELS,
  WORK_ORDER_STATE_LABELS,
  type Urgency,
  type WorkOrderRating,
  type WorkOrderSource,
  type WorkOrderState,
} from '../../../domain/hotline/orders';
import { congressPlace } from '../../../domain/documents/full-names';

/** The columns of one order row (from work_orders, unaliased, so that the scope's condition applies). */
export const ORDER_COLUMNS = sql`work_orders.id, work_orders.number, work_orders.source, work_orders.platform_order_no, work_orders.caller_phone,
  work_orders.deputy_id, d.name as deputy_name, work_orders.deputy_confirmed, work_orders.catalogue_id, work_orders.category, work_orders.content,
  work_orders.called_at, work_orders.urgency, work_orders.place_congress_id, pc.name as place_congress_name, work_orders.place_name,
  work_orders.state, work_orders.round, work_orders.dispatched_at, work_orders.contact_due_at, work_orders.contacted_at,
  work_orders.return_until, work_orders.finish_due::text as finish_due, work_orders.finish_due_provisional, work_orders.extension_workdays,
  work_orders.extension_request, work_orders.finished_at, work_orders.result, work_orders.feedback_due::text as feedback_due,
  work_orders.fed_back_at, work_orders.feedback_method, work_orders.rating, work_orders.rated_at, work_orders.rating_comment,
  work_orders.rated_by_role, work_orders.merged_into_id, work_orders.sign_off, work_orders.version, work_orders.created_at, work_orders.congress_id,
  (select json_agg(json_build_object('id', o.id, 'name', o.name, 'isLead', u.is_lead) order by u.is_lead desc, u.id)
     from work_order_units u join organizations o on o.id = u.unit_id
     where u.order_id = work_orders.id and u.state = 'assigned') as units`;

/** The joins ORDER_COLUMNS needs. */
export const ORDER_JOINS: SQL = sql`left join deputies d on d.id = work_orders.deputy_id left join congresses pc on pc.id = work_orders.place_congress_id`;

export interface OrderSqlRow {
  id: number;
  number: string;
  source: WorkOrderSource;
  platform_order_no: string | null;
  caller_phone: string;
  deputy_id: number | null;
  deputy_name: string | null;
  deputy_confirmed: boolean;
  catalogue_id: number | null;
  category: string;
  content: string;
  called_at: Date | string;
  urgency: Urgency;
  place_congress_id: number | null;
  place_congress_name: string | null;
  place_name: string | null;
  state: WorkOrderState;
  round: number;
  dispatched_at: Date | string | null;
  contact_due_at: Date | string | null;
  contacted_at: Date | string | null;
  return_until: Date | string | null;
  finish_due: string | null;
  finish_due_provisional: boolean;
  extension_workdays: number;
  extension_request: { workdays: number; reason: string; unitId: number; unitName?: string; requestedAt: string } | null;
  finished_at: Date | string | null;
  result: string | null;
  feedback_due: string | null;
  fed_back_at: Date | string | null;
  feedback_method: string | null;
  rating: WorkOrderRating | null;
  rated_at: Date | string | null;
  rating_comment: string | null;
  rated_by_role: string | null;
  merged_into_id: number | null;
  sign_off: Record<string, unknown> | null;
  version: number;
  created_at: Date | string;
  congress_id: number;
  units: { id: number; name: string; isLead: boolean }[] | null;
}

const asDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

/** The clocks of an order at `now` (R-LINE-1): each running or stopped, its light and days left. */
export function clocksOf(r: OrderSqlRow, now: Date) {
  const today = dayOf(now);
  const handling = WORK_ORDER_HANDLING_STATES.includes(r.state);
  const contactDue = asDate(r.contact_due_at);
  const contactRunning = handling && contactDue !== null && r.contacted_at === null;
  const contactClock = {
    due: contactDue?.toISOString() ?? null,
    light: contactLight(contactDue, now, !contactRunning),
    daysLeft: contactRunning ? diffDays(today, dayOf(contactDue)) : null,
    stopped: r.contacted_at !== null,
  };
  const finish = clockLight(r.finish_due, today, !handling);
  const finishClock = { due: r.finish_due, ...finish, stopped: r.finish_due !== null && !handling };
  const feedback = clockLight(r.feedback_due, today, r.state !== 'finished');
  const feedbackClock = { due: r.feedback_due, ...feedback, stopped: r.fed_back_at !== null };
  const overdue = [contactClock, finishClock, feedbackClock].some((c) => c.light === 'red');
  return { contactClock, finishClock, feedbackClock, overdue };
}

/** A ledger row (the answer's `ledgerRow`). */
export function ledgerRowOf(r: OrderSqlRow, now: Date) {
  const units = r.units ?? [];
  const lead = units.find((u) => u.isLead) ?? null;
  return {
    id: r.id,
    number: r.number,
    source: r.source,
    sourceLabel: WORK_ORDER_SOURCE_LABELS[r.source],
    platformOrderNo: r.platform_order_no,
    callerPhone: r.caller_phone,
    deputy: r.deputy_id !== null ? { id: r.deputy_id, name: r.deputy_name ?? '' } : null,
    deputyConfirmed: r.deputy_confirmed,
    category: r.category,
    content: r.content,
    calledAt: r.called_at,
    urgency: r.urgency,
    urgencyLabel: URGENCY_LABELS[r.urgency],
    place: {
      congress: r.place_congress_id !== null ? { id: r.place_congress_id, name: congressPlace(r.place_congress_name ?? '') } : null,
      name: r.place_name,
    },
    state: r.state,
    stateLabel: WORK_ORDER_STATE_LABELS[r.state],
    round: r.round,
    leadUnit: lead ? { id: lead.id, name: lead.name } : null,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    dispatchedAt: r.dispatched_at,
    fedBackAt: r.fed_back_at,
    finishedAt: r.finished_at,
    result: r.result,
    rating: r.rating,
    ratingLabel: r.rating ? WORK_ORDER_RATING_LABELS[r.rating] : null,
    ...clocksOf(r, now),
    version: r.version,
  };
}

/** The orders past a running clock, in SQL (the ledger's `overdue` filter): the same rule as clocksOf. */
export function overdueSql(now: Date): SQL {
  const today = dayOf(now);
  return sql`((work_orders.state in ('dispatched', 'supervised') and ((work_orders.contacted_at is null and work_orders.contact_due_at < ${now.toISOString()}::timestamptz)
      or work_orders.finish_due < ${today}::date))
    or (work_orders.state = 'finished' and work_orders.feedback_due < ${today}::date))`;
}
