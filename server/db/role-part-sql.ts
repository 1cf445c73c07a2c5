import { sql, type SQL } from 'drizzle-orm';
import { partOf, ROLES } from '../../domain/items/roles';

/**
 * A stored role column as the part it plays (domain/items/roles.ts partOf): `member` reads as `deputy`,
 * `proposalCommittee` as `liaisonOffice`. For SQL that finds an office's or a submitter's people by their
 * part, such as the outbox's recipients. The roles are compile-time constants of a closed union.
 */
export function partSql(role: SQL): SQL {
  const mapped = ROLES.filter((r) => partOf(r) !== r);
  if (!mapped.length) return role;
  return sql`(case ${role} ${sql.raw(mapped.map((r) => `when '${r}' then '${partOf(r)}'`).join(' '))} else ${role} end)`;
}
