import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { computeLight, todayInShanghai } from '../../domain/deadlines';
import { parseRules } from '../rules/rules-profile';
import { isUnitRole } from '../../domain/items/roles';
import { officeSide } from '../../domain/levels/handing-down';
import { handingDownFrom, handingDownSql, type HandingDownNames } from './levels/handing-down';
import { availableActions } from '../../domain/items/available-actions';
import type { TaskRole } from '../../domain/items/kinds';
import { DEADLINE_RUNNING_STATES } from '../../domain/items/states';
import { OPEN_COMMITMENT_STATES } from '../../domain/commitments/tracking';
import type { Actor } from '../auth/actor';
import { sqlList, type Db } from '../db/client';
import { rowsOf } from '../db/rows-of';
import {
  attachments,
  categories,
  congresses,
  coOpinions,
  commitments,
  contactResponses,
  contacts,
  deadlines,
  deputies,
  evaluations,
  itemEvents,
  itemSigners,
  organizations,
  replies,
  requests,
  sessions,
  tasks,
} from '../db/schema';
import { canSeeAttachment, readItem } from '../auth/item-scope';
import { salutationLine } from '../../domain/items/reply-recipients';
import { addresseesFrom, addresseesSql, type AddresseeRows } from './reply-addressees';

/**
 * One item with everything the actor may see of it and its full history. A
 * unit sees its own part (the lead also sees its co-handlers' opinions); a
 * deputy (and the delegation's contact person) sees sent replies, not drafts
 * or internal reviews.
 */
