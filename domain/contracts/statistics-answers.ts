import { z } from 'zod';
import { LIGHTS } from '../deadlines/light';
import { ITEM_KINDS, RESULT_CLASSES, TASK_ROLES } from '../items/kinds';
import { BODIES } from '../levels/levels';
import { SUBMISSION_TYPES } from '../proposals/wording';
import { ITEM_STATES, REPLY_STATES, TASK_STATES } from '../items/states';
import { UNIT_SCORE_COMPONENTS } from '../stats/unit-score';
import { TARGET_FIGURES } from '../stats/targets';
import { day, resultClassDef } from './common';
import { historyEvent } from './item-answers';
import { ratio, satisfactionFigures } from './hotline-reports';

/**
 * Answers of the statistics (server/routes/reference.ts GET /api/statistics…, statistics.ts, dashboard.ts) and the key items;
 * their requests: domain/contracts/statistics.ts (the scope, statsQuery of items.ts).
 * Rates and shares are percentages with two decimals; a rate is null when there is nothing to divide by.
 */

/** A percentage (two decimals), null when the denominator is 0. */
const rate = z.number().nullable();
/** A count and its share of the group's total (the shares add up to 100.00, R-STAT-1). */
export const share = z.object({ count: z.number(), share: z.number() });
/** A/B/C always; D where the rules profile uses four classes, or items carry it (issue 17 §2). */
const resultClasses = z.object({ A: share, B: share, C: share, D: share.optional() });

const evaluations = z.object({ satisfied: share, basicallySatisfied: share, dissatisfied: share, satisfactionRate: rate });

/** GET /api/statistics/units — one unit's tasks of a session: lead and co, done, overdue. */
export const unitStatisticsRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  leadItems: z.number(),
  coItems: z.number(),
  done: z.number(),
  overdue: z.number(),
});

/** The R-STAT-1 figures of one group (a unit's lead or co part, a category, a delegation, a deputy). */
export const groupFigures = z.object({
  items: z.number(),
  assigned: z.number(),
  replied: z.number(),
  replyRate: rate,
  onTime: z.number(),
  onTimeRate: rate,
  resultClasses,
  evaluations,
  contacts: z.number(),
  contactRate: rate,
  faceToFaceRate: rate,
  rehandled: z.number(),
  commitmentsStruckOff: z.number(),
});

/**
 * GET /api/statistics — the R-STAT-1 figures of any scope: a group's, with its reference items and commitments,
 * and what published handling reports print beside them (issue 17 §3).
 */
export const statistics = groupFigures.extend({
  referenceItems: z.number(),
  commitments: z.number(),
  /** assigned items with a contact record, and with a face-to-face one (the numerators of the two rates) */
  contactedItems: z.number(),
  visitedItems: z.number(),
  /** the result classes the figures show, in order, with the profile's labels and definitions */
  classScheme: z.array(resultClassDef),
  /** first-round satisfaction (初次办理满意率), before any re-handling; `evaluations` is the final one */
  firstRound: evaluations,
  /** items closed (办结) and the closing rate over the assigned items */
  closed: z.number(),
  closeRate: rate,
  /** 收到 N 件 — 立案 M 件: every item that reached the office, by what became of it (the parts add up to `received`) */
  intake: z.object({
    received: z.number(),
    registered: z.number(),
    reference: z.number(),
    returned: z.number(),
    merged: z.number(),
    notAccepted: z.number(),
    withdrawn: z.number(),
    pending: z.number(),
  }),
  /** 交办率: assigned of the registered (立案) items */
  assignmentRate: rate,
  /** 主办单位 (leading, single or split) and 承办单位 (with the co-handlers) with a live part */
  units: z.object({ lead: z.number(), handling: z.number() }),
  /** the assigned items by route: the government system, the courts, procuratorate and other bodies, or both (joint) */
  routing: z.object({ government: share, judicialAndOther: share, joint: share }),
  /** each top-level category's items and share of all (categoryId null: 未分类) */
  categories: z.array(z.object({ categoryId: z.number().nullable(), name: z.string(), count: z.number(), share: z.number() })),
  /**
   * The deputies' hotline channel of the scope's year (issue 17 §5), where the body has one: the whole channel
   * (its liaison office, supervisors) or one unit's orders; null where there is none or the scope has no orders
   * (a category, a delegation, a deputy, proposals).
   */
  hotline: z
    .object({
      year: z.number(),
      scope: z.enum(['channel', 'unit']),
      /** orders called in (the channel) or led (a unit) */
      orders: z.number(),
      problems: z.number().nullable(),
      solved: z.number(),
      solvedRate: rate,
      finished: z.number(),
      closed: z.number().nullable(),
      contactOnTime: ratio,
      onTime: ratio,
      satisfied: ratio,
      satisfaction: satisfactionFigures.nullable(),
    })
    .nullable(),
  /** the dates a report states */
  dates: z.object({
    /** the day the last assigned item was first answered */
    lastFirstReplyOn: day.nullable(),
    /** that day, once every assigned item is answered (均已答复); null while some are not */
    allRepliedOn: day.nullable(),
    lastReplyOn: day.nullable(),
    /** the last reply's evaluation window ends (R-EVAL-3) */
    evaluationWindowEnds: day.nullable(),
    /** every item answered and that day past */
    evaluationWindowClosed: z.boolean(),
  }),
});

