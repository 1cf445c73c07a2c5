import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

/**
 * The security audit log of the auditor's congress, newest first, paged with
 * `before` (the smallest id already shown); filtered by username or action.
 */
export async function readAuditLog(db: Db, actor: Actor, q: { before?: number; limit: number; username?: string; action?: string }) {
  if (actor.role !== 'auditor' || !actor.congressId) throw forbidden('auditorOnly');
  // An auditor reads the log of their own congress's users.
  const ofCongress = inArray(auditLog.userId, db.select({ id: users.id }).from(users).where(eq(users.congressId, actor.congressId)));
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        ofCongress,
        q.before ? lt(auditLog.id, q.before) : undefined,
        q.username ? eq(auditLog.username, q.username) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
}
