/** Bench generator helpers: the item paths and their weights, the event shape, ids and deadline rules. */
import { describeDuration, diffDays, type IsoDate } from '../domain/deadlines';
import type { DeadlineRule } from '../domain/items/item-deadlines';
import type { Rng } from '../server/seed/corpus';
import type { Actor, Unit } from './congress';
import type { CopySink } from './copy-sink';

/** What an item went through; the last session holds every state, earlier ones are finished. */
export type Path =
  | 'awaitingCosigners'
  | 'submitted'
  | 'returned'
  | 'notAccepted'
  | 'merged'
  | 'accepted'
  | 'draftAssigned'
  | 'handling'
  | 'replied'
  | 'dissatisfied'
  | 'rehandling'
  | 'closed'
  | 'closedRehandled'
  | 'closedNotEvaluated'
  | 'referenceItem'
  | 'referenceClosed';

export const CURRENT_PATHS: [Path, number][] = [
  ['closed', 48],
  ['closedNotEvaluated', 4],
  ['replied', 12],
  ['handling', 16],
  ['rehandling', 1],
  ['dissatisfied', 0.5],
  ['accepted', 2],
  ['draftAssigned', 1.5],
  ['submitted', 2],
  ['returned', 0.5],
  ['awaitingCosigners', 0.5],
  ['notAccepted', 1],
  ['merged', 1],
  ['referenceItem', 2],
  ['referenceClosed', 2],
  ['closedRehandled', 1],
];
export const PAST_PATHS: [Path, number][] = [
  ['closed', 84],
  ['closedNotEvaluated', 4],
  ['closedRehandled', 2],
  ['referenceClosed', 4],
  ['notAccepted', 3],
  ['merged', 3],
];
export const MODES: [string, number][] = [
  ['single', 58],
  ['leadCo', 32],
  ['split', 7],
  ['leaderLed', 3],
];
export const CONTACT_METHODS = ['visit', 'meeting', 'inspection', 'phone', 'wechat', 'video'] as const;

/** An item_events row before it is written. */
export type ItemEvent = { at: string; type: string; actor: Actor; taskId?: number | null; from?: string | null; to?: string | null; payload: object };

/** The last id written to each generated table. */
export type Ids = Record<'item' | 'task' | 'event' | 'contact' | 'co' | 'reply' | 'evaluation' | 'commitment' | 'deadline', number>;

export function distinct(list: Unit[], not: Unit): Unit[] {
  const seen = new Set([not.id]);
  return list.filter((u) => (seen.has(u.id) ? false : (seen.add(u.id), true)));
}

/** What the per-item history needs from writeItem: the sink and ids, the item and its planned dates. */
export interface ItemHistory {
  sink: CopySink;
  ids: Ids;
  r: Rng;
  at: (d: IsoDate, hour?: number) => string;
  events: ItemEvent[];
  itemId: number;
  Y: number;
  session: { id: number };
  x: { current: boolean };
  path: Path;
  lead: { id: number; name: string; delegation: string };
  text: { title: string };
  office: Actor;
  deputyActor: Actor;
  plannedUnits: { unit: Unit; role: string }[];
  isReference: boolean;
  assigned: boolean;
  reviewed: IsoDate;
  assignedOn: IsoDate;
  baseAssigned: IsoDate;
  replyDue: IsoDate | null;
  repliedOn: IsoDate | null;
  rehandleFrom: IsoDate | null;
  evaluatedOn: IsoDate | null;
  resultClass: 'A' | 'B' | 'C' | null;
  replyRows: { id: number; taskId: number; unit: Unit; at: string; on: IsoDate }[];
}

/** How a generated deadline was computed, in the shape the server stores (the item page shows its description). */
export function deadlineRule(rule: string, base: IsoDate, due: IsoDate): DeadlineRule {
  const duration = { unit: 'calendarDays' as const, amount: diffDays(base, due) };
  return { rule, duration, description: describeDuration(duration), profileYear: Number(base.slice(0, 4)), missingYears: [] };
}
