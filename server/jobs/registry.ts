import { carryOverAllCommitments } from '../usecases/commitments/carry-over-commitments';
import { remindCommitments } from '../usecases/commitments/remind-commitments';
import { remindChecklistEntries } from '../usecases/checklists/remind-checklist-entries';
import { generateScheduledBulletins } from '../usecases/supervision/generate-scheduled-bulletins';
import { watchDeadlines } from './deadline-watch';
import { expireEvaluationWindows } from './evaluation-expiry';
import { watchHotlineClocks } from './hotline-clock-watch';
import { generateHotlineMonthlyReports } from './hotline-monthly-report';
import { watchPublication } from './publication-watch';
import type { JobDef } from './types';
import { weeklyReminderJob, weeklyUrgeJob } from './weekly-reminders';

/**
 * Every scheduled job (issue 4 §8). The scheduler inserts a row per job on
 * start; each job decides per congress whether today is its day (the rules
 * profile's weekdays, holidays), so the schedule only says when to look.
 */
export const JOBS: JobDef[] = [
  // R-EVAL-3
  { name: 'evaluationExpiry', schedule: 'daily 01:00', label: '评价期满自动办结', run: expireEvaluationWindows },
  // R-SUP-1、R-ASSIGN-3
  { name: 'deadlineWatch', schedule: 'daily 07:00', label: '期限亮灯与调整申请期截止提醒', run: watchDeadlines },
  // R-PUBLISH-1
  { name: 'publicationWatch', schedule: 'daily 07:10', label: '答复公开期限提醒', run: watchPublication },
  // R-SUP-2
  { name: 'weeklyReminder', schedule: 'daily 08:30', label: '每周催办提醒', run: weeklyReminderJob },
  // R-SUP-2
  { name: 'weeklyUrge', schedule: 'daily 09:00', label: '每周超期督促', run: weeklyUrgeJob },
  // R-TRACK-1
  { name: 'commitmentCarryOver', schedule: 'daily 02:00', label: 'B类承诺事项结转到新会次', run: carryOverAllCommitments },
  { name: 'commitmentReminders', schedule: 'daily 08:00', label: 'B类承诺事项到期提醒', run: remindCommitments },
  { name: 'monthlyBulletin', schedule: 'daily 07:30', label: '月度办理进度通报', run: generateScheduledBulletins },
  // R-TOWN-1: the townships' guidance checklists, before their due dates and once overdue
  { name: 'checklistReminders', schedule: 'daily 08:15', label: '乡镇人大工作指导清单到期提醒', run: remindChecklistEntries },
  // R-LINE-1 (issue 15 §3): 催办 the day after a missed deadline, 通报 when still overdue some working days on
  { name: 'hotlineClockWatch', schedule: 'daily 07:20', label: '民情通达专线工单催办与通报', run: watchHotlineClocks },
  // R-LINE-3 (issue 15 §5): the monthly report to the liaison office on the profile's day, for the month before
  { name: 'hotlineMonthlyReport', schedule: 'daily 06:30', label: '民情通达专线月度报告', run: generateHotlineMonthlyReports },
];
