/**
 * R-STAT-3 reports generated as Word documents: the kinds, the sections an
 * editor writes, the scope key, and the figures rendered into text (the
 * structure of an annual handling report, seed 001).
 */

import type { StreamKind } from '../documents/stream-words';

export const REPORT_KINDS = ['handlingReport', 'keyItemsReport', 'unitAnalysis'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  handlingReport: '办理情况报告',
  keyItemsReport: '重点督办建议办理情况报告',
  unitAnalysis: '单位综合分析报告',
};

/**
 * The words a report speaks in (§8): a congress's of 代表建议 and 代表, a CPPCC committee's — the proposal
 * committee's reports — of 提案 and 委员. The figures and the structure are the same.
 */
export interface ReportWords {
  /** 建议 / 提案 */
  item: string;
  /** what the report is about: 代表建议 / 提案 (共有代表建议149件) */
  items: string;
  /** the title's words: 代表建议、批评和意见 / 提案 */
  subject: string;
  /** 代表 / 委员 */
  submitter: string;
  /** the default addressee: 各位代表 / 各位委员 */
  addressee: string;
}

export const REPORT_WORDS: Record<StreamKind, ReportWords> = {
  suggestion: { item: '建议', items: '代表建议', subject: '代表建议、批评和意见', submitter: '代表', addressee: '各位代表' },
  proposal: { item: '提案', items: '提案', subject: '提案', submitter: '委员', addressee: '各位委员' },
};

/** A report kind's name in a body's words: 提案办理情况报告, 重点督办提案办理情况报告 in a CPPCC committee. */
export function reportKindLabel(kind: ReportKind, stream: StreamKind = 'suggestion'): string {
  if (stream === 'suggestion') return REPORT_KIND_LABELS[kind];
  return { handlingReport: '提案办理情况报告', keyItemsReport: '重点督办提案办理情况报告', unitAnalysis: '单位综合分析报告' }[kind];
}

/** R-STAT-3: a unit's comprehensive analysis report is required from this many items of a session. */
export const UNIT_ANALYSIS_MIN_ITEMS = 20;

/** The sections an editor writes (after 一、基本情况, which is computed), with their headings per kind. */
export const REPORT_SECTIONS: Record<ReportKind, { id: 'measures' | 'problems' | 'nextSteps'; heading: string }[]> = {
  handlingReport: [
    { id: 'measures', heading: '主要做法及成效' },
    { id: 'problems', heading: '存在的问题' },
    { id: 'nextSteps', heading: '下一步工作' },
  ],
  keyItemsReport: [
    { id: 'measures', heading: '主要做法及成效' },
    { id: 'nextSteps', heading: '下一步工作' },
  ],
  unitAnalysis: [
    { id: 'measures', heading: '办理工作分析' },
    { id: 'problems', heading: '存在的问题' },
    { id: 'nextSteps', heading: '改进措施' },
  ],
};
export type SectionId = 'measures' | 'problems' | 'nextSteps';
/** Besides the sections: the addressee (各位代表) and the reporting body, which the editor may change too. */
export type ReportSections = Partial<Record<SectionId | 'addressee' | 'issuer' | 'intro', string>>;

export type ReportScope = { type: 'all' } | { type: 'unit' | 'category' | 'delegation'; id: number };

