import { CONTACT_PHASES, type ContactPhase } from './kinds';
import { INACTIVE_TASK_STATES, OPEN_TASK_STATES, TERMINAL_ITEM_STATES, type ItemState, type TaskState } from './states';

/**
 * What a unit may still record on its own part of an item, shared by the item page
 * (available-actions.ts) and the use cases (record-contact.ts, set-responsibility.ts),
 * so the page offers nothing the server refuses.
 */

/**
 * The contact phases a unit may record now (R-TALK-1).
 *
 * Contacts after the unit's reply are legitimate: R-TALK-1 names the follow-up visit
 * after handling (办后回访, phase `after`), and the re-handling of R-EVAL-2 needs a
 * face-to-face meeting. So recording stays open after the reply, but only as `after`:
 * a "before" or "during" contact dated after the reply would inflate the contact rate
 * (R-TALK-2/3) for handling already done. Re-handling reopens the task (`assigned`),
 * so every phase is open again there. Nothing is recorded on a draft or withdrawn task,
 * nor once the item is finished (closed, merged, not accepted).
 */
export function contactPhasesFor(task: TaskState, item: ItemState): readonly ContactPhase[] {
  if (INACTIVE_TASK_STATES.includes(task) || TERMINAL_ITEM_STATES.includes(item)) return [];
  // The unit's answer is out: its reply sent, or a reference item's contact recorded.
  if (task === 'replied' || task === 'contacted') return ['after'];
  return CONTACT_PHASES;
}

/**
 * R-HANDLE-1: the breakdown (division, handler, responsible leader) is made while the
 * unit still owes its part — assigned, or asking for an adjustment. Once its reply or
 * co-handling opinion is sent (or a reference item's contact recorded) there is nothing
 * left to break down; re-handling and a returned co-opinion reopen the task.
 */
export function mayBreakDown(task: TaskState): boolean {
  return OPEN_TASK_STATES.includes(task);
}
