/**
 * Two-stage review (代表团和议案组两层审核, R-REVIEW-1): where a suggestion goes when it is submitted, once its
 * cosigners have confirmed, or when it is resubmitted after a return. With the switch on in the rules profile
 * of the session's year, a suggestion of a delegation goes to the delegation's contact person first; else
 * (and for a delegation without an active contact person, so that nothing waits on nobody) to the office.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { loadRules } from '../../rules/rules-profile';
import { notify } from './history';

export type FirstReviewState = 'delegationReview' | 'submitted';

/** The state a suggestion enters for review: the delegation's (delegationReview) or the office's (submitted). */
export async function firstReviewState(tx: Db, item: { congressId: number; sessionId: number; delegationId: number | null }): Promise<FirstReviewState> {
  if (item.delegationId === null) return 'submitted';
  const [session] = await tx.select({ year: sessions.year }).from(sessions).where(eq(sessions.id, item.sessionId));
  if (!session || !(await loadRules(tx, item.congressId, session.year)).values.delegationReview) return 'submitted';
  const [contact] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'delegationContact'), eq(users.organizationId, item.delegationId), isNull(users.disabledAt)))
    .limit(1);
  return contact ? 'delegationReview' : 'submitted';
}

/** Tells the delegation's contact persons that a suggestion waits for their review (when it does). */
export async function notifyDelegation(tx: Db, state: string, item: { id: number; delegationId: number | null }): Promise<void> {
  if (state !== 'delegationReview' || item.delegationId === null) return;
  await notify(tx, { type: 'delegationReviewRequested', itemId: item.id, recipientOrgId: item.delegationId, recipientRole: 'delegationContact' });
}
