/** The checklists' history as the pages list it: each event with its Chinese name and what happened in plain words. */
import { sql, type SQL } from 'drizzle-orm';
import { CHECKLIST_EVENT_LABELS, type ChecklistEventType } from '../../../domain/checklists/events';
import { ADJUSTMENT_KIND_LABELS, INDICATOR_LABELS, type AdjustmentKind, type IndicatorKey } from '../../../domain/checklists/scoring';
import { ROLE_LABELS, type Role } from '../../../domain/items/roles';
import { townshipName } from '../../auth/checklist-scope';
import { queryRows, type Db } from '../../db/client';

interface Raw {
  id: number;
  type: ChecklistEventType;
  at: Date | string;
  actor_name: string;
  actor_role: string;
  township: string | null;
  payload: Record<string, unknown>;
}

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** What an event says, from its payload (null when its name says it all). */
export function eventDetail(type: ChecklistEventType, p: Record<string, unknown>): string | null {
  switch (type) {
    case 'createChecklist':
      return `《${s(p.title)}》，${s(p.entries)} 项，${s(p.townships)} 个乡镇`;
    case 'copyChecklist':
      return `复制自《${s(p.fromTitle)}》，${s(p.entries)} 项，完成时限相应顺延`;
    case 'editChecklist':
      return `《${s(p.title)}》，${s(p.entries)} 项，${s(p.townships)} 个乡镇`;
    case 'deleteChecklist':
      return `《${s(p.title)}》`;
    case 'issueChecklist':
      return `下发到 ${s(p.townships)} 个乡镇，每个乡镇 ${s(p.entries)} 项`;
    case 'reportChecklistEntry':
      return `第 ${s(p.seq)} 项：${s(p.statusLabel)}。${s(p.note)}`;
    case 'uploadChecklistEvidence':
      return `上传“${s(p.filename)}”`;
    case 'deleteChecklistEvidence':
      return `删除“${s(p.filename)}”`;
    case 'remindChecklistEntries':
      return `${s(p.count)} 项${p.overdue ? '已超期' : '即将到期'}：${s(p.entries)}`;
    case 'pairLeader':
    case 'unpairLeader':
      return `${s(p.leaderName)} — ${s(p.township)}`;
    case 'recordGuidanceVisit':
      return `${s(p.township)}，${s(p.visitedOn)}`;
    case 'recordExchangeMeeting':
      return `${s(p.quarterLabel)}，${s(p.heldOn)}，典型经验 ${s(p.experiences)} 条`;
    case 'saveAssessmentScheme':
      return `${s(p.year)}年度考核方案：${s(p.indicators)} 项指标，加分项目 ${s(p.bonusItems)} 项，扣分项目 ${s(p.deductionItems)} 项`;
    case 'setAssessmentScore':
      return `${s(p.township)} · ${INDICATOR_LABELS[p.indicator as IndicatorKey] ?? ''}：${p.points === null || p.points === undefined ? '恢复自动评分' : `${s(p.points)} 分`}。理由：${s(p.reason)}`;
    case 'addAssessmentAdjustment':
    case 'removeAssessmentAdjustment':
      return `${s(p.township)} · ${ADJUSTMENT_KIND_LABELS[p.kind as AdjustmentKind] ?? ''}“${s(p.item)}”${s(p.points)} 分。理由：${s(p.reason)}`;
    case 'finalizeAssessment':
      return `${s(p.year)}年度考核定稿，${s(p.townships)} 个乡镇排名确定`;
  }
}

/** The events of the county `countyId` that `where` keeps, newest first. */
export async function listEvents(db: Db, countyId: number, where: SQL, limit = 200) {
  const rows = await queryRows<Raw>(
    db,
    sql`select e.id, e.type, e.at, e.actor_name, e.actor_role, t.name as township, e.payload
        from checklist_events e left join congresses t on t.id = e.township_congress_id
        where e.congress_id = ${countyId} and ${where}
        order by e.at desc, e.id desc limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    typeLabel: CHECKLIST_EVENT_LABELS[r.type],
    at: r.at,
    actorName: r.actor_name,
    actorRoleLabel: ROLE_LABELS[r.actor_role as Role] ?? '系统',
    township: r.township === null ? null : townshipName(r.township),
    detail: eventDetail(r.type, r.payload ?? {}),
  }));
}
