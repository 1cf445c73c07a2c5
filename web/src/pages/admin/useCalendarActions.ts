import { App } from 'antd';
import { adminApi, type CalendarYear } from '../../api/admin';
import { ApiError } from '../../api/client';
import type { Schedule } from './calendar-edit';

/** Saving a year's local schedule, and going back to the official one (节假日日历). */
export function useCalendarActions(o: {
  year: number;
  current: CalendarYear | null;
  draft: Schedule | null;
  note: string;
  setBusy: (busy: boolean) => void;
  setError: (error: string | null) => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const { year, current: c } = o;
  const save = async () => {
    if (!o.draft) return;
    o.setBusy(true);
    o.setError(null);
    try {
      const r = await adminApi.saveCalendarYear(year, { ...o.draft, note: o.note.trim() || undefined, version: c?.override?.version });
      message.success(`已保存 ${year} 年节假日安排，重算了 ${r.recomputed} 件在办件的期限`);
      o.onSaved();
    } catch (e) {
      o.setError(e instanceof ApiError ? e.message : '保存失败，请稍后重试');
    } finally {
      o.setBusy(false);
    }
  };

  const restore = async () => {
    try {
      const r = await adminApi.deleteCalendarYear(year, c?.override?.version);
      message.success(`${year} 年已恢复使用${c?.official ? '官方安排' : '仅按周末计算'}，重算了 ${r.recomputed} 件在办件的期限`);
      o.onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '操作失败');
    }
  };

  return { save, restore };
}
