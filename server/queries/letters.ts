import { and, eq, inArray, ne } from 'drizzle-orm';
import type { ResultClass } from '../../domain/items/kinds';
import { RESULT_CLASS_DEFAULTS } from '../../domain/stats/result-classes';
import { fullOfficeName, fullSessionName } from '../../domain/documents/full-names';
import { wordsOf } from '../../domain/proposals/wording';
import { domainError, notFound } from '../../domain/errors';
import { todayInShanghai } from '../../domain/deadlines';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { organizations, tasks, users } from '../db/schema';
import type { CoOpinionLetterData, ReplyLetterData } from '../documents/reply-letter';
import { unitsCongressOf } from '../auth/units-congress';
import { rulesOfItem } from '../rules/rules-profile';
import { congressNameOf } from './full-names';
import { getItemDetail } from './item-detail';
import { replyAddressees } from './reply-addressees';

/** R-REPLY-8: a classified item is handled offline, so no letter of it is generated here. */
function refuseClassified(item: { classified: boolean }) {
  if (item.classified) throw domainError('CLASSIFIED_OFFLINE', { variant: 'letter' });
}

/**
 * The offices a letter is copied to (R-REPLY-2, R-CPPCC-2), by their full names (湖南省人民政府办公厅, never a
 * bare 人民政府办公厅). A suggestion's reply: the liaison office and the government office; its co-opinion: the
 * government office. A proposal's reply and co-opinion alike: the proposal committee and the government office
 * (of the congress beside the CPPCC committee) — never the congress's liaison office.
 */
async function copiesFor(
  db: Db,
  item: { congressId: number; kind: string; handledByCongressId: number | null },
  letter: 'reply' | 'coOpinion',
): Promise<string[]> {
  const officesOf = async (congressId: number) => {
    const orgs = await db
      .select({ kind: organizations.kind, name: organizations.name })
      .from(organizations)
      .where(and(eq(organizations.congressId, congressId), inArray(organizations.kind, ['liaisonOffice', 'governmentOffice', 'cppccCommittee'])));
    const congress = await congressNameOf(db, congressId);
    return (k: string, fallback: string) => fullOfficeName(congress, orgs.find((o) => o.kind === k)?.name ?? fallback);
  };
  const own = await officesOf(item.congressId);
  const government = (await officesOf(await unitsCongressOf(db, { congressId: item.congressId, handledByCongressId: null })))(
    'governmentOffice',
    '人民政府办公厅',
  );
  if (item.kind === 'proposal') return [own('cppccCommittee', '政协提案委员会'), government];
  if (letter === 'coOpinion') return [government];
  return [own('liaisonOffice', '人大常委会代表工作委员会'), government];
}

/**
 * A reply letter's content, if the actor may see the reply (the item page's
 * rules: a deputy sent replies of their own items, a unit its own replies,
 * offices and supervisors their congress's); classified items refused.
 * Addressed to every cosigner of a joint suggestion and of the items merged
 * into it (R-REPLY-5, R-REVIEW-2); a proposal to its lead member only.
 */
export async function loadReplyLetter(
  db: Db,
  actor: Actor,
  itemId: number,
  replyId: number,
  now = new Date(),
): Promise<{ data: ReplyLetterData; filename: string }> {
  const detail = await getItemDetail(db, actor, itemId, now);
  refuseClassified(detail.item);
  const reply = detail.replies.find((r) => r.id === replyId);
  if (!reply) throw notFound('答复');
  return replyLetterOf(db, detail, reply, now);
}

type ItemDetail = Awaited<ReturnType<typeof getItemDetail>>;
/** What of a reply its letter prints: a stored reply, or the fields of a draft not saved yet (the preview). */
export type LetterReply = Pick<
  ItemDetail['replies'][number],
  | 'taskId'
  | 'round'
  | 'resultClass'
  | 'publicity'
  | 'docNumber'
  | 'signer'
  | 'body'
  | 'plannedCommitments'
  | 'contactPerson'
  | 'contactPhone'
  | 'sentOn'
  | 'signedAt'
>;

