import { z } from 'zod';
import { ITEM_KINDS } from '../items/kinds';

/** R-CPPCC-1: an organization that submits collective proposals in its own name. */
export const submitterOrganization = z.object({ id: z.number(), name: z.string(), kind: z.enum(['participatingOrganization', 'committee']) });

/**
 * An item related to another (R-CPPCC-3), as the reader may see it: its number, kind and title always; its state,
 * body and the latest reply only when the reader's scope holds it too (`readable`), for reading the two side by side.
 */
export const relatedItem = z.object({
  id: z.number(),
  kind: z.enum(ITEM_KINDS),
  kindLabel: z.string(),
  number: z.string(),
  title: z.string(),
  bodyName: z.string(),
  readable: z.boolean(),
  stateLabel: z.string().nullable(),
  body: z.string().nullable(),
  latestReply: z.string().nullable(),
  linkedAt: z.string(),
  linkedBy: z.string(),
});
export const relatedItems = z.array(relatedItem);
