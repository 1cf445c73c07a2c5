import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { forbidden } from '../../domain/errors';
import { isUnitRole } from '../../domain/items/roles';
import { OPEN_TASK_STATES } from '../../domain/items/states';
import { supervisionActions } from '../../domain/supervision/key-supervision';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { keySupervisions, organizations, reminders, supervisionActivities, urgingLetters, users } from '../db/schema';
import { itemUnits, readItem } from '../auth/item-scope';

/**
 * The supervision of one item for its page (R-SUP-2, R-SUP-3): its key
 * supervision (the active designation and earlier revoked ones) with the
 * activities, the reminders (manual and weekly) and urging letters, the
 * units that may be reminded and the supervision actions the user may take.
 * A unit sees the designation and activities and only its own reminders and
 * letters; deputies see none of it.
 */
export async function getItemSupervision(db: Db, actor: Actor, itemId: number) {
  if (actor.role === 'deputy') throw forbidden('deputiesSeeNoSupervision');
  const item = await readItem(db, actor, itemId);
  const ownUnit = isUnitRole(actor.role) ? (actor.organizationId ?? -1) : null;
  const [designations, activities, reminderRows, letters, units] = await Promise.all([
    db
      .select({ ks: keySupervisions, designatedByName: users.displayName })
      .from(keySupervisions)
      .leftJoin(users, eq(users.id, keySupervisions.designatedBy))
      .where(eq(keySupervisions.itemId, item.id))
      .orderBy(desc(keySupervisions.active), desc(keySupervisions.id)),
    db
      .select({ a: supervisionActivities, recordedByName: users.displayName })
      .from(supervisionActivities)
      .leftJoin(users, eq(users.id, supervisionActivities.recordedBy))
      .where(eq(supervisionActivities.itemId, item.id))
      .orderBy(desc(supervisionActivities.heldOn), desc(supervisionActivities.id)),
    db
      .select({ r: reminders, unitName: organizations.name, createdByName: users.displayName })
      .from(reminders)
      .innerJoin(organizations, eq(organizations.id, reminders.unitId))
      .leftJoin(users, eq(users.id, reminders.createdBy))
      .where(
        and(
          eq(reminders.congressId, item.congressId),
          sql`${reminders.itemIds} @> ${JSON.stringify([item.id])}::jsonb`,
          ownUnit !== null ? eq(reminders.unitId, ownUnit) : undefined,
        ),
      )
      .orderBy(desc(reminders.createdAt), desc(reminders.id)),
    db
      .select({ l: urgingLetters, unitName: organizations.name })
      .from(urgingLetters)
      .innerJoin(organizations, eq(organizations.id, urgingLetters.unitId))
      .where(and(eq(urgingLetters.itemId, item.id), ownUnit !== null ? eq(urgingLetters.unitId, ownUnit) : undefined))
      .orderBy(asc(urgingLetters.issuedAt), asc(urgingLetters.id)),
    itemUnits(db, item.id),
  ]);
  const committeeIds = [...new Set(designations.flatMap((d) => d.ks.committeeIds))];
  const committees = committeeIds.length
    ? await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, committeeIds))
    : [];
  const withCommittees = (d: (typeof designations)[number]) => ({
    ...d.ks,
    designatedByName: d.designatedByName,
    committees: d.ks.committeeIds.map((id) => ({ id, name: committees.find((c) => c.id === id)?.name ?? '' })),
    activities: activities.filter((a) => a.a.keySupervisionId === d.ks.id).map((a) => ({ ...a.a, recordedByName: a.recordedByName })),
  });
  const active = designations.find((d) => d.ks.active);
  const openUnits = units
    .filter((u) => OPEN_TASK_STATES.includes(u.state) && (ownUnit === null || u.unitId === ownUnit))
    .map((u) => ({ unitId: u.unitId, unitName: u.unitName, role: u.role }));
  return {
    itemId: item.id,
    keySupervision: active ? withCommittees(active) : null,
    revoked: designations.filter((d) => !d.ks.active).map(withCommittees),
    reminders: reminderRows.map((r) => ({ ...r.r, unitName: r.unitName, createdByName: r.createdByName })),
    urgingLetters: letters.map((l) => ({ ...l.l, unitName: l.unitName })),
    openUnits,
    actions: supervisionActions({ role: actor.role, itemState: item.state, keySupervised: !!active, openUnits: openUnits.length }),
  };
}
