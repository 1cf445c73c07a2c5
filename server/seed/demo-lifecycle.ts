/**
 * Drives one planned suggestion through the use cases to its stage: the
 * 2025 plenary items run their whole course in 2025 (and their commitments
 * since), the live share was submitted recently so its deadlines run now.
 */
import { addDays, addMonths, type IsoDate } from '../../domain/deadlines';
import { forwardForRehandling } from '../usecases/evaluation/forward-for-rehandling';
import { closeItem } from '../usecases/evaluation/close-item';
import { mergeSuggestions } from '../usecases/review/merge-suggestions';
import { resubmitSuggestion } from '../usecases/submission/resubmit-suggestion';
import { withdrawSuggestion } from '../usecases/submission/withdraw-suggestion';
import type { PlannedItem } from './demo-plan';
import { followCommitments, replyFlow, type ReplyStop } from './demo-replies';
import {
  askAdjustment,
  assign,
  breakdown,
  contact,
  coOpinion,
  ctx,
  evaluate,
  evaluators,
  extension,
  itemVersion,
  maybeKeyItem,
  returnOpinion,
  review,
  settleAdjustment,
  submit,
  verdict,
  type Live,
  type World,
} from './demo-steps';
import { Clock, daysAgo, prevWorkday } from './demo-time';
import { reassignSuggestion } from '../usecases/assignment/reassign-suggestion';

const ASSIGN_DAYS: [IsoDate, number][] = [
  ['2025-02-12', 70],
  ['2025-02-20', 15],
  ['2025-03-05', 15],
];

export async function runItem(w: World, p: PlannedItem): Promise<void> {
  const r = p.rng;
  const c = new Clock(r, p.submitOn, w.realNow);
  const h = await submit(w, p, c, r);
  // Near-duplicates of this item, submitted in the same days, are merged into it after review (R-REVIEW-2).
  const duplicates: Live[] = [];
  for (const sec of p.absorb) duplicates.push(await submit(w, { ...sec, submitOn: c.date }, c, sec.rng));
  const s = p.stage;
  if (s === 'awaitingCosigners') return;
  if (s === 'submitted') {
    if (r.chance(0.3) && c.daysToToday() >= 2) {
      await review(w, h, { decision: 'return', reason: w.texts.returnReason(r) }, c.after(1, 2, true, c.today));
      const lead = w.staff.deputies[p.lead].actor;
      await resubmitSuggestion(ctx(w, lead, c.after(0, 2, false, c.today)), {
        itemId: h.id,
        version: await itemVersion(w, h.id),
        title: h.title,
        body: `${h.body}\n（根据审核意见，补充了有关情况，细化了具体建议。）`,
      });
    }
    return;
  }
  // A live item in handling was accepted a few days before its (working-day) assignment.
  const liveLimit = p.assignAgo ? addDays(prevWorkday(daysAgo(w.realNow, p.assignAgo)), -2) : c.today;
  const reviewDay = () => (p.live ? c.after(2, 6, true, liveLimit) : c.to(`2025-0${r.pick(['1-2', '2-0'])}${r.int(2, 8)}`));
  if (s === 'withdrawn') {
    // The lead deputy takes it back a day or two after submitting, before the office reviewed it.
    const lead = w.staff.deputies[p.lead].actor;
    await withdrawSuggestion(ctx(w, lead, c.after(1, 2, false, c.today)), {
      itemId: h.id,
      version: await itemVersion(w, h.id),
      note: '经进一步调研，相关问题已在本地解决，撤回该建议。',
    });
    return;
  }
  if (s === 'returned') return void (await review(w, h, { decision: 'return', reason: w.texts.returnReason(r) }, reviewDay()));
  if (s === 'notAccepted') return void (await review(w, h, { decision: 'reject', reason: w.texts.notAcceptedReason(r) }, reviewDay()));
  if (s === 'referenceOpen' || s === 'referenceClosed') {
    const u = h.units[0].unit;
    await review(w, h, { decision: 'reference', reason: w.texts.referenceReason, unitId: u.unitId }, reviewDay());
    if (s === 'referenceClosed') await contact(w, h, u, 'during', c.to(`2025-0${r.int(4, 9)}-${String(r.int(1, 28)).padStart(2, '0')}`));
    return;
  }
  await review(w, h, { decision: 'accept', note: w.texts.acceptNote }, reviewDay());
  for (const other of duplicates) {
    await review(w, other, { decision: 'accept' }, c.after(0, 1));
    await mergeSuggestions(ctx(w, w.staff.liaison, c.after(0, 2)), {
      primaryId: h.id,
      primaryVersion: await itemVersion(w, h.id),
      merged: [{ itemId: other.id, version: await itemVersion(w, other.id) }],
    });
  }
  if (s === 'accepted') return;
  if (s === 'draftAssigned') {
    c.after(2, 6, true, c.today);
    await assign(w, h, null);
    const n = w.counters.get('draftAdjust') ?? 0;
    if (n < 2) {
      w.counters.set('draftAdjust', n + 1);
      const u = h.units[h.units.length - 1].unit;
      await askAdjustment(w, h, u, c.after(1, 3, true, c.today));
    }
    return;
  }
  if (p.live) return runLive(w, h);
  return runHistoric(w, h);
}