export async function getItemDetail(db: Db, actor: Actor, itemId: number, now = new Date()) {
  const item = await readItem(db, actor, itemId);
  // What the page names beside the item, in one statement (issue 18): its session, category, body (a unit
  // handles both streams and every page names whose item it is: §8), a collective proposal's organization,
  // the signers with their deputies, and the tasks with their units.
  const refs = await rowsOf(db, {
    session: { table: sessions, where: eq(sessions.id, item.sessionId), orderBy: sql`${sessions.id}` },
    category: { table: categories, where: eq(categories.id, item.categoryId ?? -1), orderBy: sql`${categories.id}` },
    body: { table: congresses, where: eq(congresses.id, item.congressId), orderBy: sql`${congresses.id}` },
    orgs: {
      table: organizations,
      where: or(eq(organizations.id, item.submitterOrgId ?? -1), sql`${organizations.id} in (select t.unit_id from ${tasks} t where t.item_id = ${itemId})`)!,
      orderBy: sql`${organizations.id}`,
    },
    signerRows: { table: itemSigners, where: eq(itemSigners.itemId, itemId), orderBy: sql`${itemSigners.deputyId}` },
    signerDeputies: {
      table: deputies,
      where: sql`${deputies.id} in (select s.deputy_id from ${itemSigners} s where s.item_id = ${itemId})`,
      orderBy: sql`${deputies.id}`,
    },
    taskRows: { table: tasks, where: eq(tasks.itemId, itemId), orderBy: sql`${tasks.id}` },
  });
  const [session] = refs.session;
  const [category] = refs.category;
  const [body] = refs.body;
  const orgOf = new Map(refs.orgs.map((o) => [o.id, o]));
  const submitterOrg = item.submitterOrgId ? orgOf.get(item.submitterOrgId) : undefined;
  const deputyOf = new Map(refs.signerDeputies.map((x) => [x.id, x]));
  // The lead first, then by deputy.
  const signers = refs.signerRows
    .map((x) => {
      const dep = deputyOf.get(x.deputyId)!;
      return { deputyId: x.deputyId, name: dep.name, isLead: x.isLead, status: x.status, delegationId: dep.delegationId };
    })
    .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.deputyId - b.deputyId);
  const allTasks = refs.taskRows.map((task) => {
    const org = orgOf.get(task.unitId)!;
    return { task, unitName: org.name, unitIsGovernment: org.isGovernment };
  });
  const unit = isUnitRole(actor.role) ? actor.organizationId : null;
  const mine = unit ? allTasks.find((t) => t.task.unitId === unit && t.task.state !== 'withdrawn')?.task : undefined;
  const seesUnit = (unitId: number, role?: string) => !unit || unitId === unit || (mine?.role === 'lead' && role === 'co');
  const visibleTasks = allTasks.filter((t) => seesUnit(t.task.unitId, t.task.role));
  const visibleUnitIds = visibleTasks.map((t) => t.task.unitId);
  const taskIds = visibleTasks.map((t) => t.task.id);
  const anyIds = (ids: number[]) => (ids.length ? ids : [-1]);

  // The child tables in one statement (issue 18: nine round trips were half the page's time), and with them
  // the deputies' responses to the contacts shown, the reply's addressees, the handing down and the rules.
  const shownContacts = sql`select x.id from ${contacts} x where x.item_id = ${itemId} and x.unit_id in (${sqlList(anyIds(visibleUnitIds))})`;
  const rows = await rowsOf(
    db,
    {
      ops: { table: coOpinions, where: and(eq(coOpinions.itemId, itemId), inArray(coOpinions.taskId, anyIds(taskIds)))!, orderBy: sql`${coOpinions.id}` },
      cts: {
        table: contacts,
        where: and(eq(contacts.itemId, itemId), inArray(contacts.unitId, anyIds(visibleUnitIds)))!,
        orderBy: sql`${contacts.contactedOn}, ${contacts.id}`,
      },
      reps: { table: replies, where: and(eq(replies.itemId, itemId), inArray(replies.taskId, anyIds(taskIds)))!, orderBy: sql`${replies.id}` },
      cms: {
        table: commitments,
        where: and(eq(commitments.itemId, itemId), inArray(commitments.unitId, anyIds(visibleUnitIds)))!,
        orderBy: sql`${commitments.id}`,
      },
      evs: { table: evaluations, where: eq(evaluations.itemId, itemId), orderBy: sql`${evaluations.id}` },
      dls: { table: deadlines, where: eq(deadlines.itemId, itemId), orderBy: sql`${deadlines.id}` },
      reqs: { table: requests, where: and(eq(requests.itemId, itemId), inArray(requests.unitId, anyIds(visibleUnitIds)))!, orderBy: sql`${requests.id}` },
      atts: { table: attachments, where: eq(attachments.itemId, itemId), orderBy: sql`${attachments.id}` },
      events: { table: itemEvents, where: eq(itemEvents.itemId, itemId), orderBy: sql`${itemEvents.id}` },
      resps: { table: contactResponses, where: sql`${contactResponses.contactId} in (${shownContacts})`, orderBy: sql`${contactResponses.id}` },
      responders: {
        table: deputies,
        where: sql`${deputies.id} in (select r.deputy_id from ${contactResponses} r where r.contact_id in (${shownContacts}))`,
        orderBy: sql`${deputies.id}`,
      },
    },
    {
      addressees: addresseesSql(item),
      handing: handingDownSql(actor, item),
      rules: sql`(select rp.values from rules_profiles rp where rp.congress_id = ${item.congressId} and rp.year = ${session.year})`,
    },
  );
  const { ops, cts, reps, cms, evs, dls, reqs, atts, events } = rows;
  // A delegation's contact person sees what the deputies see: sent replies, no units' internal steps.
  const deputy = actor.role === 'deputy' || actor.role === 'delegationContact';
  const { addressees } = addresseesFrom(item, rows.addressees as AddresseeRows);
  const responderName = new Map(rows.responders.map((x) => [x.id, x.name]));
  const responses = rows.resps.map((r) => ({
    contactId: r.contactId,
    deputyId: r.deputyId,
    name: responderName.get(r.deputyId)!,
    response: r.response,
    note: r.note,
    createdAt: r.createdAt,
  }));
  const rules = parseRules(rows.rules);
  const handing = handingDownFrom(actor, item, rows.handing as HandingDownNames);
  const today = todayInShanghai(now);
  const open = DEADLINE_RUNNING_STATES.includes(item.state);
  const round = reps.filter((r) => r.round === item.round);
  const windowOf = (kind: string) => dls.find((x) => x.kind === kind)?.dueDate;
  const myReply = mine ? round.find((r) => r.taskId === mine.id) : undefined;
  const mySigner = deputy ? signers.find((x) => x.deputyId === actor.deputyId) : undefined;
  const actions = availableActions({
    kind: item.kind,
    role: actor.role,
    itemState: item.state,
    replyExtended: item.replyExtended,
    signer: mySigner ? { isLead: mySigner.isLead, status: mySigner.status as 'pending' | 'confirmed' | 'declined' } : null,
    unansweredContacts: deputy ? cts.filter((x) => !responses.some((r) => r.contactId === x.id && r.deputyId === actor.deputyId)).length : 0,
    evaluatedThisRound: deputy && evs.some((e) => e.round === item.round && e.deputyId === actor.deputyId),
    myTask: mine ? { role: mine.role as TaskRole, state: mine.state, acknowledged: !!mine.acknowledgedAt } : null,
    myReply: myReply ? { state: myReply.state } : null,
    coTaskStates: allTasks.filter((t) => t.task.role === 'co').map((t) => t.task.state),
    adjustmentWindowOpen: (windowOf('adjustmentWindow') ?? '') >= today,
    pendingAdjustment: reqs.some((r) => r.kind === 'adjustment' && r.state === 'pending' && (!unit || r.unitId === unit)),
    pendingExtension: reqs.some((r) => r.kind === 'extension' && r.state === 'pending'),
    // R-REPLY-1: the government office reviews government units' replies only (loadReplyFor refuses the rest)
    unsentReplyStates: round
      .filter((r) => r.state !== 'sent' && (actor.role !== 'governmentOffice' || allTasks.some((t) => t.task.id === r.taskId && t.unitIsGovernment)))
      .map((r) => r.state),
    registeredCommitments: cms.filter((c) => OPEN_COMMITMENT_STATES.includes(c.state)).length,
    referenceContactPassed: item.state === 'referenceItem' && today > (windowOf('referenceContact') ?? ''),
    classified: item.classified,
    unpublishedPublicReplies: reps.filter((r) => r.state === 'sent' && r.publicity === 'public' && !r.publishedAt).length,
    evaluationWindowPassed: item.state === 'replied' && today > (windowOf('evaluation') ?? '9999-12-31'),
    officeSide: officeSide(actor.congressId, item),
    lowerBodies: handing.lowerBodies,
  });
  return {
    actions,
    item: {
      ...item,
      sessionName: session.name,
      bodyName: body?.name ?? '',
      submitterOrgName: submitterOrg?.name ?? null,
      categoryName: category?.name ?? null,
      ...computeLight({ due: item.currentDue, today, yellowDays: rules.yellowDays, done: !open }),
    },
    signers,
    handedDown: handing.handedDown,
    replySalutation: salutationLine(addressees),
    // R-REPLY-3 (issue 17 §2): the classes the reply form offers, as the item's rules profile names and defines them.
    resultClasses: rules.resultClasses,
    tasks: visibleTasks.map((t) => ({ ...t.task, unitName: t.unitName, unitIsGovernment: t.unitIsGovernment })),
    coOpinions: deputy ? [] : ops,
    // R-TALK-1: each contact with the deputies' confirmations or disputes
    contacts: cts.map((x) => ({ ...x, responses: responses.filter((r) => r.contactId === x.id) })),
    replies: deputy ? reps.filter((r) => r.state === 'sent') : reps,
    commitments: cms,
    evaluations: evs,
    deadlines: dls.filter((d) => !d.taskId || taskIds.includes(d.taskId)),
    requests: deputy ? [] : reqs,
    attachments: atts.filter((a) => canSeeAttachment(actor, a.unitId)).map(({ storagePath: _p, ...a }) => a),
    history: events.filter((e) => (deputy ? e.taskId === null : !e.taskId || taskIds.includes(e.taskId))),
  };
}
