import { z } from 'zod';
import { id } from './common';

/** R-CPPCC-3: links an item to another on the same matter (a proposal and a suggestion are linked, never merged). */
export const linkRelatedBody = z.object({ relatedId: id });
export const relatedParams = z.object({ itemId: id, relatedId: id });
