import type { ResultClass } from '../../domain/items/kinds';
/**
 * One step of the lifecycle each: thin wrappers of the use cases that pick
 * the right actor and the corpus texts. The demo never writes items, tasks or
 * replies itself — every change goes through a use case and leaves history.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import type { IsoDate } from '../../domain/deadlines';
import type { ContactMethod, ContactPhase, EvaluationResult } from '../../domain/items/kinds';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { items, itemSigners, tasks } from '../db/schema';
import { assignSuggestion } from '../usecases/assignment/assign-suggestion';
import { decideAdjustment } from '../usecases/assignment/decide-adjustment';
import { requestAdjustment } from '../usecases/assignment/request-adjustment';
import { returnCoOpinion } from '../usecases/handling/return-co-opinion';
import { sendCoOpinion } from '../usecases/handling/send-co-opinion';
import { decideExtension } from '../usecases/handling/decide-extension';
import { requestExtension } from '../usecases/handling/request-extension';
import { recordContact } from '../usecases/handling/record-contact';
import { markKeyItem } from '../usecases/handling/mark-key-item';
import { setResponsibility } from '../usecases/handling/set-responsibility';
import type { Ctx } from '../usecases/lib/run';
import { evaluateReply } from '../usecases/evaluation/evaluate-reply';
import { reviewSuggestion, type ReviewDecision } from '../usecases/review/review-suggestion';
import { respondCosignature } from '../usecases/submission/respond-cosignature';
import { submitSuggestion } from '../usecases/submission/submit-suggestion';
import {
  makeAdjustmentReason,
  makeCoOpinion,
  makeContactSummary,
  makeEvaluationComment,
  UNITS,
  unitsForCategory,
  type Rng,
  type SuggestionText,
} from './corpus';
import type { PlannedItem, PlanRole } from './demo-plan';
import type { StreamTexts } from './demo-texts';
import type { Clock } from './demo-time';
import type { DeputyRef, Staff, UnitStaff } from './demo-users';

/**
 * One stream of the demo: the province's suggestions, or the CPPCC committee's proposals (demo-cppcc.ts).
 * `staff.liaison` is the office that reviews (the liaison office, the proposal committee) and
 * `staff.deputies` those who submit (deputies, members); units and the government office are shared.
 */
export interface World {
  db: Db;
  /** The body and session the items are submitted in. */
  base: { congressId: number; sessionId: number };
  staff: Staff;
  realNow: Date;
  categoryIds: Map<string, number>;
  deputyById: Map<number, DeputyRef>;
  keyItems: Map<number, number>;
  docSeq: Map<number, number>;
  counters: Map<string, number>;
  texts: StreamTexts;
  /** A submission's title and body, written for its lead. */
  write(r: Rng, p: PlannedItem, lead: DeputyRef): SuggestionText;
  /** The demo account's submitter (index in staff.deputies). */
  demoLead: number;
  /** The organizations that submit collectively (PlannedItem.org indexes them). */
  orgs: { id: number; name: string }[];
}

/** One item being driven through its lifecycle. */
export interface Live {
  id: number;
  title: string;
  body: string;
  p: PlannedItem;
  c: Clock;
  r: Rng;
  units: { unit: UnitStaff; role: PlanRole }[];
}

export const ctx = (w: World, actor: Actor, now: Date): Ctx => ({ db: w.db, actor, now });

export async function itemVersion(w: World, id: number): Promise<number> {
  const [row] = await w.db.select({ v: items.version }).from(items).where(eq(items.id, id));
  return row.v;
}

export async function taskOf(w: World, itemId: number, unitId: number) {
  const [t] = await w.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.itemId, itemId), eq(tasks.unitId, unitId), ne(tasks.state, 'withdrawn')));
  return t;
}

export async function submit(w: World, p: PlannedItem, c: Clock, r: Rng): Promise<Live> {
  const lead = w.staff.deputies[p.lead];
  const text = w.write(r, p, lead);
  const item = await submitSuggestion(ctx(w, lead.actor, c.to(p.submitOn, false)), {
    sessionId: w.base.sessionId,
    title: text.title,
    body: text.body,
    categoryId: w.categoryIds.get(p.category) ?? null,
    period: p.live ? 'interim' : 'plenary',
    cosignerDeputyIds: p.cosigners.map((i) => w.staff.deputies[i].id),
    // R-CPPCC-1 集体提案: submitted by the organization's contact member, in its name.
    ...(p.org === null ? {} : { submitterOrgId: w.orgs[p.org].id }),
  });
  for (const i of p.cosigners.slice(0, p.cosigners.length - p.pendingCosigners)) {
    await respondCosignature(ctx(w, w.staff.deputies[i].actor, c.after(0, 1, false)), { itemId: item.id, confirm: true });
  }
  const units = p.units.map((u) => ({ unit: w.staff.units[u.unit], role: u.role }));
  return { id: item.id, title: text.title, body: text.body, p, c, r, units };
}

