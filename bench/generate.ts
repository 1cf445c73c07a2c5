/**
 * Issue 6 §1: a deterministic decade of a province for the benchmark — one
 * congress, a session a year, ~300 handling units, ~20,000 deputies and
 * N items in every state and handling mode with co-handlers, their history
 * (~10 events an item), contacts, co-opinions, replies, evaluations, B
 * commitments and deadlines. Rows are written straight into the tables
 * (COPY): driving 200,000 items through the use cases, as the demo seed does,
 * would take hours. The shapes follow the use cases (the same event types,
 * task and reply states, payload keys), and the texts come from the demo corpus.
 */
import { addDays, type IsoDate } from '../domain/deadlines';
import { ITEM_STATES } from '../domain/items/states';
import { CATEGORIES, CATEGORY_WEIGHTS, CITIES, createRng, makeSuggestion, UNITS, type Rng } from '../server/seed/corpus';
import { writeCongress, type Actor, type CongressOptions, type Unit } from './congress';
import type { CopySink } from './copy-sink';
import { writeEvaluations, writeTasks } from './item-handling';
import { CURRENT_PATHS, deadlineRule, distinct, MODES, PAST_PATHS, type ItemEvent, type ItemHistory, type Path } from './rows';

export interface GenerateOptions extends CongressOptions {
  seed: number;
  /** The "today" of the data: the latest session is in progress around it. */
  today: IsoDate;
  /** Items of the latest session waiting for review (the write scenario's pool). */
  submittedPool: number;
}

export function defaultOptions(items: number): GenerateOptions {
  // A decade from 2,000 items; fewer, fuller sessions for a small set, so the latest still has every state.
  const years = items >= 2000 ? 10 : items >= 500 ? 5 : 2;
  return {
    items,
    seed: 2026,
    years,
    endYear: 2026,
    today: '2026-12-01',
    units: Math.min(300, Math.max(60, Math.round(items / 100))),
    deputies: Math.min(20_000, Math.max(200, Math.round(items / 10))),
    submittedPool: Math.min(10_000, Math.floor(items / years / 2)),
  };
}

