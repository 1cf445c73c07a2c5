/**
 * Taking an order in (issue 15 §1–§2), shared by the hotline office's and the deputy's form and the
 * 12345 platform's push: the category from the dispatch catalogue or as said, the place below the
 * city, the caller matched from the number, the number in the congress's year — and the row, its
 * first event and the notice to the hotline office, in the caller's transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { congressPlace } from '../../../domain/documents/full-names';
import { domainError, fieldError } from '../../../domain/errors';
import { workOrderNumber, type Urgency, type WorkOrderSource } from '../../../domain/hotline/orders';
import { bodiesFrom, type WorkOrderRow } from '../../auth/hotline-scope';
import { queryRows, type Db } from '../../db/client';
import { deputies, hotlineCatalogue, workOrders } from '../../db/schema';
import { deputiesByPhone } from '../../queries/hotline/caller-match';
import { aboutOrder, appendOrderEvent, notifyRoleIn, type EventActor } from './history';

/** The category of a new order: a row of the catalogue (by id, or by the very name said), else the free text. */
export async function resolveCategory(tx: Db, congressId: number, catalogueId: number | null | undefined, category: string | undefined) {
  if (catalogueId != null) {
    const [row] = await tx
      .select()
      .from(hotlineCatalogue)
      .where(and(eq(hotlineCatalogue.id, catalogueId), eq(hotlineCatalogue.congressId, congressId)));
    if (!row) throw fieldError('HOTLINE_UNKNOWN_CATALOGUE', 'catalogueId');
    return { catalogueId: row.id, category: row.category };
  }
  const name = (category ?? '').trim();
  const [row] = await tx
    .select({ id: hotlineCatalogue.id })
    .from(hotlineCatalogue)
    .where(and(eq(hotlineCatalogue.congressId, congressId), eq(hotlineCatalogue.category, name)));
  return { catalogueId: row?.id ?? null, category: name };
}

/** R-LINE-2 属地: the place must be a county or township body below the order's congress. */
export async function checkPlace(tx: Db, congressId: number, placeCongressId: number | null | undefined): Promise<number | null> {
  if (placeCongressId == null) return null;
  const below = (await bodiesFrom(tx, congressId)).filter((id) => id !== congressId);
  if (!below.includes(placeCongressId)) throw fieldError('HOTLINE_UNKNOWN_PLACE', 'placeCongressId');
  return placeCongressId;
}

/**
 * The place the platform names (赫山区龙光桥街道…) as a body below the congress, when the text names
 * one: the deepest body whose place name it contains (a township before its county); else none, and
 * the text alone is kept.
 */
export async function checkPlaceName(tx: Db, congressId: number, placeName: string | null): Promise<number | null> {
  if (!placeName) return null;
  const rows = await queryRows<{ id: number; name: string; level: string }>(
    tx,
    sql`select id, name, level from congresses where body = 'congress' and id <> ${congressId} and (parent_id = ${congressId}
          or parent_id in (select id from congresses where parent_id = ${congressId})) order by id`,
  );
  const hits = rows.filter((r) => {
    const place = congressPlace(r.name);
    return place.length >= 2 && placeName.includes(place);
  });
  return (hits.find((r) => r.level === 'township') ?? hits[0])?.id ?? null;
}

/** A deputy of the congress, else HOTLINE_UNKNOWN_DEPUTY beside `field`. */
export async function deputyOf(tx: Db, congressId: number, deputyId: number, field = 'deputyId') {
  const [d] = await tx
    .select()
    .from(deputies)
    .where(and(eq(deputies.id, deputyId), eq(deputies.congressId, congressId)));
  if (!d) throw fieldError('HOTLINE_UNKNOWN_DEPUTY', field);
  return d;
}

