import { DEFAULT_RULES } from '../../domain/deadlines';
import { SEVEN_HUNDREDS } from '../../domain/stats/targets';
import { rulesProfiles } from '../db/schema';
/**
 * The province-scale demo that `npm start` loads into an empty database:
 * 湖南省人民代表大会, 十四届人大三次会议 (2025), 42 handling units, about 500
 * deputies and (by default) 1,400 suggestions spread over every stage of the
 * lifecycle. Every suggestion is driven through the use cases, so each has a
 * consistent history; the plan is drawn from createRng(2025), and a share of
 * items is placed relative to today so the ledger's lights stay live. Beside it, 政协湖南省委员会 with
 * about 600 members and (by default) 800 proposals through the same lifecycle (demo-cppcc.ts).
 */
import type { Db } from '../db/client';
import { createBase } from './base';
import { CATEGORIES, CONGRESS_NAME, createRng, DELEGATIONS, deputyProfile, makeSuggestion, SESSION_NAME, SESSION_YEAR, UNITS } from './corpus';
import { runItem } from './demo-lifecycle';
import { makePlan } from './demo-plan';
import { seedSupervision } from './demo-supervision';
import { seedTemplates } from './demo-templates';
import { seedDrafts } from './demo-drafts';
import type { World } from './demo-steps';
import { SUGGESTION_TEXTS } from './demo-texts';
import { createStaff, DEMO_DEPUTY_INDEX } from './demo-users';
import { seedLevels } from './demo-levels';
import { seedChecklists } from './demo-checklists';
import { seedNational } from './demo-national';
import { seedCppcc } from './demo-cppcc';
import { seedHotline } from './demo-hotline';
import { seedDuty } from './demo-duty';

/** Deputies per delegation, in the order of DELEGATIONS (500 in all). */
const DELEGATION_SIZES = [56, 30, 24, 48, 48, 40, 44, 12, 30, 34, 38, 36, 28, 22, 10];

export interface SeedResult {
  items: number;
  units: number;
  deputies: number;
  /** The CPPCC committee's proposals and members (§8). */
  proposals: number;
  members: number;
  /** 岳阳市's hotline work orders and the problems among them (the rest merged as duplicates). */
  workOrders: number;
  problems: number;
}

export interface SeedOptions {
  /** Number of suggestions (default 1,400). */
  items?: number;
  /** Number of CPPCC proposals (default: 0.57 × items, about 800). */
  proposals?: number;
  /** The present the live share is placed around (default: now). */
  now?: Date;
  /** May return a promise: the first start's background seeding yields to the server there (issue 18 §4). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  onProposalProgress?: (done: number, total: number) => void | Promise<void>;
  /** Number of hotline work orders (default: 465 × items / 1400, at least 40). */
  workOrders?: number;
  onHotlineProgress?: (done: number, total: number) => void | Promise<void>;
  /** Called once the province's accounts exist (the first start serves from then on, issue 18 §4). */
  onAccountsReady?: () => void;
}

export async function seedDemo(db: Db, opts: SeedOptions = {}): Promise<SeedResult> {
  const n = opts.items ?? 1400;
  const rng = createRng(2025);
  const realNow = opts.now ?? new Date();

  const deputies = DELEGATIONS.flatMap((name, delegation) =>
    Array.from({ length: DELEGATION_SIZES[delegation] ?? 20 }, () => ({ ...deputyProfile(rng, name), delegation })),
  );
  const base = await createBase(db, {
    congressName: CONGRESS_NAME,
    level: 'province',
    session: { name: SESSION_NAME, code: '14-3', year: SESSION_YEAR },
    units: UNITS.map((u) => ({ name: u.name, shortName: u.shortName, isGovernment: u.kind === 'government', divisions: u.divisions })),
    delegations: DELEGATIONS,
    deputies,
    categories: CATEGORIES,
  });
  const staff = await createStaff(db, base, rng.fork(), deputies);
  // Issue 17 §4: the province checks its handling against Qinghai's 七个百分之百 (seed 003) on the dashboard.
  await db
    .insert(rulesProfiles)
    .values({ congressId: base.congressId, year: SESSION_YEAR, preset: null, values: { ...DEFAULT_RULES, targets: SEVEN_HUNDREDS } });
  opts.onAccountsReady?.();

  // base.categoryIds lists each parent followed by its children, in tree order.
  const categoryIds = new Map<string, number>();
  let k = 0;
  for (const c of CATEGORIES) for (const name of [c.name, ...c.children]) categoryIds.set(name, base.categoryIds[k++]);

  const w: World = {
    db,
    base,
    staff,
    texts: SUGGESTION_TEXTS,
    write: (r, p, lead) => makeSuggestion(r, p.category, DELEGATIONS[lead.delegation]),
    demoLead: DEMO_DEPUTY_INDEX,
    orgs: [],
    realNow,
    categoryIds,
    deputyById: new Map(staff.deputies.map((d) => [d.id, d])),
    keyItems: new Map(),
    docSeq: new Map(),
    counters: new Map(),
  };
  const plan = makePlan(rng.fork(), n, deputies, realNow);
  for (const [i, p] of plan.entries()) {
    try {
      await runItem(w, p);
      await opts.onProgress?.(i + 1, plan.length);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new Error(`演示数据：第 ${p.seq} 件（${p.stage}${p.variant ? `/${p.variant}` : ''}，${p.mode}）载入失败：${msg}`, { cause: e });
    }
  }
  await seedSupervision(w);
  await seedTemplates(w);
  await seedDrafts(w, base.sessionId);
  // The national congress above, with one suggestion handed down to the province (R-ASSIGN-4).
  await seedNational(db, { provinceId: base.congressId, staff });
  // The lower bodies last, on their own random stream: the province's items stay as they were.
  const levels = await seedLevels(db, { rng: rng.fork(), realNow, provinceId: base.congressId, demoDeputy: staff.deputies[0].actor });
  // 华容县's guidance checklists for its townships, their reports, visits, meetings and assessments (issue 16 §5–§9).
  await seedChecklists(db, levels, realNow);
  // 政协湖南省委员会 beside the province (§8), on a random stream of its own after all the rest.
  const proposals = opts.proposals ?? Math.round(n * 0.57);
  const cppcc = await seedCppcc(db, { rng: rng.fork(), realNow, provinceId: base.congressId, staff, proposals, onProgress: opts.onProposalProgress });
  // 岳阳市's deputies' hotline channel over the past year (issue 15), on a random stream after the CPPCC's, at the seed's scale by default (465 calls).
  const hotline = await seedHotline(db, {
    rng: rng.fork(),
    realNow,
    levels,
    orders: opts.workOrders ?? Math.max(40, Math.round((n * 465) / 1400)),
    onProgress: opts.onHotlineProgress,
  });
  // The present year's duty records the liaison offices enter for every deputy of the province, the city and the county (issue 15 §6).
  await seedDuty(db, {
    rng: rng.fork(),
    realNow,
    offices: [
      { congressId: base.congressId, liaison: staff.liaison },
      { congressId: levels.city.congressId, liaison: levels.city.liaison },
      { congressId: levels.county.congressId, liaison: levels.county.liaison },
    ],
  });
  return {
    items: n,
    units: UNITS.length,
    deputies: deputies.length,
    proposals,
    members: cppcc.members,
    workOrders: hotline.orders,
    problems: hotline.problems,
  };
}
