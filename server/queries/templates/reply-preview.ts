import type { z } from 'zod';
import type { replyPreviewBody } from '../../../domain/contracts/templates';
import { todayInShanghai } from '../../../domain/deadlines';
import { domainError, forbidden, notFound } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import type { ReplyLetterData } from '../../documents/reply-letter';
import { getItemDetail } from '../item-detail';
import { replyLetterOf } from '../letters';

export type ReplyPreviewInput = z.output<typeof replyPreviewBody>;

/**
 * The reply letter of the unit's draft as it will print if sent today: the draft's fields as the form
 * holds them (saved or not) go through replyLetterOf, the one way every reply letter is made — the same
 * title, addressees, issuer and copies as the letter sent. The signer is printed once a leader has signed.
 * Only the unit that drafts the reply (lead or split), of a reply not sent yet; classified items refused.
 */
export async function loadReplyPreview(
  db: Db,
  actor: Actor,
  itemId: number,
  draft: ReplyPreviewInput,
  now = new Date(),
): Promise<{ data: ReplyLetterData; filename: string }> {
  const detail = await getItemDetail(db, actor, itemId, now);
  const own = detail.tasks.find((t) => t.unitId === actor.organizationId && t.state !== 'withdrawn');
  if (!own) throw notFound('建议');
  if (own.role !== 'lead' && own.role !== 'split') throw forbidden('coUnitDraftsNoReply');
  const saved = detail.replies.find((r) => r.taskId === own.id && r.round === detail.item.round);
  if (saved?.state === 'sent') throw domainError('REPLY_ALREADY_SENT');
  // R-REPLY-3: only a class of the item's rules profile prints (D only where it has four).
  if (!detail.resultClasses.some((c) => c.code === draft.resultClass)) {
    throw domainError('RESULT_CLASS_NOT_IN_PROFILE', { classes: detail.resultClasses.map((c) => c.label).join('、') });
  }
  const { data, filename } = await replyLetterOf(
    db,
    detail,
    {
      taskId: own.id,
      round: detail.item.round,
      resultClass: draft.resultClass,
      publicity: draft.publicity,
      docNumber: draft.docNumber || null,
      signer: saved?.signer ?? null,
      body: draft.body ?? '',
      plannedCommitments: draft.commitments ?? [],
      // an empty contact prints no contact line, as on the letter sent
      contactPerson: draft.contactPerson ?? '',
      contactPhone: draft.contactPhone ?? '',
      sentOn: todayInShanghai(now),
      signedAt: null,
    },
    now,
  );
  return { data, filename: filename.replace(/^答复函/, '答复函（预览）') };
}
