import { z } from 'zod';
import { ROLES } from '../items/roles';
import { BODIES } from '../levels/levels';
import { congressRef } from './levels-answers';

/** Answers of sign-in and the current user (server/routes/auth.ts). */

/** The signed-in user: role, scope and the role's Chinese name. */
export const currentUser = z.object({
  userId: z.number(),
  username: z.string(),
  name: z.string(),
  /** The part the user plays in the rules (a CPPCC member: deputy; the proposal committee: liaisonOffice). */
  role: z.enum(ROLES),
  /** The account's own role (member, proposalCommittee …): what the workbench names. */
  userRole: z.enum(ROLES),
  /** congress | cppcc: the workbench speaks of 建议 and 代表, or of 提案 and 委员. */
  body: z.enum(BODIES),
  roleLabel: z.string(),
  congressId: z.number().nullable(),
  organizationId: z.number().nullable(),
  deputyId: z.number().nullable(),
  /** The body the user works in now (the switcher's place). */
  congress: congressRef.nullable(),
  /** How many places the user has: the switcher shows when more than one. */
  places: z.number(),
});

/** POST /api/auth/login and GET /api/auth/me — the user and the session's CSRF token (sent back in x-csrf-token). */
export const loginAnswer = z.object({
  user: currentUser,
  csrfToken: z.string(),
});
