/**
 * One order's page (issue 15 §7): the ledger row with every fact of the order, its units' parts
 * (returned and withdrawn ones too), the contacts, the supervisions with their checks, the history,
 * and what the viewer may do now (domain/hotline/available-actions.ts, from the transitions table
 * and the viewer's part). An order outside the viewer's scope is 404.
 */
import { sql } from 'drizzle-orm';
import { availableWorkOrderActions } from '../../../domain/hotline/available-actions';
import { WORK_ORDER_EVENT_LABELS, type WorkOrderEventType } from '../../../domain/hotline/events';
import { workOrderEventText } from '../../../domain/hotline/event-text';
import {
  SUPERVISION_KIND_LABELS,
  WORK_ORDER_CONTACT_METHOD_LABELS,
  WORK_ORDER_STATE_LABELS,
  WORK_ORDER_UNIT_STATE_LABELS,
  type WorkOrderContactMethod,
  type WorkOrderState,
  type WorkOrderSupervisionKind,
  type WorkOrderUnitState,
} from '../../../domain/hotline/orders';
import { ROLE_LABELS, type Role } from '../../../domain/items/roles';
import { congressPlace } from '../../../domain/documents/full-names';
import { notFound } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { hotlineScope, ordersInScope, relationTo, supervisionInReach } from '../../auth/hotline-scope';
import { queryRows, sequentially, type Db } from '../../db/client';
import { ledgerRowOf, ORDER_COLUMNS, ORDER_JOINS, type OrderSqlRow } from './rows';

const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? (role === 'platform' ? '12345平台' : '系统');
const stateLabel = (s: string | null) => (s ? (WORK_ORDER_STATE_LABELS[s as WorkOrderState] ?? s) : null);

