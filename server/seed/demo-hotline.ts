/**
 * A year of 岳阳市's deputies' hotline channel (人大代表民情通达专线, §9, issue 15) at the seed's scale
 * (seed 002: 465 calls, 383 problems, 362 solved): the city's special committees, the dispatch
 * catalogue, the 12345 platform's key, the hotline office (the `hotline` account) and every order driven
 * through the channel's use cases on a clock that never passes the present — so the oldest are rated
 * and closed, the newest still wait for dispatch, contact, finishing or the callback, and some are late.
 * Paths: typed by the hotline office, pushed by the platform, filed by a deputy; duplicates merged
 * (并单); sign-off forms (呈签单); returns and reassignment (退单/改派); extensions approved or not;
 * dissatisfied ratings supervised by a committee (and locally) and handled again; joint supervision of
 * long-unresolved orders; spot checks by a township's presidium.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { todayInShanghai, WorkdayCalendar } from '../../domain/deadlines';
import type { WorkOrderRating } from '../../domain/hotline/orders';
import type { Actor } from '../auth/actor';
import { toActor } from '../auth/sessions';
import { queryRows, type Db } from '../db/client';
import { deputies, hotlineApiKeys, organizations } from '../db/schema';
import { createUser, sharedDemoHash } from '../usecases/admin/create-user';
import { confirmWorkOrderCaller } from '../usecases/hotline/confirm-work-order-caller';
import { createCatalogueEntry } from '../usecases/hotline/create-catalogue-entry';
import { createWorkOrder } from '../usecases/hotline/create-work-order';
import { decideWorkOrderExtension } from '../usecases/hotline/decide-work-order-extension';
import { dispatchWorkOrder } from '../usecases/hotline/dispatch-work-order';
import { feedBackWorkOrder } from '../usecases/hotline/feed-back-work-order';
import { finishWorkOrder } from '../usecases/hotline/finish-work-order';
import { mergeWorkOrder } from '../usecases/hotline/merge-work-order';
import { rateWorkOrder } from '../usecases/hotline/rate-work-order';
import { receivePlatformOrder } from '../usecases/hotline/receive-platform-order';
import { recordWorkOrderContact } from '../usecases/hotline/record-work-order-contact';
import { recordWorkOrderSignOff } from '../usecases/hotline/record-work-order-sign-off';
import { requestWorkOrderExtension } from '../usecases/hotline/request-work-order-extension';
import { requestWorkOrderSignOff } from '../usecases/hotline/request-work-order-sign-off';
import { returnWorkOrder } from '../usecases/hotline/return-work-order';
import { spotCheckWorkOrder } from '../usecases/hotline/spot-check-work-order';
import { superviseWorkOrderJointly } from '../usecases/hotline/supervise-work-order-jointly';
import { personName, type Rng } from './corpus';
import { CITY_DISTRICTS, demoMobile, HOTLINE_CATEGORIES, HOTLINE_COMMITTEES, hotlineProblem, hotlineResult, type HotlineCategory } from './corpus/hotline';
import { DEMO_PASSWORD } from './demo-accounts';
import type { LevelsFixture } from './demo-levels-fixture';

/** The demo platform's key for the inbound API (README: a curl example); only its SHA-256 is stored. */
export const DEMO_PLATFORM_KEY = 'demo-12345-yueyang';

export interface HotlineSeedOptions {
  rng: Rng;
  realNow: Date;
  levels: LevelsFixture;
  orders: number;
  /** May return a promise: the first start's background seeding yields to the server there (issue 18 §4). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

const HOUR = 3_600_000;
const cal = new WorkdayCalendar();

/** Office hours of the day `t` falls on, moved on to the next working morning when past 18:00. */
function officeHours(t: Date): Date {
  const day = todayInShanghai(t);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(t));
  if (hour >= 8 && hour < 18) return t;
  const next = hour >= 18 ? cal.addWorkdays(day, 1).date : day;
  return new Date(`${next}T09:${String(t.getMinutes() % 50).padStart(2, '0')}:00+08:00`);
}

