/** Dates as the platform shows them: calendar days in Asia/Shanghai. */
import type { Light } from '../api/types';

const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** Today's date in Beijing time, YYYY-MM-DD. */
export function todayInShanghai(now = new Date()): string {
  return dateFmt.format(now);
}

/** A timestamp as YYYY-MM-DD HH:mm (Beijing time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${dateFmt.format(d)} ${timeFmt.format(d)}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function diffDays(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** R-SUP-1 light of one running deadline (yellow within `yellowDays`, default 10). */
export function lightOf(due: string, today = todayInShanghai(), yellowDays = 10): { light: Exclude<Light, 'none'>; daysLeft: number } {
  const daysLeft = diffDays(today, due);
  if (daysLeft < 0) return { light: 'red', daysLeft };
  if (daysLeft <= yellowDays) return { light: 'yellow', daysLeft };
  return { light: 'green', daysLeft };
}

/** 剩 12 天 / 今日到期 / 超期 3 天 */
export function daysText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 0) return `剩 ${daysLeft} 天`;
  if (daysLeft === 0) return '今日到期';
  return `超期 ${-daysLeft} 天`;
}
