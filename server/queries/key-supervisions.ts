import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { forbidden } from '../../domain/errors';
import { computeLight, todayInShanghai, type Light } from '../../domain/deadlines';
import { isUnitRole } from '../../domain/items/roles';
import { ANSWERED_ITEM_STATES, DEADLINE_RUNNING_STATES, type ItemState } from '../../domain/items/states';
import { KEY_SUPERVISION_KINDS, type KeySupervisionKind } from '../../domain/supervision/key-supervision';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { organizations } from '../db/schema';
import { itemScope } from '../auth/item-scope';
import { yellowDaysFor } from './yellow-days';

interface Row {
  keySupervisionId: number;
  version: number;
  kind: KeySupervisionKind;
  leaders: string[];
  committeeIds: number[];
  note: string | null;
  designatedAt: string;
  itemId: number;
  number: string;
  title: string;
  state: ItemState;
  round: number;
  currentDue: string | null;
  resultClass: string | null;
  units: { unitId: number; unitName: string; role: string; state: string }[];
  activityCount: number;
  lastActivity: { kind: string; heldOn: string; participants: string; notes: string } | null;
  urgingLetters: number;
  manualReminders: number;
}

export interface KeySupervisionCounts {
  total: number;
  byKind: Record<KeySupervisionKind, number>;
  replied: number;
  closed: number;
  red: number;
  yellow: number;
}

/**
 * R-SUP-3 key-supervised items, listed and counted apart from the rest: each
 * active designation with its item's state, deadline and light (as the
 * ledger lights it, R-SUP-1), its units, its supervision activities (how
 * many, the latest) and the urging letters and manual reminders sent; the
 * counts in total, by kind, answered, closed and overdue (red). Offices and
 * supervisors see their congress; a unit only its own items and its own part.
 */
export async function queryKeySupervisions(db: Db, actor: Actor, f: { sessionId?: number; kind?: KeySupervisionKind; committeeId?: number }, now = new Date()) {
  const today = todayInShanghai(now);
  const yellowDays = await yellowDaysFor(db, actor, f.sessionId, today);
  const unit = isUnitRole(actor.role) ? (actor.organizationId ?? -1) : null;
  const where: SQL[] = [sql`ks.active`, itemScope(actor)];
  if (f.sessionId) where.push(sql`items.session_id = ${f.sessionId}`);
  if (f.kind) where.push(sql`ks.kind = ${f.kind}`);
  if (f.committeeId) where.push(sql`ks.committee_ids @> ${JSON.stringify([f.committeeId])}::jsonb`);
  const ownTasks = unit === null ? sql`true` : sql`t.unit_id = ${unit}`;
  const ownLetters = unit === null ? sql`true` : sql`l.unit_id = ${unit}`;
  const ownReminders = unit === null ? sql`true` : sql`r.unit_id = ${unit}`;
  const rows = await queryRows<Row>(
    db,
    sql`
    select ks.id as "keySupervisionId", ks.version, ks.kind, ks.leaders, ks.committee_ids as "committeeIds", ks.note,
      ks.designated_at as "designatedAt",
      items.id as "itemId", items.number, items.title, items.state, items.round,
      items.current_due::text as "currentDue", items.result_class as "resultClass",
      (select coalesce(json_agg(json_build_object('unitId', o.id, 'unitName', o.name, 'role', t.role, 'state', t.state) order by t.id), '[]'::json)
         from tasks t join organizations o on o.id = t.unit_id
         where t.item_id = items.id and t.state <> 'withdrawn' and ${ownTasks}) as "units",
      (select count(*)::int from supervision_activities a where a.key_supervision_id = ks.id) as "activityCount",
      (select json_build_object('kind', a.kind, 'heldOn', a.held_on::text, 'participants', a.participants, 'notes', a.notes)
         from supervision_activities a where a.key_supervision_id = ks.id order by a.held_on desc, a.id desc limit 1) as "lastActivity",
      (select count(*)::int from urging_letters l where l.item_id = items.id and ${ownLetters}) as "urgingLetters",
      (select count(*)::int from reminders r
         where r.congress_id = items.congress_id and r.kind = 'manual' and r.item_ids @> jsonb_build_array(items.id) and ${ownReminders}) as "manualReminders"
    from key_supervisions ks
    join items on items.id = ks.item_id
    where ${sql.join(where, sql` and `)}
    order by items.current_due asc nulls last, items.number
    limit 1000`,
  );
  const committees = actor.congressId
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(and(eq(organizations.congressId, actor.congressId), eq(organizations.kind, 'committee')))
    : [];
  const out = rows.map((r) => {
    const { light, daysLeft } = computeLight({ due: r.currentDue, today, yellowDays, done: !DEADLINE_RUNNING_STATES.includes(r.state) });
    return {
      ...r,
      designatedAt: new Date(r.designatedAt).toISOString(),
      committees: r.committeeIds.map((id) => ({ id, name: committees.find((c) => c.id === id)?.name ?? '' })),
      light: light as Light,
      daysLeft,
      replied: ANSWERED_ITEM_STATES.includes(r.state),
    };
  });
  const counts: KeySupervisionCounts = {
    total: out.length,
    byKind: Object.fromEntries(KEY_SUPERVISION_KINDS.map((k) => [k, out.filter((r) => r.kind === k).length])) as Record<KeySupervisionKind, number>,
    replied: out.filter((r) => r.replied).length,
    closed: out.filter((r) => r.state === 'closed').length,
    red: out.filter((r) => r.light === 'red').length,
    yellow: out.filter((r) => r.light === 'yellow').length,
  };
  return { yellowDays, counts, rows: out };
}

/** The congress's special committees (专门委员会), which supervise items of their field (对口督办, R-SUP-3). */
export async function listCommittees(db: Db, actor: Actor) {
  if (!actor.congressId) throw forbidden('noCongress');
  return db
    .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName, active: organizations.active })
    .from(organizations)
    .where(and(eq(organizations.congressId, actor.congressId), eq(organizations.kind, 'committee')))
    .orderBy(asc(organizations.id));
}
