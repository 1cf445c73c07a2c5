/**
 * The demo's supervision (issue 4, R-SUP-2/3/4): the congress's special
 * committees, a few key-supervised items of each kind with supervision
 * activities, a manual reminder and an urging letter on an overdue item, and
 * one progress bulletin — all through the use cases, after the items.
 */
import { sql } from 'drizzle-orm';
import { addDays, todayInShanghai } from '../../domain/deadlines';
import type { KeySupervisionKind, SupervisionActivityKind } from '../../domain/supervision/key-supervision';
import { queryRows } from '../db/client';
import { organizations } from '../db/schema';
import { designateKeySupervision } from '../usecases/supervision/designate-key-supervision';
import { generateBulletin } from '../usecases/supervision/generate-bulletin';
import { issueUrgingLetter } from '../usecases/supervision/issue-urging-letter';
import { recordSupervisionActivity } from '../usecases/supervision/record-supervision-activity';
import { sendManualReminder } from '../usecases/supervision/send-manual-reminder';
import { ctx, type World } from './demo-steps';

/** The special committees (专门委员会) of a provincial people's congress, which supervise items of their field (对口督办). */
export const COMMITTEES = ['监察和司法委员会', '财政经济委员会', '教育科学文化卫生委员会', '环境与资源保护委员会', '农业与农村委员会', '社会建设委员会'];

const LEADERS = ['省人大常委会副主任 周志明', '省人民政府副省长 陈国华', '省人大常委会副主任 刘晓红'];
const PLAN: { kind: KeySupervisionKind; leaders: number[]; committees: number[]; activity: SupervisionActivityKind; notes: string }[] = [
  { kind: 'leaderLed', leaders: [0], committees: [], activity: 'siteVisit', notes: '实地察看项目推进情况，要求承办单位细化时间表，按期答复代表。' },
  { kind: 'committee', leaders: [], committees: [2], activity: 'meeting', notes: '召开督办座谈会，听取承办单位办理情况汇报和代表意见。' },
  { kind: 'joint', leaders: [1], committees: [4], activity: 'research', notes: '联合开展专题调研，梳理政策堵点，形成督办意见。' },
  { kind: 'committee', leaders: [], committees: [5], activity: 'meeting', notes: '对口督办座谈，代表对办理进度基本认可。' },
  { kind: 'leaderLed', leaders: [2], committees: [], activity: 'research', notes: '赴市县调研，推动问题在年内取得实质进展。' },
];

export async function seedSupervision(w: World): Promise<void> {
  const { db, base, staff, realNow } = w;
  const committeeIds = (
    await db
      .insert(organizations)
      .values(COMMITTEES.map((name) => ({ congressId: base.congressId, kind: 'committee', name: `省人大${name}`, shortName: name, isGovernment: false })))
      .returning({ id: organizations.id })
  ).map((r) => r.id);
  const today = todayInShanghai(realNow);
  const candidates = await queryRows<{ id: number; state: string; overdue: boolean }>(
    db,
    sql`select id, state, (current_due < ${today}::date) as overdue from items
        where congress_id = ${base.congressId} and state in ('handling','rehandling','replied') and not classified
        order by (current_due < ${today}::date) desc nulls last, id limit ${PLAN.length}`,
  );
  for (const [i, it] of candidates.entries()) {
    const p = PLAN[i];
    const actor = i % 2 === 0 ? staff.liaison : staff.gov;
    await designateKeySupervision(ctx(w, actor, realNow), {
      itemId: it.id,
      kind: p.kind,
      leaders: p.leaders.map((k) => LEADERS[k]),
      committeeIds: p.committees.map((k) => committeeIds[k]),
      note: '列为本届重点督办建议，按月报告办理进展。',
    });
    await recordSupervisionActivity(ctx(w, actor, realNow), {
      itemId: it.id,
      kind: p.activity,
      heldOn: addDays(today, -(i + 1) * 3),
      participants: [...p.leaders.map((k) => LEADERS[k]), ...p.committees.map((k) => `省人大${COMMITTEES[k]}`), '承办单位负责同志', '领衔代表'].join('、'),
      notes: p.notes,
    });
  }
  // An overdue item gets a reminder and an urging letter (R-SUP-2).
  const late = candidates.find((c) => c.overdue && c.state !== 'replied');
  if (late) {
    await sendManualReminder(ctx(w, staff.liaison, realNow), { itemId: late.id, note: '该件已超过办理期限，请抓紧办理并尽快答复代表。' });
    const [open] = await queryRows<{ unitId: number }>(
      db,
      sql`select unit_id as "unitId" from tasks where item_id = ${late.id} and state in ('assigned','adjustmentRequested') order by (role = 'lead') desc, id limit 1`,
    );
    if (open) {
      await issueUrgingLetter(ctx(w, staff.gov, realNow), {
        itemId: late.id,
        unitId: open.unitId,
        title: '关于加快办理超期代表建议的督办函',
        body: '该件已超过办理期限尚未答复。请高度重视，主要负责同志亲自过问，与代表当面沟通，尽快答复，并于反馈期限前书面报告办理情况。',
        respondBy: addDays(today, 10),
      });
    }
  }
  await generateBulletin(ctx(w, staff.liaison, realNow), {});
}