/**
 * A reply letter's content for one reply of an item the actor reads (`detail`): the letter of a
 * stored reply and the preview of a draft (server/queries/templates/reply-preview.ts) come this one way.
 */
export async function replyLetterOf(db: Db, detail: ItemDetail, reply: LetterReply, now = new Date()): Promise<{ data: ReplyLetterData; filename: string }> {
  const { item } = detail;
  refuseClassified(item);
  const { addressees, mergedNumbers } = await replyAddressees(db, item);
  const numbers = [item.number, ...mergedNumbers];
  const session = fullSessionName(await congressNameOf(db, item.congressId), item.sessionName);
  const unitName = detail.tasks.find((t) => t.id === reply.taskId)?.unitName ?? '';
  const date = reply.sentOn ?? (reply.signedAt ? todayInShanghai(new Date(reply.signedAt)) : todayInShanghai(now));
  // The class mark as the item's rules profile names it (A类 … D类, issue 17 §2); a class it no longer has, by its usual name.
  const resultClass = reply.resultClass as ResultClass;
  const { resultClasses } = await rulesOfItem(db, { congressId: item.congressId, sessionId: item.sessionId });
  const classMark = resultClasses.find((c) => c.code === resultClass)?.label ?? RESULT_CLASS_DEFAULTS[resultClass].label;
  return {
    filename: `答复函-${item.number}${reply.round > 1 ? `-第${reply.round}次` : ''}.docx`,
    data: {
      resultClass,
      classMark,
      publicity: reply.publicity as 'public' | 'private',
      docNumber: reply.docNumber,
      signer: reply.signer,
      // 提案 of a CPPCC committee's session in full: 关于对政协湖南省第十三届委员会第三次会议第N号提案的答复.
      title: `关于对${session}第${numbers.join('、')}号${wordsOf(item.kind).item}的答复`,
      addressees,
      body: reply.body,
      commitments: reply.resultClass === 'B' ? reply.plannedCommitments : [],
      unitName,
      date,
      contactPerson: reply.contactPerson,
      contactPhone: reply.contactPhone,
      copies: await copiesFor(db, item, 'reply'),
    },
  };
}

/**
 * A co-opinion letter's content (R-CO-1), from the co-handler to the lead
 * unit, copied to the government office; seen by the two units and the
 * offices, never by the deputy (as on the item page).
 */
export async function loadCoOpinionLetter(
  db: Db,
  actor: Actor,
  itemId: number,
  coOpinionId: number,
  now = new Date(),
): Promise<{ data: CoOpinionLetterData; filename: string }> {
  const detail = await getItemDetail(db, actor, itemId, now);
  const { item } = detail;
  refuseClassified(item);
  const op = detail.coOpinions.find((o) => o.id === coOpinionId);
  if (!op) throw notFound('会办意见');
  const [lead] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, (await leadUnitIds(db, item.id)).concat(-1)));
  const [co] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, op.unitId));
  // Opinions sent before R-CO-1 asked for a contact have none: the sender stands in as the contact person, no phone is printed.
  const [sender] = !op.contactPerson && op.sentBy ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, op.sentBy)) : [];
  const session = fullSessionName(await congressNameOf(db, item.congressId), item.sessionName);
  return {
    filename: `会办意见函-${item.number}.docx`,
    data: {
      publicity: op.publicity as 'public' | 'private',
      privateReason: op.privateReason,
      title: `关于对${session}第${item.number}号${wordsOf(item.kind).item}的会办意见`,
      leadUnitName: lead?.name ?? '主办单位',
      body: op.body,
      unitName: co?.name ?? '',
      date: todayInShanghai(new Date(op.sentAt)),
      contactPerson: op.contactPerson ?? sender?.name ?? null,
      contactPhone: op.contactPhone,
      copies: await copiesFor(db, item, 'coOpinion'),
    },
  };
}

async function leadUnitIds(db: Db, itemId: number): Promise<number[]> {
  const rows = await db
    .select({ unitId: tasks.unitId })
    .from(tasks)
    .where(and(eq(tasks.itemId, itemId), eq(tasks.role, 'lead'), ne(tasks.state, 'withdrawn')));
  return rows.map((r) => r.unitId);
}
