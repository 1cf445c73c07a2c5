import type { Dayjs } from 'dayjs';
import type { CommitmentAction } from '../../../../../../domain/commitments/tracking';

// ── B 类承诺事项 (R-TRACK-1) ────────────────────────────────────────
export interface CommitmentActionValues {
  action?: CommitmentAction;
  note?: string;
  targetDate?: Dayjs | null;
  attachmentIds?: number[];
}

/** The request of one commitment change (the shared contract validates it). */
export function commitmentRequest(v: CommitmentActionValues, version: number | undefined) {
  switch (v.action) {
    case 'progress':
      return {
        action: 'progress' as const,
        version,
        note: v.note ?? '',
        targetDate: v.targetDate ? v.targetDate.format('YYYY-MM-DD') : undefined,
        attachmentIds: v.attachmentIds?.length ? v.attachmentIds : undefined,
      };
    case 'approveStrikeOff':
      return { action: v.action, version, note: v.note?.trim() ? v.note : undefined };
    default:
      return { action: v.action, version, note: v.note ?? '' };
  }
}
