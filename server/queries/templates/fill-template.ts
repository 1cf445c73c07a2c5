import { fill } from '../../../domain/templates/fill';
import type { Actor } from '../../auth/actor';
import { readItem } from '../../auth/item-scope';
import { readTemplate } from '../../auth/template-scope';
import type { Db } from '../../db/client';
import { placeholderValues } from './placeholder-values';

/**
 * GET /api/items/:itemId/template-fill: a template the actor may use, filled with the values of an item
 * they see; the placeholders left unfilled (unknown, or no value yet) are reported beside the text.
 */
export async function fillTemplateForItem(db: Db, actor: Actor, o: { itemId: number; templateId: number }, now = new Date()) {
  const item = await readItem(db, actor, o.itemId);
  const template = await readTemplate(db, actor, o.templateId);
  const values = await placeholderValues(db, actor, item, now);
  const { text, unfilled } = fill(template.body, values);
  return { templateId: template.id, kind: template.kind, name: template.name, text, unfilled, values };
}
