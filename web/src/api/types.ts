/** The API answers the workbench reads: types of the server's response schemas (domain/contracts), never copies. */
import type { Answer } from '../../../domain/contracts/common';
import type * as a from '../../../domain/contracts/item-answers';
import type * as auth from '../../../domain/contracts/auth-answers';
import type * as ref from '../../../domain/contracts/reference-answers';
import type * as demo from '../../../domain/contracts/demo-answers';
import type { z } from 'zod';
import type { ledgerQuery } from '../../../domain/contracts/items';
import type { Light } from '../../../domain/deadlines/light';

export type { Light };
/** A calendar day, YYYY-MM-DD. */
export type IsoDate = string;

/** The ledger's query (GET /api/items), as the web sends it: the request schema's fields, each optional (defaults apply). */
export type LedgerParams = Partial<z.output<typeof ledgerQuery>>;
/** The ledger's sortable columns (relevance is the search's own order, not a column). */
export type SortField = Exclude<NonNullable<LedgerParams['sort']>, 'relevance'>;

/* The answers of the item operations: the server's own schemas (domain/contracts/item-answers.ts), as the wire carries them. */
export type LedgerRow = Answer<typeof a.ledgerRow>;
/** GET /api/demo-status: the first start's demo, loading in the background. */
export type DemoStatus = Answer<typeof demo.demoStatus>;
export type LedgerPage = Answer<typeof a.ledgerPage>;
export type Item = Answer<typeof a.itemView>;
export type Signer = Answer<typeof a.signer>;
export type Task = Answer<typeof a.taskView>;
export type CoOpinion = Answer<typeof a.coOpinion>;
export type Contact = Answer<typeof a.contactView>;
export type Reply = Answer<typeof a.reply>;
export type Commitment = Answer<typeof a.commitment>;
export type Evaluation = Answer<typeof a.evaluation>;
export type DeadlineKind = (typeof a.DEADLINE_KINDS)[number];
export type Deadline = Answer<typeof a.deadline>;
export type ItemRequest = Answer<typeof a.itemRequest>;
export type AttachmentInfo = Answer<typeof a.attachmentInfo>;
export type HistoryEvent = Answer<typeof a.historyEvent>;
export type ItemDetail = Answer<typeof a.itemDetail>;

export type CurrentUser = Answer<typeof auth.currentUser>;
export type LoginAnswer = Answer<typeof auth.loginAnswer>;
export type Session = Answer<typeof ref.session>;
export type Category = Answer<typeof ref.category>;
export type DeputyOption = Answer<typeof ref.deputyOption>;
