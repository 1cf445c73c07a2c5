import type { Role } from '../../domain/items/roles';

/** Who is acting: the signed-in user with their role and scope. */
export interface Actor {
  userId: number;
  username: string;
  name: string;
  role: Role;
  congressId: number | null;
  organizationId: number | null;
  deputyId: number | null;
}

/** Who may call a route: deny by default, every /api route names one. */
export type Policy = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    /** pg_current_snapshot() of the session lookup: a cached read in this snapshot needs no query of its own. */
    snapshot: string | null;
  }
  interface FastifyContextConfig {
    policy?: Policy;
  }
}
