import { sql } from 'drizzle-orm';
import { ROLE_LABELS, type Role } from '../../../domain/items/roles';
import type { Actor } from '../../auth/actor';
import { adminCongressOf } from '../../auth/admin-congress';
import { queryRows, type Db } from '../../db/client';

/** The users of other bodies who also work in the administrator's body (issue 16), newest first. */
export async function listMemberships(db: Db, actor: Actor) {
  const congressId = adminCongressOf(actor);
  const rows = await queryRows<{
    id: number;
    userId: number;
    username: string;
    displayName: string;
    homeCongressName: string | null;
    role: Role;
    organizationName: string | null;
    deputyName: string | null;
    createdAt: string;
  }>(
    db,
    sql`select m.id, u.id as "userId", u.username, u.display_name as "displayName", h.name as "homeCongressName", m.role,
          o.name as "organizationName", d.name as "deputyName", m.created_at as "createdAt"
        from user_memberships m join users u on u.id = m.user_id
        left join congresses h on h.id = u.congress_id
        left join organizations o on o.id = m.organization_id
        left join deputies d on d.id = m.deputy_id
        where m.congress_id = ${congressId}
        order by m.id desc`,
  );
  return rows.map((r) => ({ ...r, roleLabel: ROLE_LABELS[r.role] }));
}
