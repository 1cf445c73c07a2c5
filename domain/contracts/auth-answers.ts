import { z } from 'zod';
import { ROLES } from '../items/roles';
import { congressRef } from './levels-answers';

/** Answers of sign-in and the current user (server/routes/auth.ts). */

/** The signed-in user: role, scope and the role's Chinese name. */
export const currentUser = z.object({
  userId: z.number(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
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
