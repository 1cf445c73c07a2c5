import { and, eq } from 'drizzle-orm';
import { todayInShanghai } from '../../../domain/deadlines';
import { isUnitRole } from '../../../domain/items/roles';
import { bodyDate, commitmentsText, type PlaceholderName } from '../../../domain/templates/placeholders';
import type { Actor } from '../../auth/actor';
import { itemUnits, type ItemRow } from '../../auth/item-scope';
import type { Db } from '../../db/client';
import { replies, tasks } from '../../db/schema';
import { sessionFullNameOf } from '../full-names';
import { replyAddressees } from '../reply-addressees';

/**
 * Each placeholder's value for one item as the actor sees it (domain/templates/placeholders.ts), null
 * when there is none yet. A unit's staff get their own part: their task's assignment date and due date,
 * their unit, the commitments of their current draft; the liaison office the item's (its lead units).
 * The addressees and numbers are those the letter prints (replyAddressees: every cosigner, merged items).
 */
export async function placeholderValues(db: Db, actor: Actor, item: ItemRow, now = new Date()): Promise<Record<PlaceholderName, string | null>> {
  const { addressees, mergedNumbers } = await replyAddressees(db, item);
  const live = await itemUnits(db, item.id);
  const own = isUnitRole(actor.role) ? live.find((t) => t.unitId === actor.organizationId) : undefined;
  const [task] = own ? await db.select({ assignedOn: tasks.assignedOn, dueDate: tasks.dueDate }).from(tasks).where(eq(tasks.id, own.taskId)) : [];
  const [draft] = own
    ? await db
        .select({ plannedCommitments: replies.plannedCommitments })
        .from(replies)
        .where(and(eq(replies.taskId, own.taskId), eq(replies.round, item.round)))
    : [];
  const units = own ? [own.unitName] : live.filter((t) => t.role === 'lead' || t.role === 'split').map((t) => t.unitName);
  const date = (iso: string | null | undefined) => (iso ? bodyDate(iso) : null);
  return {
    代表姓名: addressees.length ? addressees.join('、') : null,
    建议编号: [item.number, ...mergedNumbers].join('、'),
    建议标题: item.title,
    交办日期: date(task?.assignedOn ?? item.assignedOn),
    答复期限: date(task?.dueDate ?? item.replyDue),
    承办单位: units.length ? units.join('、') : null,
    会次: (await sessionFullNameOf(db, item.sessionId)) || null,
    今天: bodyDate(todayInShanghai(now)),
    承诺事项: commitmentsText(draft?.plannedCommitments ?? []),
  };
}
