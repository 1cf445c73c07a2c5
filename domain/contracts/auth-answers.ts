import { z } from 'zod';
import { ROLES } from '../items/roles';

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
});

/** POST /api/auth/login and GET /api/auth/me — the user and the session's CSRF token (sent back in x-csrf-token). */
export const loginAnswer = z.object({
  user: currentUser,
  csrfToken: z.string(),
});
