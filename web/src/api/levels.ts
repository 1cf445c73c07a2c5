/** The tree of congresses (issue 16): one's places and the switch between them, the roll-up of the bodies below. */
import type { Answer } from '../../../domain/contracts/common';
import type { z } from 'zod';
import type { handDownBody, RollUpFigure } from '../../../domain/contracts/levels';
import type * as l from '../../../domain/contracts/levels-answers';
import type { addMembershipBody } from '../../../domain/contracts/admin';
import type { membershipRow } from '../../../domain/contracts/admin-answers';
import { request } from './client';
import type { LoginAnswer } from './types';

export type Place = Answer<typeof l.place>;
export type RollUp = Answer<typeof l.rollUpAnswer>;
export type RollUpRow = Answer<typeof l.rollUpRow>;
export type RollUpFigures = Answer<typeof l.rollUpFigures>;
export type RollUpItems = Answer<typeof l.rollUpItemsAnswer>;
export type Membership = Answer<typeof membershipRow>;
export type { RollUpFigure };

export const levelsApi = {
  places: (signal?: AbortSignal) => request<Answer<typeof l.placesAnswer>>('GET', '/api/auth/places', { signal }),
  switchPlace: (membershipId: number | null) => request<LoginAnswer>('POST', '/api/auth/place', { body: { membershipId } }),
  rollUp: (q: { congressId?: number; year?: number }, signal?: AbortSignal) => request<RollUp>('GET', '/api/levels/roll-up', { query: q, signal }),
  tree: (signal?: AbortSignal) => request<Answer<typeof l.treeAnswer>>('GET', '/api/levels/tree', { signal }),
  handDown: (itemId: number, body: z.input<typeof handDownBody>) => request<unknown>('POST', `/api/items/${itemId}/hand-down`, { body }),
  memberships: (signal?: AbortSignal) => request<Membership[]>('GET', '/api/admin/memberships', { signal }),
  addMembership: (body: z.input<typeof addMembershipBody>) => request<{ id: number }>('POST', '/api/admin/memberships', { body }),
  removeMembership: (id: number) => request<{ ok: true }>('DELETE', `/api/admin/memberships/${id}`),
  rollUpItems: (q: { congressId: number; year?: number; figure: RollUpFigure }, signal?: AbortSignal) =>
    request<RollUpItems>('GET', '/api/levels/roll-up/items', { query: q, signal }),
};
