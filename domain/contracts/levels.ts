import { z } from 'zod';
import { id } from './common';

/** Requests of the tree of congresses (server/routes/levels.ts): the place switcher, roll-up, handing down. */

/** POST /api/auth/place — work in another of one's places; null: the user's own (first) place. */
export const switchPlaceBody = z.object({ membershipId: id.nullable() });

/** GET /api/levels/roll-up — the bodies one level below `congressId` (default: the viewer's), side by side, for a year. */
export const rollUpQuery = z.object({
  congressId: id.optional(),
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
});

/** The figures a roll-up row drills into: all items, the replied ones, the red-lit (overdue) ones. */
export const ROLL_UP_FIGURES = ['items', 'replied', 'red'] as const;
export type RollUpFigure = (typeof ROLL_UP_FIGURES)[number];

/** GET /api/levels/roll-up/items — the items behind one figure of one lower body's row. */
export const rollUpItemsQuery = z.object({
  congressId: id,
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
  figure: z.enum(ROLL_UP_FIGURES, { message: '统计项不正确' }).default('items'),
});

/** POST /api/items/:itemId/hand-down — R-ASSIGN-4: hand an accepted item to a lower body's office. */
export const handDownBody = z.object({
  version: z.number().int().positive(),
  congressId: id,
  note: z.string().trim().max(500, '说明不能超过 500 个字符').nullish(),
});
