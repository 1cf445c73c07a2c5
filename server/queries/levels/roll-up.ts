/**
 * Rolling up (issue 16 §3): the bodies one level below a body, side by side — items, replied, on
 * time, A/B/C, satisfaction, lights — and their sum. Each row is exactly what that body's own
 * statistics say (queryStatistics as the body's own reader), so a county's row equals the
 * county's figures and the total equals the sum of the rows.
 */
import { sql } from 'drizzle-orm';
import type { RollUpFigure } from '../../../domain/contracts/levels';
import { forbidden } from '../../../domain/errors';
import { addDays, computeLight, todayInShanghai } from '../../../domain/deadlines';
import { ITEM_STATE_LABELS, DEADLINE_RUNNING_STATES, ANSWERED_ITEM_STATES, type ItemState } from '../../../domain/items/states';
import { classShares, rate, sharesOf } from '../../../domain/stats';
import { RESULT_CLASSES } from '../../../domain/items/kinds';
import { actorOf, type Actor } from '../../auth/actor';
import { queryRows, type Db } from '../../db/client';
import { stateIn } from '../../db/state-sql';
import { loadRules } from '../../rules/rules-profile';
import { queryStatistics, statsScope } from '../statistics/figures';
import { bodyInViewerTree, type TreeNode } from './tree';

/** Who may open the items behind a lower body's figures: the congress's own liaison office and supervisors. */
const DRILL_DOWN_ROLES: readonly Actor['role'][] = ['liaisonOffice', 'supervisor'];

/** A reader of one body's figures, as that body's supervisor sees them (its own items, nothing handed to it). */
function readerOf(congressId: number): Actor {
  return actorOf({ userId: 0, username: '', name: '', role: 'supervisor', congressId, organizationId: null, deputyId: null });
}

type Figures = Awaited<ReturnType<typeof queryStatistics>>;

async function lightsOf(db: Db, congressId: number, year: number, today: string) {
  const { yellowDays } = (await loadRules(db, congressId, year)).values;
  const [r] = await queryRows<{ red: number; yellow: number; green: number }>(
    db,
    sql`select count(*) filter (where current_due < ${today})::int as red,
          count(*) filter (where current_due >= ${today} and current_due <= ${addDays(today, yellowDays)})::int as yellow,
          count(*) filter (where current_due > ${addDays(today, yellowDays)})::int as green
        from items
        where congress_id = ${congressId} and ${stateIn('state', DEADLINE_RUNNING_STATES)} and current_due is not null
          and session_id in (select id from sessions where year = ${year})`,
  );
  return r;
}

/** The year a roll-up shows by default: the latest year with a session anywhere in the viewer's tree. */
async function latestYear(db: Db, nodes: TreeNode[]): Promise<number> {
  const ids = nodes.map((n) => n.id);
  const [r] = await queryRows<{ year: number | null }>(
    db,
    sql`select max(year)::int as year from sessions where congress_id in ${sql`(${sql.join(ids, sql`, `)})`}`,
  );
  return r.year ?? Number(todayInShanghai().slice(0, 4));
}

function pick(f: Figures) {
  return {
    items: f.items,
    assigned: f.assigned,
    replied: f.replied,
    replyRate: f.replyRate,
    onTime: f.onTime,
    onTimeRate: f.onTimeRate,
    resultClasses: f.resultClasses,
    evaluations: f.evaluations,
  };
}