/** Generates everything into the sink; returns what it wrote. */
export async function generate(sink: CopySink, o: GenerateOptions, passwordHash: string): Promise<{ latestSessionId: number }> {
  const rng = createRng(o.seed);
  const { congressId, sessions, perSession, units, deputies, delegationIds, categoryIds, office } = writeCongress(sink, rng, o, passwordHash);
  const ids = { item: 0, task: 0, event: 0, contact: 0, co: 0, reply: 0, evaluation: 0, commitment: 0, deadline: 0 };
  const byCategory = new Map<string, Unit[]>();
  for (const c of CATEGORIES)
    byCategory.set(
      c.name,
      units.filter((u) => u.categories.includes(c.name)),
    );
  const localsByCity = new Map<string, Unit[]>();
  for (const u of units) if (u.city) localsByCity.set(u.city, [...(localsByCity.get(u.city) ?? []), u]);
  const topOf = new Map<string, string>();
  for (const c of CATEGORIES) for (const n of [c.name, ...c.children]) topOf.set(n, c.name);
  const categoryPool: [string, number][] = CATEGORIES.flatMap((c) => {
    const w = CATEGORY_WEIGHTS.find(([n]) => n === c.name)?.[1] ?? 1;
    return [c.name, ...c.children].map((n): [string, number] => [n, w / (c.children.length + 1)]);
  });

  for (const [si, session] of sessions.entries()) {
    const current = si === sessions.length - 1;
    const srng = rng.fork();
    const firstItemOfSession = ids.item + 1;
    const n = perSession[si];
    const pool = current ? Math.min(o.submittedPool, Math.floor(n / 2)) : 0;
    for (let k = 1; k <= n; k++) {
      const itemId = ++ids.item;
      const path: Path = k > n - pool ? 'submitted' : srng.weighted(current ? CURRENT_PATHS : PAST_PATHS);
      await writeItem(srng, { itemId, seq: k, session, current, path, pooled: k > n - pool, firstItemOfSession });
      await sink.maybeFlush();
    }
  }
  return { latestSessionId: sessions.length };

  async function writeItem(
    r: Rng,
    x: { itemId: number; seq: number; session: (typeof sessions)[number]; current: boolean; path: Path; pooled: boolean; firstItemOfSession: number },
  ): Promise<void> {
    const { itemId, session, path } = x;
    const Y = session.year;
    const category = r.weighted(categoryPool);
    const lead = deputies[r.int(0, deputies.length - 1)];
    const text = makeSuggestion(r, category, lead.delegation);
    // Joint suggestions (R-SUBMIT-1): 1–4 cosigners, distinct and not the lead.
    const cosigners = r.chance(0.3)
      ? [
          ...new Map(
            Array.from({ length: r.int(1, 4) }, () => deputies[r.int(0, deputies.length - 1)])
              .filter((d) => d.id !== lead.id)
              .map((d) => [d.id, d]),
          ).values(),
        ]
      : [];
    const plenary = !x.pooled && r.chance(0.85);
    const submitted: IsoDate = x.pooled
      ? addDays(o.today, -r.int(0, 20))
      : plenary
        ? `${Y}-01-${String(r.int(16, 20)).padStart(2, '0')}`
        : addDays(`${Y}-02-01`, r.int(0, 240));
    const deputyActor: Actor = { id: null, role: 'deputy', name: lead.name };
    const events: ItemEvent[] = [];
    const at = (d: IsoDate, hour = 10) => `${d}T${String(Math.min(18, hour + r.int(0, 7))).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`;
    const number = `${Y}-${String(x.seq).padStart(4, '0')}`;
    const preState = cosigners.length && path === 'awaitingCosigners' ? 'awaitingCosigners' : 'submitted';
    events.push({
      at: at(submitted, 9),
      type: 'submitSuggestion',
      actor: deputyActor,
      to: preState,
      payload: { number, cosigners: cosigners.map((c) => c.id) },
    });
    for (const c of cosigners) {
      if (path !== 'awaitingCosigners')
        events.push({
          at: at(submitted, 11),
          type: 'confirmCosignature',
          actor: { id: null, role: 'deputy', name: c.name },
          from: 'awaitingCosigners',
          to: 'awaitingCosigners',
          payload: { deputyId: c.id },
        });
    }

    const reviewed = addDays(submitted, r.int(3, 12));
    const assignedOn = addDays(reviewed, r.int(5, 20));
    const isReference = path === 'referenceItem' || path === 'referenceClosed';
    const assigned = ['handling', 'replied', 'dissatisfied', 'rehandling', 'closed', 'closedRehandled', 'closedNotEvaluated'].includes(path);
    let state: string = path;
    let closeReason: string | null = null;
    let mergedInto: number | null = null;
    if (path === 'returned')
      events.push({
        at: at(reviewed),
        type: 'returnSuggestion',
        actor: office,
        from: 'submitted',
        to: 'returned',
        payload: { reason: '建议内容需进一步充实具体措施' },
      });
    if (path === 'notAccepted')
      events.push({
        at: at(reviewed),
        type: 'rejectSuggestion',
        actor: office,
        from: 'submitted',
        to: 'notAccepted',
        payload: { reason: '所提事项属于个人诉求，不作为代表建议立案' },
      });
    if (path === 'merged') {
      mergedInto = itemId > x.firstItemOfSession ? r.int(x.firstItemOfSession, itemId - 1) : null;
      if (mergedInto === null) state = 'notAccepted';
      events.push({
        at: at(reviewed),
        type: mergedInto ? 'mergeSuggestion' : 'rejectSuggestion',
        actor: office,
        from: 'submitted',
        to: state,
        payload: mergedInto ? { into: mergedInto } : { reason: '内容重复' },
      });
    }
    if (isReference)
      events.push({
        at: at(reviewed),
        type: 'convertToReference',
        actor: office,
        from: 'submitted',
        to: 'referenceItem',
        payload: { reason: '所提问题正在研究，转为参阅件供有关部门参考' },
      });
    if (['accepted', 'draftAssigned'].includes(path) || assigned)
      events.push({ at: at(reviewed), type: 'acceptSuggestion', actor: office, from: 'submitted', to: 'accepted', payload: {} });

    // Units: the category's units lead; co-handlers are other departments or a local government of the deputy's city.
    const mode = r.weighted(MODES);
    const leads = byCategory.get(topOf.get(category) ?? '') ?? [];
    const leadUnit = leads.length ? r.pick(leads) : units[r.int(0, UNITS.length - 1)];
    const plannedUnits: { unit: Unit; role: string }[] = isReference
      ? [{ unit: leadUnit, role: 'reference' }]
      : mode === 'split'
        ? [
            { unit: leadUnit, role: 'split' },
            { unit: pickOther(r, leadUnit, lead.delegation), role: 'split' },
          ]
        : mode === 'leadCo'
          ? [
              { unit: leadUnit, role: 'lead' },
              ...distinct(
                Array.from({ length: r.int(1, 2) }, () => pickOther(r, leadUnit, lead.delegation)),
                leadUnit,
              ).map((u) => ({ unit: u, role: 'co' })),
            ]
          : [{ unit: leadUnit, role: 'lead' }];
    const hasTasks = isReference || path === 'draftAssigned' || assigned;
    const late = r.chance(0.08);
    // The latest session's open items are placed around "today" so the ledger has every light.
    const openNow = x.current && ['handling', 'rehandling', 'draftAssigned'].includes(path);
    const baseAssigned: IsoDate = openNow ? addDays(o.today, -r.int(20, 120)) : assignedOn;
    const replyDue = assigned ? addDays(baseAssigned, 90) : null;
    const repliedOn = ['replied', 'dissatisfied', 'rehandling', 'closed', 'closedRehandled', 'closedNotEvaluated'].includes(path)
      ? x.current && path === 'replied'
        ? addDays(o.today, -r.int(1, 25))
        : addDays(baseAssigned, late ? r.int(91, 120) : r.int(30, 88))
      : null;
    const resultClass = repliedOn
      ? r.weighted<'A' | 'B' | 'C'>([
          ['A', 27],
          ['B', 60],
          ['C', 13],
        ])
      : null;
    if (path === 'draftAssigned')
      events.push({
        at: at(assignedOn),
        type: 'draftAssignment',
        actor: office,
        from: 'accepted',
        to: 'draftAssigned',
        payload: { mode, units: plannedUnits.map((p) => p.unit.id) },
      });
    if (assigned)
      events.push({
        at: at(baseAssigned),
        type: 'assignSuggestion',
        actor: office,
        from: 'accepted',
        to: 'handling',
        payload: { mode, units: plannedUnits.map((p) => ({ unitId: p.unit.id, role: p.role })) },
      });

    const rehandled = path === 'rehandling' || path === 'closedRehandled';
    const round = rehandled ? 2 : 1;
    const rehandleFrom = rehandled ? addDays(repliedOn!, r.int(10, 25)) : null;
    const evaluatedOn = repliedOn ? addDays(rehandled && path === 'closedRehandled' ? addDays(rehandleFrom!, 50) : repliedOn, r.int(5, 25)) : null;

    const replyRows: { id: number; taskId: number; unit: Unit; at: string; on: IsoDate }[] = [];
    const h: ItemHistory = {
      sink,
      ids,
      r,
      at,
      events,
      itemId,
      Y,
      session,
      x,
      path,
      lead,
      text,
      office,
      deputyActor,
      plannedUnits,
      isReference,
      assigned,
      reviewed,
      assignedOn,
      baseAssigned,
      replyDue,
      repliedOn,
      rehandleFrom,
      evaluatedOn,
      resultClass,
      replyRows,
    };
    if (hasTasks) writeTasks(h);
    writeEvaluations(h);

    // The item row: its state, dates and the due date the ledger sorts by.
    if (path === 'closed' || path === 'closedRehandled') closeReason = path === 'closed' ? 'evaluated' : 'rehandledEvaluated';
    if (path === 'closedNotEvaluated') closeReason = 'notEvaluated';
    if (path === 'referenceClosed') closeReason = 'referenceContacted';
    if (['closed', 'closedRehandled', 'closedNotEvaluated', 'referenceClosed'].includes(path)) state = 'closed';
    if (!(ITEM_STATES as readonly string[]).includes(state)) throw new Error(`bench: no state for path ${path}`);
    const closedAt = state === 'closed' ? (events.at(-1)?.at ?? at(submitted)) : null;
    const currentDue: IsoDate | null =
      state === 'handling'
        ? replyDue
        : state === 'rehandling'
          ? addDays(rehandleFrom!, 60)
          : state === 'replied'
            ? addDays(repliedOn!, 30)
            : state === 'referenceItem'
              ? addDays(reviewed, 30)
              : null;
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const itemEventsCount = events.filter((e) => e.to && !e.taskId).length;
    sink.row('items', [
      itemId,
      congressId,
      session.id,
      number,
      text.title,
      text.body,
      categoryIds.get(category)!,
      plenary ? 'plenary' : 'interim',
      state,
      x.pooled ? 1 : Math.max(1, itemEventsCount),
      lead.id,
      delegationIds.get(lead.delegation)!,
      !x.pooled && r.chance(0.002),
      hasTasks && !isReference ? mode : null,
      mergedInto,
      at(submitted, 9),
      assigned ? baseAssigned : null,
      replyDue,
      currentDue,
      round,
      state === 'closed' || repliedOn ? resultClass : null,
      repliedOn,
      rehandleFrom,
      closedAt,
      closeReason,
      events.at(-1)!.at,
    ]);
    sink.row('item_signers', [itemId, lead.id, true, 'confirmed', at(submitted, 9)]);
    for (const c of cosigners)
      sink.row('item_signers', [
        itemId,
        c.id,
        false,
        path === 'awaitingCosigners' ? 'pending' : 'confirmed',
        path === 'awaitingCosigners' ? null : at(submitted, 11),
      ]);
    if (x.current && assigned && state === 'handling') {
      // R-ASSIGN-3: the adjustment window after formal assignment.
      sink.row('deadlines', [
        ++ids.deadline,
        itemId,
        null,
        'adjustmentWindow',
        baseAssigned,
        addDays(baseAssigned, 7),
        deadlineRule('adjustmentWindow', baseAssigned, addDays(baseAssigned, 7)),
        addDays(baseAssigned, 7) >= o.today,
      ]);
    }
    for (const e of events) {
      sink.row('item_events', [
        ++ids.event,
        itemId,
        e.taskId ?? null,
        e.type,
        e.actor.id,
        e.actor.role,
        e.actor.name,
        e.at,
        e.from ?? null,
        e.to ?? null,
        e.payload,
      ]);
    }
  }

  function pickOther(r: Rng, not: Unit, delegation: string): Unit {
    const city = CITIES.find((c) => c.delegation === delegation)?.city;
    const local = city ? localsByCity.get(city) : undefined;
    if (local?.length && r.chance(0.35)) return r.pick(local);
    for (let i = 0; i < 5; i++) {
      const u = units[r.int(0, UNITS.length - 1)];
      if (u.id !== not.id) return u;
    }
    return units.find((u) => u.id !== not.id)!;
  }
}