export async function seedHotline(db: Db, o: HotlineSeedOptions): Promise<{ orders: number; problems: number }> {
  const { rng, levels } = o;
  const city = levels.city;
  const cityId = city.congressId;
  const limit = o.realNow.getTime() - 2 * 60_000;

  // The deputies' mobiles: the platform's caller numbers are matched to them.
  for (const [i, d] of city.deputies.entries())
    await db
      .update(deputies)
      .set({ phone: demoMobile(i) })
      .where(eq(deputies.id, d.id));
  const committees = await db
    .insert(organizations)
    .values(HOTLINE_COMMITTEES.map((name) => ({ congressId: cityId, kind: 'committee', name })))
    .returning({ id: organizations.id, name: organizations.name });
  const hotlineUser = await createUser(
    db,
    {
      username: 'hotline',
      password: DEMO_PASSWORD,
      displayName: personName(rng),
      role: 'hotlineOffice',
      congressId: cityId,
      organizationId: city.governmentOfficeId,
    },
    sharedDemoHash,
  );
  const hotline = toActor(hotlineUser);
  await db
    .insert(hotlineApiKeys)
    .values({ congressId: cityId, name: '岳阳市12345政务服务便民热线', keySha256: createHash('sha256').update(DEMO_PLATFORM_KEY).digest('hex') });

  const unitByName = new Map(city.units.map((u) => [u.name, u]));
  const catalogue = new Map<string, number>();
  const first = new Date(o.realNow.getTime() - 400 * 24 * HOUR);
  for (const c of HOTLINE_CATEGORIES) {
    const { id } = await createCatalogueEntry(
      { db, actor: hotline, now: first },
      { category: c.category, unitId: unitByName.get(c.unit)!.unitId, committeeId: committees.find((x) => x.name === c.committee)!.id },
    );
    catalogue.set(c.category, id);
  }

  const version = async (id: number) =>
    (await queryRows<{ version: number; state: string }>(db, sql`select version, state from work_orders where id = ${id}`))[0];
  // A third of the city's deputies never call (they show on the duty list as not recommendable); the rest unevenly.
  const callers = city.deputies.slice(0, Math.ceil(city.deputies.length * 0.7));
  const weights = callers.map((_, i) => (i < 4 ? 6 : 1 + (i % 4)));
  const places = [
    ...CITY_DISTRICTS.map((name) => ({ name, id: null as number | null })),
    { name: '华容县', id: levels.county.congressId },
    { name: '平江县', id: levels.pingjiangId },
    ...levels.townships.slice(0, 6).map((t) => ({ name: `华容县${t.name}`, id: t.congressId })),
  ];
  const presidiumOf = new Map(levels.townships.map((t) => [t.congressId, t.presidium]));

  let problems = 0;
  let n = 0;
  const duplicatesWanted = Math.round(o.orders * (82 / 465));
  const originals = o.orders - duplicatesWanted;
  // Most calls spread over the year; the last ten days hold a denser recent share, so every stage is on the ledger now.
  const recent = Math.max(RECENT_SHAPES.length + 3, Math.round(originals * 0.06));
  const older = originals - recent;
  const recentFrom = o.realNow.getTime() - 10 * 24 * HOUR;
  const span = recentFrom - first.getTime() - 6 * 24 * HOUR;
  for (let i = 0; i < originals; i++) {
    const r = i - older;
    const shape: Shape = r >= 0 ? (RECENT_SHAPES[r] ?? {}) : {};
    // The newest (the last) was called 40 minutes ago and still waits for dispatch.
    const calledAt =
      i === originals - 1
        ? new Date(limit - 40 * 60_000)
        : shape.daysAgo !== undefined
          ? officeHours(new Date(o.realNow.getTime() - shape.daysAgo * 24 * HOUR))
          : r >= 0
            ? new Date(recentFrom + ((o.realNow.getTime() - recentFrom) * r) / recent)
            : new Date(first.getTime() + (span * i) / older + rng.int(0, 5 * 24) * HOUR);
    const c = rng.pick(HOTLINE_CATEGORIES);
    const place = rng.pick(places);
    const ci = shape.demoDeputy ? 0 : rng.weighted(callers.map((d, k) => [k, weights[k]] as [number, number]));
    const deputy = callers[ci];
    const phone = demoMobile(city.deputies.indexOf(deputy));
    const content = hotlineProblem(rng, c, place.name);
    const urgency = shape.urgency ?? (rng.chance(0.15) ? 'urgent' : 'general');
    const t0 = new Date(Math.min(calledAt.getTime() + rng.int(3, 20) * 60_000, limit));
    const id = await receive(db, { rng, hotline, deputy, phone, c, catalogue, place, content, calledAt, urgency, now: t0, seq: i });
    problems++;
    n++;
    // Duplicates of the same problem called in by others and merged (并单) before dispatch.
    const dupes = Math.round(((i + 1) * duplicatesWanted) / originals) - Math.round((i * duplicatesWanted) / originals);
    for (let k = 0; k < dupes; k++) {
      const other = callers[(ci + k + 1) % callers.length];
      const at = new Date(Math.min(t0.getTime() + rng.int(5, 40) * 60_000, limit));
      const dupId = await receive(db, {
        rng,
        hotline,
        deputy: other,
        phone: demoMobile(city.deputies.indexOf(other)),
        c,
        catalogue,
        place,
        content: `${content}（${other.name}代表同一问题再次来电）`,
        calledAt: at,
        urgency,
        now: at,
        seq: 10_000 + n,
      });
      await mergeWorkOrder(
        { db, actor: hotline, now: at },
        { orderId: dupId, version: (await version(dupId)).version, intoOrderId: id, note: '同一问题重复来电，并单办理' },
      );
      n++;
    }
    // The newest waits for dispatch whatever the hour: driven, an office-hours dispatch could still fall before now.
    if (i < originals - 1)
      await drive(db, { rng, hotline, city, c, deputy, id, calledAt, urgency, limit, version, presidiumOf, placeId: place.id, liaison: city.liaison, shape });
    await o.onProgress?.(n, o.orders);
  }
  return { orders: n, problems };
}