/** GET /api/statistics/targets — the rules profile's targets (issue 17 §4), each with the scope's figure and the units short of it. */
export const targetsAnswer = z.object({
  /** the set's name (七个百分之百); null: none given */
  title: z.string().nullable(),
  targets: z.array(
    z.object({
      figure: z.enum(TARGET_FIGURES),
      label: z.string(),
      /** numerator ÷ denominator, in words */
      definition: z.string(),
      /** the percentage to reach */
      target: z.number(),
      value: rate,
      numerator: z.number(),
      denominator: z.number(),
      met: z.boolean(),
      unitsShort: z.array(z.object({ unitId: z.number(), unitName: z.string(), figure: rate, numerator: z.number(), denominator: z.number() })),
    }),
  ),
});

/** GET /api/statistics/by-unit — a unit's figures, lead (主办/单办/分办) and co-handling (会办) apart; null: no such part. */
export const unitBreakdown = z.object({ unitId: z.number(), unitName: z.string(), lead: groupFigures.nullable(), co: groupFigures.nullable() });
/** A group's share of the scope's items, where each item is in one group: the groups' shares add up to 100.00 (R-STAT-1). */
const itemShare = z.number();

/** GET /api/statistics/by-category — a top-level category's figures (categoryId null: 未分类). */
export const categoryBreakdown = groupFigures.extend({ categoryId: z.number().nullable(), name: z.string(), share: itemShare });
/** GET /api/statistics/by-delegation — a delegation's figures, in a CPPCC committee a sector's (界别); delegationId null: 无代表团, 无界别. */
export const delegationBreakdown = groupFigures.extend({ delegationId: z.number().nullable(), name: z.string(), share: itemShare });

/**
 * GET /api/statistics/by-body — a body's items of one stream (§8): the government office's congress's
 * suggestions and the CPPCC committee's proposals, and what higher bodies handed down to it (R-ASSIGN-4).
 */
export const bodyBreakdown = groupFigures.extend({
  congressId: z.number(),
  congressName: z.string(),
  body: z.enum(BODIES),
  kind: z.enum(ITEM_KINDS),
  /** a higher body's items handed down to the office (not in its own figures, GET /api/statistics) */
  handedDown: z.boolean(),
  /** the stream as the handling line names it: 湖南省人大代表建议, 湖南省政协提案, 全国人大代表建议 */
  label: z.string(),
  share: itemShare,
});
/** GET /api/statistics/by-submission-type — proposals by 提出方式 (R-CPPCC-1): 个人, 联名, 集体, always the three. */
export const submissionTypeBreakdown = groupFigures.extend({ submissionType: z.enum(SUBMISSION_TYPES), name: z.string(), share: itemShare });
/**
 * GET /api/statistics/by-party — proposals by the first proposer's 党派 (party null: none recorded, 未填写);
 * `collective`: the proposals organizations submitted in their own name, counted apart.
 */
export const partyBreakdown = groupFigures.extend({ party: z.string().nullable(), collective: z.boolean(), name: z.string(), share: itemShare });
/** GET /api/statistics/by-deputy — a deputy's figures over the items they lead or co-signed; `led` of them they lead. */
export const deputyBreakdown = groupFigures.extend({ deputyId: z.number(), name: z.string(), led: z.number() });

/** GET /api/statistics/satisfaction-vs-resolution — a unit's satisfaction beside its resolution (被满意). */
export const satisfactionVsResolution = z.object({
  unitId: z.number(),
  unitName: z.string(),
  items: z.number(),
  /** items with a result class */
  classed: z.number(),
  classA: z.number(),
  evaluations: z.number(),
  /** evaluations satisfied or basically satisfied */
  satisfied: z.number(),
  evaluatedItems: z.number(),
  /** evaluated items every evaluation of which is (basically) satisfied, classed B or C */
  satisfiedNotSolved: z.number(),
  satisfiedShare: rate,
  solvedShare: rate,
  /** percentage points by which satisfaction exceeds resolution */
  gap: z.number().nullable(),
});

