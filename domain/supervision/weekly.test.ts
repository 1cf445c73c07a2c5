import { describe, expect, it } from 'vitest';
import { addDays, WorkdayCalendar, type IsoDate } from '../deadlines';
import { isoWeek, isoWeekday, weeklyDue } from './weekly';

const cal = new WorkdayCalendar();

/** The day of `today`'s week a daily job first finds the reminder due (null: never that week). */
function weeklyDayOf(today: IsoDate, weekday: number, skipHolidays: boolean, c: WorkdayCalendar): IsoDate | null {
  const monday = addDays(today, 1 - isoWeekday(today));
  for (let i = 0; i < 7; i++) if (weeklyDue(addDays(monday, i), weekday, skipHolidays, c)) return addDays(monday, i);
  return null;
}

describe('ISO weeks', () => {
  it('numbers weeks by their Thursday', () => {
    expect(isoWeek('2026-12-02')).toBe('2026-W49');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(isoWeekday('2026-11-30')).toBe(1);
  });
});

describe('R-SUP-2 weekly reminder day', () => {
  it('is due from the configured weekday on, on working days only when the profile says so', () => {
    // 2026-11-30 is a Monday, an ordinary working day.
    expect(weeklyDue('2026-11-30', 1, true, cal)).toBe(true);
    expect(weeklyDayOf('2026-12-03', 1, true, cal)).toBe('2026-11-30');
    expect(weeklyDue('2026-12-03', 5, true, cal)).toBe(false);
    expect(weeklyDayOf('2026-12-03', 5, true, cal)).toBe('2026-12-04');
  });
  it('moves off a holiday to the next working day of the week, or not at all', () => {
    // 2026-10-05 (Mon) is in the National Day holiday (10-01…10-07); 10-08 (Thu) is the first working day.
    expect(weeklyDue('2026-10-05', 1, true, cal)).toBe(false);
    expect(weeklyDayOf('2026-10-05', 1, true, cal)).toBe('2026-10-08');
    expect(weeklyDayOf('2026-10-05', 1, false, cal)).toBe('2026-10-05');
    // Spring Festival 2026: 02-15…02-23 off, so the week of 02-16 has no working day at all.
    expect(weeklyDayOf('2026-02-18', 1, true, cal)).toBeNull();
  });
});
