/**
 * R-LINE-1 clocks of a hotline work order, from the rules profile's `workOrder` card and the official
 * calendar with its make-up working days (调休):
 * - the unit contacts the deputy within 24 clock hours of the dispatch (weekends and holidays count);
 * - an urgent order is finished the day it is dispatched, a general one within 7 working days of it,
 *   plus the working days of an extension the hotline office approved;
 * - the result goes back to the deputy within 2 days of finishing;
 * - a unit may return a wrongly dispatched order within `returnHours` of the dispatch;
 * - the day after a missed deadline brings the 催办通知书, `bulletinAfterWorkdays` working days after
 *   it a 通报 if the order is still overdue.
 * Pure: the server stores what these compute; the tests walk weekends and the Spring Festival.
 */
import { addDays, diffDays, todayInShanghai, type IsoDate } from '../deadlines/dates';
import type { WorkdayCalendar } from '../deadlines/calendar';
import type { Light } from '../deadlines/light';
import type { Urgency } from './orders';

export interface WorkOrderRules {
  contactHours: number;
  handleWorkdays: number;
  feedbackDays: number;
  returnHours: number;
  bulletinAfterWorkdays: number;
}

const HOUR = 3_600_000;

/** When the unit must have contacted the deputy: `contactHours` clock hours after the dispatch. */
export function contactDueAt(dispatchedAt: Date, r: Pick<WorkOrderRules, 'contactHours'>): Date {
  return new Date(dispatchedAt.getTime() + r.contactHours * HOUR);
}

/** Until when a unit may return the order (退单). */
export function returnUntil(dispatchedAt: Date, r: Pick<WorkOrderRules, 'returnHours'>): Date {
  return new Date(dispatchedAt.getTime() + r.returnHours * HOUR);
}

/**
 * The day the order must be finished: an urgent order the dispatch day itself, a general one the
 * `handleWorkdays`-th working day after it; an approved extension adds working days. `provisional`
 * when a year without a published schedule was walked (weekends only there).
 */
export function finishDue(
  dispatchedOn: IsoDate,
  urgency: Urgency,
  cal: WorkdayCalendar,
  r: Pick<WorkOrderRules, 'handleWorkdays'>,
  extensionWorkdays = 0,
): { date: IsoDate; provisional: boolean } {
  const days = (urgency === 'urgent' ? 0 : r.handleWorkdays) + extensionWorkdays;
  const w = cal.addWorkdays(dispatchedOn, days);
  return { date: w.date, provisional: w.provisional };
}

/** The day the result must have reached the deputy: `feedbackDays` days after the day it was finished. */
export function feedbackDue(finishedOn: IsoDate, r: Pick<WorkOrderRules, 'feedbackDays'>): IsoDate {
  return addDays(finishedOn, r.feedbackDays);
}

/** 催办通知书: the day after a missed deadline. */
export function urgeOn(due: IsoDate): IsoDate {
  return addDays(due, 1);
}

/** 通报: the `bulletinAfterWorkdays`-th working day after the deadline, if the order is still overdue then. */
export function bulletinOn(due: IsoDate, cal: WorkdayCalendar, r: Pick<WorkOrderRules, 'bulletinAfterWorkdays'>): IsoDate {
  return cal.addWorkdays(due, r.bulletinAfterWorkdays).date;
}

/** A clock's light: red past it, yellow on its day or the day before, green before; none when stopped. */
export function clockLight(due: IsoDate | null, today: IsoDate, stopped: boolean): { light: Light; daysLeft: number | null } {
  if (stopped || due === null) return { light: 'none', daysLeft: null };
  const daysLeft = diffDays(today, due);
  return { light: daysLeft < 0 ? 'red' : daysLeft <= 1 ? 'yellow' : 'green', daysLeft };
}

/** The contact clock's light, by the hour: red once the 24 hours are past, yellow in their last 6. */
export function contactLight(dueAt: Date | null, now: Date, contacted: boolean): Light {
  if (contacted || dueAt === null) return 'none';
  const left = dueAt.getTime() - now.getTime();
  return left < 0 ? 'red' : left <= 6 * HOUR ? 'yellow' : 'green';
}

/** The Shanghai calendar day of an instant (a dispatch, a finishing). */
export function dayOf(at: Date): IsoDate {
  return todayInShanghai(at);
}
