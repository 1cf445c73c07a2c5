import { eq, sql } from 'drizzle-orm';
import { diffDays, todayInShanghai, type IsoDate, type WorkdayCalendar } from '../../domain/deadlines';
import { bulletinOn, dayOf, urgeOn } from '../../domain/hotline/clocks';
import { queryRows } from '../db/client';
import { workOrders } from '../db/schema';
import { loadCalendar } from '../rules/calendar';
import { aboutOrder, appendOrderEvent, notifyOrg, notifyRoleIn } from '../usecases/hotline/history';
import { rulesCache } from './deadline-watch';
import type { JobContext, JobResult } from './types';

/** The three clocks of an order (R-LINE-1) as a notice names them. */
export const CLOCK_NAMES = { contact: '24小时内联系代表', finish: '办结', feedback: '办结后向代表反馈' } as const;
export type ClockKind = keyof typeof CLOCK_NAMES;

interface OpenOrder {
  id: number;
  number: string;
  category: string;
  congressId: number;
  year: number;
  state: string;
  contactDueAt: Date | string | null;
  contactedAt: Date | string | null;
  finishDue: string | null;
  feedbackDue: string | null;
  urgedOn: string | null;
  bulletinedOn: string | null;
  unitId: number | null;
  unitName: string | null;
}

