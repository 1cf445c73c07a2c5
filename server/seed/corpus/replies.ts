/** Reply letters (答复函), commitments, co-handling opinions, contacts, evaluations and reasons. */
import {
  ADJUSTMENT_REASONS,
  CONTACT_METHOD_LABELS,
  CONTACT_SUMMARIES,
  DEPUTY_VIEWS,
  EVALUATION_COMMENTS,
  NOT_ACCEPTED_REASONS,
  OVERRIDE_REASONS,
  RETURN_REASONS,
  SEND_BACK_REASONS,
  type ContactMethod,
} from './feedback-phrases';
import { findUnit, selfReference, UNITS } from './organizations';
import {
  A_FOLLOWUPS,
  A_RESULTS,
  APPRECIATIONS,
  B_PLANS,
  C_EXPLANATIONS,
  C_FOLLOWUPS,
  CO_CLOSINGS,
  CO_OPENINGS,
  CO_POINTS,
  DONE_GENERIC,
  HANDLING_PROCESS,
  NEXT_STEPS,
  REPLY_OPENINGS,
  THANKS,
} from './reply-phrases';
import type { Rng } from './rng';
import { enumerateShi, fill, numberVars } from './text';
import { bankForTitle, fieldOf, titleSubject } from './title-subject';

export type { ContactMethod } from './feedback-phrases';
export type { ResultClass } from '../../../domain/items/kinds';
import type { ResultClass } from '../../../domain/items/kinds';
export type EvaluationResult = 'satisfied' | 'basicallySatisfied' | 'dissatisfied' | 'veryDissatisfied';

export interface ReplyInput {
  title: string;
  unitName: string;
  resultClass: ResultClass;
  /** When given, the letter is addressed to this deputy (…代表：). */
  deputyName?: string;
}

const YEAR = 2025;

function baseVars(rng: Rng, title: string, unitName: string): Record<string, string> {
  const unit = findUnit(unitName);
  const divisions = unit?.divisions.filter((d) => d !== '办公室') ?? [];
  const others = UNITS.filter((u) => u.name !== unit?.name);
  return {
    ...numberVars(rng, YEAR),
    title,
    self: selfReference(unitName),
    subject: titleSubject(title),
    field: fieldOf(unitName),
    division: divisions.length > 0 ? rng.pick(divisions) : '相关处室',
    coUnit: rng.pick(others).shortName,
    region: '基层',
    year: String(rng.int(YEAR, YEAR + 2)),
    month: String(rng.int(3, 11)),
  };
}

const pickFill = (rng: Rng, pool: readonly string[], vars: Record<string, string>): string => fill(rng.pick(pool), vars);

/**
 * A reply letter body in official style (R-REPLY-2/3): opening 您提出的《…》收悉,
 * measures taken, a class-specific section (A solved, B a plan with a target
 * year, C the legal or policy reason), next steps and thanks.
 */
export function makeReply(rng: Rng, input: ReplyInput): string {
  const { title, unitName, resultClass } = input;
  const vars = baseVars(rng, title, unitName);
  const bank = bankForTitle(title, unitName);
  const done = rng.shuffle([
    ...rng.sample(DONE_GENERIC, rng.int(1, 2)).map((s) => fill(s, { ...vars, ...numberVars(rng, YEAR) })),
    ...rng.sample(bank.measures, rng.int(2, 3)),
  ]);
  const paras: string[] = [];
  if (input.deputyName) paras.push(`${input.deputyName}代表：`);
  paras.push(pickFill(rng, REPLY_OPENINGS, vars));
  paras.push(pickFill(rng, APPRECIATIONS, vars) + pickFill(rng, HANDLING_PROCESS, vars));
  paras.push(`一、${rng.pick(['前期工作情况', '近年来开展的主要工作', '有关工作开展情况'])}`);
  paras.push(`近年来，${vars.self}${rng.pick(['重点开展了以下工作：', '主要做了以下几方面工作：', '围绕相关工作采取了以下措施：'])}${enumerateShi(done)}`);
  if (resultClass === 'A') {
    paras.push(`二、${rng.pick(['建议采纳落实情况', '办理落实情况'])}`);
    paras.push(pickFill(rng, A_RESULTS, vars) + pickFill(rng, A_FOLLOWUPS, vars));
  } else if (resultClass === 'B') {
    paras.push(`二、${rng.pick(['下一步工作计划', '建议落实安排'])}`);
    const commitment = makeCommitmentWithDate(rng, title);
    const planVars = { ...vars, year: commitment.targetDate.slice(0, 4), month: String(Number(commitment.targetDate.slice(5, 7))) };
    paras.push(`您提出的建议已被采纳。${pickFill(rng, B_PLANS, planVars)}${commitment.text}`);
  } else if (resultClass === 'D') {
    paras.push(`二、${rng.pick(['关于建议的研究情况', '有关情况说明'])}`);
    paras.push(pickFill(rng, D_REFERENCES, vars));
  } else {
    paras.push(`二、${rng.pick(['有关情况说明', '关于所提问题的说明'])}`);
    paras.push(pickFill(rng, C_EXPLANATIONS, vars) + pickFill(rng, C_FOLLOWUPS, vars));
  }
  paras.push(`三、下一步工作`);
  paras.push(pickFill(rng, NEXT_STEPS, vars));
  paras.push(pickFill(rng, THANKS, vars));
  return paras.join('\n');
}

