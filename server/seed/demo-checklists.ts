/**
 * The demo's township checklists (issue 16 §5–§9), in the style of the seed (华容县): eight quarterly
 * checklists over 2025 and 2026 (89 entries: 21 statutory, 49 deputy work, 19 central work), each 2026
 * one copied from the same quarter of 2025 and edited; every township's reports, on time, late, in
 * progress or not done as its record goes; the leaders' pairings and quarterly visits; the quarter-end
 * exchange meetings; the finished 2025 assessment with its ranking, and 2026's being scored. Every
 * step goes through the use cases at its own moment, so the history is real; nothing after `now`.
 */
import { sql } from 'drizzle-orm';
import { addDays, diffDays, todayInShanghai, type IsoDate } from '../../domain/deadlines';
import { quarterLabel } from '../../domain/checklists/checklists';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { DEFAULT_SCHEME } from '../queries/checklists/assessment';
import { addAssessmentAdjustment } from '../usecases/checklists/add-assessment-adjustment';
import { copyChecklist } from '../usecases/checklists/copy-checklist';
import { createChecklist } from '../usecases/checklists/create-checklist';
import { finalizeAssessment } from '../usecases/checklists/finalize-assessment';
import { issueChecklist } from '../usecases/checklists/issue-checklist';
import { pairLeader } from '../usecases/checklists/pair-leader';
import { recordExchangeMeeting } from '../usecases/checklists/record-exchange-meeting';
import { recordGuidanceVisit } from '../usecases/checklists/record-guidance-visit';
import { reportChecklistEntry } from '../usecases/checklists/report-checklist-entry';
import { saveAssessmentScheme } from '../usecases/checklists/save-assessment-scheme';
import { setAssessmentScore } from '../usecases/checklists/set-assessment-score';
import { updateChecklist } from '../usecases/checklists/update-checklist';
import { createRng, type Rng } from './corpus';
import {
  ASSESSMENTS,
  BRIEFINGS,
  CHECKLISTS_2025,
  CHECKLISTS_2026,
  DONE_NOTES,
  IN_PROGRESS_NOTES,
  LEDGERS,
  NOT_DONE_NOTES,
  REQUIREMENTS,
  type EntrySpec,
} from './corpus/checklist-texts';
import type { LevelsFixture } from './demo-levels-fixture';
import { at, prevWorkday } from './demo-time';

/** When each quarter's checklist is issued, its leaders visit, its exchange meeting is held (MM-DD). */
const ISSUED = ['01-10', '04-08', '07-07', '10-09'];
const VISITED = ['02-25', '05-26', '08-25', '11-24'];
const MEETING = ['03-28', '06-27', '09-26', '12-26'];

interface Issued {
  id: number;
  year: number;
  quarter: number;
  issuedOn: IsoDate;
}

export interface ChecklistsSeedResult {
  checklists: number;
  entries: number;
  reports: number;
  visits: number;
  meetings: number;
}

export async function seedChecklists(db: Db, levels: LevelsFixture, now: Date): Promise<ChecklistsSeedResult> {
  const rng = createRng(2023);
  const today = todayInShanghai(now);
  const { county, townships } = levels;
  const liaison = county.liaison;
  // A moment of the seed's days, never past the present (an event of today before `now`).
  const ctx = (actor: Actor, when: Date) => ({ db, actor, now: earliest(when, now) });
  const past = (d: IsoDate) => d <= today;
  // Each township's record: how likely it is to finish an entry on time (the strong ones first).
  const quality = new Map(townships.map((t, i) => [t.congressId, 0.95 - (i % 6) * 0.06 - (i >= 6 ? 0.03 : 0)]));
  const townshipIds = townships.map((t) => t.congressId);
  let reports = 0;
  let visits = 0;
  let meetings = 0;

  // 联点指导: each leader with the townships the tree gives them.
  const pairedWith = new Map<number, Actor>();
  for (const l of county.leaders) {
    for (const t of l.townshipCongressIds) {
      await pairLeader(ctx(liaison, at('2025-01-06', 9)), { leaderUserId: l.actor.userId, townshipId: t });
      pairedWith.set(t, l.actor);
    }
  }

  const issued: Issued[] = [];
  const specs = [...CHECKLISTS_2025, ...CHECKLISTS_2026];
  for (const [k, entries] of specs.entries()) {
    const year = k < 4 ? 2025 : 2026;
    const quarter = (k % 4) + 1;
    const issuedOn = prevWorkday(`${year}-${ISSUED[quarter - 1]}`);
    if (!past(issuedOn)) break;
    const draftAt = at(addDays(issuedOn, -3), 10);
    const body = { year, quarter, title: `${quarterLabel(year, quarter)}乡镇人大工作指导清单`, townshipIds, entries: toEntries(entries, year) };
    let id: number;
    if (year === 2025) {
      id = (await createChecklist(ctx(liaison, draftAt), body)).id;
    } else {
      // Last year's same quarter, copied (due dates a year later) and then edited into this year's.
      id = (await copyChecklist(ctx(liaison, draftAt), { checklistId: issued[k - 4].id, year, quarter })).id;
      await updateChecklist(ctx(liaison, at(addDays(issuedOn, -2), 15)), { checklistId: id, version: 1, ...body });
    }
    await issueChecklist(ctx(liaison, at(issuedOn, 9, 30)), { checklistId: id, version: year === 2025 ? 1 : 2 });
    issued.push({ id, year, quarter, issuedOn });
    reports += await reportQuarter(db, rng.fork(), levels, { id, year, quarter, issuedOn }, quality, now);
  }

  for (const c of issued) {
    const visitOn = prevWorkday(`${c.year}-${VISITED[c.quarter - 1]}`);
    if (past(visitOn)) visits += await visitQuarter(db, rng.fork(), levels, c, pairedWith, visitOn, now);
    const meetingOn = prevWorkday(`${c.year}-${MEETING[c.quarter - 1]}`);
    if (past(meetingOn)) {
      meetings++;
      await meet(db, rng.fork(), liaison, c, meetingOn, now);
    }
  }

  await assess(db, rng.fork(), levels, today);
  return { checklists: issued.length, entries: specs.slice(0, issued.length).flat().length, reports, visits, meetings };
}

