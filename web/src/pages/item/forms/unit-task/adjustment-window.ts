import { diffDays, todayInShanghai } from '../../../../lib/dates';
import type { ItemDetail, Task } from '../../../../api/types';

/** R-ASSIGN-3: the unit's adjustment window, with the days left, if it runs. */
export function adjustmentWindow(detail: ItemDetail, task: Task | undefined): { dueDate: string; daysLeft: number } | null {
  const d = detail.deadlines.find((x) => x.kind === 'adjustmentWindow' && x.active && (!x.taskId || x.taskId === task?.id));
  return d ? { dueDate: d.dueDate, daysLeft: diffDays(todayInShanghai(), d.dueDate) } : null;
}
