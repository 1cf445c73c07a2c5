/**
 * R-STAT-1 over the two streams (§8, issue 14 §5/§7): each body's own figures — what the government office
 * handles, its congress's suggestions beside the CPPCC committee's proposals, and what a higher level
 * handed down to it — and the breakdowns only proposals have: by 提出方式 (个人, 联名, 集体) and by 党派.
 * Every group holds each item once, so the groups' shares of the items add up to 100.00.
 */
import { inArray, sql } from 'drizzle-orm';
import { PARTY_COLLECTIVE, PARTY_UNRECORDED, partyOrder, streamLabel } from '../../../domain/stats/streams';
import { SUBMISSION_TYPE_LABELS, SUBMISSION_TYPES, type SubmissionType } from '../../../domain/proposals/wording';
import type { Body } from '../../../domain/levels/levels';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { congresses } from '../../db/schema';
import { figuresOver, itemOnTime, itemPart, shape, withItemShares, type Raw } from './breakdown';
import type { StatsScope } from './figures';

/** No items: the figures of a group that has none (a submission type nobody used). */
const EMPTY: Omit<Raw, 'key' | 'name' | 'grp'> = {
  items: 0,
  assigned: 0,
  replied: 0,
  on_time: 0,
  a: 0,
  b: 0,
  c: 0,
  d: 0,
  sat: 0,
  basic: 0,
  dis: 0,
  contacts: 0,
  contacted: 0,
  visited: 0,
  rehandled: 0,
  struck: 0,
};

/**
 * By body and stream: a row per body whose items the actor's figures hold — for the government office its
 * congress's suggestions and the CPPCC committee's proposals (those two rows add up to GET /api/statistics),
 * then the items higher bodies handed down to it (`handedDown`, R-ASSIGN-4), which its own figures leave to
 * the body they belong to. `label` names the stream as the handling line does (湖南省政协提案).
 */
export async function queryBodyBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select scope.congress_id as key, null::text as name, scope.kind as grp, scope.id as item_id, null::int as unit_id,
      ${itemPart} as done, ${itemOnTime} as on_time
    from scope`,
    { handedDown: true },
  );
  const ids = [...new Set(rows.map((r) => r.key!))];
  const bodies = ids.length
    ? await db
        .select({ id: congresses.id, name: congresses.name, body: congresses.body, level: congresses.level, besideId: congresses.besideId })
        .from(congresses)
        .where(inArray(congresses.id, ids))
    : [];
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const own = actor.congressId ?? -1;
  const LEVEL_ORDER = ['national', 'province', 'city', 'county', 'township'];
  const out = rows.map((r) => {
    const b = byId.get(r.key!)!;
    const handedDown = b.id !== own && b.besideId !== own;
    return {
      congressId: b.id,
      congressName: b.name,
      body: b.body as Body,
      kind: r.grp,
      handedDown,
      label: streamLabel(b.name, r.grp),
      ...shape(r),
    };
  });
  // The office's own bodies first (the congress, then the CPPCC committee), then what came down, the highest first.
  const rank = (x: (typeof out)[number]) => (x.handedDown ? 10 + LEVEL_ORDER.indexOf(byId.get(x.congressId)!.level) : x.body === 'congress' ? 0 : 1);
  out.sort((x, y) => rank(x) - rank(y) || x.congressId - y.congressId || x.kind.localeCompare(y.kind));
  return withItemShares(out);
}

/**
 * Proposals by 提出方式 (R-CPPCC-1): collective when an organization submitted it in its own name
 * (items.submitter_org_id), joint when more than one member signed it (co-signers who declined left out),
 * individual otherwise. Always the three rows, in that order; suggestions are not counted.
 */
export async function querySubmissionTypeBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select null::int as key,
      case when scope.submitter_org_id is not null then 'collective' when coalesce(sg.n, 0) > 1 then 'joint' else 'individual' end as name,
      'all' as grp, scope.id as item_id, null::int as unit_id, ${itemPart} as done, ${itemOnTime} as on_time
    from scope
    left join (
      select x.item_id, count(*) as n from item_signers x
      where x.status <> 'declined' and x.item_id in (select scope.id from scope where scope.kind = 'proposal')
      group by x.item_id) sg on sg.item_id = scope.id
    where scope.kind = 'proposal'`,
  );
  const found = new Map(rows.map((r) => [r.name as SubmissionType, r]));
  return withItemShares(
    SUBMISSION_TYPES.map((t) => ({
      submissionType: t,
      name: SUBMISSION_TYPE_LABELS[t],
      ...shape(found.get(t) ?? { key: null, name: t, grp: 'all', ...EMPTY, four: rows[0]?.four }),
    })),
  );
}

/**
 * Proposals by 党派 of the first proposer (deputies.party of items.lead_deputy_id): 中国共产党 … 无党派人士 as
 * recorded, members with none recorded as 未填写; a collective proposal is an organization's, not a member's,
 * and is counted apart. Suggestions are not counted.
 */
export async function queryPartyBreakdown(db: Db, actor: Actor, s: StatsScope) {
  const rows = await figuresOver(
    db,
    actor,
    s,
    sql`
    select null::int as key,
      case when scope.submitter_org_id is null then nullif(btrim(dp.party), '') end as name,
      case when scope.submitter_org_id is null then 'member' else 'collective' end as grp,
      scope.id as item_id, null::int as unit_id, ${itemPart} as done, ${itemOnTime} as on_time
    from scope left join deputies dp on dp.id = scope.lead_deputy_id
    where scope.kind = 'proposal'`,
  );
  const out = rows.map((r) => {
    const collective = r.grp === 'collective';
    const party = collective ? null : r.name;
    return { party, collective, name: collective ? PARTY_COLLECTIVE : (party ?? PARTY_UNRECORDED), ...shape(r) };
  });
  return withItemShares(out.sort(partyOrder));
}