const earliest = (a: Date, b: Date) => (a < b ? a : b);

const toEntries = (entries: EntrySpec[], year: number) =>
  entries.map(([type, indicator, text, evidence, due]) => ({ type, indicator, text, evidence, dueOn: `${year}-${due}` }));

/** Every township's reports on one checklist, as its record goes, none after today. */
async function reportQuarter(db: Db, rng: Rng, levels: LevelsFixture, c: Issued, quality: Map<number, number>, now: Date): Promise<number> {
  const today = todayInShanghai(now);
  const rows = await queryRows<{ id: number; township: number; due_on: string; evidence: string }>(
    db,
    sql`select r.id, r.township_congress_id as township, e.due_on::text as due_on, e.evidence
        from checklist_reports r join checklist_entries e on e.id = r.checklist_entry_id
        where r.checklist_id = ${c.id} order by r.township_congress_id, e.seq`,
  );
  const presidium = new Map(levels.townships.map((t) => [t.congressId, t.presidium]));
  let n = 0;
  for (const r of rows) {
    const q = quality.get(r.township) ?? 0.8;
    const actor = presidium.get(r.township)!;
    const steps: { on: IsoDate; status: 'done' | 'inProgress' | 'notDone'; note: string }[] = [];
    const done = (on: IsoDate) => steps.push({ on, status: 'done', note: rng.pick(DONE_NOTES).replace('{evidence}', r.evidence) });
    const open = c.issuedOn;
    const span = Math.max(2, diffDays(open, r.due_on));
    const roll = rng.next();
    if (roll < q) {
      const on = addDays(r.due_on, -rng.int(0, Math.min(10, span - 2)));
      // Some report progress first, a few days or weeks before they report it done.
      const before = diffDays(open, on);
      if (rng.chance(0.3) && before > 6) steps.push({ on: addDays(open, rng.int(3, before - 2)), status: 'inProgress', note: rng.pick(IN_PROGRESS_NOTES) });
      done(on);
    } else if (roll < q + (1 - q) * 0.6) {
      steps.push({ on: addDays(open, rng.int(3, Math.max(3, span - 3))), status: 'inProgress', note: rng.pick(IN_PROGRESS_NOTES) });
      done(addDays(r.due_on, rng.int(2, 15)));
    } else if (roll < q + (1 - q) * 0.85) {
      steps.push({ on: addDays(r.due_on, rng.int(1, 5)), status: 'notDone', note: rng.pick(NOT_DONE_NOTES) });
    }
    let version = 1;
    for (const s of steps) {
      if (s.on > today || s.on < open) continue;
      const when = at(s.on, rng.int(9, 17), rng.int(0, 59));
      const row = await reportChecklistEntry({ db, actor, now: earliest(when, now) }, { checklistReportId: r.id, version, status: s.status, note: s.note });
      version = row.version;
      n++;
    }
  }
  return n;
}

