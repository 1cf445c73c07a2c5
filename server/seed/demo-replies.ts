import type { ResultClass } from '../../domain/items/kinds';
/**
 * The reply of one unit's part (R-REPLY-1): the handler drafts, the unit
 * office reviews (and sometimes sends back), the leader signs, the
 * government office may send a signed reply back, the office sends it; then
 * the B commitments are tracked (R-TRACK-1).
 */
import { eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '../../domain/deadlines';
import { commitments } from '../db/schema';
import { changeCommitment } from '../usecases/commitments/change-commitment';
import { overrideReplyCheck } from '../usecases/replies/override-reply-check';
import { approveReplyReview } from '../usecases/replies/approve-reply-review';
import { sendBackReply } from '../usecases/replies/send-back-reply';
import { signOffReply } from '../usecases/replies/sign-off-reply';
import { submitReplyForReview } from '../usecases/replies/submit-reply-for-review';
import { saveReplyDraft, type ReplyDraftInput } from '../usecases/replies/save-reply-draft';
import { publishReply } from '../usecases/replies/publish-reply';
import { sendReply } from '../usecases/replies/send-reply';
import { makeCommitmentWithDate, makeOverrideReason, makeReply, makeSendBackReason } from './corpus';
import { ctx, type Live, type World } from './demo-steps';
import type { UnitStaff } from './demo-users';

export type ReplyStop = 'draft' | 'inReview' | 'awaitingSignOff' | 'signed' | 'sentBack' | 'sent';

export interface ReplyOptions {
  stop: ReplyStop;
  cls: ResultClass;
  /** The day the reply goes out (or the last day of work when it stops earlier). */
  by: IsoDate;
  sendBack?: boolean;
  govSendBack?: boolean;
  overrideContact?: boolean;
  overrideCo?: boolean;
}

/**
 * The letter's text: to the lead deputy or member by name (…代表：, …委员：), a collective proposal to
 * its organization (R-CPPCC-2), in the stream's words.
 */
function letter(w: World, h: Live, u: UnitStaff, cls: ResultClass): string {
  const org = h.p.org === null ? null : w.orgs[h.p.org].name;
  const text = makeReply(h.r, { title: h.title, unitName: u.seed.name, resultClass: cls, deputyName: org ? undefined : w.staff.deputies[h.p.lead].name });
  return w.texts.say(org ? `${org}：\n${text}` : text);
}

function fields(w: World, h: Live, u: UnitStaff, cls: ResultClass, by: IsoDate): Omit<ReplyDraftInput, 'itemId'> {
  const r = h.r;
  const year = by.slice(0, 4);
  const seq = (w.docSeq.get(u.unitId) ?? 0) + 1;
  w.docSeq.set(u.unitId, seq);
  const abbr = u.seed.shortName.replace(/^省/, '').slice(0, 1);
  const publicity = r.chance(0.9) ? 'public' : 'private';
  const planned = cls === 'B' ? Array.from({ length: r.chance(0.7) ? 1 : 2 }, () => makeCommitmentWithDate(r, h.title)) : [];
  return {
    body: letter(w, h, u, cls),
    resultClass: cls,
    publicity,
    privateReason:
      publicity === 'private' ? r.pick(['答复涉及尚未公开的规划和资金安排', '涉及正在研究的政策调整，公开时机尚不成熟', '涉及具体企业经营信息']) : null,
    docNumber: `湘${abbr}${w.texts.docTag}〔${year}〕${seq}号`,
    contactPerson: u.handler.name,
    contactPhone: `0731-8${String(r.int(0, 9_999_999)).padStart(7, '0')}`,
    // A commitment is always due after the reply that makes it.
    commitments: planned.map((c) => {
      let target = c.targetDate;
      while (target <= addDays(by, 60)) target = `${Number(target.slice(0, 4)) + 1}${target.slice(4)}`;
      return { content: c.text, targetDate: target };
    }),
  };
}

/** Drives one unit's reply up to `o.stop`; returns the reply id. */
export async function replyFlow(w: World, h: Live, u: UnitStaff, o: ReplyOptions): Promise<number> {
  const { c, r } = h;
  const step = () => c.after(0, 2, true, o.by);
  const f = fields(w, h, u, o.cls, o.by);
  let reply = await saveReplyDraft(ctx(w, u.handler, c.after(1, 4, true, o.by)), { itemId: h.id, ...f });
  const resubmit = async () => {
    reply = await saveReplyDraft(ctx(w, u.handler, step()), {
      itemId: h.id,
      version: reply.version,
      ...f,
      body: letter(w, h, u, o.cls),
    });
    reply = await submitReplyForReview(ctx(w, u.handler, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
  };
  if (o.stop === 'draft') return reply.id;
  reply = await submitReplyForReview(ctx(w, u.handler, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
  if (o.stop === 'inReview') return reply.id;
  if (o.sendBack || o.stop === 'sentBack') {
    reply = await sendBackReply(ctx(w, u.office, step()), {
      itemId: h.id,
      replyId: reply.id,
      version: reply.version,
      reason: w.texts.say(makeSendBackReason(r)),
    });
    if (o.stop === 'sentBack') return reply.id;
    await resubmit();
  }
  reply = await approveReplyReview(ctx(w, u.office, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
  if (o.stop === 'awaitingSignOff') return reply.id;
  reply = await signOffReply(ctx(w, u.leader, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
  if (o.govSendBack && u.isGovernment) {
    const reason = w.texts.say(makeSendBackReason(r));
    reply = await sendBackReply(ctx(w, w.staff.gov, step()), { itemId: h.id, replyId: reply.id, version: reply.version, reason });
    await resubmit();
    reply = await approveReplyReview(ctx(w, u.office, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
    reply = await signOffReply(ctx(w, u.leader, step()), { itemId: h.id, replyId: reply.id, version: reply.version });
  }
  if (o.stop === 'signed') return reply.id;
  if (o.overrideContact) {
    reply = await overrideReplyCheck(ctx(w, w.staff.liaison, step()), {
      itemId: h.id,
      replyId: reply.id,
      version: reply.version,
      check: 'contact',
      reason: w.texts.say(makeOverrideReason(r)),
    });
  }
  if (o.overrideCo) {
    const reason = '会办单位逾期未报送会办意见，经督促仍未报送，同意主办单位先行答复，会办单位意见另行报送。';
    reply = await overrideReplyCheck(ctx(w, w.staff.liaison, step()), { itemId: h.id, replyId: reply.id, version: reply.version, check: 'coOpinion', reason });
  }
  const sent = await sendReply(ctx(w, u.office, c.to(o.by)), { itemId: h.id, replyId: reply.id, version: reply.version });
  // R-PUBLISH-1: the liaison office publishes most public replies on the portal within days; a few are late or pending.
  const publishOn = addDays(o.by, r.int(2, 14));
  if (f.publicity === 'public' && publishOn < c.today && r.chance(0.95)) {
    await publishReply(ctx(w, w.staff.liaison, c.to(publishOn)), { itemId: h.id, replyId: reply.id, version: sent.version });
  }
  return reply.id;
}

/**
 * R-TRACK-1: commitments due before today are mostly struck off (most on
 * the unit's request, approved by an office; a few converted to C); later
 * ones get a progress report from the unit, a few with a strike-off request.
 */
export async function followCommitments(w: World, h: Live) {
  const { c, r } = h;
  const rows = (await w.db.select().from(commitments).where(eq(commitments.itemId, h.id))).sort((a, b) => (a.targetDate < b.targetDate ? -1 : 1));
  for (const cm of rows) {
    const unit = w.staff.units.find((u) => u.unitId === cm.unitId)!;
    const office = r.chance(0.6) ? w.staff.liaison : w.staff.gov;
    if (cm.targetDate < c.today) {
      const progressOn = addDays(cm.targetDate, -r.int(20, 90));
      let version = cm.version;
      if (progressOn > c.date && r.chance(0.4)) {
        const p = await changeCommitment(ctx(w, unit.office, c.to(progressOn)), {
          itemId: h.id,
          commitmentId: cm.id,
          version,
          action: 'progress',
          note: r.pick(['项目已完成主体工程建设，正在组织验收。', '相关政策文件已印发实施，正在跟踪落实。', '资金已下达，项目按计划推进。']),
        });
        version = p.version;
      }
      const roll = r.next();
      if (roll < 0.8) {
        const decidedOn = addDays(cm.targetDate, r.int(5, 40));
        if (roll < 0.5) {
          // Most go the regular way: the unit asks for the strike-off, the office approves it.
          const q = await changeCommitment(ctx(w, unit.office, c.to(addDays(decidedOn, -3))), {
            itemId: h.id,
            commitmentId: cm.id,
            version,
            action: 'requestStrikeOff',
            note: '承诺事项已全部落实，申请销号。',
          });
          await changeCommitment(ctx(w, office, c.to(decidedOn)), {
            itemId: h.id,
            commitmentId: cm.id,
            version: q.version,
            action: 'approveStrikeOff',
            note: '经核查，承诺事项已落实到位，同意销号。',
          });
        } else {
          await changeCommitment(ctx(w, office, c.to(decidedOn)), {
            itemId: h.id,
            commitmentId: cm.id,
            version,
            action: 'strikeOff',
            note: '经核查，承诺事项已落实到位，予以销号。',
          });
        }
      } else if (roll < 0.9) {
        await changeCommitment(ctx(w, office, c.to(addDays(cm.targetDate, r.int(5, 40)))), {
          itemId: h.id,
          commitmentId: cm.id,
          version,
          action: 'convertToC',
          note: '受国家政策调整影响，该事项短期内难以落实，经说明后转为C类。',
        });
      }
    } else if (r.chance(0.4)) {
      const on = addDays(c.today, -r.int(5, 60));
      if (on > c.date) {
        const p = await changeCommitment(ctx(w, unit.office, c.to(on)), {
          itemId: h.id,
          commitmentId: cm.id,
          version: cm.version,
          action: 'progress',
          note: r.pick(['已完成前期调研和方案编制，正在履行审批程序。', '已纳入年度工作计划，正按时间节点推进。', '项目已开工建设，完成投资约四成。']),
        });
        // A few are delivered early: the unit's strike-off request waits for the office.
        if (cm.id % 4 === 0)
          await changeCommitment(ctx(w, unit.office, c.to(on)), {
            itemId: h.id,
            commitmentId: cm.id,
            version: p.version,
            action: 'requestStrikeOff',
            note: '承诺事项已提前落实，申请销号。',
          });
      }
    }
  }
}