export async function review(w: World, h: Live, d: ReviewDecision, now: Date) {
  return reviewSuggestion(ctx(w, w.staff.liaison, now), { itemId: h.id, version: await itemVersion(w, h.id), ...d });
}

export const plan = (h: Live) => h.units.map((u) => ({ unitId: u.unit.unitId, role: u.role }));

export async function assign(w: World, h: Live, assignedOn: IsoDate | null) {
  const now = assignedOn ? h.c.to(assignedOn) : h.c.now;
  return assignSuggestion(ctx(w, w.staff.liaison, now), {
    itemId: h.id,
    version: await itemVersion(w, h.id),
    mode: h.p.mode,
    units: plan(h),
    leadingLeader: h.p.leadingLeader,
    draft: assignedOn === null,
    ...(assignedOn ? { assignedOn } : {}),
  });
}

/** R-ASSIGN-3: a unit asks for an adjustment; returns the request id. */
export async function askAdjustment(w: World, h: Live, u: UnitStaff, now: Date): Promise<number> {
  const t = await taskOf(w, h.id, u.unitId);
  const others = UNITS.map((_, i) => w.staff.units[i]).filter((x) => !h.units.some((y) => y.unit.unitId === x.unitId));
  const pool = unitsForCategory(h.p.category)
    .map((s) => w.staff.units[UNITS.indexOf(s)])
    .filter((x) => others.includes(x));
  const suggested = h.r.pick(pool.length ? pool : others);
  const req = await requestAdjustment(ctx(w, u.office, now), {
    itemId: h.id,
    taskVersion: t.version,
    reason: w.texts.say(makeAdjustmentReason(h.r, u.seed.name)),
    suggestedUnitIds: [suggested.unitId],
  });
  return req.id;
}

/** The office decides; on approval the suggested unit takes the same role (二次交办). */
export async function settleAdjustment(w: World, h: Live, u: UnitStaff, requestId: number, approve: boolean, now: Date) {
  const role = h.units.find((x) => x.unit === u)!.role;
  const others = w.staff.units.filter((x) => !h.units.some((y) => y.unit.unitId === x.unitId));
  const pool = unitsForCategory(h.p.category)
    .map((s) => w.staff.units[UNITS.indexOf(s)])
    .filter((x) => others.includes(x));
  const next = h.r.pick(pool.length ? pool : others);
  await decideAdjustment(ctx(w, w.staff.liaison, now), {
    itemId: h.id,
    requestId,
    approve,
    note: approve ? `同意调整，改由${next.seed.shortName}${role === 'co' ? '会办' : '承办'}。` : '经研究，该件内容属于贵单位职责范围，请抓紧办理。',
    addUnits: approve ? [{ unitId: next.unitId, role }] : undefined,
  });
  if (approve) h.units = h.units.map((x) => (x.unit === u ? { unit: next, role } : x));
}

/** R-HANDLE-1: the unit office names the division, handler and responsible leader. */
export async function breakdown(w: World, h: Live, u: UnitStaff, now: Date) {
  const t = await taskOf(w, h.id, u.unitId);
  await setResponsibility(ctx(w, u.office, now), {
    itemId: h.id,
    taskVersion: t.version,
    divisionId: h.r.pick(u.divisionIds),
    handlerUserId: u.handler.userId,
    handlerName: u.handler.name,
    responsibleLeaderUserId: u.leader.userId,
    responsibleLeader: u.leaderTitle,
  });
}

/** R-HANDLE-2: at most two key items per unit and session. */
export async function maybeKeyItem(w: World, h: Live, u: UnitStaff, now: Date) {
  const n = w.keyItems.get(u.unitId) ?? 0;
  if (n >= 2) return;
  const t = await taskOf(w, h.id, u.unitId);
  await markKeyItem(ctx(w, u.office, now), { itemId: h.id, taskVersion: t.version, isKeyItem: true });
  w.keyItems.set(u.unitId, n + 1);
}

const METHODS: [ContactMethod, number][] = [
  ['visit', 30],
  ['meeting', 18],
  ['inspection', 6],
  ['phone', 26],
  ['wechat', 10],
  ['video', 5],
  ['letter', 5],
];

/** R-TALK-1: the handler records a contact with the lead deputy. */
export async function contact(w: World, h: Live, u: UnitStaff, phase: ContactPhase, now: Date, method?: ContactMethod) {
  const m = method ?? h.r.weighted(METHODS);
  const text = makeContactSummary(h.r, m);
  const deputy = w.staff.deputies[h.p.lead];
  const contactedOn = h.c.date;
  const org = h.p.org === null ? '' : w.orgs[h.p.org].name;
  await recordContact(ctx(w, h.r.chance(0.8) ? u.handler : u.office, now), {
    itemId: h.id,
    contactedOn,
    method: m,
    phase,
    participants: `${u.seed.shortName}${u.handler.name}${m === 'visit' || m === 'meeting' ? `、${u.leaderTitle}` : ''}；${org}${deputy.name}${w.texts.submitter}`,
    summary: w.texts.say(text.summary),
    deputyView: w.texts.say(text.deputyView),
  });
}