/** Formal assignment (optionally after a draft), adjustments and the breakdown. */
async function startHandling(w: World, h: Live, assignedOn: IsoDate, adjust: boolean) {
  const { p, c, r } = h;
  if (p.x.draftFirst && !p.live) {
    c.to(addDays(assignedOn, -r.int(5, 8)));
    await assign(w, h, null);
  }
  await assign(w, h, assignedOn);
  if (adjust && p.x.adjustment) {
    const u = r.pick(h.units).unit;
    const id = await askAdjustment(w, h, u, c.after(2, 5));
    await settleAdjustment(w, h, u, id, p.x.adjustment === 'approved', c.after(1, 3));
  }
  if (adjust && p.x.reassign && p.mode === 'single') {
    const next = w.staff.units.find((u) => u.seed.categories.some((x) => h.units[0].unit.seed.categories.includes(x)) && u !== h.units[0].unit)!;
    h.units = [{ unit: next, role: 'lead' }];
    await reassignSuggestion(ctx(w, w.staff.liaison, c.after(18, 25, true, c.today)), {
      itemId: h.id,
      version: await itemVersion(w, h.id),
      mode: 'single',
      units: [{ unitId: next.unitId, role: 'lead' }],
      reason: '经与有关单位协商，该件改由更对口的单位承办。',
    });
  }
  for (const u of h.units) await breakdown(w, h, u.unit, c.after(1, 6, true, c.today));
  const lead = h.units.find((u) => u.role !== 'co')!.unit;
  if (p.x.key) await maybeKeyItem(w, h, lead, c.after(1, 5, true, c.today));
}

const replying = (h: Live) => h.units.filter((u) => u.role !== 'co').map((u) => u.unit);
const coUnits = (h: Live) => h.units.filter((u) => u.role === 'co').map((u) => u.unit);

/** Contacts, co-opinions and the replies of every replying unit, sent on `sendOn`. */
async function handleAndReply(w: World, h: Live, sendOn: IsoDate, opts: { stop?: ReplyStop; partial?: boolean } = {}) {
  const { p, c, r } = h;
  const limit = addDays(sendOn, -3);
  const skipContact = p.x.overrideContact && !p.live;
  for (const u of replying(h)) {
    if (!skipContact) await contact(w, h, u, 'before', c.after(5, 25, true, limit));
    if (r.chance(0.2)) await contact(w, h, u, 'during', c.after(5, 20, true, limit));
  }
  const cos = coUnits(h);
  for (const [i, u] of cos.entries()) {
    if (p.x.overrideCo && i === 0) continue;
    await coOpinion(w, h, u, c.after(3, 15, true, limit));
    if (p.x.coReturn || p.variant === 'coReturned') {
      await returnOpinion(w, h, replying(h)[0], u, c.after(1, 3, true, limit));
      if (p.variant === 'coReturned') return;
      await coOpinion(w, h, u, c.after(2, 6, true, limit));
    }
  }
  for (const [i, u] of replying(h).entries()) {
    const stop = opts.partial && i > 0 ? 'draft' : (opts.stop ?? 'sent');
    const by = i === 0 ? sendOn : sendOn > c.date ? sendOn : c.date;
    await replyFlow(w, h, u, {
      stop,
      cls: i === 0 ? p.resultClass : r.pick(['A', 'B']),
      by,
      sendBack: p.x.sendBack,
      govSendBack: p.x.govSendBack,
      overrideContact: skipContact,
      overrideCo: p.x.overrideCo && i === 0,
    });
  }
}

async function runHistoric(w: World, h: Live) {
  const { p, c, r } = h;
  const assignedOn = r.weighted(ASSIGN_DAYS);
  await startHandling(w, h, assignedOn, true);
  const due = addMonths(assignedOn, 3);
  let sendOn: IsoDate;
  if (p.x.extension) {
    await extension(w, h, replying(h)[0], true, c.after(40, 60), () => c.after(1, 4));
    sendOn = addDays(assignedOn, r.int(120, 175));
  } else if (p.x.late) sendOn = addDays(due, r.int(5, 40));
  else sendOn = addDays(assignedOn, r.int(55, 88));
  await handleAndReply(w, h, prevWorkday(sendOn));
  await afterReply(w, h);
}

