/** Shapes of the API answers the workbench reads (see /api/openapi.json and server/queries). */
import type { ContactMethod, ContactPhase, EvaluationResult, HandlingMode, ResultClass, TaskRole } from '../../../domain/items/kinds';
import type { Role } from '../../../domain/items/roles';
import type { ItemState, ReplyState, TaskState } from '../../../domain/items/states';
import type { CommitmentState } from '../../../domain/commitments/tracking';

export type Light = 'green' | 'yellow' | 'red' | 'none';
export type IsoDate = string;

export interface CurrentUser {
  userId: number;
  username: string;
  name: string;
  role: Role;
  roleLabel: string;
  congressId: number | null;
  organizationId: number | null;
  deputyId: number | null;
}

export interface LoginAnswer {
  user: CurrentUser;
  csrfToken: string;
}

export type SortField = 'number' | 'due' | 'submittedAt' | 'updatedAt';

export interface LedgerParams {
  state?: string[];
  light?: Light;
  q?: string;
  handlingMode?: HandlingMode;
  unitSystem?: 'government' | 'other';
  sessionId?: number;
  sort?: SortField;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface LedgerRow {
  id: number;
  number: string;
  title: string;
  kind: string;
  state: ItemState;
  version: number;
  handlingMode: HandlingMode | null;
  period: 'plenary' | 'interim';
  currentDue: IsoDate | null;
  dueProvisional: boolean;
  replyDue: IsoDate | null;
  resultClass: ResultClass | null;
  submittedAt: string;
  round: number;
  classified: boolean;
  leadDeputy: string | null;
  delegation: string | null;
  category: string | null;
  leadUnits: string | null;
  coUnits: string | null;
  myTask: { id: number; role: TaskRole; state: TaskState; version: number; dueDate: IsoDate | null; acknowledgedAt?: string | null } | null;
  light: Light;
  daysLeft: number | null;
}

export interface LedgerPage {
  total: number;
  /** A text search with more matches than `total` (the server counts up to a cap). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
  rows: LedgerRow[];
}

export interface Item {
  id: number;
  congressId: number;
  sessionId: number;
  kind: string;
  number: string;
  title: string;
  body: string;
  categoryId: number | null;
  period: 'plenary' | 'interim';
  state: ItemState;
  version: number;
  leadDeputyId: number | null;
  delegationId: number | null;
  classified: boolean;
  handlingMode: HandlingMode | null;
  leadingLeader: string | null;
  mergedIntoId: number | null;
  fromHigherLevel: boolean;
  submittedAt: string;
  assignedOn: IsoDate | null;
  replyExtended: boolean;
  replyDue: IsoDate | null;
  currentDue: IsoDate | null;
  currentDueProvisional: boolean;
  round: number;
  resultClass: ResultClass | null;
  repliedOn: IsoDate | null;
  closedAt: string | null;
  closeReason: string | null;
  reviewNote: string | null;
  updatedAt: string;
  sessionName: string;
  categoryName: string | null;
  light: Light;
  daysLeft: number | null;
}

export interface Signer {
  deputyId: number;
  name: string;
  isLead: boolean;
  status: 'pending' | 'confirmed' | 'declined';
  delegationId: number | null;
}

export interface Task {
  id: number;
  itemId: number;
  unitId: number;
  unitName: string;
  unitIsGovernment?: boolean;
  role: TaskRole;
  state: TaskState;
  version: number;
  divisionId: number | null;
  handlerUserId: number | null;
  handlerName: string | null;
  responsibleLeader: string | null;
  breakdownAt: string | null;
  isKeyItem: boolean;
  acknowledgedAt?: string | null;
  dueDate: IsoDate | null;
  dueProvisional: boolean;
  assignedOn: IsoDate | null;
  doneAt: string | null;
}

export interface CoOpinion {
  id: number;
  taskId: number;
  unitId: number;
  body: string;
  publicity: 'public' | 'private';
  privateReason: string | null;
  state: string;
  returnReason: string | null;
  /** R-CO-1: the contact the co-opinion letter prints (null on opinions sent before it was asked for) */
  contactPerson: string | null;
  contactPhone: string | null;
  sentAt: string | null;
}

export interface Contact {
  id: number;
  taskId: number | null;
  unitId: number;
  contactedOn: IsoDate;
  method: ContactMethod;
  phase: ContactPhase;
  faceToFace: boolean;
  participants: string;
  summary: string;
  deputyView: string | null;
  createdAt: string;
  /** R-TALK-1: the deputies' confirmations or disputes */
  responses?: { contactId: number; deputyId: number; name: string; response: 'confirmed' | 'disputed'; note: string | null; createdAt: string }[];
}

export interface Reply {
  id: number;
  taskId: number;
  unitId: number;
  round: number;
  state: ReplyState;
  version: number;
  body: string;
  resultClass: ResultClass;
  publicity: 'public' | 'private';
  privateReason: string | null;
  docNumber: string | null;
  signer: string | null;
  contactPerson: string;
  contactPhone: string;
  copies: string[];
  /** B class: the commitments registered when the reply is sent (R-TRACK-1) */
  plannedCommitments?: { content: string; targetDate: IsoDate }[];
  sendBackReason: string | null;
  signedAt: string | null;
  sentAt: string | null;
  sentOn: IsoDate | null;
  /** R-PUBLISH-1: when the liaison office recorded it published on the portal */
  publishedAt?: string | null;
  createdAt: string;
}

export interface Commitment {
  id: number;
  replyId: number;
  unitId: number;
  content: string;
  targetDate: IsoDate;
  state: CommitmentState;
  version: number;
  /** each report with the ids of the item's attachments it cites as evidence */
  progress: { on: string; note: string; by: string; attachmentIds?: number[] }[];
  strikeOffRequestNote: string | null;
  strikeOffRequestedAt: string | null;
  /** the session it is tracked in after a carry-over (null: the item's own) */
  trackedSessionId: number | null;
  carriedOverAt: string | null;
  closedNote: string | null;
  closedAt: string | null;
}

export interface Evaluation {
  id: number;
  deputyId: number;
  round: number;
  result: EvaluationResult;
  comment: string | null;
  proxy: boolean;
  createdAt: string;
}

export type DeadlineKind = 'adjustmentWindow' | 'coOpinion' | 'reply' | 'rehandle' | 'evaluation' | 'referenceContact';

export interface Deadline {
  id: number;
  taskId: number | null;
  kind: DeadlineKind;
  baseDate: IsoDate | null;
  dueDate: IsoDate;
  rule: { rule: string; description?: string; profileYear?: number; missingYears?: number[]; duration?: { unit: string; amount: number }; monthDay?: string } | null;
  provisional: boolean;
  active: boolean;
  computedAt: string;
}

export interface ItemRequest {
  id: number;
  kind: 'adjustment' | 'extension';
  taskId: number | null;
  unitId: number;
  reason: string;
  suggestedUnitIds?: number[];
  state: 'pending' | 'approved' | 'rejected';
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface AttachmentInfo {
  id: number;
  itemId: number;
  purpose: string;
  unitId: number | null;
  filename: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

export interface HistoryEvent {
  id: number;
  taskId: number | null;
  type: string;
  actorUserId: number | null;
  actorRole: Role | null;
  actorName: string | null;
  at: string;
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown> | null;
}

export interface ItemDetail {
  item: Item;
  signers: Signer[];
  tasks: Task[];
  coOpinions: CoOpinion[];
  contacts: Contact[];
  replies: Reply[];
  commitments: Commitment[];
  evaluations: Evaluation[];
  deadlines: Deadline[];
  requests: ItemRequest[];
  attachments: AttachmentInfo[];
  history: HistoryEvent[];
  /** operationIds the current user may take on this item now (may be absent on older servers) */
  actions?: string[];
}

export interface Session {
  id: number;
  name: string;
  year: number;
  code: string;
}

export interface Category {
  id: number;
  parentId: number | null;
  name: string;
  sort: number;
}

export interface DeputyOption {
  id: number;
  name: string;
  delegationId: number | null;
  occupation: string | null;
}
