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
import { addDays, describeDuration, diffDays, type IsoDate } from '../domain/deadlines';
import type { DeadlineRule } from '../domain/items/item-deadlines';
import { ITEM_STATES } from '../domain/items/states';
import {
  CATEGORIES,
  CATEGORY_WEIGHTS,
  CITIES,
  createRng,
  handlerName,
  demoPhone,
  makeCoOpinion,
  makeCommitmentWithDate,
  makeContactSummary,
  makeEvaluationComment,
  makeReply,
  makeSuggestion,
  UNITS,
  type Rng,
} from '../server/seed/corpus';
import { writeCongress, type Actor, type CongressOptions, type Unit } from './congress';
import type { CopySink } from './copy-sink';

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

/** What an item went through; the last session holds every state, earlier ones are finished. */
type Path =
  | 'awaitingCosigners'
  | 'submitted'
  | 'returned'
  | 'notAccepted'
  | 'merged'
  | 'accepted'
  | 'draftAssigned'
  | 'handling'
  | 'replied'
  | 'dissatisfied'
  | 'rehandling'
  | 'closed'
  | 'closedRehandled'
  | 'closedNotEvaluated'
  | 'referenceItem'
  | 'referenceClosed';

const CURRENT_PATHS: [Path, number][] = [
  ['closed', 48],
  ['closedNotEvaluated', 4],
  ['replied', 12],
  ['handling', 16],
  ['rehandling', 1],
  ['dissatisfied', 0.5],
  ['accepted', 2],
  ['draftAssigned', 1.5],
  ['submitted', 2],
  ['returned', 0.5],
  ['awaitingCosigners', 0.5],
  ['notAccepted', 1],
  ['merged', 1],
  ['referenceItem', 2],
  ['referenceClosed', 2],
  ['closedRehandled', 1],
];
const PAST_PATHS: [Path, number][] = [
  ['closed', 84],
  ['closedNotEvaluated', 4],
  ['closedRehandled', 2],
  ['referenceClosed', 4],
  ['notAccepted', 3],
  ['merged', 3],
];
const MODES: [string, number][] = [
  ['single', 58],
  ['leadCo', 32],
  ['split', 7],
  ['leaderLed', 3],
];
const CONTACT_METHODS = ['visit', 'meeting', 'inspection', 'phone', 'wechat', 'video'] as const;

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
    const events: { at: string; type: string; actor: Actor; taskId?: number | null; from?: string | null; to?: string | null; payload: object }[] = [];
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
    if (hasTasks) {
      for (const p of plannedUnits) {
        const taskId = ++ids.task;
        const isLead = p.role === 'lead' || p.role === 'split';
        const taskState =
          path === 'draftAssigned'
            ? 'draft'
            : p.role === 'reference'
              ? path === 'referenceClosed'
                ? 'contacted'
                : 'assigned'
              : p.role === 'co'
                ? path === 'handling' && r.chance(0.4)
                  ? 'assigned'
                  : 'opinionSent'
                : ['handling', 'rehandling'].includes(path)
                  ? 'assigned'
                  : 'replied';
        const taskBase: IsoDate = isReference ? reviewed : path === 'draftAssigned' ? assignedOn : baseAssigned;
        const due = isReference ? addDays(taskBase, 30) : p.role === 'co' ? addDays(taskBase, 30) : replyDue;
        const ack = path === 'draftAssigned' && r.chance(0.5) ? null : at(addDays(taskBase, r.int(0, 3)));
        const division = p.unit.divisions.length ? r.pick(p.unit.divisions) : null;
        const handler = handlerName(r);
        const breakdown = assigned && isLead ? at(addDays(taskBase, r.int(2, 8))) : null;
        const unitActor: Actor = { id: null, role: 'unitOffice', name: `${p.unit.shortName}办公室` };
        const doneOn: IsoDate | null =
          taskState === 'replied'
            ? repliedOn
            : taskState === 'opinionSent'
              ? addDays(taskBase, r.int(10, 28))
              : taskState === 'contacted'
                ? addDays(taskBase, r.int(5, 25))
                : null;
        sink.row('tasks', [
          taskId,
          itemId,
          p.unit.id,
          p.role,
          taskState,
          1 + (ack ? 1 : 0) + (breakdown ? 1 : 0) + (doneOn ? 1 : 0),
          division,
          breakdown ? handler : null,
          breakdown ? `${p.unit.shortName}副厅长` : null,
          breakdown,
          ack,
          path === 'draftAssigned' ? null : due,
          path === 'draftAssigned' ? null : taskBase,
          doneOn ? at(doneOn, 15) : null,
          at(taskBase),
        ]);
        if (ack) events.push({ at: ack, type: 'acknowledgeAssignment', actor: unitActor, taskId, payload: { role: p.role, draft: path === 'draftAssigned' } });
        if (breakdown)
          events.push({
            at: breakdown,
            type: 'setResponsibility',
            actor: unitActor,
            taskId,
            payload: { before: { divisionId: null, handlerName: null, responsibleLeader: null }, after: { divisionId: division, handlerName: handler } },
          });
        if (path !== 'draftAssigned' && due) {
          sink.row('deadlines', [
            ++ids.deadline,
            itemId,
            taskId,
            isReference ? 'referenceContact' : p.role === 'co' ? 'coOpinion' : 'reply',
            taskBase,
            due,
            deadlineRule(isReference ? 'referenceContact' : p.role === 'co' ? 'coOpinion' : 'reply', taskBase, due),
            !doneOn,
          ]);
        }
        // Contacts (R-TALK-1): leads talk to the deputy before replying; reference units once.
        if ((isLead && (doneOn || r.chance(0.5)) && assigned) || taskState === 'contacted') {
          for (let c = 0; c < (r.chance(0.3) ? 2 : 1); c++) {
            const method = r.pick(CONTACT_METHODS);
            const on = addDays(taskBase, r.int(5, 40));
            const s = makeContactSummary(r, method);
            const contactId = ++ids.contact;
            sink.row('contacts', [
              contactId,
              itemId,
              taskId,
              p.unit.id,
              on,
              method,
              c === 0 ? 'before' : 'during',
              ['visit', 'meeting', 'inspection'].includes(method),
              `${lead.name}代表、${handler}`,
              s.summary,
              s.deputyView,
              at(on, 14),
            ]);
            events.push({
              at: at(on, 14),
              type: 'recordContact',
              actor: unitActor,
              taskId,
              payload: { contactId, method, phase: c === 0 ? 'before' : 'during' },
            });
          }
          if (taskState === 'contacted')
            events.push({ at: at(doneOn!, 16), type: 'referenceContacted', actor: unitActor, taskId, from: 'referenceItem', to: 'closed', payload: {} });
        }
        if (taskState === 'opinionSent') {
          const coId = ++ids.co;
          sink.row('co_opinions', [
            coId,
            itemId,
            taskId,
            p.unit.id,
            makeCoOpinion(r, { unitName: p.unit.name, title: text.title }),
            'public',
            'sent',
            at(doneOn!, 15),
          ]);
          events.push({
            at: at(doneOn!, 15),
            type: 'sendCoOpinion',
            actor: unitActor,
            taskId,
            from: 'assigned',
            to: 'opinionSent',
            payload: { coOpinionId: coId, publicity: 'public' },
          });
        }
        if (isLead && repliedOn && path !== 'draftAssigned') {
          // A reply for round 1 (and round 2 when re-handled and answered again).
          const rounds = path === 'closedRehandled' ? [1, 2] : [1];
          for (const rd of rounds) {
            const on = rd === 1 ? repliedOn : addDays(rehandleFrom!, r.int(20, 45));
            const replyId = ++ids.reply;
            const sentAt = at(on, 15);
            const isPublic = r.chance(0.93);
            sink.row('replies', [
              replyId,
              itemId,
              taskId,
              p.unit.id,
              rd,
              'sent',
              makeReply(r, { title: text.title, unitName: p.unit.name, resultClass: resultClass!, deputyName: lead.name }),
              resultClass,
              isPublic ? 'public' : 'private',
              isPublic ? null : '涉及个人信息，不宜公开',
              `${p.unit.shortName}函〔${Y}〕${r.int(1, 400)}号`,
              `${p.unit.shortName}负责同志`,
              handler,
              demoPhone(r),
              at(addDays(on, -2), 16),
              sentAt,
              on,
              isPublic && r.chance(0.9) ? at(addDays(on, r.int(5, 25))) : null,
              at(addDays(on, -10)),
            ]);
            for (const [type, d, from, to] of [
              ['saveReplyDraft', -10, null, 'draft'],
              ['submitReplyForReview', -8, 'draft', 'inReview'],
              ['approveReplyReview', -6, 'inReview', 'awaitingSignOff'],
              ['signOffReply', -2, 'awaitingSignOff', 'signed'],
            ] as const) {
              events.push({ at: at(addDays(on, d)), type, actor: unitActor, taskId, from, to, payload: { replyId, resultClass } });
            }
            events.push({
              at: sentAt,
              type: 'sendReply',
              actor: unitActor,
              taskId,
              from: 'signed',
              to: 'sent',
              payload: { replyId, resultClass, commitments: resultClass === 'B' ? 1 : 0 },
            });
            replyRows.push({ id: replyId, taskId, unit: p.unit, at: sentAt, on });
            if (resultClass === 'B' && rd === rounds.length) {
              const c = makeCommitmentWithDate(r, text.title);
              const target = `${Math.max(Number(c.targetDate.slice(0, 4)) + (Y - 2025), Y)}${c.targetDate.slice(4)}`;
              const cState = x.current
                ? 'registered'
                : r.weighted<string>([
                    ['struckOff', 85],
                    ['registered', 10],
                    ['convertedToC', 5],
                  ]);
              const closed = cState === 'registered' ? null : at(addDays(target as IsoDate, r.int(-30, 20)));
              sink.row('commitments', [
                ++ids.commitment,
                itemId,
                replyId,
                p.unit.id,
                c.text,
                target,
                cState,
                session.id,
                closed ? (cState === 'struckOff' ? '已按承诺完成，同意销号' : '客观条件变化，转为C类') : null,
                closed,
                sentAt,
              ]);
            }
          }
        }
      }
    }
    if (repliedOn && ['replied', 'dissatisfied', 'rehandling', 'closed', 'closedRehandled', 'closedNotEvaluated'].includes(path)) {
      events.push({
        at: at(repliedOn, 17),
        type: 'allRepliesSent',
        actor: { id: null, role: 'system', name: '系统' },
        from: 'handling',
        to: 'replied',
        payload: {},
      });
    }
    // Evaluations (R-EVAL-1) and what follows them.
    const satisfied = r.weighted<string>([
      ['satisfied', 78],
      ['basicallySatisfied', 20],
      ['dissatisfied', 2],
    ]);
    if (path === 'closed' || path === 'dissatisfied' || path === 'rehandling' || path === 'closedRehandled') {
      const first = path === 'closed' ? satisfied : 'dissatisfied';
      const on = path === 'closed' ? evaluatedOn! : addDays(repliedOn!, r.int(5, 9));
      sink.row('evaluations', [
        ++ids.evaluation,
        itemId,
        lead.id,
        1,
        first === 'dissatisfied' && path === 'closed' ? 'basicallySatisfied' : first,
        makeEvaluationComment(r, first as never),
        at(on),
      ]);
      events.push({
        at: at(on),
        type: 'evaluateReply',
        actor: deputyActor,
        from: 'replied',
        to: path === 'closed' ? 'closed' : 'dissatisfied',
        payload: { deputyId: lead.id, result: first, round: 1 },
      });
      if (path === 'rehandling' || path === 'closedRehandled') {
        events.push({ at: at(rehandleFrom!), type: 'forwardForRehandling', actor: office, from: 'dissatisfied', to: 'rehandling', payload: {} });
      }
      if (path === 'closedRehandled') {
        sink.row('evaluations', [++ids.evaluation, itemId, lead.id, 2, 'basicallySatisfied', makeEvaluationComment(r, 'basicallySatisfied'), at(evaluatedOn!)]);
        events.push({
          at: at(evaluatedOn!),
          type: 'evaluateReply',
          actor: deputyActor,
          from: 'replied',
          to: 'closed',
          payload: { deputyId: lead.id, result: 'basicallySatisfied', round: 2 },
        });
      }
    }
    if (path === 'closedNotEvaluated')
      events.push({
        at: at(addDays(repliedOn!, 31), 1),
        type: 'evaluationWindowExpired',
        actor: { id: null, role: 'system', name: '系统' },
        from: 'replied',
        to: 'closed',
        payload: {},
      });
    for (const rr of replyRows) {
      if (r.chance(0.1)) events.push({ at: at(addDays(rr.on, 3)), type: 'publishReply', actor: office, payload: { replyId: rr.id } });
    }

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

function distinct(list: Unit[], not: Unit): Unit[] {
  const seen = new Set([not.id]);
  return list.filter((u) => (seen.has(u.id) ? false : (seen.add(u.id), true)));
}

/** How a generated deadline was computed, in the shape the server stores (the item page shows its description). */
function deadlineRule(rule: string, base: IsoDate, due: IsoDate): DeadlineRule {
  const duration = { unit: 'calendarDays' as const, amount: diffDays(base, due) };
  return { rule, duration, description: describeDuration(duration), profileYear: Number(base.slice(0, 4)), missingYears: [] };
}
