import { and, eq, inArray, sql } from 'drizzle-orm';
import { staleVersion } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { itemEvents, items, outbox, replies, tasks } from '../../db/schema';
import type { ItemRow, TaskRow } from './access';

/** Event types of the item history; `type` is the action name of domain/items/transitions or one of these. */
export type EventType =
  | 'submitSuggestion' // 提出建议
  | 'updateItem' // 修改内容
  | 'setResponsibility' // 办理责任分解 (R-HANDLE-1)
  | 'markKeyItem' // 重点处理 (R-HANDLE-2)
  | 'recordContact' // 沟通联系 (R-TALK-1)
  | 'saveReplyDraft' // 起草答复
  | 'requestExtension' // 申请延期 (R-REPLY-7)
  | 'registerCommitment' // B 类承诺挂号 (R-TRACK-1)
  | 'updateCommitment' // 承诺进展
  | 'uploadAttachment'
  | 'deadlinesRecomputed'
  | string;

export interface EventInput {
  itemId: number;
  taskId?: number | null;
  type: EventType;
  fromState?: string | null;
  toState?: string | null;
  payload?: Record<string, unknown>;
}

/** Appends one event (who, when, what, before/after) to the item's history; `when` is the context's clock. */
export async function appendEvent(tx: Db, ctx: { actor: Actor | null; now?: Date }, e: EventInput): Promise<void> {
  const { actor } = ctx;
  await tx.insert(itemEvents).values({
    at: ctx.now ?? new Date(),
    itemId: e.itemId,
    taskId: e.taskId ?? null,
    type: e.type,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? 'system',
    actorName: actor?.name ?? '系统',
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    payload: e.payload ?? {},
  });
}

/**
 * Compare-and-set on an item (architecture rule 4): the update applies only
 * if the version and state are still what the caller saw; else STALE_VERSION.
 */
export async function casItem(
  tx: Db,
  item: ItemRow,
  expectedVersion: number,
  patch: Partial<typeof items.$inferInsert>,
  allowedStates: readonly string[] = [item.state],
): Promise<ItemRow> {
  const [row] = await tx
    .update(items)
    .set({ ...patch, version: sql`${items.version} + 1`, updatedAt: new Date() })
    .where(and(eq(items.id, item.id), eq(items.version, expectedVersion), inArray(items.state, [...allowedStates])))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

export async function casTask(tx: Db, task: TaskRow, expectedVersion: number, patch: Partial<typeof tasks.$inferInsert>): Promise<TaskRow> {
  const [row] = await tx
    .update(tasks)
    .set({ ...patch, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, task.id), eq(tasks.version, expectedVersion), eq(tasks.state, task.state)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

export type ReplyRow = typeof replies.$inferSelect;
export async function casReply(tx: Db, reply: ReplyRow, expectedVersion: number, patch: Partial<typeof replies.$inferInsert>): Promise<ReplyRow> {
  const [row] = await tx
    .update(replies)
    .set({ ...patch, version: sql`${replies.version} + 1` })
    .where(and(eq(replies.id, reply.id), eq(replies.version, expectedVersion), eq(replies.state, reply.state)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

/** Bumps the item's version when a part of it changed, so item-level readers see a new version. */
export async function touchItem(tx: Db, itemId: number): Promise<void> {
  await tx.update(items).set({ version: sql`${items.version} + 1`, updatedAt: new Date() }).where(eq(items.id, itemId));
}

/**
 * A durable notification, written in the same transaction as its cause and
 * fanned out after commit by the outbox worker (§7, server/jobs/outbox-worker.ts).
 * Recipients: a user, a deputy, a unit (all its staff) or an office's queue
 * (`recipientRole`; with none of them, the liaison office of the item's congress).
 * A `dedupeKey` makes the message exist once: a second call with the same key
 * writes nothing and answers false.
 */
export async function notify(
  tx: Db,
  n: {
    type: string;
    itemId?: number;
    congressId?: number;
    recipientOrgId?: number;
    recipientDeputyId?: number;
    recipientUserId?: number;
    recipientRole?: 'liaisonOffice' | 'governmentOffice';
    payload?: Record<string, unknown>;
    dedupeKey?: string;
  },
): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({
      type: n.type,
      itemId: n.itemId ?? null,
      congressId: n.congressId ?? null,
      recipientOrgId: n.recipientOrgId ?? null,
      recipientDeputyId: n.recipientDeputyId ?? null,
      recipientUserId: n.recipientUserId ?? null,
      recipientRole: n.recipientRole ?? null,
      payload: n.payload ?? {},
      dedupeKey: n.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return rows.length > 0;
}