/** A deadline the order has missed: which clock, its day (the contact clock's: the Shanghai day of its hour). */
interface Missed {
  kind: ClockKind;
  due: IsoDate;
  dueText: string;
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const hhmm = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The missed deadlines of an order at `now`, the same rule as queries/hotline/rows.ts overdueSql, earliest first. */
export function missedDeadlines(o: OpenOrder, now: Date): Missed[] {
  const today = dayOf(now);
  const out: Missed[] = [];
  if (o.state === 'dispatched' || o.state === 'supervised') {
    if (o.contactedAt === null && o.contactDueAt !== null && asDate(o.contactDueAt) < now) {
      out.push({ kind: 'contact', due: dayOf(asDate(o.contactDueAt)), dueText: hhmm(asDate(o.contactDueAt)) });
    }
    if (o.finishDue !== null && o.finishDue < today) out.push({ kind: 'finish', due: o.finishDue, dueText: o.finishDue });
  }
  if (o.state === 'finished' && o.feedbackDue !== null && o.feedbackDue < today) out.push({ kind: 'feedback', due: o.feedbackDue, dueText: o.feedbackDue });
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/**
 * Issue 15 §3 (R-LINE-1): the daily watch of the orders' clocks. For every order past a deadline — the 24
 * hours to contact the deputy, the finishing day, the feedback day — the lead unit gets a 催办通知书 from the
 * day after the deadline (urgeOn), once per deadline: `urged_on` keeps the day it went out, and a deadline
 * is urged when no notice went out after its day. When the order is still overdue `bulletinAfterWorkdays`
 * working days after the deadline (bulletinOn), a 通报 goes to the unit, the hotline office and the liaison
 * office, once (`bulletined_on`). Each is also an event of the order. A run after downtime sends what is
 * due now; a second run the same day sends nothing.
 */
export async function watchHotlineClocks(ctx: JobContext): Promise<JobResult> {
  const { tx, now } = ctx;
  const today = todayInShanghai(now);
  const rulesOf = rulesCache(tx);
  const cals = new Map<number, WorkdayCalendar>();
  const calOf = async (congressId: number) => {
    let c = cals.get(congressId);
    if (!c) cals.set(congressId, (c = await loadCalendar(tx, congressId)));
    return c;
  };
  const orders = await queryRows<OpenOrder>(
    tx,
    sql`select w.id, w.number, w.category, w.congress_id as "congressId", w.year, w.state,
               w.contact_due_at as "contactDueAt", w.contacted_at as "contactedAt", w.finish_due::text as "finishDue",
               w.feedback_due::text as "feedbackDue", w.urged_on::text as "urgedOn", w.bulletined_on::text as "bulletinedOn",
               lu.unit_id as "unitId", lu.unit_name as "unitName"
        from work_orders w
        left join lateral (select o.id as unit_id, o.name as unit_name from work_order_units u join organizations o on o.id = u.unit_id
                           where u.order_id = w.id and u.is_lead and u.state = 'assigned' order by u.id desc limit 1) lu on true
        where w.state in ('dispatched', 'supervised', 'finished')
        order by w.id
        for update of w`,
  );
  let urged = 0;
  let bulletined = 0;
  const system = { actor: null, now };
  for (const o of orders) {
    const missed = missedDeadlines(o, now);
    if (!missed.length || o.unitId === null) continue;
    const rules = (await rulesOf(o.congressId, o.year)).workOrder;
    const cal = await calOf(o.congressId);
    const about = aboutOrder(o);
    // 催办: the deadlines no notice went out for after their day, from their urge day on.
    const toUrge = missed.filter((m) => urgeOn(m.due) <= today && !(o.urgedOn !== null && o.urgedOn > m.due));
    if (toUrge.length) {
      const first = toUrge[0];
      const deadlineText = toUrge.map((m) => CLOCK_NAMES[m.kind]).join('、');
      const payload = {
        ...about,
        unitName: o.unitName,
        deadlines: toUrge.map((m) => m.kind),
        deadlineText,
        dueText: toUrge.map((m) => m.dueText).join('、'),
        due: first.due,
        bulletinAfterWorkdays: rules.bulletinAfterWorkdays,
      };
      await notifyOrg(tx, o.congressId, o.unitId, {
        type: 'hotlineUrged',
        payload,
        dedupeKey: `hotlineUrged:${o.id}:${toUrge.map((m) => `${m.kind}@${m.due}`).join(',')}`,
      });
      await appendOrderEvent(tx, system, {
        orderId: o.id,
        type: 'urged',
        payload: { deadlines: toUrge.map((m) => CLOCK_NAMES[m.kind]), dues: toUrge.map((m) => m.due), unit: o.unitName },
      });
      await tx.update(workOrders).set({ urgedOn: today }).where(eq(workOrders.id, o.id));
      o.urgedOn = today;
      urged++;
    }
    // 通报: the deadlines still missed `bulletinAfterWorkdays` working days after their day, not yet bulletined.
    const toBulletin = missed.filter((m) => bulletinOn(m.due, cal, rules) <= today && !(o.bulletinedOn !== null && o.bulletinedOn > m.due));
    if (toBulletin.length) {
      const first = toBulletin[0];
      const workdays = rules.bulletinAfterWorkdays;
      const payload = {
        ...about,
        unitName: o.unitName,
        deadlines: toBulletin.map((m) => m.kind),
        deadlineText: toBulletin.map((m) => CLOCK_NAMES[m.kind]).join('、'),
        dueText: toBulletin.map((m) => m.dueText).join('、'),
        due: first.due,
        daysOverdue: diffDays(first.due, today),
        workdays,
        today,
      };
      const key = `hotlineBulletined:${o.id}:${toBulletin.map((m) => `${m.kind}@${m.due}`).join(',')}`;
      await notifyOrg(tx, o.congressId, o.unitId, { type: 'hotlineBulletined', payload, dedupeKey: key });
      await notifyRoleIn(tx, o.congressId, ['hotlineOffice', 'liaisonOffice'], { type: 'hotlineBulletined', payload, dedupeKey: key });
      await appendOrderEvent(tx, system, {
        orderId: o.id,
        type: 'bulletined',
        payload: { deadlines: toBulletin.map((m) => CLOCK_NAMES[m.kind]), dues: toBulletin.map((m) => m.due), unit: o.unitName, workdays },
      });
      await tx.update(workOrders).set({ bulletinedOn: today }).where(eq(workOrders.id, o.id));
      bulletined++;
    }
  }
  return { orders: orders.length, urged, bulletined };
}
