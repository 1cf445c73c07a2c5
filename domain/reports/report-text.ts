/**
 * R-STAT-3 reports generated as Word documents: the kinds, the sections an
 * editor writes, the scope key, and the figures rendered into text (the
 * structure of an annual handling report, seed 001).
 */

import type { StreamKind } from '../documents/stream-words';
import { classPhrase, shownClasses, THREE_CLASSES, type ResultClassDef } from '../stats/result-classes';
import { rate } from '../stats/shares';

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
/** 收到 N 件 — 立案 M 件 and what became of the rest (the parts add up to `received`). */
export interface IntakeFigures {
  received: number;
  registered: number;
  reference: number;
  returned: number;
  merged: number;
  notAccepted: number;
  withdrawn: number;
  pending: number;
}
/** The dates a report states (queryStatistics `dates`), ISO days. */
export interface ReportDates {
  allRepliedOn: string | null;
  evaluationWindowEnds: string | null;
  evaluationWindowClosed: boolean;
}
/**
 * The R-STAT-1 figures the basic situation prints (the shape of queryStatistics), and what published handling
 * reports print beside them (issue 17 §3). The later ones are optional: a scope without them (a unit's, where
 * intake, routing and the lead units mean nothing) leaves them out, and so does the text.
 */
export interface HandlingFigures {
  items: number;
  replied: number;
  replyRate: number | null;
  resultClasses: { A: Counted; B: Counted; C: Counted; D?: Counted };
  /** the rules profile's classes in order, with their marks and definitions; absent: A/B/C (and D when counted) */
  classScheme?: ResultClassDef[];
  evaluations: { satisfied: Counted; basicallySatisfied: Counted; dissatisfied: Counted; satisfactionRate?: number | null };
  contacts: number;
  contactRate: number | null;
  /** handling units with a part in the scope's items */
  units: number;
  /** of them, the lead units (主办, 单办, 分办) */
  leadUnits?: number;
  intake?: IntakeFigures;
  /** items formally assigned, and 交办率 (assigned of the registered) */
  assigned?: number;
  assignmentRate?: number | null;
  /** assigned items by route: the government system, the courts, procuratorate and other bodies, both */
  routing?: { government: Counted; judicialAndOther: Counted; joint: Counted };
  /** each top-level category's items and share of all */
  categories?: { name: string; count: number; share: number }[];
  closed?: number;
  closeRate?: number | null;
  /** first-round evaluations (初次办理满意率), before any re-handling */
  firstRound?: { satisfied: Counted; basicallySatisfied: Counted; dissatisfied: Counted; satisfactionRate?: number | null };
  dates?: ReportDates;
}

/** Categories named one by one up to this many; beyond it the first ones and the rest together. */
const CATEGORIES_NAMED = 6;

/** 2020-07-31 → 2020年7月31日, as reports write dates in their text. */
export const dayText = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

/** (Basically) satisfied of all evaluations, when the figures do not carry the rate. */
function satisfactionOf(e: NonNullable<HandlingFigures['firstRound']>): number | null {
  if (e.satisfactionRate !== undefined) return e.satisfactionRate;
  const ok = e.satisfied.count + e.basicallySatisfied.count;
  return rate(ok, ok + e.dissatisfied.count);
}

/** 从受理情况看，共收到代表建议160件，经审查，立案149件，转为参阅件5件…；立案建议已全部交有关单位办理，交办率100%。 */
function intakeSentence(f: HandlingFigures, w: ReportWords): string {
  const i = f.intake;
  const parts: string[] = [];
  if (i && i.received > 0) {
    const rest: [number, string][] = [
      [i.reference, '转为参阅件'],
      [i.returned, '退回修改'],
      [i.merged, '并案处理'],
      [i.notAccepted, '不予立案'],
      [i.withdrawn, '由提出人撤回'],
      [i.pending, '尚在审查'],
    ];
    const others = rest.filter(([n]) => n > 0).map(([n, what]) => `${what}${n}件`);
    parts.push(
      i.registered === i.received
        ? `共收到${w.items}${i.received}件，经审查全部立案`
        : `共收到${w.items}${i.received}件，经审查，${[`立案${i.registered}件`, ...others].join('，')}`,
    );
  }
  if (f.assignmentRate !== undefined && f.assignmentRate !== null) {
    parts.push(
      f.assignmentRate === 100
        ? `立案${w.item}已全部交有关单位办理，交办率100%`
        : `立案${w.item}${f.assigned === undefined ? '' : `已交办${f.assigned}件，`}交办率${ratePct(f.assignmentRate)}`,
    );
  }
  return parts.length ? `从受理情况看，${parts.join('；')}。` : '';
}

/** 所提问题已经得到解决或基本解决的（A类件）有40件，占总数的26.85%；… one clause per class of the scheme. */
function classesSentence(f: HandlingFigures, of: string): string {
  const counts = Object.fromEntries(Object.entries(f.resultClasses).map(([k, v]) => [k, v?.count ?? 0]));
  const scheme = f.classScheme?.length ? f.classScheme : shownClasses([THREE_CLASSES], counts);
  const clauses = scheme.map((d) => {
    const c = f.resultClasses[d.code] ?? { count: 0, share: 0 };
    return `${classPhrase(d)}有${c.count}件，${of}${pct(c.share)}`;
  });
  return `${clauses.join('；')}。`;
}