/** D (留作参考): the idea is kept for the unit's later work, with the reason it is not acted on now. */
const D_REFERENCES = [
  '经认真研究，您提出的关于{subject}的意见对{self}改进工作具有参考价值，但涉及的事项目前尚不具备统一推开的条件，{self}将留作今后制定相关政策时的重要参考。',
  '您的建议思路清晰、针对性强，{self}已将其纳入{field}工作的研究资料，在下一步编制规划和完善制度时认真参考吸收。',
  '鉴于{subject}涉及多个部门职责，现阶段由{self}单独推进难度较大，{self}已将建议转{division}留作研究参考，条件成熟时再行推进。',
];

export interface Commitment {
  text: string;
  /** ISO date the commitment is due (R-TRACK-1). */
  targetDate: string;
}

/** A B-class commitment (承诺事项) with its target date. */
export function makeCommitmentWithDate(rng: Rng, title: string): Commitment {
  const subject = titleSubject(title);
  const year = rng.weighted<number>([
    [YEAR, 3],
    [YEAR + 1, 5],
    [YEAR + 2, 2],
  ]);
  const month = rng.pick([6, 9, 12, 12, 12]);
  const lastDay = month === 6 || month === 9 ? 30 : 31;
  const when = month === 12 ? `${year}年底前` : `${year}年${month}月底前`;
  const text = fill(
    rng.pick([
      '承诺于{when}完成{subject}相关工作。',
      '力争{when}将{subject}有关事项落实到位。',
      '{when}出台{subject}相关实施方案并组织实施。',
      '{when}完成{subject}项目前期工作并启动建设。',
      '将{subject}纳入年度计划，{when}取得阶段性成果。',
    ]),
    { when, subject },
  );
  return { text, targetDate: `${year}-${String(month).padStart(2, '0')}-${lastDay}` };
}

/** A B-class commitment sentence (承诺事项). */
export function makeCommitment(rng: Rng, title: string): string {
  return makeCommitmentWithDate(rng, title).text;
}

/** A co-handling unit's opinion to the lead unit (会办意见, R-CO-1), stating publicity. */
export function makeCoOpinion(rng: Rng, input: { unitName: string; title: string }): string {
  const vars = baseVars(rng, input.title, input.unitName);
  const points = rng.sample(CO_POINTS, rng.int(2, 3)).map((p) => fill(p, vars));
  return [pickFill(rng, CO_OPENINGS, vars), enumerateShi(points), rng.pick(CO_CLOSINGS)].join('\n');
}

/** A contact record (R-TALK-1): what was said and the deputy's view. */
export function makeContactSummary(rng: Rng, method: ContactMethod | string): { summary: string; deputyView: string } {
  const key = (Object.keys(CONTACT_SUMMARIES) as ContactMethod[]).find((k) => k === method || CONTACT_METHOD_LABELS[k] === method);
  const pool = CONTACT_SUMMARIES[key ?? 'phone'];
  return { summary: rng.pick(pool), deputyView: rng.pick(DEPUTY_VIEWS) };
}

/** A deputy's comment with an evaluation (R-EVAL-1). */
export function makeEvaluationComment(rng: Rng, result: EvaluationResult): string {
  return rng.pick(EVALUATION_COMMENTS[result] ?? EVALUATION_COMMENTS.satisfied ?? ['满意。']);
}

/** Reason for returning a submission for revision (退回修改, R-REVIEW-1). */
export function makeReturnReason(rng: Rng): string {
  return rng.pick(RETURN_REASONS);
}

/** Reason for not accepting a submission (不予受理, R-REVIEW-1). */
export function makeNotAcceptedReason(rng: Rng): string {
  return rng.pick(NOT_ACCEPTED_REASONS);
}

/** A unit's written reason for an adjustment request (申请调整, R-ASSIGN-3). */
export function makeAdjustmentReason(rng: Rng, unitName: string): string {
  const unit = findUnit(unitName);
  const government = UNITS.filter((u) => u.name !== unit?.name && u.kind === 'government');
  const related = government.filter((u) => u.categories.some((c) => unit?.categories.includes(c)));
  const others = related.length > 0 ? related : government;
  return fill(rng.pick(ADJUSTMENT_REASONS), { self: selfReference(unitName), other: rng.pick(others).shortName });
}

/** The unit office's reason for sending a draft reply back (退回重办, R-REPLY-1). */
export function makeSendBackReason(rng: Rng): string {
  return rng.pick(SEND_BACK_REASONS);
}

/** The office's reason for letting a reply go without a contact record (R-TALK-2). */
export function makeOverrideReason(rng: Rng): string {
  return rng.pick(OVERRIDE_REASONS);
}