/** R-CO-1: a co-handler sends its opinion to the lead, with the handler as contact. */
export async function coOpinion(w: World, h: Live, u: UnitStaff, now: Date) {
  const t = await taskOf(w, h.id, u.unitId);
  const publicity = h.r.chance(0.92) ? 'public' : 'private';
  await sendCoOpinion(ctx(w, u.office, now), {
    itemId: h.id,
    taskVersion: t.version,
    body: w.texts.say(makeCoOpinion(h.r, { unitName: u.seed.name, title: h.title })),
    publicity,
    privateReason: publicity === 'private' ? '涉及尚在研究的政策调整内容，暂不宜公开' : null,
    contactPerson: u.handler.name,
    contactPhone: unitPhone(u),
  });
}

/** The unit's office phone, fixed per unit: drawn from no random stream, so the rest of the demo stays as it was. */
function unitPhone(u: UnitStaff): string {
  return `0731-8${String((1_000_003 + u.unitId * 7_919) % 10_000_000).padStart(7, '0')}`;
}

/** R-CO-3: the lead returns a co-handler's opinion for redo. */
export async function returnOpinion(w: World, h: Live, lead: UnitStaff, co: UnitStaff, now: Date) {
  const t = await taskOf(w, h.id, co.unitId);
  const reason = h.r.pick([
    '会办意见过于原则，请结合贵单位职责提出具体措施和时间安排。',
    '会办意见未针对代表所提问题，请补充有关政策依据和资金安排。',
    '会办意见未注明是否同意公开，请补充后重新报送。',
  ]);
  await returnCoOpinion(ctx(w, lead.office, now), { itemId: h.id, coTaskId: t.id, coTaskVersion: t.version, reason: w.texts.say(reason) });
}

/** R-REPLY-7: the lead asks for an extension; the office approves when `approve` is set. */
export async function extension(w: World, h: Live, lead: UnitStaff, approve: boolean | null, now: Date, decideAt?: () => Date) {
  const reason = h.r.pick([
    '该建议涉及多个部门和跨年度资金安排，需开展实地调研和专题论证，申请延期答复。',
    '建议所提事项需报省政府专题研究，短期内难以形成明确意见，申请延期答复。',
    '相关规划正在修编，需待规划批复后统筹答复，申请延期。',
  ]);
  const req = await requestExtension(ctx(w, lead.office, now), { itemId: h.id, reason: w.texts.say(reason) });
  if (approve === null) return;
  await decideExtension(ctx(w, h.r.chance(0.7) ? w.staff.liaison : w.staff.gov, decideAt!()), {
    itemId: h.id,
    requestId: req.id,
    approve,
    note: approve ? w.texts.extensionNote : '不同意延期，请按期答复。',
  });
}

/** The confirmed signers of an item (lead, cosigners and those of merged items). */
export async function signers(w: World, itemId: number): Promise<DeputyRef[]> {
  const rows = await w.db
    .select()
    .from(itemSigners)
    .where(and(eq(itemSigners.itemId, itemId), eq(itemSigners.status, 'confirmed')))
    .orderBy(desc(itemSigners.isLead), itemSigners.deputyId);
  return rows.map((s) => w.deputyById.get(s.deputyId)!);
}

/** Those who evaluate the reply (R-EVAL-1): every signer of a suggestion; of a proposal, its lead member alone (R-CPPCC-2). */
export async function evaluators(w: World, itemId: number): Promise<DeputyRef[]> {
  const who = await signers(w, itemId);
  return w.texts.kind === 'proposal' ? who.slice(0, 1) : who;
}

/** R-EVAL-1: each deputy evaluates; `result` picks each one's verdict. */
export async function evaluate(w: World, h: Live, who: DeputyRef[], result: (d: DeputyRef, i: number) => EvaluationResult, min: number, max: number) {
  for (const [i, d] of who.entries()) {
    const res = result(d, i);
    const now = i === 0 ? h.c.after(min, max, false, h.c.today) : h.c.after(0, 2, false, h.c.today);
    await evaluateReply(ctx(w, d.actor, now), { itemId: h.id, result: res, comment: w.texts.say(makeEvaluationComment(h.r, res)) });
  }
}

/** A verdict that follows the class of the reply (A answers please most). */
export function verdict(r: Rng, cls: ResultClass): EvaluationResult {
  const satisfied = cls === 'A' ? 0.85 : cls === 'B' ? 0.65 : cls === 'C' ? 0.4 : 0.5;
  return r.chance(satisfied) ? 'satisfied' : 'basicallySatisfied';
}