/** The rows added up: counts summed, shares and rates recomputed from the sums (R-STAT-1). */
function totalOf(rows: (ReturnType<typeof pick> & { lights: { red: number; yellow: number; green: number } })[]) {
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  // D (留作参考) where any body below marks four classes (issue 17 §2): then the shares are over four.
  const shown = rows.some((r) => r.resultClasses.D) ? RESULT_CLASSES : (['A', 'B', 'C'] as const);
  const cls = {
    A: sum((r) => r.resultClasses.A.count),
    B: sum((r) => r.resultClasses.B.count),
    C: sum((r) => r.resultClasses.C.count),
    D: sum((r) => r.resultClasses.D?.count ?? 0),
  };
  const ev = [sum((r) => r.evaluations.satisfied.count), sum((r) => r.evaluations.basicallySatisfied.count), sum((r) => r.evaluations.dissatisfied.count)];
  const [s, bs, d] = sharesOf(ev);
  const replied = sum((r) => r.replied);
  const assigned = sum((r) => r.assigned);
  const onTime = sum((r) => r.onTime);
  return {
    items: sum((r) => r.items),
    assigned,
    replied,
    replyRate: rate(replied, assigned),
    onTime,
    onTimeRate: rate(onTime, replied),
    resultClasses: classShares(shown, cls),
    evaluations: {
      satisfied: { count: ev[0], share: s },
      basicallySatisfied: { count: ev[1], share: bs },
      dissatisfied: { count: ev[2], share: d },
      satisfactionRate: rate(ev[0] + ev[1], ev[0] + ev[1] + ev[2]),
    },
    lights: { green: sum((r) => r.lights.green), yellow: sum((r) => r.lights.yellow), red: sum((r) => r.lights.red) },
  };
}

export async function queryRollUp(db: Db, actor: Actor, q: { congressId?: number; year?: number }) {
  const { node, path, below: nodes } = await bodyInViewerTree(db, actor, q.congressId ?? actor.congressId ?? -1);
  const year = q.year ?? (await latestYear(db, nodes));
  const today = todayInShanghai();
  const lower = nodes.filter((n) => n.parentId === node.id && n.body === node.body);
  const rows = [];
  for (const child of lower) {
    const figures = pick(await queryStatistics(db, readerOf(child.id), { year }));
    rows.push({
      congress: child,
      ...figures,
      lights: await lightsOf(db, child.id, year, today),
      lowerBodies: nodes.filter((n) => n.parentId === child.id && n.body === child.body).length,
      drillDown: DRILL_DOWN_ROLES.includes(actor.role),
    });
  }
  return { congress: node, year, rows, total: totalOf(rows), path };
}

const FIGURE_LABELS: Record<RollUpFigure, string> = { items: '建议件数', replied: '已答复', red: '红灯（已超期）' };

/** The items behind one figure of a lower body's row, read only: number, title, state, units, due date and light. */
export async function queryRollUpItems(db: Db, actor: Actor, q: { congressId: number; year?: number; figure: RollUpFigure }) {
  if (!DRILL_DOWN_ROLES.includes(actor.role)) throw forbidden('drillDownOfficesOnly');
  const { node, below: nodes } = await bodyInViewerTree(db, actor, q.congressId);
  const year = q.year ?? (await latestYear(db, nodes));
  const today = todayInShanghai();
  const where = [statsScope(readerOf(node.id), { year })];
  if (q.figure === 'replied') where.push(sql`${stateIn('items.state', ANSWERED_ITEM_STATES)} and items.assigned_on is not null`);
  if (q.figure === 'red') where.push(sql`${stateIn('items.state', DEADLINE_RUNNING_STATES)} and items.current_due < ${today}`);
  const rows = await queryRows<{
    id: number;
    number: string;
    title: string;
    state: ItemState;
    current_due: string | null;
    units: string | null;
    total: number;
  }>(
    db,
    sql`select items.id, items.number, items.title, items.state, items.current_due::text as current_due,
          (select string_agg(o.name, '、' order by t.id) from tasks t join organizations o on o.id = t.unit_id
            where t.item_id = items.id and t.state <> 'withdrawn') as units,
          count(*) over ()::int as total
        from items where ${sql.join(where, sql` and `)}
        order by items.number, items.id limit 200`,
  );
  const { yellowDays } = (await loadRules(db, node.id, year)).values;
  return {
    congress: node,
    figureLabel: FIGURE_LABELS[q.figure],
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => {
      const done = !DEADLINE_RUNNING_STATES.includes(r.state);
      const { light } = computeLight({ due: r.current_due, today, yellowDays, done });
      return {
        id: r.id,
        number: r.number,
        title: r.title,
        stateLabel: ITEM_STATE_LABELS[r.state],
        units: r.units,
        currentDue: r.current_due,
        light: light === 'none' ? null : light,
      };
    }),
  };
}
