import type { ColumnsType } from 'antd/es/table';
import type { ResultClass } from '../../../../domain/items/kinds';
import type { GroupFigures } from '../../api/dashboard';
import { pct } from './format';

const THREE: readonly ResultClass[] = ['A', 'B', 'C'];

/** The classes a set of groups' figures carries: A/B/C, and D when the server counts it (a four-class profile). */
export function shownClasses(groups: readonly (GroupFigures | null)[]): ResultClass[] {
  return groups.some((g) => g?.resultClasses.D) ? [...THREE, 'D'] : [...THREE];
}

/**
 * The columns of one group's figures; `at` reads the figures from a row (null → dashes); `classes`: the result
 * classes to show (A/B/C, and D where the rules profile uses four).
 */
export function figureColumns<T>(at: (r: T) => GroupFigures | null, classes: readonly ResultClass[] = THREE, prefix = ''): ColumnsType<T> {
  const f = (get: (g: GroupFigures) => number | string, title: string, sorter?: (g: GroupFigures) => number) => ({
    title: `${prefix}${title}`,
    key: `${prefix}${title}`,
    align: 'right' as const,
    render: (_: unknown, r: T) => {
      const g = at(r);
      return g ? get(g) : '—';
    },
    sorter: sorter
      ? (a: T, b: T) => {
          const x = at(a);
          const y = at(b);
          return (x ? sorter(x) : -1) - (y ? sorter(y) : -1);
        }
      : undefined,
  });
  return [
    f(
      (g) => g.items,
      '件数',
      (g) => g.items,
    ),
    f(
      (g) => g.replied,
      '已答复',
      (g) => g.replied,
    ),
    f(
      (g) => pct(g.replyRate),
      '答复率',
      (g) => g.replyRate ?? -1,
    ),
    f(
      (g) => pct(g.onTimeRate),
      '按期率',
      (g) => g.onTimeRate ?? -1,
    ),
    ...classes.map((c) =>
      f((g) => {
        const x = g.resultClasses[c];
        return x ? `${x.count}（${pct(x.share)}）` : '—';
      }, `${c} 类`),
    ),
    f((g) => `${g.evaluations.satisfied.count}（${pct(g.evaluations.satisfied.share)}）`, '满意'),
    f((g) => `${g.evaluations.basicallySatisfied.count}（${pct(g.evaluations.basicallySatisfied.share)}）`, '基本满意'),
    f((g) => `${g.evaluations.dissatisfied.count}（${pct(g.evaluations.dissatisfied.share)}）`, '不满意'),
    f(
      (g) => g.contacts,
      '联系人次',
      (g) => g.contacts,
    ),
    f(
      (g) => pct(g.faceToFaceRate),
      '面商率',
      (g) => g.faceToFaceRate ?? -1,
    ),
    f((g) => g.rehandled, '重新办理'),
    f((g) => g.commitmentsStruckOff, 'B 类销号'),
  ];
}