/** 'all' · 'unit:12' · 'category:3' · 'delegation:7' — the key a draft is stored under. */
export function scopeKey(s: ReportScope): string {
  return s.type === 'all' ? 'all' : `${s.type}:${s.id}`;
}
export function parseScope(key: string): ReportScope | null {
  if (key === 'all') return { type: 'all' };
  const m = /^(unit|category|delegation):([1-9]\d{0,9})$/.exec(key);
  return m ? { type: m[1] as 'unit' | 'category' | 'delegation', id: Number(m[2]) } : null;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** First-level heading numbers: 一、二、… */
export const ordinal = (i: number) => CHINESE_ORDINALS[i] ?? String(i + 1);

/** A share as R-STAT-1 prints it: two decimals (26.85%). */
export const pct = (share: number) => `${share.toFixed(2)}%`;
/** A rate: 100% reads as such, others to two decimals; no base → 无. */
export const ratePct = (r: number | null) => (r === null ? '无' : r === 100 ? '100%' : `${r.toFixed(2)}%`);

interface Counted {
  count: number;
  share: number;
}
/** The R-STAT-1 figures the basic situation prints (the shape of queryStatistics). */
export interface HandlingFigures {
  items: number;
  replied: number;
  replyRate: number | null;
  resultClasses: { A: Counted; B: Counted; C: Counted };
  evaluations: { satisfied: Counted; basicallySatisfied: Counted; dissatisfied: Counted };
  contacts: number;
  contactRate: number | null;
  /** handling units with a part in the scope's items */
  units: number;
}

/**
 * 一、基本情况 as a paragraph, in the words of a published report (seed 001):
 * items, replied and reply rate, A/B/C counts with shares of the total,
 * satisfied and basically satisfied shares (dissatisfied when any), contacts in
 * person-times with the contact rate, and the number of handling units.
 * `subject` names the scope (e.g. 交由省教育厅承办的); empty for the whole session.
 */
export function basicSituationText(f: HandlingFigures, o: { sessionName: string; subject?: string; stream?: StreamKind }): string {
  const w = REPORT_WORDS[o.stream ?? 'suggestion'];
  const { A, B, C } = f.resultClasses;
  const { satisfied, basicallySatisfied, dissatisfied } = f.evaluations;
  const classed = A.count + B.count + C.count;
  // Shares are of the classed (answered) items: "of the total" only when every item is answered, as in seed 001.
  const all = classed === f.items;
  const of = all ? '占总数的' : '占';
  // Evaluations are one per deputy (R-EVAL-1): a joint suggestion counts more than once, then they are 人次.
  const evaluated = satisfied.count + basicallySatisfied.count + dissatisfied.count;
  const unit = evaluated > classed ? '人次' : '件';
  const parts = [
    `${o.sessionName}${o.subject ?? ''}共有${w.items}${f.items}件，已答复${f.replied}件，答复率${ratePct(f.replyRate)}。`,
    all ? '其中，' : `在已答复并确定办理结果类别的${classed}件中，`,
    `所提问题已经得到解决或基本解决的（A类件）有${A.count}件，${of}${pct(A.share)}；`,
    `所提问题正在解决或已列入计划逐步解决的（B类件）有${B.count}件，${of}${pct(B.share)}；`,
    `所提问题因客观条件限制或其他原因暂时无法解决的（C类件）有${C.count}件，${of}${pct(C.share)}。`,
    `${w.submitter}表示满意的${satisfied.count}${unit}，占${pct(satisfied.share)}，表示基本满意的${basicallySatisfied.count}${unit}，占${pct(basicallySatisfied.share)}`,
    dissatisfied.count ? `，表示不满意的${dissatisfied.count}${unit}，占${pct(dissatisfied.share)}。` : '。',
    `承办单位与${w.submitter}沟通联系${f.contacts}人次，沟通联系率${ratePct(f.contactRate)}`,
    f.units ? `；共有${f.units}个承办单位参与办理。` : '。',
  ];
  return parts.join('');
}

/** Facts from the data that prefill the sections an editor writes. */
export interface PrefillFacts {
  contacts: number;
  faceToFaceRate: number | null;
  keySupervised: number;
  keyReplied: number;
  supervisionActivities: number;
  dissatisfied: number;
  rehandled: number;
  commitments: number;
  commitmentsStruckOff: number;
  onTimeRate: number | null;
}

/** Drafts of the sections from the figures, for the editor to rewrite (R-STAT-3: "prefilled from data where possible"). */
export function prefillSections(kind: ReportKind, f: PrefillFacts, stream: StreamKind = 'suggestion'): Record<SectionId, string> {
  const w = REPORT_WORDS[stream];
  const open = f.commitments - f.commitmentsStruckOff;
  const measures = [
    `（一）坚持先协商、后答复。承办单位与${w.submitter}沟通联系${f.contacts}人次，当面沟通率${ratePct(f.faceToFaceRate)}，按期答复率${ratePct(f.onTimeRate)}。`,
    `（二）突出重点督办。确定重点督办${w.item}${f.keySupervised}件，已答复${f.keyReplied}件，开展督办活动${f.supervisionActivities}次。`,
    '（三）（请补充其他做法及成效。）',
  ];
  const problems = [
    `（一）有${f.rehandled}件${w.item}因${w.submitter}不满意而重新研究办理，目前仍有${f.dissatisfied}件答复${w.submitter}表示不满意。`,
    '（二）（请补充存在的问题。）',
  ];
  const nextSteps = [
    `（一）跟踪落实承诺事项。共登记B类承诺事项${f.commitments}项，已销号${f.commitmentsStruckOff}项，其余${open}项继续跟踪督办，直至落实到位。`,
    '（二）（请补充下一步工作安排。）',
  ];
  if (kind === 'keyItemsReport') {
    return {
      measures: `（一）加强督办。确定重点督办${w.item}${f.keySupervised}件，开展座谈、视察、调研等督办活动${f.supervisionActivities}次，已答复${f.keyReplied}件。\n（二）（请补充其他做法及成效。）`,
      problems: '',
      nextSteps: nextSteps.join('\n'),
    };
  }
  return { measures: measures.join('\n'), problems: problems.join('\n'), nextSteps: nextSteps.join('\n') };
}

/** The key-items report's basic situation (R-SUP-3, R-STAT-3): how many, by kind of supervision, answered, closed, overdue, activities. */
export function keyItemsText(o: {
  sessionName: string;
  subject?: string;
  stream?: StreamKind;
  total: number;
  byKind: { leaderLed: number; committee: number; joint: number };
  replied: number;
  closed: number;
  red: number;
  activities: number;
}): string {
  const item = REPORT_WORDS[o.stream ?? 'suggestion'].item;
  if (o.total === 0) return `${o.sessionName}${o.subject ?? ''}尚未确定重点督办${item}。`;
  return (
    `${o.sessionName}${o.subject ?? ''}共确定重点督办${item}${o.total}件，其中领导领衔督办${o.byKind.leaderLed}件、专委会对口督办${o.byKind.committee}件、联合督办${o.byKind.joint}件；` +
    `已答复${o.replied}件，已办结${o.closed}件${o.red ? `，超过期限尚未答复${o.red}件` : ''}；开展座谈、视察、调研等督办活动${o.activities}次。`
  );
}

/** One stream of a report covering both (the government office's, seed 004): its session in full and its figures. */
export interface StreamFigures {
  stream: StreamKind;
  sessionName: string;
  figures: HandlingFigures;
}

/**
 * The basic situation of a report covering both streams (the government office handles the congress's
 * suggestions and the CPPCC committee's proposals, seed 004): the year's total and each kind's share of it
 * — with what a higher level handed down, when any — then each stream's figures in its own words,
 * （一）代表建议 （二）政协提案, one paragraph each.
 */
export function bothStreamsText(o: {
  year: number;
  /** who handled them, for the opening total (省教育厅); empty for every unit */
  who?: string;
  /** each stream's scope words, as basicSituationText takes them (交由省教育厅承办的) */
  subject?: string;
  streams: StreamFigures[];
  /** items of a higher level handed down to this body (R-ASSIGN-4), by kind */
  handedDown?: Partial<Record<StreamKind, number>>;
}): string {
  const own = o.streams.reduce((a, s) => a + s.figures.items, 0);
  const down = o.handedDown ?? {};
  const downTotal = (down.suggestion ?? 0) + (down.proposal ?? 0);
  const parts = o.streams.map((s) => `${s.sessionName}${REPORT_WORDS[s.stream].items}${s.figures.items}件`);
  if (down.suggestion) parts.push(`上级交办的代表建议${down.suggestion}件`);
  if (down.proposal) parts.push(`上级交办的政协提案${down.proposal}件`);
  const total = `${o.year}年，${o.who ?? ''}共承办代表建议和政协提案${own + downTotal}件，其中${parts.join('，')}。`;
  const heading = { suggestion: '代表建议', proposal: '政协提案' } as const;
  const each = o.streams.map(
    (s, i) =>
      `（${CHINESE_ORDINALS[i]}）${heading[s.stream]}。${basicSituationText(s.figures, { sessionName: s.sessionName, subject: o.subject, stream: s.stream })}`,
  );
  return [total, ...each].join('\n');
}
