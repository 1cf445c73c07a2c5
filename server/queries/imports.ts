import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { SUBMISSION_TYPE_CELL, type ImportRow } from '../../domain/contracts/imports';
import type { StreamKind } from '../../domain/documents/stream-words';
import { HANDLING_MODE_LABELS, type HandlingMode } from '../../domain/items/kinds';
import { UNEXPORTED_ITEM_STATES } from '../../domain/items/states';
import { notFound } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { stateNotIn } from '../db/state-sql';
import { categories, congresses, deputies, importBatches, organizations, sessions, users } from '../db/schema';
import type { TemplateLists } from '../documents/import-sheet';

/** The body an import writes into or an export reads (§8): its kind of item, and the congress whose units handle them. */
export interface ImportBody {
  congressId: number;
  kind: StreamKind;
  /** a CPPCC committee's proposals are handled by the units of the congress beside it */
  unitsCongressId: number;
}

/** A congress imports suggestions; a CPPCC committee proposals, handled by the units of the congress beside it (§8). */
export async function importBodyOf(db: Db, congressId: number): Promise<ImportBody> {
  const [c] = await db.select({ body: congresses.body, besideId: congresses.besideId }).from(congresses).where(eq(congresses.id, congressId));
  const cppcc = c?.body === 'cppcc';
  return { congressId, kind: cppcc ? 'proposal' : 'suggestion', unitsCongressId: cppcc ? (c.besideId ?? congressId) : congressId };
}

const batchColumns = {
  id: importBatches.id,
  sessionId: importBatches.sessionId,
  sessionName: sessions.name,
  filename: importBatches.filename,
  state: importBatches.state,
  total: importBatches.total,
  processed: importBatches.processed,
  imported: importBatches.imported,
  errorCount: sql<number>`jsonb_array_length(${importBatches.errors})`.mapWith(Number),
  createdBy: users.displayName,
  createdAt: importBatches.createdAt,
  finishedAt: importBatches.finishedAt,
};

/** The congress's import batches, newest first (without their error lists). */
export async function listImportBatches(db: Db, actor: Actor) {
  return db
    .select(batchColumns)
    .from(importBatches)
    .leftJoin(sessions, eq(sessions.id, importBatches.sessionId))
    .leftJoin(users, eq(users.id, importBatches.createdBy))
    .where(eq(importBatches.congressId, actor.congressId ?? -1))
    .orderBy(desc(importBatches.id))
    .limit(100);
}

/** One batch with its progress and every row error (polled while it runs). */
export async function getImportBatch(db: Db, actor: Actor, batchId: number) {
  const [b] = await db
    .select({ ...batchColumns, errors: importBatches.errors })
    .from(importBatches)
    .leftJoin(sessions, eq(sessions.id, importBatches.sessionId))
    .leftJoin(users, eq(users.id, importBatches.createdBy))
    .where(and(eq(importBatches.id, batchId), eq(importBatches.congressId, actor.congressId ?? -1)));
  if (!b) throw notFound('导入批次');
  return b;
}

/**
 * The values the template's drop-down lists offer: categories (as 上级/下级 when nested), deputies, delegations,
 * active units; in a CPPCC committee its members, sectors, the units beside it and the collective submitters.
 */
export async function templateLists(db: Db, body: ImportBody): Promise<TemplateLists> {
  const { congressId } = body;
  const cats = await db.select().from(categories).where(eq(categories.congressId, congressId)).orderBy(categories.sort, categories.id);
  const byId = new Map(cats.map((c) => [c.id, c]));
  const names = cats.map((c) => c.name);
  const ambiguous = new Set(names.filter((n, i) => names.indexOf(n) !== i));
  const orgs = await db
    .select({ kind: organizations.kind, name: organizations.name, congressId: organizations.congressId })
    .from(organizations)
    .where(and(inArray(organizations.congressId, [congressId, body.unitsCongressId]), eq(organizations.active, true)))
    .orderBy(organizations.id);
  const own = orgs.filter((o) => o.congressId === congressId);
  const deps = await db
    .select({ name: deputies.name })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.active, true)))
    .orderBy(deputies.id);
  return {
    categories: cats.map((c) => (ambiguous.has(c.name) && c.parentId ? `${byId.get(c.parentId)?.name}/${c.name}` : c.name)),
    deputies: [...new Set(deps.map((d) => d.name))],
    delegations: own.filter((o) => o.kind === (body.kind === 'proposal' ? 'sector' : 'delegation')).map((o) => o.name),
    units: orgs.filter((o) => o.kind === 'unit' && o.congressId === body.unitsCongressId).map((o) => o.name),
    organizations: body.kind === 'proposal' ? own.filter((o) => o.kind === 'participatingOrganization' || o.kind === 'committee').map((o) => o.name) : [],
  };
}

