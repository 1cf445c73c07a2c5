import type { Role } from '../../domain/items/roles';
import type { Body } from '../../domain/levels/levels';

/** Who is acting: the signed-in user with their role and scope. */
export interface Actor {
  userId: number;
  username: string;
  name: string;
  /** The part the user plays in the rules (domain/items/roles.ts partOf): a CPPCC member's is `deputy`. */
  role: Role;
  /** The role of the user's account (or membership) itself: what labels and the history name. */
  userRole: Role;
  congressId: number | null;
  /** The kind of body the place is in: a people's congress or a CPPCC committee (§8). */
  body: Body;
  /**
   * The congress whose handling units and government office take this body's items: the body itself,
   * or for a CPPCC committee the congress beside it (one government office, two bodies — seed 004).
   */
  unitsCongressId: number | null;
  /** The CPPCC committees beside the actor's congress: their proposals are its government office's work too (§8). */
  bodiesBeside: number[];
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

/** An actor made by the server itself (command-line tools, jobs, tests) in a congress: its own role, units and body. */
export function actorOf(
  a: Omit<Actor, 'userRole' | 'body' | 'unitsCongressId' | 'bodiesBeside'> & Partial<Pick<Actor, 'userRole' | 'body' | 'unitsCongressId' | 'bodiesBeside'>>,
): Actor {
  return { userRole: a.role, body: 'congress', unitsCongressId: a.congressId, bodiesBeside: [], ...a };
}
