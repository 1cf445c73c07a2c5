import { daysInMonth, isWeekend, makeIsoDate } from '../../../../domain/deadlines/dates';
import { markOf, weekdayName, type Schedule } from './calendar-edit';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

/**
 * Twelve small months: official days off in red, make-up working days in
 * blue, days that differ from the official schedule ringed. In edit mode a
 * click changes a day (see cycleDay).
 */
export function YearGrid({
  year,
  schedule,
  names,
  changed,
  onDay,
}: {
  year: number;
  schedule: Schedule;
  names: Record<string, string>;
  changed: Set<string>;
  onDay?: (d: string) => void;
}) {
  return (
    <div className="year-grid">
      {Array.from({ length: 12 }, (_, m) => {
        const first = makeIsoDate(year, m + 1, 1);
        const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
        const days = Array.from({ length: daysInMonth(year, m + 1) }, (_, i) => makeIsoDate(year, m + 1, i + 1));
        return (
          <div className="month" key={m}>
            <div className="month-title">{m + 1}月</div>
            <div className="month-days">
              {HEAD.map((h) => (
                <span key={h} className="day-head">
                  {h}
                </span>
              ))}
              {Array.from({ length: lead }, (_, i) => (
                <span key={`pad-${i}`} />
              ))}
              {days.map((d) => {
                const mark = markOf(schedule, d);
                const cls = [
                  'day',
                  mark === 'holiday' ? 'day-off' : mark === 'makeup' ? 'day-makeup' : isWeekend(d) ? 'day-weekend' : '',
                  changed.has(d) ? 'day-changed' : '',
                  onDay ? 'day-editable' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                const what = mark === 'holiday' ? '休息' : mark === 'makeup' ? '调休上班' : isWeekend(d) ? '周末' : '工作日';
                const title = `${d} ${weekdayName(d)} ${what}${names[d] ? `（${names[d]}）` : ''}${changed.has(d) ? '，与官方安排不同' : ''}`;
                return onDay ? (
                  <button type="button" key={d} className={cls} data-date={d} title={title} aria-label={title} onClick={() => onDay(d)}>
                    {Number(d.slice(8))}
                  </button>
                ) : (
                  <span key={d} className={cls} data-date={d} title={title}>
                    {Number(d.slice(8))}
                  </span>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
