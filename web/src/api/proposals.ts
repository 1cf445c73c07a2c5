/** CPPCC proposals (§8): the organizations that submit collective proposals, and related items (R-CPPCC-3). */
import type { Answer } from '../../../domain/contracts/common';
import type * as p from '../../../domain/contracts/proposals-answers';
import { request } from './client';

/** GET /api/submitter-organizations — a party, people's organization or special committee a member may submit for. */
export type SubmitterOrganization = Answer<typeof p.submitterOrganization>;
/** GET /api/items/:id/related — an item linked to this one, with its text and latest reply when the reader sees it. */
export type RelatedItem = Answer<typeof p.relatedItem>;

export const proposalsApi = {
  submitterOrganizations: (signal?: AbortSignal) => request<SubmitterOrganization[]>('GET', '/api/submitter-organizations', { signal }),
  related: (itemId: number, signal?: AbortSignal) => request<RelatedItem[]>('GET', `/api/items/${itemId}/related`, { signal }),
  link: (itemId: number, relatedId: number) => request<{ linked: boolean }>('POST', `/api/items/${itemId}/related`, { body: { relatedId } }),
  unlink: (itemId: number, relatedId: number) => request<{ linked: boolean }>('DELETE', `/api/items/${itemId}/related/${relatedId}`),
};
