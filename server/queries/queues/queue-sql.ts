/**
 * What each work queue holds (domain/queues/catalog.ts), as SQL over `items`:
 * the condition, the date the row is due (its light and order) and since when
 * it has waited. Shared by the queue pages, the menu's counts and the unit
 * inbox filter of the ledger, so the three never disagree.
 */
import { sql, type SQL } from 'drizzle-orm';
import { CONTACT_CONFIRM_STATES, OPEN_HANDLING_STATES, OPEN_TASK_STATES } from '../../../domain/items/states';
import type { QueueKey } from '../../../domain/queues/catalog';
import type { Actor } from '../../auth/actor';
import { stateIn } from '../../db/state-sql';

export interface QueueSql {
  /** the row is in the queue (AND-ed with the actor's item scope) */
  where: SQL;
  /** the date that drives the row's light and the order (null: ordered by `since`) */
  due: SQL;
  /** when the step began to wait */
  since: SQL;
}

export interface QueueParams {
  /** the unit whose part is meant (a unit role's own; for others a chosen unit or any) */
  unitId: number | null;
  deputyId: number | null;
  /** a delegation's contact person: their delegation (two-stage review) */
  delegationId: number | null;
  /** the handler: rows broken down to another handler are theirs (R-HANDLE-1) */
  handlerUserId: number | null;
  /** the government office sees the requests of government units only */
  governmentOnly: boolean;
  /** the office's body: an item handed down waits for the lower body's assignment, not its own (R-ASSIGN-4) */
  congressId: number | null;
  /** yyyy-mm-dd in Asia/Shanghai */
  today: string;
  /** the rules profile's yellow threshold: the evaluation queue takes items this close to their window's end */
  yellowDays: number;
}

export function queueParams(actor: Actor, today: string, yellowDays: number, unitId: number | null = null): QueueParams {
  const unitRole = actor.role === 'unitOffice' || actor.role === 'unitHandler' || actor.role === 'unitLeader';
  return {
    unitId: unitRole ? actor.organizationId : unitId,
    deputyId: actor.role === 'deputy' ? actor.deputyId : null,
    delegationId: actor.role === 'delegationContact' ? actor.organizationId : null,
    handlerUserId: actor.role === 'unitHandler' ? actor.userId : null,
    governmentOnly: actor.role === 'governmentOffice',
    congressId: actor.congressId,
    today,
    yellowDays,
  };
}

const NONE = sql`null::date`;

