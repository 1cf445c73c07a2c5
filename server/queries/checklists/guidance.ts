/** 联点指导 and 季度交流会 as the pages read them (R-TOWN-1): pairings, visits, exchange meetings. */
import { sql } from 'drizzle-orm';
import { ENTRY_TYPE_LABELS, quarterLabel, type EntryType } from '../../../domain/checklists/checklists';
import { forbidden } from '../../../domain/errors';
import type { Actor } from '../../auth/actor';
import { checklistScope, leadersOf, townshipName, townshipsOf } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';
import { isCountyOffice } from './checklists';

/** GET /api/guidance/pairings — the county's pairings, and the leaders and townships to pair (the county's office and leaders). */
export async function listPairings(db: Db, actor: Actor) {
  const scope = await checklistScope(db, actor);
  if (scope.townshipId !== null) throw forbidden();
  const pairings = await queryRows<{ id: number; leader_id: number; leader_name: string; township_id: number; township_name: string }>(
    db,
    sql`select p.id, u.id as leader_id, u.display_name as leader_name, t.id as township_id, t.name as township_name
        from guidance_pairings p join users u on u.id = p.leader_user_id join congresses t on t.id = p.township_congress_id
        where p.congress_id = ${scope.countyId} order by u.id, t.id`,
  );
  return {
    pairings: pairings.map((p) => ({
      id: p.id,
      leader: { id: p.leader_id, name: p.leader_name },
      township: { id: p.township_id, name: townshipName(p.township_name) },
    })),
    leaders: await leadersOf(db, scope.countyId),
    townships: await townshipsOf(db, scope.countyId),
    mayEdit: await isCountyOffice(db, actor),
  };
}

/** GET /api/guidance/visits — the county's visits (a township's presidium: those to its township), newest first. */
export async function listVisits(db: Db, actor: Actor, q: { year?: number; townshipId?: number }) {
  const scope = await checklistScope(db, actor);
  const township = scope.townshipId ?? q.townshipId ?? null;
  const rows = await queryRows<{
    id: number;
    township_id: number;
    township_name: string;
    leader_name: string;
    visited_on: string;
    deputies_visited: number;
    voters_visited: number;
    ledgers_read: string;
    assessment: string;
    requirements: string;
    created_at: Date | string;
    entries: { id: number; text: string; type: EntryType; year: number; quarter: number }[];
  }>(
    db,
    sql`select v.id, t.id as township_id, t.name as township_name, v.leader_name, v.visited_on::text as visited_on,
          v.deputies_visited, v.voters_visited, v.ledgers_read, v.assessment, v.requirements, v.created_at,
          coalesce((select json_agg(json_build_object('id', e.id, 'text', e.text, 'type', e.type, 'year', c.year, 'quarter', c.quarter) order by c.year, c.quarter, e.seq)
                    from guidance_visit_entries ve join checklist_entries e on e.id = ve.checklist_entry_id join checklists c on c.id = e.checklist_id
                    where ve.guidance_visit_id = v.id), '[]'::json) as entries
        from guidance_visits v join congresses t on t.id = v.township_congress_id
        where v.congress_id = ${scope.countyId}
          ${township === null ? sql`` : sql`and v.township_congress_id = ${township}`}
          ${q.year ? sql`and extract(year from v.visited_on) = ${q.year}` : sql``}
        order by v.visited_on desc, v.id desc limit 500`,
  );
  const paired = (
    actor.role === 'supervisor'
      ? await queryRows<{ id: number; name: string }>(
          db,
          sql`select t.id, t.name from guidance_pairings p join congresses t on t.id = p.township_congress_id
              where p.congress_id = ${scope.countyId} and p.leader_user_id = ${actor.userId} order by t.id`,
        )
      : []
  ).map((t) => ({ id: t.id, name: townshipName(t.name) }));
  return {
    visits: rows.map((r) => ({
      id: r.id,
      township: { id: r.township_id, name: townshipName(r.township_name) },
      leaderName: r.leader_name,
      visitedOn: r.visited_on,
      deputiesVisited: r.deputies_visited,
      votersVisited: r.voters_visited,
      ledgersRead: r.ledgers_read,
      assessment: r.assessment,
      requirements: r.requirements,
      entries: r.entries.map((e) => ({ id: e.id, text: e.text, typeLabel: ENTRY_TYPE_LABELS[e.type], quarterLabel: quarterLabel(e.year, e.quarter) })),
      createdAt: r.created_at,
    })),
    mayRecord: paired.length > 0,
    pairedTownships: paired,
  };
}

/** GET /api/exchange-meetings — the county's exchange meetings; a township's presidium sees of the experiences its own only. */
export async function listMeetings(db: Db, actor: Actor, q: { year?: number }) {
  const scope = await checklistScope(db, actor);
  const rows = await queryRows<{
    id: number;
    year: number;
    quarter: number;
    held_on: string;
    summary: string;
    briefing: string;
    created_at: Date | string;
    experiences: { reportId: number; townshipId: number; townshipName: string; text: string; type: EntryType; note: string | null }[];
  }>(
    db,
    sql`select m.id, m.year, m.quarter, m.held_on::text as held_on, m.summary, m.briefing, m.created_at,
          coalesce((select json_agg(json_build_object('reportId', r.id, 'townshipId', t.id, 'townshipName', t.name, 'text', e.text,
                      'type', e.type, 'note', r.note) order by t.id, e.seq)
                    from exchange_meeting_experiences x join checklist_reports r on r.id = x.checklist_report_id
                    join checklist_entries e on e.id = r.checklist_entry_id join congresses t on t.id = r.township_congress_id
                    where x.exchange_meeting_id = m.id
                      ${scope.townshipId === null ? sql`` : sql`and r.township_congress_id = ${scope.townshipId}`}), '[]'::json) as experiences
        from exchange_meetings m
        where m.congress_id = ${scope.countyId} ${q.year ? sql`and m.year = ${q.year}` : sql``}
        order by m.held_on desc, m.id desc limit 200`,
  );
  return {
    meetings: rows.map((m) => ({
      id: m.id,
      year: m.year,
      quarter: m.quarter,
      quarterLabel: quarterLabel(m.year, m.quarter),
      heldOn: m.held_on,
      summary: m.summary,
      briefing: m.briefing,
      experiences: m.experiences.map((x) => ({
        reportId: x.reportId,
        township: { id: x.townshipId, name: townshipName(x.townshipName) },
        entryText: x.text,
        typeLabel: ENTRY_TYPE_LABELS[x.type],
        note: x.note,
      })),
      createdAt: m.created_at,
    })),
    mayRecord: await isCountyOffice(db, actor),
  };
}
