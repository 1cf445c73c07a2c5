/** A job's schedule in words (server/jobs/schedule.ts: 'daily HH:MM' or 'monthly D HH:MM'): 每天 07:00, 每月 1 日 07:30. */
export function scheduleText(schedule: string): string {
  const daily = /^daily (\d{2}:\d{2})$/.exec(schedule);
  if (daily) return `每天 ${daily[1]}`;
  const monthly = /^monthly (\d{1,2}) (\d{2}:\d{2})$/.exec(schedule);
  if (monthly) return `每月 ${monthly[1]} 日 ${monthly[2]}`;
  return '按计划';
}