/** R-STAT-2 weights (points per component, summing to 100) and the lateness deduction. */
export const unitScoreWeights = z.object({
  timeliness: z.number(),
  quality: z.number(),
  satisfaction: z.number(),
  contact: z.number(),
  visit: z.number(),
  publication: z.number(),
  lateDeductionPerItem: z.number(),
  lateDeductionMax: z.number(),
});

/** One component of a unit's score: numerator over denominator, its rate and points (null when not applicable). */
export const componentScore = z.object({
  component: z.enum(UNIT_SCORE_COMPONENTS),
  weight: z.number(),
  numerator: z.number(),
  denominator: z.number(),
  rate,
  points: z.number().nullable(),
  applicable: z.boolean(),
});

/** One unit's score and rank (R-STAT-2). */
export const unitScore = z.object({
  unitId: z.number(),
  unitName: z.string(),
  leadItems: z.number(),
  coItems: z.number(),
  visitTarget: z.number(),
  components: z.array(componentScore),
  /** points of the applicable components, scaled to 100 */
  scaled: z.number().nullable(),
  lateItems: z.number(),
  deduction: z.number(),
  total: z.number().nullable(),
  /** 1 = best; ties share a rank; null without a score */
  rank: z.number().nullable(),
  /**
   * The deputies' hotline channel in the unit's performance (seed 002: 纳入绩效考核; issue 15): the orders it
   * led in the session's year, finished on time, contacted within 24 hours, rated satisfied. Beside the score,
   * not in it; null when the unit led no order.
   */
  hotline: z
    .object({
      orders: z.number(),
      finished: z.number(),
      onTime: z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() }),
      contactOnTime: z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() }),
      satisfied: z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() }),
    })
    .nullable()
    .optional(),
});

/** GET /api/statistics/unit-scores — the units' scores of a session, with the weights they were scored by. */
export const unitScores = z.object({
  sessionId: z.number(),
  sessionName: z.string(),
  year: z.number(),
  /** the day the figures are counted to */
  asOf: day,
  weights: unitScoreWeights,
  publishWithinDays: z.number(),
  units: z.array(unitScore),
});

/** Items by light (R-SUP-1). */
export const lightCounts = z.object({ green: z.number(), yellow: z.number(), red: z.number() });

/** One unit's row of GET /api/statistics/unit-performance. */
export const unitPerformance = z.object({
  unitId: z.number(),
  unitName: z.string(),
  isGovernment: z.boolean(),
  leadItems: z.number(),
  coItems: z.number(),
  referenceItems: z.number(),
  replied: z.number(),
  onTime: z.number(),
  onTimeRate: rate,
  lights: lightCounts,
});

/** GET /api/statistics/unit-performance — per unit on-time rate and lights, with the yellow threshold used. */
export const unitPerformanceAnswer = z.object({ yellowDays: z.number(), units: z.array(unitPerformance) });

/** GET /api/statistics/categories — items per top-level category (categoryId null: 未分类). */
export const categoryCount = z.object({ categoryId: z.number().nullable(), name: z.string(), items: z.number() });

/** One of a key item's latest history events (newest first): an item_events entry, as the item's history shows it. */
export const keyItemEvent = historyEvent.pick({ id: true, type: true, actorName: true, actorRole: true, at: true, fromState: true, toState: true });

/** One unit's key item (重点处理建议, R-HANDLE-2 / R-SUP-3) with its progress. */
export const keyItem = z.object({
  taskId: z.number(),
  taskRole: z.enum(TASK_ROLES),
  taskState: z.enum(TASK_STATES),
  taskDue: day.nullable(),
  handlerName: z.string().nullable(),
  responsibleLeader: z.string().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  itemId: z.number(),
  number: z.string(),
  title: z.string(),
  state: z.enum(ITEM_STATES),
  round: z.number(),
  currentDue: day.nullable(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  /** the unit's contacts on the item */
  contacts: z.number(),
  /** the unit's latest reply */
  lastReply: z.object({ state: z.enum(REPLY_STATES), round: z.number(), sentOn: day.nullable(), resultClass: z.enum(RESULT_CLASSES) }).nullable(),
  recentEvents: z.array(keyItemEvent),
  light: z.enum(LIGHTS),
  daysLeft: z.number().nullable(),
  replied: z.boolean(),
});

/** GET /api/key-items — the key items, with the yellow threshold their lights use. */
export const keyItemsAnswer = z.object({ yellowDays: z.number(), rows: z.array(keyItem) });
