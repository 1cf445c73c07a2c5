import { z } from 'zod';
import { resultClassDef } from './common';
import { COMMITMENT_STATES } from '../commitments/tracking';
import { LIGHTS } from '../deadlines/light';
import {
  CLOSE_REASONS,
  CONTACT_METHODS,
  CONTACT_PHASES,
  CONTACT_RESPONSES,
  EVALUATION_RESULTS,
  HANDLING_MODES,
  ITEM_KINDS,
  PERIODS,
  RESULT_CLASSES,
  TASK_ROLES,
} from '../items/kinds';
import { ROLES } from '../items/roles';
import { ITEM_STATES, REPLY_STATES, REQUEST_STATES, TASK_STATES } from '../items/states';
import { day, timestamp } from './common';

/** Answers of the item operations (server/routes/items.ts, replies.ts): an item, its parts, the ledger. */

export const light = z.enum(LIGHTS);
const publicity = z.enum(['public', 'private']);
const signerStatus = z.enum(['pending', 'confirmed', 'declined']);

/** An item as stored: what a state change answers with. */
export const itemRecord = z.object({
  id: z.number(),
  congressId: z.number(),
  sessionId: z.number(),
  kind: z.enum(ITEM_KINDS),
  number: z.string(),
  title: z.string(),
  body: z.string(),
  categoryId: z.number().nullable(),
  period: z.enum(PERIODS),
  state: z.enum(ITEM_STATES),
  version: z.number(),
  leadDeputyId: z.number().nullable(),
  delegationId: z.number().nullable(),
  /** 集体提案 (R-CPPCC-1): the organization that submitted it in its own name */
  submitterOrgId: z.number().nullable(),
  classified: z.boolean(),
  handlingMode: z.enum(HANDLING_MODES).nullable(),
  leadingLeader: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  fromHigherLevel: z.boolean(),
  submittedAt: timestamp,
  assignedOn: day.nullable(),
  replyExtended: z.boolean(),
  replyDue: day.nullable(),
  currentDue: day.nullable(),
  currentDueProvisional: z.boolean(),
  round: z.number(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  repliedOn: day.nullable(),
  rehandleFrom: day.nullable(),
  closedAt: timestamp.nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  reviewNote: z.string().nullable(),
  importBatchId: z.number().nullable(),
  updatedAt: timestamp,
});

/** An item on its page: with its session's and category's names and its light (R-SUP-1). */
export const itemView = itemRecord.extend({
  sessionName: z.string(),
  /** the congress or CPPCC committee the item belongs to (湖南省人民代表大会, 政协湖南省委员会) */
  bodyName: z.string(),
  /** 集体提案: the organization that submitted it */
  submitterOrgName: z.string().nullable(),
  categoryName: z.string().nullable(),
  light,
  daysLeft: z.number().nullable(),
});

export const signer = z.object({
  deputyId: z.number(),
  name: z.string(),
  isLead: z.boolean(),
  status: signerStatus,
  delegationId: z.number().nullable(),
});

/** A unit's task on one item. */
export const task = z.object({
  id: z.number(),
  itemId: z.number(),
  unitId: z.number(),
  role: z.enum(TASK_ROLES),
  state: z.enum(TASK_STATES),
  version: z.number(),
  divisionId: z.number().nullable(),
  handlerUserId: z.number().nullable(),
  handlerName: z.string().nullable(),
  responsibleLeader: z.string().nullable(),
  breakdownAt: timestamp.nullable(),
  isKeyItem: z.boolean(),
  acknowledgedAt: timestamp.nullable(),
  dueDate: day.nullable(),
  dueProvisional: z.boolean(),
  assignedOn: day.nullable(),
  doneAt: timestamp.nullable(),
});
export const taskView = task.extend({ unitName: z.string(), unitIsGovernment: z.boolean() });

export const coOpinion = z.object({
  id: z.number(),
  itemId: z.number(),
  taskId: z.number(),
  unitId: z.number(),
  body: z.string(),
  publicity,
  privateReason: z.string().nullable(),
  state: z.string(),
  returnReason: z.string().nullable(),
  /** R-CO-1: the contact the co-opinion letter prints (null on opinions sent before it was asked for) */
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  sentAt: timestamp.nullable(),
});

/** R-TALK-1: a deputy's confirmation or dispute of a logged contact. */
export const contactResponse = z.object({
  id: z.number().optional(),
  contactId: z.number(),
  deputyId: z.number(),
  name: z.string().optional(),
  response: z.enum(CONTACT_RESPONSES),
  note: z.string().nullable(),
  createdAt: timestamp,
});

export const contact = z.object({
  id: z.number(),
  itemId: z.number(),
  taskId: z.number().nullable(),
  unitId: z.number(),
  contactedOn: day,
  method: z.enum(CONTACT_METHODS),
  phase: z.enum(CONTACT_PHASES),
  faceToFace: z.boolean(),
  participants: z.string(),
  summary: z.string(),
  deputyView: z.string().nullable(),
  createdAt: timestamp,
});
export const contactView = contact.extend({ responses: z.array(contactResponse) });

export const plannedCommitment = z.object({ content: z.string(), targetDate: day });

export const reply = z.object({
  id: z.number(),
  itemId: z.number(),
  taskId: z.number(),
  unitId: z.number(),
  round: z.number(),
  state: z.enum(REPLY_STATES),
  version: z.number(),
  body: z.string(),
  resultClass: z.enum(RESULT_CLASSES),
  publicity,
  privateReason: z.string().nullable(),
  docNumber: z.string().nullable(),
  signer: z.string().nullable(),
  contactPerson: z.string(),
  contactPhone: z.string(),
  copies: z.array(z.string()),
  /** B class: the commitments registered when the reply is sent (R-TRACK-1) */
  plannedCommitments: z.array(plannedCommitment).nullable(),
  sendBackReason: z.string().nullable(),
  signedAt: timestamp.nullable(),
  sentAt: timestamp.nullable(),
  sentOn: day.nullable(),
  /** R-PUBLISH-1: when the liaison office recorded it published on the portal */
  publishedAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const commitmentProgress = z.object({ on: z.string(), note: z.string(), by: z.string(), attachmentIds: z.array(z.number()).optional() });
export const commitment = z.object({
  id: z.number(),
  itemId: z.number(),
  replyId: z.number(),
  unitId: z.number(),
  content: z.string(),
  targetDate: day,
  state: z.enum(COMMITMENT_STATES),
  version: z.number(),
  /** each report with the ids of the item's attachments it cites as evidence */
  progress: z.array(commitmentProgress),
  strikeOffRequestNote: z.string().nullable(),
  strikeOffRequestedAt: timestamp.nullable(),
  /** the session it is tracked in after a carry-over (null: the item's own) */
  trackedSessionId: z.number().nullable(),
  carriedOverAt: timestamp.nullable(),
  closedNote: z.string().nullable(),
  closedAt: timestamp.nullable(),
});

export const evaluation = z.object({
  id: z.number(),
  itemId: z.number(),
  deputyId: z.number(),
  round: z.number(),
  result: z.enum(EVALUATION_RESULTS),
  comment: z.string().nullable(),
  proxy: z.boolean(),
  createdAt: timestamp,
});

export const DEADLINE_KINDS = ['adjustmentWindow', 'coOpinion', 'reply', 'rehandle', 'evaluation', 'referenceContact'] as const;
/** How a deadline was computed: the rule, the profile's year, a duration or a fixed day (shown beside it). */
export const deadlineBasis = z.object({
  rule: z.string(),
  description: z.string().optional(),
  profileYear: z.number().optional(),
  missingYears: z.array(z.number()).optional(),
  duration: z.object({ unit: z.string(), amount: z.number() }).optional(),
  monthDay: z.string().optional(),
});
export const deadline = z.object({
  id: z.number(),
  itemId: z.number(),
  taskId: z.number().nullable(),
  kind: z.enum(DEADLINE_KINDS),
  baseDate: day.nullable(),
  dueDate: day,
  rule: deadlineBasis.nullable(),
  provisional: z.boolean(),
  active: z.boolean(),
  computedAt: timestamp,
});

/** An adjustment (R-ASSIGN-3) or extension (R-REPLY-4) request. */
export const itemRequest = z.object({
  id: z.number(),
  itemId: z.number(),
  kind: z.enum(['adjustment', 'extension']),
  taskId: z.number().nullable(),
  unitId: z.number(),
  reason: z.string(),
  suggestedUnitIds: z.array(z.number()).nullable(),
  state: z.enum(REQUEST_STATES),
  decisionNote: z.string().nullable(),
  createdAt: timestamp,
  decidedAt: timestamp.nullable(),
});

export const attachmentInfo = z.object({
  id: z.number(),
  itemId: z.number(),
  purpose: z.string(),
  unitId: z.number().nullable(),
  filename: z.string(),
  mimeType: z.string(),
  size: z.number(),
  createdAt: timestamp,
});

/** One entry of an item's history (item_events). */
export const historyEvent = z.object({
  id: z.number(),
  taskId: z.number().nullable(),
  type: z.string(),
  actorUserId: z.number().nullable(),
  /** 'system': written by a scheduled job, not a person */
  actorRole: z.enum([...ROLES, 'system']).nullable(),
  actorName: z.string().nullable(),
  at: timestamp,
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).nullable(),
});

/** GET /api/items/:id — the item with everything the reader may see of it, and what they may do now. */
export const itemDetail = z.object({
  item: itemView,
  signers: z.array(signer),
  /** R-ASSIGN-4: the lower body the item was handed down to, and when (both bodies see it); null if not handed down */
  handedDown: z.object({ congressId: z.number(), congressName: z.string(), fromCongressName: z.string(), on: day }).nullable(),
  /** what a reply letter prints above its body: 张建国代表、李秀英代表： (R-REPLY-5; the reply form shows it) */
  replySalutation: z.string(),
  /** the result classes a reply may carry: A/B/C, or A/B/C/D, with the rules profile's labels and definitions */
  resultClasses: z.array(resultClassDef),
  tasks: z.array(taskView),
  coOpinions: z.array(coOpinion),
  contacts: z.array(contactView),
  replies: z.array(reply),
  commitments: z.array(commitment),
  evaluations: z.array(evaluation),
  deadlines: z.array(deadline),
  requests: z.array(itemRequest),
  attachments: z.array(attachmentInfo),
  history: z.array(historyEvent),
  /** operationIds the current user may take on this item now */
  actions: z.array(z.string()),
});

/** One row of the ledger (台账). */
export const ledgerRow = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(ITEM_KINDS),
  state: z.enum(ITEM_STATES),
  version: z.number(),
  handlingMode: z.enum(HANDLING_MODES).nullable(),
  period: z.enum(PERIODS),
  currentDue: day.nullable(),
  dueProvisional: z.boolean(),
  replyDue: day.nullable(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  submittedAt: timestamp,
  round: z.number(),
  classified: z.boolean(),
  leadDeputy: z.string().nullable(),
  delegation: z.string().nullable(),
  category: z.string().nullable(),
  leadUnits: z.string().nullable(),
  coUnits: z.string().nullable(),
  myTask: z
    .object({
      id: z.number(),
      role: z.enum(TASK_ROLES),
      state: z.enum(TASK_STATES),
      version: z.number(),
      dueDate: day.nullable(),
      acknowledgedAt: timestamp.nullable().optional(),
    })
    .nullable(),
  /** A row of the unit inbox's assignments: the adjustment request window (R-ASSIGN-3), the day it closes */
  adjustmentDue: day.nullable(),
  /** days left to request an adjustment (negative once the window has closed) */
  adjustmentDaysLeft: z.number().nullable(),
  light,
  daysLeft: z.number().nullable(),
});

/** GET /api/items — one page of the ledger; `nextCursor` continues it by keyset (issue 6 §4). */
export const ledgerPage = z.object({
  /** null on a page reached by cursor (the count is not repeated) */
  total: z.number().nullable(),
  /** A text search with more matches than `total` (the server counts up to a cap). */
  totalCapped: z.boolean().optional(),
  page: z.number(),
  pageSize: z.number(),
  nextCursor: z.string().nullable().optional(),
  rows: z.array(ledgerRow),
});

/** The answer of a decision on a request (adjustment, extension). */
export const decisionAnswer = z.object({ requestId: z.number(), approved: z.boolean() });
/** The answer of a returned co-opinion: the co-handler's task that is open again. */
export const returnedCoOpinionAnswer = z.object({ taskId: z.number() });

/**
 * GET /api/items/cosignature-invitations (listCosignatureInvitations) — a suggestion the signed-in
 * deputy was invited to co-sign and has not answered yet (R-SUBMIT-1), for the prompt on their home page.
 */
export const cosignatureInvitation = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  /** the lead deputy who invited them */
  leadDeputy: z.string().nullable(),
  submittedAt: timestamp,
});