export function queueSql(key: QueueKey, p: QueueParams): QueueSql {
  const unit = p.unitId ? sql`and t.unit_id = ${p.unitId}` : sql``;
  // A task broken down to a named handler is that handler's; one not broken down is every handler's.
  const mine = p.handlerUserId ? sql`and (t.handler_user_id is null or t.handler_user_id = ${p.handlerUserId})` : sql``;
  const myTaskDue = sql`(select t.due_date from tasks t where t.item_id = items.id ${unit} and t.state <> 'withdrawn' order by t.id limit 1)`;
  // The reply of this round of the unit's part, in one of the given states.
  const reply = (states: SQL) =>
    sql`exists (select 1 from tasks t join replies r on r.task_id = t.id and r.round = items.round
                where t.item_id = items.id ${unit} ${mine} and t.state <> 'withdrawn' and ${states})`;
  const govUnit = p.governmentOnly ? sql`and exists (select 1 from organizations o where o.id = rq.unit_id and o.is_government)` : sql``;
  const evaluationDue = sql`(select max(dl.due_date) from deadlines dl where dl.item_id = items.id and dl.kind = 'evaluation' and dl.active)`;
  const deputy = p.deputyId ?? -1;
  // A signer of this round who has not evaluated (R-EVAL-1: one evaluation per deputy and round).
  const unevaluated = (who: SQL) =>
    sql`exists (select 1 from item_signers s where s.item_id = items.id and s.status = 'confirmed' ${who}
                and not exists (select 1 from evaluations e where e.item_id = items.id and e.deputy_id = s.deputy_id and e.round = items.round))`;
  switch (key) {
    case 'assignments':
      // R-ASSIGN-2/3: a draft assignment, or a formal one still inside the adjustment window.
      return {
        where: sql`exists (select 1 from tasks t where t.item_id = items.id ${unit} and (t.state = 'draft' or (
          ${stateIn('t.state', OPEN_TASK_STATES)} and items.state = 'handling'
          and exists (select 1 from deadlines dw where dw.item_id = items.id and dw.kind = 'adjustmentWindow' and dw.due_date >= ${p.today}))))`,
        due: sql`(select dw.due_date from deadlines dw where dw.item_id = items.id and dw.kind = 'adjustmentWindow' order by dw.id desc limit 1)`,
        since: sql`(select t.created_at from tasks t where t.item_id = items.id ${unit} and t.state <> 'withdrawn' order by t.id limit 1)`,
      };
    case 'coOpinions':
      // R-CO-1/3: a co-handler's opinion not sent yet, or returned for redo.
      return {
        where: sql`${stateIn('items.state', OPEN_HANDLING_STATES)} and exists (select 1 from tasks t where t.item_id = items.id ${unit} and t.role = 'co' and t.state = 'assigned')`,
        due: myTaskDue,
        since: sql`items.updated_at`,
      };
    case 'coOpinionsReceived':
      // R-CO-1: the lead has co-opinions in hand and its own reply is not out yet.
      return {
        where: sql`${stateIn('items.state', OPEN_HANDLING_STATES)}
          and exists (select 1 from tasks t where t.item_id = items.id ${unit} and t.role = 'lead' and t.state = 'assigned'
                      and not exists (select 1 from replies r where r.task_id = t.id and r.round = items.round and r.state <> 'draft'))
          and exists (select 1 from co_opinions co where co.item_id = items.id and co.state = 'sent')`,
        due: myTaskDue,
        since: sql`(select max(co.sent_at) from co_opinions co where co.item_id = items.id and co.state = 'sent')`,
      };
    case 'repliesToReview':
      return { where: reply(sql`r.state = 'inReview'`), due: myTaskDue, since: sql`items.updated_at` };
    case 'repliesToSend':
      return { where: reply(sql`r.state = 'signed'`), due: myTaskDue, since: sql`items.updated_at` };
    case 'repliesToSign':
      return { where: reply(sql`r.state = 'awaitingSignOff'`), due: myTaskDue, since: sql`items.updated_at` };
    case 'repliesSentBack':
      return { where: reply(sql`r.state = 'draft' and r.send_back_reason is not null`), due: myTaskDue, since: sql`items.updated_at` };
    case 'repliesToDraft':
      // R-REPLY-1: a part that answers in writing (lead, single or split) with no reply of this round, or only a
      // first draft; re-handling has its own queue.
      return {
        where: sql`items.state = 'handling' and exists (select 1 from tasks t where t.item_id = items.id ${unit} ${mine}
          and t.role in ('lead', 'split') and t.state = 'assigned'
          and not exists (select 1 from replies r where r.task_id = t.id and r.round = items.round
                          and (r.state <> 'draft' or r.send_back_reason is not null)))`,
        due: myTaskDue,
        since: sql`items.updated_at`,
      };
    case 'rehandling':
      // R-EVAL-2: the lead or split parts of items sent back for re-handling, not answered again yet.
      return {
        where: sql`items.state = 'rehandling' and exists (select 1 from tasks t where t.item_id = items.id ${unit} ${mine} and t.role in ('lead', 'split') and t.state = 'assigned')`,
        due: sql`items.current_due`,
        since: sql`items.updated_at`,
      };
    case 'referenceContacts':
      // R-REVIEW-1: a reference item's unit owes a contact with the deputy, not a letter.
      return {
        where: sql`items.state = 'referenceItem' and exists (select 1 from tasks t where t.item_id = items.id ${unit} ${mine} and t.role = 'reference' and t.state = 'assigned')`,
        due: sql`items.current_due`,
        since: sql`items.updated_at`,
      };
    case 'delegationReview':
      // Two-stage review: the delegation's suggestions wait for its contact person before the office's review.
      return {
        where: sql`items.state = 'delegationReview' and items.delegation_id = ${p.delegationId ?? -1}`,
        due: NONE,
        since: sql`items.updated_at`,
      };
    case 'toReview':
      return { where: sql`items.state = 'submitted'`, due: NONE, since: sql`items.submitted_at` };
    case 'toAssign':
      return {
        // R-ASSIGN-4: an item handed down is the lower body's to assign.
        where: sql`items.state in ('accepted', 'draftAssigned') and (items.handled_by_congress_id is null or items.handled_by_congress_id = ${p.congressId ?? -1})`,
        due: NONE,
        since: sql`items.updated_at`,
      };
    case 'adjustmentRequests':
    case 'extensionRequests': {
      // R-ASSIGN-3, R-REPLY-7: a unit's pending request waits for the office's decision.
      const kind = key === 'adjustmentRequests' ? 'adjustment' : 'extension';
      return {
        where: sql`exists (select 1 from requests rq where rq.item_id = items.id and rq.kind = ${kind} and rq.state = 'pending' ${govUnit})`,
        due: key === 'extensionRequests' ? sql`items.reply_due` : NONE,
        since: sql`(select min(rq.created_at) from requests rq where rq.item_id = items.id and rq.kind = ${kind} and rq.state = 'pending')`,
      };
    }
    case 'strikeOffRequests': {
      // R-TRACK-1: a delivered B commitment the unit asks to strike off.
      const gov = p.governmentOnly ? sql`and exists (select 1 from organizations o where o.id = cm.unit_id and o.is_government)` : sql``;
      return {
        where: sql`exists (select 1 from commitments cm where cm.item_id = items.id and cm.state = 'strikeOffRequested' ${gov})`,
        due: sql`(select min(cm.target_date) from commitments cm where cm.item_id = items.id and cm.state = 'strikeOffRequested')`,
        since: sql`(select min(cm.strike_off_requested_at) from commitments cm where cm.item_id = items.id and cm.state = 'strikeOffRequested')`,
      };
    }
    case 'dissatisfied':
      // R-EVAL-2: the office forwards the deputy's feedback to the units.
      return { where: sql`items.state = 'dissatisfied'`, due: NONE, since: sql`items.updated_at` };
    case 'evaluationsDue':
      // R-EVAL-3: replied, a signer has not evaluated, and the window ends within the yellow threshold.
      return {
        where: sql`items.state = 'replied' and ${unevaluated(sql``)}
          and exists (select 1 from deadlines dl where dl.item_id = items.id and dl.kind = 'evaluation' and dl.active
                      and dl.due_date <= (${p.today}::date + ${p.yellowDays}::int))`,
        due: evaluationDue,
        since: sql`items.updated_at`,
      };
    case 'cosignatures':
      // R-SUBMIT-1: invited as a cosigner, not answered yet.
      return {
        where: sql`items.state = 'awaitingCosigners' and exists (select 1 from item_signers s where s.item_id = items.id and s.deputy_id = ${deputy} and s.status = 'pending')`,
        due: NONE,
        since: sql`items.submitted_at`,
      };
    case 'returnedToMe':
      // R-REVIEW-1: returned for revision; the lead deputy revises and resubmits.
      return { where: sql`items.state = 'returned' and items.lead_deputy_id = ${deputy}`, due: NONE, since: sql`items.updated_at` };
    case 'toEvaluate':
      return { where: sql`items.state = 'replied' and ${unevaluated(sql`and s.deputy_id = ${deputy}`)}`, due: evaluationDue, since: sql`items.updated_at` };
    case 'contactsToConfirm': {
      // R-TALK-1: a contact a unit logged with the deputy, which the deputy has not confirmed or disputed.
      const open = sql`c.item_id = items.id and not exists (select 1 from contact_responses cr where cr.contact_id = c.id and cr.deputy_id = ${deputy})`;
      return {
        where: sql`${stateIn('items.state', CONTACT_CONFIRM_STATES)}
          and exists (select 1 from item_signers s where s.item_id = items.id and s.deputy_id = ${deputy} and s.status = 'confirmed')
          and exists (select 1 from contacts c where ${open})`,
        due: NONE,
        since: sql`(select min(c.created_at) from contacts c where ${open})`,
      };
    }
    default: {
      const never: never = key;
      return never;
    }
  }
}
