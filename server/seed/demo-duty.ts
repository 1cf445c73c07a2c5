/**
 * Deputies' duty records for the demo (issue 15 §6–§8, R-DUTY-1): every deputy of the province, the city
 * and the county gets, for the present year, the duties the liaison office
 * enters — research, plenary speeches, group activities, stays at a liaison station, reports on duty —
 * each with the likelihood a real year shows, so the office's list has deputies who met every target,
 * deputies short of some, and (with the hotline orders and the suggestions the system counts) points
 * under the cap. Entered through the use case, as the liaison office would.
 */
import os from 'node:os';
import { todayInShanghai, yearOf } from '../../domain/deadlines';
import { ENTERED_DUTY_KINDS, type DutyKind } from '../../domain/duty/duty';
import type { Actor } from '../auth/actor';
import { queryRows, type Db } from '../db/client';
import { sql } from 'drizzle-orm';
import { enterDutyRecord } from '../usecases/duty/enter-duty-record';
import type { Rng } from './corpus';

/** How likely a deputy did each entered duty in a year, and what the record says. */
const DUTIES: Record<Exclude<DutyKind, 'suggestion' | 'hotlineCall'>, { p: number; titles: readonly string[] }> = {
  research: { p: 0.72, titles: ['参加农村人居环境整治专题调研', '调研基层医疗卫生服务能力建设', '调研义务教育阶段学校布局', '调研中小企业融资情况'] },
  plenarySpeech: { p: 0.55, titles: ['在代表团全体会议上审议政府工作报告发言', '在小组会议上审议计划报告发言'] },
  groupActivity: { p: 0.86, titles: ['参加代表小组集中视察活动', '参加代表小组“进站履职”主题活动', '参加代表小组专题座谈会'] },
  stationDuty: { p: 0.78, titles: ['进驻代表联络站接待选民', '在联络站开展“代表接待日”活动'] },
  dutyReport: { p: 0.6, titles: ['向原选区选民报告履职情况', '在代表联络站述职并接受评议'] },
};

export async function seedDuty(db: Db, o: { rng: Rng; realNow: Date; offices: { congressId: number; liaison: Actor }[] }): Promise<number> {
  const today = todayInShanghai(o.realNow);
  const years = [yearOf(today)];
  let n = 0;
  for (const office of o.offices) {
    const deputies = await queryRows<{ id: number }>(db, sql`select id from deputies where congress_id = ${office.congressId} order by id`);
    for (const d of deputies) {
      for (const year of years) {
        // The year's last day the record may carry: today in the present year.
        const last = year === yearOf(today) ? today : `${year}-12-31`;
        for (const kind of ENTERED_DUTY_KINDS as readonly (keyof typeof DUTIES)[]) {
          const spec = DUTIES[kind];
          if (!o.rng.chance(spec.p)) continue;
          const month = o.rng.int(1, Number(last.slice(5, 7)));
          const day = Math.min(o.rng.int(1, 28), month === Number(last.slice(5, 7)) ? Number(last.slice(8, 10)) : 28);
          const on = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          await enterDutyRecord(
            // No evidence files in the demo: nothing is written to the data folder.
            { db, actor: office.liaison, now: o.realNow, dataDir: os.tmpdir() },
            { deputyId: d.id, kind, on, title: o.rng.pick(spec.titles), note: null, evidence: [] },
          );
          n++;
        }
      }
    }
  }
  return n;
}