/** Each paired leader's mid-quarter visit to each of their townships. */
async function visitQuarter(db: Db, rng: Rng, levels: LevelsFixture, c: Issued, pairedWith: Map<number, Actor>, on: IsoDate, now: Date): Promise<number> {
  let n = 0;
  for (const t of levels.townships) {
    const leader = pairedWith.get(t.congressId);
    if (!leader) continue;
    const entries = await queryRows<{ id: number }>(db, sql`select id from checklist_entries where checklist_id = ${c.id} order by seq`);
    await recordGuidanceVisit(
      { db, actor: leader, now: earliest(at(on, 16), now) },
      {
        townshipId: t.congressId,
        visitedOn: addDays(on, -rng.int(0, 3)),
        deputiesVisited: rng.int(3, 8),
        votersVisited: rng.int(10, 40),
        ledgersRead: rng.sample(LEDGERS, 2).join('；'),
        assessment: rng.pick(ASSESSMENTS),
        requirements: rng.pick(REQUIREMENTS),
        entryIds: rng.sample(entries, 2).map((e) => e.id),
      },
    );
    n++;
  }
  return n;
}

/** The quarter-end exchange meeting: three typical experiences from the quarter's reports done, next quarter's briefing. */
async function meet(db: Db, rng: Rng, liaison: Actor, c: Issued, on: IsoDate, now: Date): Promise<void> {
  const done = await queryRows<{ id: number; township: number }>(
    db,
    sql`select r.id, r.township_congress_id as township from checklist_reports r
        where r.checklist_id = ${c.id} and r.status = 'done' and r.done_on <= ${on}::date order by r.id`,
  );
  const picked: number[] = [];
  const towns = new Set<number>();
  for (const r of rng.shuffle(done)) {
    if (picked.length === 3) break;
    if (towns.has(r.township)) continue;
    towns.add(r.township);
    picked.push(r.id);
  }
  await recordExchangeMeeting(
    { db, actor: liaison, now: earliest(at(on, 17), now) },
    {
      year: c.year,
      quarter: c.quarter,
      heldOn: on,
      summary: `对照${quarterLabel(c.year, c.quarter)}指导清单，各乡镇人大主席交流落实情况；会议推介典型经验，并指出个别乡镇台账不规范、事项逾期报送等问题。`,
      briefing: BRIEFINGS[c.quarter - 1],
      experienceReportIds: picked,
    },
  );
}

/** 2025's assessment, scored and finalized in January 2026; 2026's scheme, being scored. */
async function assess(db: Db, rng: Rng, levels: LevelsFixture, today: IsoDate): Promise<void> {
  const liaison = levels.county.liaison;
  const c = (d: IsoDate, h: number) => ({ db, actor: liaison, now: at(d, h) });
  const scheme = {
    indicators: DEFAULT_SCHEME.indicators,
    bonusItems: DEFAULT_SCHEME.bonusItems,
    deductionItems: DEFAULT_SCHEME.deductionItems,
    bonusCap: DEFAULT_SCHEME.bonusCap,
  };
  if (today < '2026-01-20') return;
  let { version } = await saveAssessmentScheme(c('2026-01-12', 10), { year: 2025, ...scheme });
  // 2025's suggestions of the townships were handled before this system: scored by hand from their ledgers.
  for (const t of levels.townships) {
    const points = rng.int(22, 30) / 2;
    ({ version } = await setAssessmentScore(c('2026-01-14', 10), {
      year: 2025,
      version,
      townshipId: t.congressId,
      indicator: 'townshipSuggestions',
      points,
      reason: `按本乡镇 2025 年代表建议办理台账评分：建议 ${rng.int(8, 20)} 件，全部按期答复，代表满意率 ${rng.int(86, 100)}%`,
    }));
  }
  const adjust = async (i: number, kind: 'bonus' | 'deduction', item: string, points: number, reason: string) =>
    ({ version } = await addAssessmentAdjustment(c('2026-01-16', 15), {
      year: 2025,
      version,
      townshipId: levels.townships[i].congressId,
      kind,
      item,
      points,
      reason,
    }));
  await adjust(0, 'bonus', '经验被县级以上推介', 2, '代表联络站“群众点单、代表接单”经验在全市乡镇人大工作会议上交流');
  await adjust(2, 'bonus', '代表建议获评优秀', 1, '代表建议《关于加强农村饮水安全巩固提升的建议》获评县级优秀建议');
  await adjust(levels.townships.length - 1, 'deduction', '清单事项逾期未完成', 1.5, '第二、三季度清单各有事项逾期未完成，且未说明原因');
  await finalizeAssessment(c('2026-01-20', 16), { year: 2025, version });
  if (today < '2026-03-05') return;
  ({ version } = await saveAssessmentScheme(c('2026-03-05', 10), { year: 2026, ...scheme }));
  if (today < '2026-07-10') return;
  await addAssessmentAdjustment(c('2026-07-10', 10), {
    year: 2026,
    version,
    townshipId: levels.townships[1].congressId,
    kind: 'bonus',
    item: '经验被县级以上推介',
    points: 1,
    reason: '民生实事项目票决制做法在《湖南人大》刊发',
  });
}