/** How a recent order is held at a stage the demo must show (the rest follow their clock to the present). */
interface Shape {
  daysAgo?: number;
  /** the `yy-d01` account's own order */
  demoDeputy?: boolean;
  urgency?: 'urgent' | 'general';
  /** stops before: the rating (fedBack), the decision on the sign-off form, the reassignment, the second round */
  hold?: 'finished' | 'fedBack' | 'signOff' | 'returned' | 'supervised';
}

const RECENT_SHAPES: readonly Shape[] = [
  { daysAgo: 4, demoDeputy: true, urgency: 'urgent', hold: 'fedBack' },
  { daysAgo: 16, hold: 'supervised' },
  { daysAgo: 22, hold: 'supervised' },
  { daysAgo: 1.2, hold: 'signOff' },
  { daysAgo: 0.8, hold: 'returned' },
  { daysAgo: 1.5, demoDeputy: true },
  { daysAgo: 5, urgency: 'urgent', hold: 'fedBack' },
  { daysAgo: 3, urgency: 'urgent', hold: 'finished' },
];

interface Received {
  rng: Rng;
  hotline: Actor;
  deputy: LevelsFixture['city']['deputies'][number];
  phone: string;
  c: HotlineCategory;
  catalogue: Map<string, number>;
  place: { name: string; id: number | null };
  content: string;
  calledAt: Date;
  urgency: 'urgent' | 'general';
  now: Date;
  seq: number;
}