/** The caller matched from the number: the one deputy with it, none when no deputy or several have it (the hotline office chooses). */
export async function matchDeputy(tx: Db, congressId: number, phone: string): Promise<{ id: number; name: string } | null> {
  const found = await deputiesByPhone(tx, congressId, phone);
  return found.length === 1 ? found[0] : null;
}

/** The next number of the congress's year, under a lock of the congress row (concurrent orders wait, none shares a number). */
async function nextNumber(tx: Db, congressId: number, year: number): Promise<string> {
  await queryRows(tx, sql`select id from congresses where id = ${congressId} for update`);
  const [r] = await queryRows<{ seq: number }>(
    tx,
    sql`select coalesce(max(substring(number from '([0-9]+)$')::int), 0)::int as seq from work_orders where congress_id = ${congressId} and year = ${year}`,
  );
  return workOrderNumber(year, Number(r.seq) + 1);
}

/** How the notice to the hotline office says the order came in (工单…已由12345平台推送). */
const RECEIVED_AS: Record<WorkOrderSource, string> = {
  hotlineOffice: '登记',
  platform: '由12345平台推送',
  deputy: '由代表在线提交',
  import: '导入',
};

export interface NewOrder {
  congressId: number;
  source: WorkOrderSource;
  platformOrderNo?: string | null;
  callerPhone: string;
  deputy: { id: number; name: string } | null;
  deputyConfirmed: boolean;
  catalogueId: number | null;
  category: string;
  content: string;
  calledAt: Date;
  urgency: Urgency;
  placeCongressId: number | null;
  placeName: string | null;
  createdBy: number | null;
  /** what the history keeps besides (the name the caller gave the platform …) */
  extra?: Record<string, unknown>;
}

/** R-LINE-1 受理: inserts the order (numbered), its first event, and tells the hotline office unless it typed it itself. */
export async function insertOrder(tx: Db, ctx: EventActor, o: NewOrder, now: Date): Promise<WorkOrderRow> {
  // A clock a few minutes fast on the caller's side is not an error; a call tomorrow is.
  if (o.calledAt.getTime() > now.getTime() + 5 * 60_000) throw timeError('calledInFuture', 'calledAt');
  const year = Number(todayInShanghai(now).slice(0, 4));
  const number = await nextNumber(tx, o.congressId, year);
  const [row] = await tx
    .insert(workOrders)
    .values({
      congressId: o.congressId,
      year,
      number,
      source: o.source,
      platformOrderNo: o.platformOrderNo ?? null,
      callerPhone: o.callerPhone,
      deputyId: o.deputy?.id ?? null,
      deputyConfirmed: o.deputyConfirmed,
      catalogueId: o.catalogueId,
      category: o.category,
      content: o.content,
      calledAt: o.calledAt,
      urgency: o.urgency,
      placeCongressId: o.placeCongressId,
      placeName: o.placeName,
      state: 'received',
      createdBy: o.createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendOrderEvent(tx, ctx, {
    orderId: row.id,
    type: 'created',
    toState: 'received',
    payload: { source: o.source, deputyName: o.deputy?.name ?? null, matched: o.deputy !== null && !o.deputyConfirmed, ...o.extra },
  });
  // The hotline office hears of what came in without it (the platform, a deputy); not of what it typed or imported itself.
  if (o.source === 'platform' || o.source === 'deputy') {
    await notifyRoleIn(tx, o.congressId, ['hotlineOffice'], {
      type: 'hotlineOrderReceived',
      payload: { ...aboutOrder(row), sourceLabel: RECEIVED_AS[o.source], deputyName: o.deputy?.name ?? null },
      dedupeKey: `hotlineOrderReceived:${row.id}`,
    });
  }
  return row;
}

/** HOTLINE_TIME of this variant beside `field`. */
export function timeError(variant: 'calledInFuture' | 'contactInFuture' | 'contactBeforeDispatch', field: string) {
  return domainError('HOTLINE_TIME', { variant }, [{ field, message: domainError('HOTLINE_TIME', { variant }).message }]);
}
