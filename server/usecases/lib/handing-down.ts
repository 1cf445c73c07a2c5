import { forbidden } from '../../../domain/errors';
import { OFFICE_ROLES } from '../../../domain/items/roles';
import { officeSide, officeTakes } from '../../../domain/levels/handing-down';
import type { Actor } from '../../auth/actor';
import type { ItemRow } from '../../auth/item-scope';

/**
 * R-ASSIGN-4: an office acting on an item handed down takes only its side's actions — the lower
 * body assigns and runs the handling, the higher body reviews, evaluates and closes. Other roles
 * (units through their tasks, deputies through their signatures) are not concerned.
 */
export function checkOfficeSide(actor: Actor, item: ItemRow, action: string): void {
  if (!OFFICE_ROLES.includes(actor.role)) return;
  const side = officeSide(actor.congressId, item);
  if (!officeTakes(side, action)) throw forbidden(side === 'handlingBody' ? 'handledAboveOnly' : 'handedDownToLower');
}
