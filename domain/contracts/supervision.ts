import { z } from 'zod';
import { KEY_SUPERVISION_KINDS, SUPERVISION_ACTIVITY_KINDS } from '../supervision/key-supervision';
import { id, isoDate, optionalText, text, version } from './common';

/** Request contracts of supervision (R-SUP-2 reminders and urging letters, R-SUP-3 key supervision, R-SUP-4 bulletins). */

const leaderName = text(50, '督办领导姓名');

/**
 * R-SUP-3 the designation: its kind and who supervises. A leader-led one
 * names a leader, a committee one a committee, a joint one at least two
 * supervising parties (leaders and committees together).
 */
const designation = z.object({
  kind: z.enum(KEY_SUPERVISION_KINDS),
  leaders: z.array(leaderName).max(10, '督办领导最多 10 位').default([]),
  committeeIds: z.array(id).max(10, '督办专委会最多 10 个').default([]),
  note: optionalText(2000),
});
type Designation = z.output<typeof designation>;

function checkParties(v: Designation, ctx: z.RefinementCtx) {
  if (v.kind === 'leaderLed' && v.leaders.length === 0) ctx.addIssue({ code: 'custom', path: ['leaders'], message: '领导领衔督办须填写督办领导' });
  if (v.kind === 'committee' && v.committeeIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['committeeIds'], message: '专委会对口督办须选择督办专委会' });
  if (v.kind === 'joint' && v.leaders.length + v.committeeIds.length < 2) {
    ctx.addIssue({ code: 'custom', path: ['committeeIds'], message: '联合督办须有两个以上督办方（领导或专委会）' });
  }
  if (new Set(v.leaders).size !== v.leaders.length) ctx.addIssue({ code: 'custom', path: ['leaders'], message: '督办领导有重复' });
  if (new Set(v.committeeIds).size !== v.committeeIds.length) ctx.addIssue({ code: 'custom', path: ['committeeIds'], message: '督办专委会有重复' });
}

export const designateKeySupervisionBody = designation.superRefine(checkParties);
export const updateKeySupervisionBody = designation.extend({ version }).superRefine(checkParties);
export const revokeKeySupervisionBody = z.object({ version, reason: text(2000, '撤销理由') });

export const supervisionActivityBody = z.object({
  kind: z.enum(SUPERVISION_ACTIVITY_KINDS),
  heldOn: isoDate,
  participants: text(500, '参加人员'),
  notes: text(5000, '活动情况'),
});

/** R-SUP-2 a manual reminder (催办) to one unit of the item, or (no unitId) to every unit whose part is open. */
export const manualReminderBody = z.object({ unitId: id.nullish(), note: text(2000, '催办内容') });

/** R-SUP-2 an urging letter (督办函) to one unit of the item. */
export const urgingLetterBody = z.object({
  unitId: id,
  title: text(200, '督办函标题'),
  body: text(20_000, '督办函正文'),
  respondBy: isoDate.nullish(),
});

export const keySupervisionQuery = z.object({
  sessionId: id.optional(),
  kind: z.enum(KEY_SUPERVISION_KINDS).optional(),
  committeeId: id.optional(),
});

/** R-SUP-4 a bulletin on demand: of a session (default: the congress's latest). */
export const generateBulletinBody = z.object({ sessionId: id.nullish() });
export const bulletinParams = z.object({ bulletinId: id });