/** 初次办理满意率X%，经重新办理后满意率Y%: only where re-handling changed it. */
function firstRoundSentence(f: HandlingFigures): string {
  if (!f.firstRound) return '';
  const first = satisfactionOf(f.firstRound);
  const final = satisfactionOf(f.evaluations);
  if (first === null || final === null || first === final) return '';
  return `初次办理满意率${ratePct(first)}，经重新办理后满意率${ratePct(final)}。`;
}

/** 由政府系统办理X件，占…；由法院、检察院及其他单位办理Y件，占…；联合办理Z件，占…: only when not all are the government's. */
function routingSentence(f: HandlingFigures, w: ReportWords): string {
  const r = f.routing;
  if (!r || (r.judicialAndOther.count === 0 && r.joint.count === 0)) return '';
  const parts: [Counted, string][] = [
    [r.government, '由政府系统办理'],
    [r.judicialAndOther, '由法院、检察院及其他单位办理'],
    [r.joint, '由政府系统与其他单位联合办理'],
  ];
  const named = parts.filter(([c]) => c.count > 0).map(([c, what]) => `${what}${c.count}件，占${pct(c.share)}`);
  return `从承办单位看，交办的${w.items}中${named.join('；')}。`;
}

/** 从内容看，教育类30件，占20.13%；…: the largest categories, all of them when few. */
function categoriesSentence(f: HandlingFigures): string {
  const cats = f.categories ?? [];
  if (cats.length < 2) return '';
  const name = (n: string) => (n.endsWith('类') ? n : `${n}类`);
  const named = cats.length <= CATEGORIES_NAMED ? cats : cats.slice(0, CATEGORIES_NAMED - 1);
  const parts = named.map((c) => `${name(c.name)}${c.count}件，占${pct(c.share)}`);
  const rest = cats.slice(named.length);
  if (rest.length) {
    // Shares in hundredths of a percent, so that the rest and the named add up to 100.00 as printed.
    const hundredths = rest.reduce((a, c) => a + Math.round(c.share * 100), 0);
    parts.push(`其余${rest.length}类共${rest.reduce((a, c) => a + c.count, 0)}件，占${pct(hundredths / 100)}`);
  }
  return `从内容看，${parts.join('；')}。`;
}

/** 所有建议已于2020年7月31日前全部答复代表，代表评价期已于…截止 (将于…截止 while it runs). */
function datesSentence(f: HandlingFigures, w: ReportWords): string {
  const d = f.dates;
  if (!d?.allRepliedOn) return '';
  const window = d.evaluationWindowEnds ? `，${w.submitter}评价期${d.evaluationWindowClosed ? '已于' : '将于'}${dayText(d.evaluationWindowEnds)}截止` : '';
  return `所有${w.item}已于${dayText(d.allRepliedOn)}前全部答复${w.submitter}${window}。`;
}

/**
 * 一、基本情况 as a paragraph, in the words of a published report (seed 001 and others):
 * items, replied and reply rate, closed and the closing rate; each class of the rules profile with its count
 * and share; satisfied and basically satisfied shares (dissatisfied when any), the first-round satisfaction
 * when re-handling changed it; contacts in person-times with the contact rate, the handling and the lead
 * units; then, where the figures have them, received and registered with what became of the rest and the
 * assignment rate, the routing split (when not all are the government's), the categories' shares, the day
 * all were answered and the end of the evaluation window.
 * `subject` names the scope (e.g. 交由省教育厅承办的); empty for the whole session.
 */
export function basicSituationText(f: HandlingFigures, o: { sessionName: string; subject?: string; stream?: StreamKind }): string {
  const w = REPORT_WORDS[o.stream ?? 'suggestion'];
  const { satisfied, basicallySatisfied, dissatisfied } = f.evaluations;
  const classed = Object.values(f.resultClasses).reduce((a, c) => a + (c?.count ?? 0), 0);
  // Shares are of the classed (answered) items: "of the total" only when every item is answered, as in seed 001.
  const all = classed === f.items;
  const of = all ? '占总数的' : '占';
  // Evaluations are one per deputy (R-EVAL-1): a joint suggestion counts more than once, then they are 人次.
  const evaluated = satisfied.count + basicallySatisfied.count + dissatisfied.count;
  const unit = evaluated > classed ? '人次' : '件';
  const closed =
    f.closed === undefined || f.closeRate === undefined
      ? ''
      : f.closeRate === 100
        ? '，已全部办结，办结率100%'
        : `，已办结${f.closed}件，办结率${ratePct(f.closeRate)}`;
  const units = f.units ? `；共有${f.units}个承办单位参与办理${f.leadUnits ? `，其中主办单位${f.leadUnits}个` : ''}。` : '。';
  const parts = [
    `${o.sessionName}${o.subject ?? ''}共有${w.items}${f.items}件，已答复${f.replied}件，答复率${ratePct(f.replyRate)}${closed}。`,
    all ? '其中，' : `在已答复并确定办理结果类别的${classed}件中，`,
    classesSentence(f, of),
    `${w.submitter}表示满意的${satisfied.count}${unit}，占${pct(satisfied.share)}，表示基本满意的${basicallySatisfied.count}${unit}，占${pct(basicallySatisfied.share)}`,
    dissatisfied.count ? `，表示不满意的${dissatisfied.count}${unit}，占${pct(dissatisfied.share)}。` : '。',
    firstRoundSentence(f),
    `承办单位与${w.submitter}沟通联系${f.contacts}人次，沟通联系率${ratePct(f.contactRate)}${units}`,
    intakeSentence(f, w),
    routingSentence(f, w),
    categoriesSentence(f),
    datesSentence(f, w),
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
