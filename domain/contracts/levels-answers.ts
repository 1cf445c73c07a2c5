import { z } from 'zod';
import { ROLES } from '../items/roles';
import { BODIES, LEVELS } from '../levels/levels';
import { day } from './common';
import { share } from './statistics-answers';

/** Answers of the tree of congresses (server/routes/levels.ts). */

/** A body of the tree: a people's congress or a CPPCC committee at one level. */
export const congressRef = z.object({
  id: z.number(),
  name: z.string(),
  level: z.enum(LEVELS),
  levelLabel: z.string(),
  body: z.enum(BODIES),
});

/** GET /api/auth/places — one place a user works in: their own row (membershipId null) or a membership. */
export const place = z.object({
  membershipId: z.number().nullable(),
  congress: congressRef,
  role: z.enum(ROLES),
  roleLabel: z.string(),
  organizationName: z.string().nullable(),
  current: z.boolean(),
});
export const placesAnswer = z.object({ places: z.array(place) });

/** GET /api/levels/tree — the viewer's body and every body below it. */
export const treeNode = congressRef.extend({ parentId: z.number().nullable(), besideId: z.number().nullable() });
export const treeAnswer = z.object({ root: z.number(), nodes: z.array(treeNode) });

/** One body's figures in a roll-up (R-STAT-1 headline figures and the lights of its open items). */
export const rollUpFigures = z.object({
  items: z.number(),
  assigned: z.number(),
  replied: z.number(),
  replyRate: z.number().nullable(),
  onTime: z.number(),
  onTimeRate: z.number().nullable(),
  resultClasses: z.object({ A: share, B: share, C: share, D: share.optional() }),
  evaluations: z.object({ satisfied: share, basicallySatisfied: share, dissatisfied: share, satisfactionRate: z.number().nullable() }),
  lights: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
});
export const rollUpRow = rollUpFigures.extend({
  congress: congressRef,
  /** Bodies below this one (a county’s townships): the roll-up can go one level further down. (Not `children`: tables read that as tree rows.) */
  lowerBodies: z.number(),
  /** Whether the viewer may open the items behind this row's figures. */
  drillDown: z.boolean(),
});
export const rollUpAnswer = z.object({
  congress: congressRef,
  year: z.number(),
  rows: z.array(rollUpRow),
  /** The rows added up: every count is the sum of the rows', every share and rate recomputed from those sums. */
  total: rollUpFigures,
  /** The way back up, from the viewer's own body to this one. */
  path: z.array(congressRef),
});

/** GET /api/levels/roll-up/items — a lower body's items behind a figure, read only. */
export const rollUpItem = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  stateLabel: z.string(),
  units: z.string().nullable(),
  currentDue: day.nullable(),
  light: z.enum(['green', 'yellow', 'red']).nullable(),
});
export const rollUpItemsAnswer = z.object({ congress: congressRef, figureLabel: z.string(), items: z.array(rollUpItem), total: z.number() });