export async function workOrderDetail(db: Db, actor: Actor, orderId: number, now: Date = new Date()) {
  const scope = await hotlineScope(db, actor);
  const [r] = await queryRows<OrderSqlRow>(
    db,
    sql`select ${ORDER_COLUMNS} from work_orders ${ORDER_JOINS} where work_orders.id = ${orderId} and ${ordersInScope(scope)}`,
  );
  if (!r) throw notFound('工单');
  const [parts, contacts, supervisions, events, links] = await sequentially([
    queryRows<{
      id: number;
      unit_id: number;
      unit_name: string;
      is_lead: boolean;
      state: WorkOrderUnitState;
      assigned_at: Date;
      returned_at: Date | null;
      return_reason: string | null;
    }>(
      db,
      sql`select u.id, u.unit_id, o.name as unit_name, u.is_lead, u.state, u.assigned_at, u.returned_at, u.return_reason
          from work_order_units u join organizations o on o.id = u.unit_id where u.order_id = ${orderId} order by u.id`,
    ),
    queryRows<{
      id: number;
      unit_id: number;
      unit_name: string;
      at: Date;
      method: WorkOrderContactMethod;
      invited: boolean;
      note: string;
      deputy_view: string | null;
      created_by_name: string | null;
    }>(
      db,
      sql`select c.id, c.unit_id, o.name as unit_name, c.at, c.method, c.invited, c.note, c.deputy_view, us.display_name as created_by_name
          from work_order_contacts c join organizations o on o.id = c.unit_id left join users us on us.id = c.created_by
          where c.order_id = ${orderId} order by c.at, c.id`,
    ),
    queryRows<{
      id: number;
      kind: WorkOrderSupervisionKind;
      committee_id: number | null;
      committee_name: string | null;
      place_congress_id: number | null;
      place_name: string | null;
      note: string | null;
      checks: { at: string; by: string; role: string; note: string }[];
      opened_at: Date;
      closed_at: Date | null;
    }>(
      db,
      sql`select s.id, s.kind, s.committee_id, o.name as committee_name, s.place_congress_id, c.name as place_name, s.note, s.checks, s.opened_at, s.closed_at
          from work_order_supervisions s left join organizations o on o.id = s.committee_id left join congresses c on c.id = s.place_congress_id
          where s.order_id = ${orderId} order by s.id`,
    ),
    queryRows<{
      id: number;
      type: WorkOrderEventType;
      at: Date;
      actor_name: string;
      actor_role: string;
      from_state: string | null;
      to_state: string | null;
      payload: Record<string, unknown>;
    }>(
      db,
      sql`select id::int as id, type, at, actor_name, actor_role, from_state, to_state, payload from work_order_events where order_id = ${orderId} order by at, id`,
    ),
    queryRows<{ kind: 'into' | 'from' | 'proposed'; id: number; name: string }>(
      db,
      sql`select 'into' as kind, w.id, w.number as name from work_orders w where w.id = ${r.merged_into_id ?? 0}
          union all select 'from', w.id, w.number from work_orders w where w.merged_into_id = ${orderId}
          union all select 'proposed', o.id, o.name from hotline_catalogue h join organizations o on o.id = h.unit_id
            where h.id = ${r.catalogue_id ?? 0} or (${r.catalogue_id === null} and h.congress_id = ${r.congress_id} and h.category = ${r.category})`,
    ),
  ]);
  const relation = relationTo(scope, { congressId: r.congress_id });
  const mine = scope.kind === 'unit' ? parts.find((p) => p.unit_id === scope.unitId && p.state === 'assigned') : undefined;
  const returnUntil = r.return_until === null ? null : new Date(r.return_until);
  const actions = availableWorkOrderActions({
    role: actor.role,
    state: r.state,
    relation,
    myPart: mine ? { isLead: mine.is_lead } : null,
    returnOpen: returnUntil !== null && now.getTime() <= returnUntil.getTime(),
    pendingExtension: r.extension_request !== null,
    jointOpen: supervisions.some((s) => s.kind === 'joint' && s.closed_at === null),
    supervisionInReach: supervisions.some((s) =>
      supervisionInReach(scope, { congressId: r.congress_id }, { kind: s.kind, placeCongressId: s.place_congress_id }),
    ),
  });
  const ext = r.extension_request;
  const sign = r.sign_off as { reason?: string; requestedAt?: string; decision?: string | null; decidedBy?: string | null; decidedAt?: string | null } | null;
  const proposed = links.find((l) => l.kind === 'proposed');
  const into = links.find((l) => l.kind === 'into');
  return {
    ...ledgerRowOf(r, now),
    catalogueId: r.catalogue_id,
    signOff: sign
      ? {
          reason: sign.reason ?? '',
          requestedAt: sign.requestedAt ?? '',
          decision: sign.decision ?? null,
          decidedBy: sign.decidedBy ?? null,
          decidedAt: sign.decidedAt ?? null,
        }
      : null,
    contactDueAt: r.contact_due_at,
    contactedAt: r.contacted_at,
    returnUntil: r.return_until,
    finishDue: r.finish_due,
    finishDueProvisional: r.finish_due_provisional,
    extensionWorkdays: r.extension_workdays,
    extensionRequest: ext
      ? { workdays: ext.workdays, reason: ext.reason, unit: ext.unitId ? { id: ext.unitId, name: ext.unitName ?? '' } : null, requestedAt: ext.requestedAt }
      : null,
    feedbackDue: r.feedback_due,
    feedbackMethod: (r.feedback_method as WorkOrderContactMethod | null) ?? null,
    ratedAt: r.rated_at,
    ratingComment: r.rating_comment,
    ratedByRoleLabel: r.rated_by_role ? roleLabel(r.rated_by_role) : null,
    mergedInto: into ? { id: into.id, number: into.name } : null,
    mergedFrom: links.filter((l) => l.kind === 'from').map((l) => ({ id: l.id, number: l.name })),
    proposedUnit: proposed ? { id: proposed.id, name: proposed.name } : null,
    unitParts: parts.map((p) => ({
      id: p.id,
      unit: { id: p.unit_id, name: p.unit_name },
      isLead: p.is_lead,
      state: p.state,
      stateLabel: WORK_ORDER_UNIT_STATE_LABELS[p.state],
      assignedAt: p.assigned_at,
      returnedAt: p.returned_at,
      returnReason: p.return_reason,
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      unit: { id: c.unit_id, name: c.unit_name },
      at: c.at,
      method: c.method,
      methodLabel: WORK_ORDER_CONTACT_METHOD_LABELS[c.method],
      invited: c.invited,
      note: c.note,
      deputyView: c.deputy_view,
      createdByName: c.created_by_name,
    })),
    supervisions: supervisions.map((s) => ({
      id: s.id,
      kind: s.kind,
      kindLabel: SUPERVISION_KIND_LABELS[s.kind],
      committee: s.committee_id !== null ? { id: s.committee_id, name: s.committee_name ?? '' } : null,
      place: s.place_congress_id !== null ? { id: s.place_congress_id, name: congressPlace(s.place_name ?? '') } : null,
      note: s.note,
      checks: s.checks ?? [],
      openedAt: s.opened_at,
      closedAt: s.closed_at,
    })),
    events: events.map((e) => ({
      id: Number(e.id),
      type: e.type,
      typeLabel: WORK_ORDER_EVENT_LABELS[e.type] ?? e.type,
      at: e.at,
      actorName: e.actor_name,
      actorRoleLabel: roleLabel(e.actor_role),
      fromStateLabel: stateLabel(e.from_state),
      toStateLabel: stateLabel(e.to_state),
      detail: workOrderEventText(e.type, e.payload ?? {}),
    })),
    actions,
    createdAt: r.created_at,
  };
}