/** One call in, three ways: pushed by the platform, typed by the hotline office (the caller confirmed), filed by the deputy. */
async function receive(db: Db, r: Received): Promise<number> {
  const way = r.deputy.actor && r.rng.chance(0.25) ? 'deputy' : r.rng.chance(0.5) ? 'platform' : 'office';
  if (way === 'platform') {
    const res = await receivePlatformOrder(
      db,
      DEMO_PLATFORM_KEY,
      {
        orderNo: `YY12345-${todayInShanghai(r.calledAt).replaceAll('-', '')}-${String(r.seq).padStart(5, '0')}`,
        callerPhone: r.phone,
        callerName: r.deputy.name,
        category: r.c.category,
        content: r.content,
        calledAt: r.calledAt.toISOString(),
        urgency: r.urgency,
        placeName: r.place.name,
      },
      r.now,
    );
    return res.id;
  }
  const actor = way === 'deputy' ? r.deputy.actor! : r.hotline;
  const { id } = await createWorkOrder(
    { db, actor, now: r.now },
    {
      callerPhone: r.phone,
      catalogueId: r.catalogue.get(r.c.category),
      content: r.content,
      calledAt: r.calledAt.toISOString(),
      urgency: r.urgency,
      placeCongressId: r.place.id,
      placeName: r.place.name,
    },
  );
  if (way === 'office') {
    // The hotline office confirms the caller the number matched.
    const [row] = await queryRows<{ version: number; deputy_confirmed: boolean }>(db, sql`select version, deputy_confirmed from work_orders where id = ${id}`);
    if (!row.deputy_confirmed) await confirmWorkOrderCaller({ db, actor: r.hotline, now: r.now }, { orderId: id, version: row.version, deputyId: r.deputy.id });
  }
  return id;
}

interface Drive {
  rng: Rng;
  hotline: Actor;
  city: LevelsFixture['city'];
  c: HotlineCategory;
  deputy: LevelsFixture['city']['deputies'][number];
  id: number;
  calledAt: Date;
  urgency: 'urgent' | 'general';
  limit: number;
  version: (id: number) => Promise<{ version: number; state: string }>;
  presidiumOf: Map<number, Actor>;
  placeId: number | null;
  liaison: Actor;
  shape: Shape;
}

