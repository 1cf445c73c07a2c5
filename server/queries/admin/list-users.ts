import { and, asc, count, eq, ilike, isNotNull, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import { adminCongressOf } from '../../auth/admin-congress';
import type { Db } from '../../db/client';
import { deputies, organizations, users } from '../../db/schema';

export interface UserFilter {
  q?: string;
  role?: Role;
  organizationId?: number;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

/** '%' and '_' typed by the user match themselves. */
const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The users of the administrator's congress, filtered and paged, with their organization's and deputy's names. */
export async function listUsers(db: Db, actor: Actor, f: UserFilter) {
  const congressId = adminCongressOf(actor);
  const org = alias(organizations, 'org');
  const where = and(
    eq(users.congressId, congressId),
    f.q ? or(ilike(users.username, likeText(f.q)), ilike(users.displayName, likeText(f.q))) : undefined,
    f.role ? eq(users.role, f.role) : undefined,
    f.organizationId ? eq(users.organizationId, f.organizationId) : undefined,
    f.status === 'active' ? isNull(users.disabledAt) : f.status === 'disabled' ? isNotNull(users.disabledAt) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: org.name,
      deputyId: users.deputyId,
      deputyName: deputies.name,
      disabledAt: users.disabledAt,
      lockedUntil: users.lockedUntil,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(org, eq(org.id, users.organizationId))
    .leftJoin(deputies, eq(deputies.id, users.deputyId))
    .where(where)
    .orderBy(asc(users.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, page: f.page, pageSize: f.pageSize, rows };
}