/** Evaluation and what follows, by stage (R-EVAL-1/2/3). */
async function afterReply(w: World, h: Live) {
  const { p, c, r } = h;
  const who = await evaluators(w, h.id);
  if (p.stage === 'closed') await evaluate(w, h, who, () => verdict(r, p.resultClass), 2, 12);
  else if (p.stage === 'closedNotEvaluated') {
    await closeItem(ctx(w, w.staff.liaison, c.after(35, 60, true, c.today)), {
      itemId: h.id,
      version: await itemVersion(w, h.id),
      note: w.texts.notEvaluatedNote,
    });
  } else if (p.stage === 'replied') {
    const others = who.filter((d) => d.index !== w.demoLead && d.index !== p.lead);
    if (others.length && r.chance(0.5)) await evaluate(w, h, others.slice(0, r.int(1, others.length)), () => verdict(r, p.resultClass), 0, 3);
    return;
  } else if (p.stage === 'dissatisfied' || p.stage === 'rehandling' || p.stage === 'closedRehandled') {
    await evaluate(w, h, who, (_, i) => (i === 0 ? 'dissatisfied' : verdict(r, p.resultClass)), 2, 8);
    if (p.stage === 'dissatisfied') return;
    const forwardOn = p.live ? daysAgo(w.realNow, w.counters.get('rehandleOverdue') ? r.int(4, 24) : 35) : addDays(c.date, r.int(3, 7));
    if (p.live) w.counters.set('rehandleOverdue', 1);
    await forwardForRehandling(ctx(w, w.staff.liaison, c.to(forwardOn)), {
      itemId: h.id,
      version: await itemVersion(w, h.id),
      note: w.texts.rehandleNote,
    });
    for (const u of replying(h)) await contact(w, h, u, 'after', c.after(2, 8, true, c.today), 'visit');
    if (p.stage === 'rehandling') {
      if (r.chance(0.5)) await replyFlow(w, h, replying(h)[0], { stop: 'draft', cls: p.resultClass, by: c.today });
      return;
    }
    const again = addDays(forwardOn, r.int(15, 28));
    for (const u of replying(h)) await replyFlow(w, h, u, { stop: 'sent', cls: p.resultClass, by: again });
    await evaluate(w, h, who, () => (r.chance(0.15) ? 'dissatisfied' : verdict(r, p.resultClass)), 2, 10);
  }
  await followCommitments(w, h);
}

async function runLive(w: World, h: Live) {
  const { p, c, r } = h;
  const assignedOn = prevWorkday(daysAgo(w.realNow, p.assignAgo));
  const v = p.variant;
  if (p.stage !== 'handling') {
    await startHandling(w, h, assignedOn, false);
    const sendOn =
      p.stage === 'replied'
        ? daysAgo(w.realNow, r.int(1, 25))
        : p.stage === 'dissatisfied'
          ? daysAgo(w.realNow, r.int(15, 28))
          : addDays(assignedOn, r.int(55, 80));
    await handleAndReply(w, h, prevWorkday(sendOn));
    return afterReply(w, h);
  }
  if (v === 'fresh' || v === 'adjustmentRequested') {
    await assign(w, h, assignedOn);
    if (v === 'adjustmentRequested') await askAdjustment(w, h, r.pick(h.units).unit, c.after(1, 2, true, c.today));
    return;
  }
  await startHandling(w, h, assignedOn, false);
  const lead = replying(h)[0];
  if (v === 'breakdown') return;
  if (v === 'contacted') return void (await contact(w, h, lead, 'before', c.after(3, 20, true, c.today)));
  if (v === 'extensionRequested' || v === 'extensionApproved') {
    await contact(w, h, lead, 'before', c.after(10, 30, true, c.today));
    const approve = v === 'extensionApproved' ? true : null;
    await extension(w, h, lead, approve, c.to(addDays(assignedOn, r.int(70, 80))), () => c.after(1, 4, true, c.today));
    if (r.chance(0.5)) await replyFlow(w, h, lead, { stop: 'draft', cls: p.resultClass, by: c.today });
    return;
  }
  const stop: ReplyStop = v === 'inReview' || v === 'awaitingSignOff' || v === 'signed' || v === 'sentBack' ? v : 'draft';
  const partial = v === 'splitPartial';
  await handleAndReply(w, h, partial ? addDays(c.date, Math.min(30, c.daysToToday())) : c.today, { stop: partial ? 'sent' : stop, partial });
}
