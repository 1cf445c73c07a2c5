/**
 * The item actions of the workbench's forms, typed by the shared request
 * contracts (domain/contracts/items.ts): one function per operationId.
 */
import type { z } from 'zod';
import type * as c from '../../../domain/contracts/items';
import type { commitmentActionBody } from '../../../domain/contracts/commitments';
import type { Answer } from '../../../domain/contracts/common';
import type { cosignatureInvitation } from '../../../domain/contracts/item-answers';
import type { unitOption, unitPerson } from '../../../domain/contracts/reference-answers';
import { request } from './client';
import type { Reply } from './types';

type In<S extends z.ZodType> = z.input<S>;
const post = <T = unknown>(path: string, body: unknown) => request<T>('POST', path, { body });
const put = <T = unknown>(path: string, body: unknown) => request<T>('PUT', path, { body });
const patch = <T = unknown>(path: string, body: unknown) => request<T>('PATCH', path, { body });
const item = (id: number) => `/api/items/${id}`;

/** GET /api/units — a unit with its divisions (domain/contracts/reference-answers.ts). */
export type UnitOption = Answer<typeof unitOption>;
/** GET /api/units/mine/people — a person of the user's own unit (R-HANDLE-1). */
export type UnitPerson = Answer<typeof unitPerson>;
/** GET /api/items/cosignature-invitations — a suggestion awaiting the deputy's co-signature. */
export type CosignatureInvitation = Answer<typeof cosignatureInvitation>;

export const actions = {
  listUnits: (signal?: AbortSignal) => request<UnitOption[]>('GET', '/api/units', { signal }),
  listUnitPeople: (signal?: AbortSignal) => request<UnitPerson[]>('GET', '/api/units/mine/people', { signal }),
  listCosignatureInvitations: (signal?: AbortSignal) => request<CosignatureInvitation[]>('GET', '/api/items/cosignature-invitations', { signal }),
  changeCategory: (id: number, b: In<typeof c.changeCategoryBody>) => patch(`${item(id)}/category`, b),

  resubmitSuggestion: (id: number, b: In<typeof c.resubmitBody>) => post(`${item(id)}/resubmit`, b),
  withdrawSuggestion: (id: number, b: In<typeof c.versionNoteBody>) => post(`${item(id)}/withdrawal`, b),
  reviewByDelegation: (id: number, b: In<typeof c.delegationReviewBody>) => post(`${item(id)}/delegation-review`, b),
  respondContact: (id: number, contactId: number, b: In<typeof c.contactResponseBody>) => post(`${item(id)}/contacts/${contactId}/response`, b),
  mergeSuggestions: (id: number, b: In<typeof c.mergeBody>) => post(`${item(id)}/merge`, b),
  draftAssignment: (id: number, b: In<typeof c.assignBody>) => post(`${item(id)}/draft-assignment`, b),
  assignSuggestion: (id: number, b: In<typeof c.assignBody>) => post(`${item(id)}/assignment`, b),
  reassignSuggestion: (id: number, b: In<typeof c.reassignBody>) => post(`${item(id)}/reassignment`, b),
  requestAdjustment: (id: number, b: In<typeof c.adjustmentRequestBody>) => post(`${item(id)}/adjustment-requests`, b),
  decideAdjustment: (id: number, requestId: number, b: In<typeof c.decideAdjustmentBody>) => post(`${item(id)}/adjustment-requests/${requestId}/decision`, b),
  requestExtension: (id: number, b: In<typeof c.requestExtensionBody>) => post(`${item(id)}/extension-requests`, b),
  decideExtension: (id: number, requestId: number, b: In<typeof c.decideRequestBody>) => post(`${item(id)}/extension-requests/${requestId}/decision`, b),
  acknowledgeAssignment: (id: number, b: In<typeof c.acknowledgeBody>) => put(`${item(id)}/acknowledgement`, b),
  setResponsibility: (id: number, b: In<typeof c.responsibilityBody>) => put(`${item(id)}/responsibility`, b),
  markKeyItem: (id: number, b: In<typeof c.keyItemBody>) => put(`${item(id)}/key-item`, b),
  returnCoOpinion: (id: number, coTaskId: number, b: In<typeof c.returnCoOpinionBody>) => post(`${item(id)}/co-tasks/${coTaskId}/return`, b),
  saveReplyDraft: (id: number, b: In<typeof c.replyDraftBody>) => put<Reply>(`${item(id)}/reply-draft`, b),
  replyStep: (id: number, replyId: number, step: 'submit' | 'approve' | 'sign-off' | 'send', b: In<typeof c.replyActionBody>) =>
    post<Reply>(`${item(id)}/replies/${replyId}/${step}`, b),
  sendBackReply: (id: number, replyId: number, b: In<typeof c.sendBackBody>) => post<Reply>(`${item(id)}/replies/${replyId}/send-back`, b),
  overrideReplyCheck: (id: number, replyId: number, b: In<typeof c.overrideBody>) => post(`${item(id)}/replies/${replyId}/override`, b),
  publishReply: (id: number, replyId: number, b: In<typeof c.replyActionBody>) => post<Reply>(`${item(id)}/replies/${replyId}/publish`, b),
  forwardForRehandling: (id: number, b: In<typeof c.versionNoteBody>) => post(`${item(id)}/rehandling`, b),
  closeItem: (id: number, b: In<typeof c.versionNoteBody>) => post(`${item(id)}/close`, b),
  changeCommitment: (id: number, commitmentId: number, b: In<typeof commitmentActionBody>) => post(`${item(id)}/commitments/${commitmentId}`, b),
};
