import { describe, it, expect } from 'vitest';
import { WorkdayCalendar } from './calendar';
import { addDuration, describeDuration } from './duration';
import { DEFAULT_RULES } from './rules-profile';

const cal = new WorkdayCalendar();

describe('addDuration', () => {
  it('R-REPLY-7 example: assigned 2019-02-12 with the default rules', () => {
    const base = '2019-02-12';
    expect(addDuration(base, DEFAULT_RULES.coOpinion, cal).date).toBe('2019-04-12');
    expect(addDuration(base, DEFAULT_RULES.reply, cal).date).toBe('2019-05-12');
    expect(addDuration(base, DEFAULT_RULES.replyExtended, cal).date).toBe('2019-08-12');
    expect(addDuration(base, DEFAULT_RULES.reply, cal)).toEqual({ date: '2019-05-12', provisional: false, missingYears: [] });
  });

  it('months fall to the last day of a shorter month', () => {
    const m3 = { amount: 3, unit: 'months' } as const;
    expect(addDuration('2025-11-30', m3, cal).date).toBe('2026-02-28');
    expect(addDuration('2024-11-30', m3, cal).date).toBe('2025-02-28');
    expect(addDuration('2023-11-30', m3, cal).date).toBe('2024-02-29');
    expect(addDuration('2025-11-29', m3, cal).date).toBe('2026-02-28');
    expect(addDuration('2025-12-31', { amount: 6, unit: 'months' }, cal).date).toBe('2026-06-30');
    expect(addDuration('2025-01-31', { amount: 1, unit: 'months' }, cal).date).toBe('2025-02-28');
  });

  it('calendar days and months are not moved off a holiday (our convention)', () => {
    // 2025-09-01 + 30 days = 2025-10-01, National Day: kept
    expect(addDuration('2025-09-01', { amount: 30, unit: 'calendarDays' }, cal).date).toBe('2025-10-01');
    // 2025-11-17 + 3 months = 2026-02-17, Spring Festival: kept
    expect(addDuration('2025-11-17', { amount: 3, unit: 'months' }, cal).date).toBe('2026-02-17');
    // a months deadline in 2027 is never provisional: it does not depend on the schedule
    expect(addDuration('2026-12-01', { amount: 3, unit: 'months' }, cal)).toEqual({
      date: '2027-03-01',
      provisional: false,
      missingYears: [],
    });
  });

  it('workdays use the calendar', () => {
    expect(addDuration('2026-02-12', { amount: 7, unit: 'workdays' }, cal).date).toBe('2026-02-28');
    expect(addDuration('2027-03-01', { amount: 10, unit: 'workdays' }, cal)).toEqual({
      date: '2027-03-15',
      provisional: true,
      missingYears: [2027],
    });
  });

  it('refuses a negative or fractional amount', () => {
    expect(() => addDuration('2025-01-01', { amount: -1, unit: 'calendarDays' }, cal)).toThrow(RangeError);
    expect(() => addDuration('2025-01-01', { amount: 1.5, unit: 'months' }, cal)).toThrow(RangeError);
  });
});

describe('describeDuration', () => {
  it('speaks Chinese', () => {
    expect(describeDuration({ amount: 3, unit: 'months' })).toBe('3个月');
    expect(describeDuration({ amount: 10, unit: 'workdays' })).toBe('10个工作日');
    expect(describeDuration({ amount: 30, unit: 'calendarDays' })).toBe('30日');
  });
});
