import type { z } from 'zod';
import type { commitmentActionBody } from '../../../domain/contracts/commitments';
import type { Ctx } from '../lib/run';
import { closeCommitment } from './close-commitment';
import { decideCommitmentStrikeOff } from './decide-commitment-strike-off';
import { reportCommitmentProgress } from './report-commitment-progress';
import { requestCommitmentStrikeOff } from './request-commitment-strike-off';

export type CommitmentAction = z.output<typeof commitmentActionBody>;

/**
 * R-TRACK-1: one commitment change from the item page or the register —
 * each action is its own use case; this only picks it. Every one is a
 * compare-and-set on the commitment's version with an event on the item.
 */
export async function changeCommitment(ctx: Ctx, o: { itemId: number; commitmentId: number } & CommitmentAction) {
  const at = { itemId: o.itemId, commitmentId: o.commitmentId, version: o.version };
  switch (o.action) {
    case 'progress':
      return reportCommitmentProgress(ctx, { ...at, note: o.note, targetDate: o.targetDate, attachmentIds: o.attachmentIds });
    case 'requestStrikeOff':
      return requestCommitmentStrikeOff(ctx, { ...at, note: o.note });
    case 'approveStrikeOff':
      return decideCommitmentStrikeOff(ctx, { ...at, approve: true, note: o.note ?? '' });
    case 'rejectStrikeOff':
      return decideCommitmentStrikeOff(ctx, { ...at, approve: false, note: o.note });
    case 'strikeOff':
    case 'convertToC':
      return closeCommitment(ctx, { ...at, how: o.action, note: o.note });
    default: {
      const never: never = o;
      return never;
    }
  }
}
