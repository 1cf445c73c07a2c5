import { forbidden } from '../../domain/errors';
import type { Actor } from './actor';

/** The congress the administrator administers; anyone else is refused. */
export function adminCongressOf(actor: Actor): number {
  if (actor.role !== 'admin' || !actor.congressId) throw forbidden('ownCongressAdminOnly');
  return actor.congressId;
}