/** The rest of one order's life, each step at its time, stopping where the present is. */
async function drive(db: Db, d: Drive): Promise<void> {
  const { rng, hotline, id } = d;
  let t = d.calledAt.getTime();
  const next = (minH: number, maxH: number, office = true) => {
    const raw = new Date(t + rng.int(Math.round(minH * 60), Math.round(maxH * 60)) * 60_000);
    t = (office ? officeHours(raw) : raw).getTime();
    return t <= d.limit;
  };
  const ctx = (actor: Actor) => ({ db, actor, now: new Date(t) });
  const v = async () => (await d.version(id)).version;
  const unit = (name: string) => d.city.units.find((u) => u.name === name)!;
  const lead = unit(d.c.unit);

  const hold = d.shape.hold;
  // 呈签单 for a complex order (5%), decided by the deputy secretary-general.
  if (hold === 'signOff' || rng.chance(0.05)) {
    if (!next(0.3, 2)) return;
    await requestWorkOrderSignOff(ctx(hotline), { orderId: id, version: await v(), reason: '涉及多个部门职责，需市政府分管副秘书长协调' });
    if (hold === 'signOff' || !next(4, 30)) return;
    await recordWorkOrderSignOff(ctx(hotline), {
      orderId: id,
      version: await v(),
      decision: `请${d.c.unit}牵头，${d.c.partner}配合，限期办结并向代表反馈`,
      decidedBy: `市政府副秘书长${personName(rng)}`,
    });
  }
  // 派单: a wrong unit first now and then (4%), which returns it; the hotline office reassigns (改派).
  const wrong = hold === 'returned' || rng.chance(0.04) ? unit(d.c.partner) : null;
  if (!next(0.2, 1.5)) return;
  const co = rng.chance(0.15) ? [unit(d.c.partner).unitId] : [];
  await dispatchWorkOrder(ctx(hotline), { orderId: id, version: await v(), leadUnitId: (wrong ?? lead).unitId, coUnitIds: wrong ? [] : co });
  if (wrong) {
    if (!next(1, 6, false)) return;
    await returnWorkOrder(ctx(wrong.office), { orderId: id, version: await v(), reason: `该事项属${d.c.unit}职责范围，非本单位职责，申请退单` });
    if (hold === 'returned' || !next(0.5, 3)) return;
    await dispatchWorkOrder(ctx(hotline), { orderId: id, version: await v(), leadUnitId: lead.unitId, coUnitIds: co, note: '退单后改派' });
  }
  const dispatchedAt = t;
  // Long-unresolved orders: a few are left open past their deadline and go to joint supervision.
  const stuck = !hold && rng.chance(0.012);

  for (let round = 1; round <= 2; round++) {
    if (round === 1) {
      // 24 hours to contact the deputy, a few late.
      if (!next(rng.chance(0.05) ? 26 : 1, rng.chance(0.05) ? 40 : 20, false)) return;
      await recordWorkOrderContact(ctx(lead.handler), {
        orderId: id,
        version: await v(),
        method: rng.pick(['phone', 'visit', 'site', 'wechat'] as const),
        invited: true,
        note: `与${d.deputy.name}代表联系，了解具体情况，邀请代表参与现场办理`,
        deputyView: rng.chance(0.5) ? '希望尽快解决，愿意参与现场查看' : null,
      });
    }
    if (stuck) {
      if (!next(24 * 12, 24 * 16)) return;
      await superviseWorkOrderJointly(ctx(d.liaison), { orderId: id, version: await v(), note: '久拖未决，组织相关委室、承办单位和市长热线办联合督办' });
      return;
    }
    // An extension now and then (5%), mostly approved.
    if (round === 1 && d.urgency === 'general' && rng.chance(0.05)) {
      if (!next(24, 72)) return;
      await requestWorkOrderExtension(ctx(lead.office), {
        orderId: id,
        version: await v(),
        workdays: rng.int(2, 5),
        reason: '需协调资金和施工队伍，申请延期办理',
      });
      if (!next(1, 8)) return;
      await decideWorkOrderExtension(ctx(hotline), { orderId: id, version: await v(), approve: rng.chance(0.75), note: '同意延期，请按期办结' });
    }
    // Finish: an urgent order the same day, a general one within 7 working days (a few late).
    const days = d.urgency === 'urgent' ? 0 : rng.chance(0.06) ? rng.int(9, 12) : rng.int(1, 7);
    const due = cal.addWorkdays(todayInShanghai(new Date(round === 1 ? dispatchedAt : t)), days).date;
    t = Math.max(t, new Date(`${due}T${d.urgency === 'urgent' ? '17' : String(rng.int(9, 17)).padStart(2, '0')}:00:00+08:00`).getTime());
    if (t > d.limit) return;
    await finishWorkOrder(ctx(lead.handler), { orderId: id, version: await v(), result: hotlineResult(rng, d.c) });
    // The result back to the deputy within 2 days (a few late).
    if (hold === 'finished' || !next(rng.chance(0.03) ? 60 : 1, rng.chance(0.03) ? 90 : 40)) return;
    await feedBackWorkOrder(ctx(lead.handler), { orderId: id, version: await v(), method: rng.pick(['phone', 'visit'] as const), note: '向代表反馈办理结果' });
    // 回访: the hotline office calls back, or the deputy rates on the phone.
    if (hold === 'fedBack' || !next(24, 24 * 5)) return;
    const rating: WorkOrderRating =
      hold === 'supervised' && round === 1
        ? 'dissatisfied'
        : round === 2
          ? rng.chance(0.7)
            ? 'satisfied'
            : 'basicallySatisfied'
          : (rng.weighted([
              ['satisfied', 80],
              ['basicallySatisfied', 15],
              ['dissatisfied', 4],
              ['veryDissatisfied', 1],
            ]) as WorkOrderRating);
    const rater = d.deputy.actor && rng.chance(0.3) ? d.deputy.actor : hotline;
    await rateWorkOrder(ctx(rater), {
      orderId: id,
      version: await v(),
      rating,
      comment: rating === 'dissatisfied' || rating === 'veryDissatisfied' ? '问题没有实质解决，只是答复了事' : '办理及时，结果满意',
    });
    if (rating !== 'dissatisfied' && rating !== 'veryDissatisfied') return;
    if (hold === 'supervised') return;
    // R-LINE-2: supervised; a township's presidium spot-checks an order located there.
    const presidium = d.placeId ? d.presidiumOf.get(d.placeId) : undefined;
    if (presidium) {
      if (!next(24, 72)) return;
      await spotCheckWorkOrder(ctx(presidium), { orderId: id, version: await v(), note: '主席团到现场抽查，问题仍未解决，已督促承办单位限期整改' });
    }
    if (!next(24, 96)) return;
  }
}
