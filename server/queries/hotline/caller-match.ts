/**
 * The deputies a caller's number belongs to (issue 15 §1): the number reduced to its digits the way
 * domain/hotline/orders.ts normalizePhone does (a leading 86 of a 13-digit number dropped), compared
 * with every active deputy's phone of the congress reduced the same way, in SQL.
 */
import { sql } from 'drizzle-orm';
import { normalizePhone } from '../../../domain/hotline/orders';
import { hotlineScope } from '../../auth/hotline-scope';
import type { Actor } from '../../auth/actor';
import { forbidden } from '../../../domain/errors';
import { queryRows, type Db } from '../../db/client';

export interface MatchedDeputy {
  id: number;
  name: string;
  delegation: string | null;
}

/** The active deputies of `congressId` whose phone is `phone` (none for a number too short to mean anything). */
export async function deputiesByPhone(db: Db, congressId: number, phone: string): Promise<MatchedDeputy[]> {
  const n = normalizePhone(phone);
  if (n.length < 5) return [];
  return queryRows<MatchedDeputy>(
    db,
    sql`select d.id, d.name, o.name as delegation
        from (select *, regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') as digits from deputies
              where congress_id = ${congressId} and active and phone is not null) d
        left join organizations o on o.id = d.delegation_id
        where (case when length(d.digits) = 13 and d.digits like '86%' then substr(d.digits, 3) else d.digits end) = ${n}
        order by d.id`,
  );
}

/** GET /api/hotline/caller-match: the hotline office typing an order looks up the caller. */
export async function matchCaller(db: Db, actor: Actor, phone: string) {
  const s = await hotlineScope(db, actor);
  if (s.kind !== 'office') throw forbidden();
  return { phone: normalizePhone(phone), deputies: await deputiesByPhone(db, s.congressId, phone) };
}
