import { domainError } from '../../../domain/errors';
import type { ResultClass } from '../../../domain/items/kinds';
import type { Db } from '../../db/client';
import { rulesOfItem } from '../../rules/rules-profile';

/** R-REPLY-3 (issue 17 §2): a reply's class is one of the classes the item's rules profile uses (D only where it has four). */
export async function checkClassInProfile(tx: Db, item: { congressId: number; sessionId: number }, cls: ResultClass): Promise<void> {
  const { resultClasses } = await rulesOfItem(tx, item);
  if (!resultClasses.some((c) => c.code === cls)) {
    throw domainError('RESULT_CLASS_NOT_IN_PROFILE', { classes: resultClasses.map((c) => c.label).join('、') });
  }
}