/** The session to export or import into: the given one of the actor's congress, else the newest. */
export async function sessionOf(db: Db, congressId: number, sessionId?: number) {
  const [s] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.congressId, congressId), sessionId ? eq(sessions.id, sessionId) : sql`true`))
    .orderBy(desc(sessions.year), desc(sessions.id))
    .limit(1);
  if (!s) throw notFound('会议届次');
  return s;
}

/**
 * A session's suggestions (a CPPCC committee's: proposals, with how each was
 * submitted and a collective one's organization) in the import template's shape
 * (§6 round trip: importing this file into another session gives the same items).
 * Merged, not-accepted and classified items are left out; an item's units are its
 * live tasks, and it is "assigned" when it has a formal assignment date.
 */
export async function exportItemRows(db: Db, sessionId: number, kind: StreamKind = 'suggestion'): Promise<ImportRow[]> {
  const rows = await queryRows<{
    number: string;
    title: string;
    body: string;
    category: string | null;
    parent_category: string | null;
    lead: string | null;
    delegation: string | null;
    cosigners: string | null;
    period: string;
    submitted_on: string;
    handling_mode: string | null;
    leading_leader: string | null;
    assigned_on: string | null;
    lead_units: string | null;
    co_units: string | null;
    ambiguous_category: boolean;
    submitter_org: string | null;
  }>(
    db,
    sql`select i.number, i.title, i.body, c.name as category, pc.name as parent_category, d.name as lead, dg.name as delegation,
          (select string_agg(case when (select count(*) from deputies d3 where d3.congress_id = i.congress_id and d3.name = d2.name and d3.active) > 1
                                  then d2.name || '（' || coalesce(g2.name, '') || '）' else d2.name end, '、' order by s.deputy_id)
             from item_signers s join deputies d2 on d2.id = s.deputy_id left join organizations g2 on g2.id = d2.delegation_id
            where s.item_id = i.id and not s.is_lead and s.status <> 'declined') as cosigners,
          i.period, to_char(i.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as submitted_on,
          i.handling_mode, i.leading_leader, i.assigned_on::text as assigned_on,
          (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
            where t.item_id = i.id and t.state <> 'withdrawn' and t.role in ('lead', 'split')) as lead_units,
          (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
            where t.item_id = i.id and t.state <> 'withdrawn' and t.role = 'co') as co_units,
          (select count(*) from categories c2 where c2.congress_id = i.congress_id and c2.name = c.name) > 1 as ambiguous_category,
          so.name as submitter_org
        from items i
        left join organizations so on so.id = i.submitter_org_id
        left join categories c on c.id = i.category_id
        left join categories pc on pc.id = c.parent_id
        left join deputies d on d.id = i.lead_deputy_id
        left join organizations dg on dg.id = d.delegation_id
       where i.session_id = ${sessionId} and i.kind = ${kind} and not i.classified
         and ${stateNotIn('i.state', UNEXPORTED_ITEM_STATES)}
       order by i.number`,
  );
  return rows.map((r) => {
    const assigned = !!(r.assigned_on && r.handling_mode && r.lead_units);
    const row: ImportRow = {
      number: r.number,
      title: r.title,
      body: r.body,
      category: r.category ? (r.ambiguous_category && r.parent_category ? `${r.parent_category}/${r.category}` : r.category) : undefined,
      leadDeputy: r.lead ?? undefined,
      cosigners: r.cosigners ?? undefined,
      delegation: r.delegation ?? undefined,
      period: r.period === 'interim' ? '闭会期间' : '大会期间',
      submittedOn: r.submitted_on,
    };
    if (kind === 'proposal') {
      // R-CPPCC-1: how it was submitted; a collective one names its organization and is led by its contact member.
      row.submissionType = SUBMISSION_TYPE_CELL[r.submitter_org ? 'collective' : r.cosigners ? 'joint' : 'individual'];
      if (r.submitter_org) row.submitterOrg = r.submitter_org;
    }
    if (assigned) {
      row.handlingMode = HANDLING_MODE_LABELS[r.handling_mode as HandlingMode];
      row.leadUnits = r.lead_units ?? undefined;
      row.coUnits = r.co_units ?? undefined;
      row.leadingLeader = r.leading_leader ?? undefined;
      row.assignedOn = r.assigned_on!;
    }
    return row;
  });
}
