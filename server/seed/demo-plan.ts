import type { ResultClass } from '../../domain/items/kinds';
/**
 * The plan of the demo: which stage of the lifecycle each suggestion ends in,
 * who leads and cosigns it, which units handle it and how. Stages are given
 * by quota (with minimums), so even a small seed shows every state; the rest
 * is drawn from the seeded generator, so the plan is always the same.
 */
import type { HandlingMode } from '../../domain/items/kinds';
import { CATEGORIES, CATEGORY_WEIGHTS, UNITS, unitsForCategory, type CategorySeed, type Rng } from './corpus';
import { placeSubmitters, type CollectivePlan } from './demo-plan-submitters';
import { daysAgo } from './demo-time';
import { DEMO_DEPUTY_INDEX, DEMO_UNIT_CODE } from './demo-users';

export const STAGES = [
  'awaitingCosigners',
  'submitted',
  'returned',
  'notAccepted',
  'merged',
  'withdrawn',
  'referenceOpen',
  'referenceClosed',
  'accepted',
  'draftAssigned',
  'handling',
  'replied',
  'dissatisfied',
  'rehandling',
  'closedNotEvaluated',
  'closedRehandled',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** Where a live item in handling stands (each present at least once). */
export const HANDLING_VARIANTS = [
  'fresh',
  'adjustmentRequested',
  'breakdown',
  'contacted',
  'draft',
  'inReview',
  'awaitingSignOff',
  'signed',
  'sentBack',
  'coReturned',
  'extensionRequested',
  'extensionApproved',
  'overdue',
  'splitPartial',
] as const;
export type HandlingVariant = (typeof HANDLING_VARIANTS)[number];

/** Share of the items and minimum count per stage; 'closed' takes the rest. */
const QUOTAS: [Stage, number, number][] = [
  ['awaitingCosigners', 0.008, 2],
  ['submitted', 0.02, 1],
  ['returned', 0.01, 1],
  ['notAccepted', 0.02, 1],
  ['merged', 0.012, 1],
  ['withdrawn', 0.004, 1],
  ['referenceOpen', 0.006, 1],
  ['referenceClosed', 0.02, 1],
  ['accepted', 0.02, 1],
  ['draftAssigned', 0.015, 2],
  ['handling', 0.16, HANDLING_VARIANTS.length],
  ['replied', 0.05, 3],
  ['dissatisfied', 0.01, 1],
  ['rehandling', 0.015, 2],
  ['closedNotEvaluated', 0.015, 1],
  ['closedRehandled', 0.02, 1],
];
const LIVE: readonly Stage[] = ['awaitingCosigners', 'submitted', 'returned', 'accepted', 'draftAssigned', 'handling', 'replied', 'dissatisfied', 'rehandling'];
const ASSIGNED: readonly Stage[] = ['draftAssigned', 'handling', 'replied', 'dissatisfied', 'rehandling', 'closedNotEvaluated', 'closedRehandled', 'closed'];
const EDU_STAGES: readonly Stage[] = ['draftAssigned', 'replied', 'rehandling', 'closed'];
const EDU_VARIANTS: readonly HandlingVariant[] = [
  'adjustmentRequested',
  'breakdown',
  'draft',
  'inReview',
  'awaitingSignOff',
  'signed',
  'sentBack',
  'coReturned',
  'extensionRequested',
  'overdue',
];
const LEADERS = ['副省长 王某某', '副省长 李某某', '副省长 张某某', '副省长 刘某某', '省政府秘书长 陈某某'];

export type PlanRole = 'lead' | 'co' | 'split';
export interface PlannedItem {
  seq: number;
  stage: Stage;
  variant: HandlingVariant | null;
  live: boolean;
  rng: Rng;
  category: string;
  lead: number;
  cosigners: number[];
  /** Cosigners who will not have confirmed (awaitingCosigners). */
  pendingCosigners: number;
  submitOn: string;
  /** Live items: days between formal assignment and today. */
  assignAgo: number;
  mode: HandlingMode;
  units: { unit: number; role: PlanRole }[];
  leadingLeader: string | null;
  resultClass: ResultClass;
  /** A collective proposal's organization (index in CollectivePlan.orgs), submitted by its contact member `lead`. */
  org: number | null;
  absorb: PlannedItem[];
  x: {
    draftFirst: boolean;
    adjustment: 'approved' | 'rejected' | null;
    reassign: boolean;
    extension: boolean;
    late: boolean;
    sendBack: boolean;
    govSendBack: boolean;
    overrideContact: boolean;
    overrideCo: boolean;
    coReturn: boolean;
    key: boolean;
  };
}

function stageCounts(n: number): Map<Stage, number> {
  const counts = new Map<Stage, number>();
  let used = 0;
  for (const [s, share, min] of QUOTAS) {
    const c = Math.max(n >= 40 ? min : 0, Math.round(share * n));
    counts.set(s, c);
    used += c;
  }
  if (used >= n) throw new Error(`演示数据至少需要 ${used + 1} 件建议`);
  counts.set('closed', n - used);
  return counts;
}

const LIVE_ASSIGN_AGO: Record<HandlingVariant, [number, number]> = {
  fresh: [1, 6],
  adjustmentRequested: [3, 8],
  breakdown: [8, 30],
  contacted: [15, 60],
  draft: [30, 88],
  inReview: [30, 88],
  awaitingSignOff: [30, 88],
  signed: [30, 88],
  sentBack: [30, 88],
  coReturned: [40, 80],
  extensionRequested: [76, 88],
  extensionApproved: [95, 150],
  overdue: [95, 140],
  splitPartial: [50, 85],
};

function liveAgo(r: Rng, stage: Stage, variant: HandlingVariant | null): { submit: number; assign: number } {
  const pre = r.int(12, 28);
  switch (stage) {
    case 'awaitingCosigners':
      return { submit: r.int(1, 4), assign: 0 };
    case 'submitted':
      return { submit: r.int(1, 12), assign: 0 };
    case 'returned':
      return { submit: r.int(10, 20), assign: 0 };
    case 'accepted':
      return { submit: r.int(8, 20), assign: 0 };
    case 'draftAssigned':
      return { submit: r.int(15, 30), assign: 0 };
    case 'replied': {
      const a = r.int(60, 100);
      return { submit: a + pre, assign: a };
    }
    case 'dissatisfied': {
      const a = r.int(85, 110);
      return { submit: a + pre, assign: a };
    }
    case 'rehandling': {
      const a = r.int(120, 160);
      return { submit: a + pre, assign: a };
    }
    default: {
      const [lo, hi] = LIVE_ASSIGN_AGO[variant ?? 'fresh'];
      const a = r.int(lo, hi);
      return { submit: a + pre, assign: a };
    }
  }
}

/** What a stream's plan differs in; every field defaults to the suggestions' (the demo deputy, the congress's tree). */
export interface PlanOptions {
  /** The demo account's submitter: leads the first item of several stages, never drawn as a co-signer. */
  demoLead?: number;
  /** Asked to co-sign one item awaiting co-signers: another's (the demo lead) or, when someone else, the demo lead's. */
  invitee?: number;
  categories?: CategorySeed[];
  /** Units (codes) that lead two assigned items each, besides the demo unit (a court, a procuratorate). */
  unitLeads?: string[];
  collective?: CollectivePlan;
  /** The body's rules profile uses four result classes (issue 17 §2): some answers are D (留作参考). */
  fourClasses?: boolean;
}

function pickCategory(r: Rng, categories: CategorySeed[]): string {
  const top = r.weighted(CATEGORY_WEIGHTS);
  const c = categories.find((x) => x.name === top)!;
  return c.children.length ? r.pick(c.children) : top;
}

/** The units of an assigned item; `forced` (a unit index) leads when the category is its. */
function planUnits(r: Rng, category: string, mode: HandlingMode, forced: number | null): { unit: number; role: PlanRole }[] {
  const pool = unitsForCategory(category).map((u) => UNITS.indexOf(u));
  const edu = UNITS.findIndex((u) => u.code === DEMO_UNIT_CODE);
  const lead =
    forced !== null && forced !== edu && pool.includes(forced) ? forced : pool.includes(edu) && (forced === edu || r.chance(0.7)) ? edu : r.pick(pool);
  const others = (k: number, exclude: number[]) => {
    const rest = pool.filter((u) => !exclude.includes(u));
    const fill = rest.length >= k ? rest : [...rest, ...UNITS.map((_, i) => i).filter((i) => !exclude.includes(i) && !rest.includes(i))];
    return r.sample(fill, k);
  };
  switch (mode) {
    case 'single':
      return [{ unit: lead, role: 'lead' }];
    case 'leadCo':
      return [
        { unit: lead, role: 'lead' },
        ...others(
          r.weighted([
            [1, 7],
            [2, 3],
          ] as const),
          [lead],
        ).map((u) => ({ unit: u, role: 'co' as const })),
      ];
    case 'split':
      return [lead, ...others(r.chance(0.8) ? 1 : 2, [lead])].map((u) => ({ unit: u, role: 'split' as const }));
    case 'leaderLed':
      return [{ unit: lead, role: 'lead' }, ...others(r.chance(0.5) ? 1 : 0, [lead]).map((u) => ({ unit: u, role: 'co' as const }))];
  }
}

/** The whole plan, ordered by submission date (so item numbers follow time). */
export function makePlan(rng: Rng, n: number, deputies: { delegation: number }[], realNow: Date, opts: PlanOptions = {}): PlannedItem[] {
  const demoLead = opts.demoLead ?? DEMO_DEPUTY_INDEX;
  const categories = opts.categories ?? CATEGORIES;
  const counts = stageCounts(n);
  const stages = rng.shuffle(STAGES.flatMap((s) => Array<Stage>(counts.get(s) ?? 0).fill(s)));
  let v = 0;
  const items: PlannedItem[] = stages.map((stage, seq) => {
    const r = rng.fork();
    const variant = stage === 'handling' ? HANDLING_VARIANTS[v++ % HANDLING_VARIANTS.length] : null;
    const live = LIVE.includes(stage);
    const ago = live ? liveAgo(r, stage, variant) : { submit: 0, assign: 0 };
    const submitOn = live ? daysAgo(realNow, ago.submit) : `2025-01-${String(r.int(13, 20)).padStart(2, '0')}`;
    const category = pickCategory(r, categories);
    const lead = r.int(1, deputies.length - 1);
    const joint = stage === 'awaitingCosigners' || r.chance(0.3);
    const sameDelegation = deputies.map((d, i) => i).filter((i) => i !== lead && i !== demoLead && deputies[i].delegation === deputies[lead].delegation);
    const anyone = deputies.map((_, i) => i).filter((i) => i !== lead && i !== demoLead);
    const k = joint
      ? r.weighted([
          [1, 30],
          [2, 30],
          [3, 20],
          [4, 10],
          [5, 10],
        ] as const) + (stage === 'awaitingCosigners' ? 1 : 0)
      : 0;
    const cosigners = r.sample(r.chance(0.8) && sameDelegation.length >= k ? sameDelegation : anyone, k);
    const leadCo = r.chance(0.3);
    return {
      seq,
      stage,
      variant,
      live,
      rng: r,
      category,
      lead,
      cosigners,
      pendingCosigners: stage === 'awaitingCosigners' ? r.int(1, Math.max(1, cosigners.length - 1)) : 0,
      submitOn,
      assignAgo: ago.assign,
      mode: 'single',
      units: [],
      leadingLeader: null,
      resultClass: r.weighted<ResultClass>(
        opts.fourClasses
          ? [
              ['A', 38],
              ['B', 42],
              ['C', 10],
              ['D', 10],
            ]
          : [
              ['A', 40],
              ['B', 45],
              ['C', 15],
            ],
      ),
      org: null,
      absorb: [],
      x: {
        draftFirst: r.chance(0.15),
        adjustment: r.weighted([
          ['approved', 3],
          ['rejected', 2],
          [null, 95],
        ] as const),
        reassign: r.chance(0.01),
        extension: r.chance(0.06),
        late: r.chance(0.08),
        sendBack: r.chance(0.08),
        govSendBack: r.chance(0.04),
        overrideContact: r.chance(0.02),
        overrideCo: leadCo && r.chance(0.08),
        coReturn: r.chance(0.1),
        key: r.chance(live ? 0.25 : 0.06),
      },
    };
  });

  // Handling modes by quota over the assigned items; variants that need a mode swap it in.
  const assigned = items.filter((it) => ASSIGNED.includes(it.stage));
  const m = assigned.length;
  const split = Math.max(1, Math.round(0.05 * m));
  const leaderLed = Math.max(1, Math.round(0.03 * m));
  const leadCo = Math.round(0.3 * m);
  const modes = rng
    .shuffle<HandlingMode>([
      ...Array<HandlingMode>(split).fill('split'),
      ...Array<HandlingMode>(leaderLed).fill('leaderLed'),
      ...Array<HandlingMode>(leadCo).fill('leadCo'),
      ...Array<HandlingMode>(Math.max(0, m - split - leaderLed - leadCo)).fill('single'),
    ])
    .slice(0, m);
  assigned.forEach((it, i) => (it.mode = modes[i]));
  const need: [HandlingVariant, HandlingMode][] = [
    ['coReturned', 'leadCo'],
    ['splitPartial', 'split'],
  ];
  for (const [variant, mode] of need) {
    for (const it of assigned.filter((x) => x.variant === variant && x.mode !== mode)) {
      const donor = assigned.find((x) => x.mode === mode && x.variant !== variant && !need.some(([v]) => v === x.variant));
      if (donor) donor.mode = it.mode;
      it.mode = mode;
    }
  }
  // The demo unit (省教育厅) leads one item of each stage its staff act in, so its accounts show them all.
  const forEdu = new Set<PlannedItem>();
  for (const s of EDU_STAGES) forEdu.add(assigned.find((it) => it.stage === s)!);
  for (const v of EDU_VARIANTS) forEdu.add(assigned.find((it) => it.variant === v)!);
  forEdu.delete(undefined as unknown as PlannedItem);
  const education = categories.find((c) => c.name === '教育')!;
  for (const it of forEdu) it.category = it.rng.pick(education.children);
  const edu = UNITS.findIndex((u) => u.code === DEMO_UNIT_CODE);
  const forced = new Map<PlannedItem, number>([...forEdu].map((it) => [it, edu]));
  // Other units that lead a few items of their field, the latest stages first: a court, a procuratorate.
  for (const code of opts.unitLeads ?? []) {
    const unit = UNITS.findIndex((u) => u.code === code);
    const field = categories.find((c) => c.name === UNITS[unit].categories[0])!;
    const free = assigned.filter((it) => !forced.has(it) && !it.variant);
    for (const it of [...free.filter((x) => x.stage === 'closed').slice(0, 1), ...free.filter((x) => x.stage !== 'closed').slice(0, 1)]) {
      it.category = it.rng.pick(field.children);
      forced.set(it, unit);
    }
  }
  for (const it of assigned) {
    it.units = planUnits(it.rng, it.category, it.mode, forced.get(it) ?? null);
    if (it.mode === 'leaderLed') it.leadingLeader = it.rng.pick(LEADERS);
    if (it.mode !== 'leadCo' && it.mode !== 'leaderLed') it.x.overrideCo = false;
  }
  // Reference items go to the category's first unit.
  for (const it of items.filter((x) => x.stage === 'referenceOpen' || x.stage === 'referenceClosed')) {
    it.units = [{ unit: UNITS.indexOf(it.rng.pick(unitsForCategory(it.category))), role: 'lead' }];
  }

  placeSubmitters(rng, items, { demoLead, invitee: opts.invitee ?? demoLead, categories, collective: opts.collective });

  // Merged items join a closed primary of the same category (R-REVIEW-2).
  const primaries = items.filter((it) => it.stage === 'closed' && it.lead !== demoLead);
  const top: PlannedItem[] = [];
  let p = 0;
  for (const it of items) {
    if (it.stage !== 'merged') top.push(it);
    else {
      const primary = primaries[p++ % primaries.length];
      it.category = primary.category;
      it.submitOn = primary.submitOn;
      primary.absorb.push(it);
    }
  }
  return top.sort((a, b) => (a.submitOn < b.submitOn ? -1 : a.submitOn > b.submitOn ? 1 : a.seq - b.seq));
}
