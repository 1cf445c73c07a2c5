/**
 * Batch actions (批量处理): one step taken on many rows at once. Each row is still its own transaction
 * with its own event — the batch only saves the clicks; a row that fails says why and the others go on.
 */
import type { Role } from '../items/roles';

export const BATCH_ACTIONS = {
  /** 立案 at review (R-REVIEW-1), under one category when the items have none */
  accept: { label: '批量立案', verb: '立案', roles: ['liaisonOffice'] },
  /** 交办: one plan (mode and units) for every row (R-ASSIGN-1) */
  assign: { label: '批量交办', verb: '交办', roles: ['liaisonOffice', 'governmentOffice'] },
  /** 催办 (R-SUP-2) with one note */
  urge: { label: '批量催办', verb: '催办', roles: ['liaisonOffice', 'governmentOffice', 'supervisor'] },
  /** the unit office passes reviewed replies to the leader (R-REPLY-1) */
  approveReply: { label: '批量审核通过', verb: '审核通过', roles: ['unitOffice'] },
  /** the leader signs (签发) */
  signOffReply: { label: '批量签发', verb: '签发', roles: ['unitLeader'] },
  /** the office sends signed replies to the deputies */
  sendReply: { label: '批量发送答复', verb: '发送', roles: ['unitOffice'] },
  /** the unit's key items (重点处理建议, R-HANDLE-2) */
  markKeyItem: { label: '批量标为重点', verb: '标为重点', roles: ['unitOffice'] },
} as const satisfies Record<string, { label: string; verb: string; roles: readonly Role[] }>;

export type BatchAction = keyof typeof BATCH_ACTIONS;
export const BATCH_ACTION_KEYS = Object.keys(BATCH_ACTIONS) as [BatchAction, ...BatchAction[]];

/** Rows per request: the workbench sends a long selection in chunks and advances its progress bar after each. */
export const BATCH_CHUNK = 20;

export function batchActionsFor(role: Role): BatchAction[] {
  return BATCH_ACTION_KEYS.filter((a) => (BATCH_ACTIONS[a].roles as readonly Role[]).includes(role));
}
