import { sql, type SQL } from 'drizzle-orm';
import {
  LOOK_BACK_FINDING_LABELS,
  LOOK_BACK_REVIEW_STATE_LABELS,
  OPEN_COMMITMENT_STATES,
  type LookBackFinding,
  type LookBackReviewState,
} from '../../domain/commitments/tracking';
import { todayInShanghai } from '../../domain/deadlines';
import { fullSessionName } from '../../domain/documents/full-names';
import type { StreamWords } from '../../domain/documents/stream-words';
import { isUnitRole } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { itemScope } from '../auth/item-scope';
import { queryRows, type Db } from '../db/client';
import { stateIn } from '../db/state-sql';
import { shanghaiDateCell, shanghaiStamp, type TableSheet } from '../documents/table-xlsx';
import { kindColumn, kindOf, type FormFilter } from './standard-forms';

/** 回头看复查表 (R-TRACK-2): the reviews of a year's look-back, per item and unit, with state, finding and note. */
export async function lookBack(db: Db, actor: Actor, f: FormFilter, now: Date, w: StreamWords): Promise<TableSheet[]> {
  const year = f.year ?? Number(todayInShanghai(now).slice(0, 4));
  const where: SQL[] = [itemScope(actor), sql`lb.year = ${year}`, sql`lb.congress_id = ${actor.congressId ?? -1}`];
  if (isUnitRole(actor.role)) where.push(sql`lr.unit_id = ${actor.organizationId ?? -1}`);
  else if (f.unitId) where.push(sql`lr.unit_id = ${f.unitId}`);
  const rows = await queryRows<{
    unit: string;
    kind: string;
    number: string;
    title: string;
    session: string;
    congress: string;
    cls: string;
    state: LookBackReviewState;
    finding: LookBackFinding | null;
    note: string | null;
    at: string | null;
    open: number;
  }>(
    db,
    sql`select o.name as unit, items.kind, items.number, items.title, s.name as session, cg.name as congress, lr.result_class as cls, lr.state, lr.finding, lr.note, lr.submitted_at as at,
               (select count(*)::int from commitments cm where cm.item_id = lr.item_id and cm.unit_id = lr.unit_id and ${stateIn('cm.state', OPEN_COMMITMENT_STATES)}) as open
        from look_back_reviews lr join look_backs lb on lb.id = lr.look_back_id join items on items.id = lr.item_id
        join sessions s on s.id = items.session_id join congresses cg on cg.id = s.congress_id join organizations o on o.id = lr.unit_id
        where ${sql.join(where, sql` and `)} order by o.name, s.year, items.number`,
  );
  return [
    {
      name: `${year}年回头看`,
      title: `${year} 年${w.itemFull}办理“回头看”复查表`,
      description: `共 ${rows.length} 件，已填报 ${rows.filter((r) => r.state === 'submitted').length} 件\u3000导出时间：${shanghaiStamp(now)}`,
      columns: [
        { header: '承办单位', width: 22 },
        ...kindColumn(w),
        { header: w.number, width: 12 },
        { header: w.title, width: 36 },
        { header: '届次', width: 30 },
        { header: '答复类别', width: 8 },
        { header: '未销号承诺', width: 10 },
        { header: '填报状态', width: 8 },
        { header: '复查结论', width: 10 },
        { header: '落实情况说明', width: 40 },
        { header: '填报时间', width: 12, kind: 'date' },
      ],
      rows: rows.map((r) => [
        r.unit,
        ...kindOf(w, r.kind),
        r.number,
        r.title,
        fullSessionName(r.congress, r.session),
        `${r.cls} 类`,
        r.open,
        LOOK_BACK_REVIEW_STATE_LABELS[r.state],
        r.finding ? LOOK_BACK_FINDING_LABELS[r.finding] : null,
        r.note,
        shanghaiDateCell(r.at),
      ]),
    },
  ];
}
