/** What an item is (§2) and the closed vocabularies attached to it. */
export const ITEM_KINDS = ['suggestion', 'proposal', 'workOrder'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** 大会期间 / 闭会期间 */
export const PERIODS = ['plenary', 'interim'] as const;
export type Period = (typeof PERIODS)[number];

/** R-ASSIGN-1 handling modes. */
export const HANDLING_MODES = ['single', 'leadCo', 'split', 'leaderLed'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];
export const HANDLING_MODE_LABELS: Record<HandlingMode, string> = {
  single: '单独办理',
  leadCo: '主办会办',
  split: '分办',
  leaderLed: '领导领办',
};

/** A unit's role on one item. `reference` is a reference item's contact task (R-REVIEW-1). */
export const TASK_ROLES = ['lead', 'co', 'split', 'reference'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];
export const TASK_ROLE_LABELS: Record<TaskRole, string> = { lead: '主办', co: '会办', split: '分办', reference: '参阅' };

/** R-REPLY-3 A/B/C, and D (留作参考) where the rules profile uses four classes (domain/stats/result-classes.ts). */
export const RESULT_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

/** R-EVAL-1 (veryDissatisfied only for hotline work orders, R-LINE-1). */
export const EVALUATION_RESULTS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EVALUATION_LABELS: Record<EvaluationResult, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
};

/** R-TALK-1 contact methods and phases. */
export const CONTACT_METHODS = ['visit', 'meeting', 'inspection', 'phone', 'wechat', 'video', 'letter'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  visit: '走访/登门',
  meeting: '座谈',
  inspection: '视察',
  phone: '电话',
  wechat: '微信',
  video: '视频',
  letter: '信函',
};
/** Face-to-face methods count toward the visit rate (R-TALK-3). */
export const FACE_TO_FACE_METHODS: readonly ContactMethod[] = ['visit', 'meeting', 'inspection'];
export const CONTACT_PHASES = ['before', 'during', 'after'] as const;
export type ContactPhase = (typeof CONTACT_PHASES)[number];
/** A deputy's answer to a logged contact (R-TALK-1). */
export const CONTACT_RESPONSES = ['confirmed', 'disputed'] as const;
export type ContactResponse = (typeof CONTACT_RESPONSES)[number];

export const CLOSE_REASONS = ['evaluated', 'rehandledEvaluated', 'notEvaluated', 'referenceContacted', 'closedByOffice'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** R-REPLY-8: what the system keeps in place of classified text. */
export const CLASSIFIED_PLACEHOLDER = '（涉密内容，线下办理）';
