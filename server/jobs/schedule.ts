/**
 * Job schedules in Asia/Shanghai wall-clock time: 'daily HH:MM' or
 * 'monthly D HH:MM'. China keeps UTC+8 all year (no daylight saving), so a
 * fixed offset is exact.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAILY = /^daily (\d{2}):(\d{2})$/;
const MONTHLY = /^monthly (\d{1,2}) (\d{2}):(\d{2})$/;

export type Schedule = { kind: 'daily'; hour: number; minute: number } | { kind: 'monthly'; day: number; hour: number; minute: number };

export function parseSchedule(s: string): Schedule {
  let m = DAILY.exec(s);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) return { kind: 'daily', hour: Number(m[1]), minute: Number(m[2]) };
  m = MONTHLY.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 28 && Number(m[2]) < 24 && Number(m[3]) < 60) {
    return { kind: 'monthly', day: Number(m[1]), hour: Number(m[2]), minute: Number(m[3]) };
  }
  throw new RangeError(`无效的计划：${s}（应为 'daily HH:MM' 或 'monthly D HH:MM'，D 为 1–28）`);
}

/** The first slot of the schedule strictly after `after` (so missed slots collapse into one catch-up run). */
export function nextSlot(schedule: string, after: Date): Date {
  const s = parseSchedule(schedule);
  const local = new Date(after.getTime() + OFFSET_MS); // its UTC fields are Shanghai wall-clock fields
  const y = local.getUTCFullYear();
  const mo = local.getUTCMonth();
  const d = local.getUTCDate();
  const at = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day, s.hour, s.minute) - OFFSET_MS);
  if (s.kind === 'daily') {
    const today = at(y, mo, d);
    return today > after ? today : at(y, mo, d + 1);
  }
  const thisMonth = at(y, mo, s.day);
  return thisMonth > after ? thisMonth : at(y, mo + 1, s.day);
}
