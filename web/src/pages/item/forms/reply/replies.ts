import type { ItemDetail, Reply } from '../../../../api/types';
import { myTask } from '../shared';

/** The current round's reply of the user's own unit. */
export function myReply(detail: ItemDetail, unitId: number | null): Reply | undefined {
  const task = myTask(detail, unitId);
  return detail.replies.find((r) => r.round === detail.item.round && r.taskId === task?.id);
}

/** Unsent replies of the round an office may act on: the government office reviews government units' only (R-REPLY-1). */
export function officeReplies(detail: ItemDetail, role: string): Reply[] {
  const round = detail.replies.filter((r) => r.round === detail.item.round && r.state !== 'sent');
  if (role !== 'governmentOffice') return round;
  return round.filter((r) => detail.tasks.some((t) => t.id === r.taskId && t.unitIsGovernment));
}

/** Replies an office or a unit may send back now: in review, awaiting sign-off or signed (the transitions table). */
export function returnable(detail: ItemDetail, role: string, unitId: number | null): Reply[] {
  const states = ['inReview', 'awaitingSignOff', 'signed'];
  if (role === 'governmentOffice') return officeReplies(detail, role).filter((r) => states.includes(r.state));
  const own = myTask(detail, unitId);
  return detail.replies.filter((r) => r.round === detail.item.round && r.taskId === own?.id && states.includes(r.state));
}
