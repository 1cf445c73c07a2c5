import type { BatchAction, BatchRequest } from '../../api/batch';

/** A selected row, with what each action needs of it: the item's version, its unit's reply, its task's version. */
export interface Selected {
  itemId: number;
  number: string;
  title: string;
  version: number;
  reply?: { id: number; version: number; state: string } | null;
  taskVersion?: number | null;
}

/** What an action shares across rows (chosen in the dialog). */
export interface BatchParams {
  categoryId?: number;
  plan?: Extract<BatchRequest, { action: 'assign' }>['plan'];
  note?: string;
}

/**
 * The request for one chunk of rows. A row the action cannot take (no reply of its own, no task) is
 * left out and reported at once by `missing` rather than sent.
 */
export function requestFor(action: BatchAction, rows: Selected[], p: BatchParams): BatchRequest {
  switch (action) {
    case 'accept':
      return { action, rows: rows.map((r) => ({ itemId: r.itemId, version: r.version })), categoryId: p.categoryId };
    case 'assign':
      return { action, rows: rows.map((r) => ({ itemId: r.itemId, version: r.version })), plan: p.plan ?? { mode: 'single', units: [] } };
    case 'urge':
      return { action, rows: rows.map((r) => ({ itemId: r.itemId })), note: p.note ?? '' };
    case 'approveReply':
    case 'signOffReply':
    case 'sendReply':
      return { action, rows: rows.map((r) => ({ itemId: r.itemId, replyId: r.reply?.id ?? 0, version: r.reply?.version ?? 0 })) };
    case 'markKeyItem':
      return { action, rows: rows.map((r) => ({ itemId: r.itemId, taskVersion: r.taskVersion ?? 0 })), isKeyItem: true };
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** Why a row cannot be sent for this action at all (it would only fail on the server). */
export function missing(action: BatchAction, r: Selected): string | null {
  if ((action === 'approveReply' || action === 'signOffReply' || action === 'sendReply') && !r.reply) return '本单位尚无本轮答复';
  if (action === 'markKeyItem' && !r.taskVersion) return '本单位没有该件的承办任务';
  return null;
}
