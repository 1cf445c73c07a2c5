import { describe, it, expect } from 'vitest';
import { builtinSchedule, builtinYears, validateSchedule, WorkdayCalendar, type YearSchedule } from './calendar';

describe('builtinSchedule (chinese-days data)', () => {
  it('has the official 2026 Spring Festival schedule', () => {
    const s = builtinSchedule(2026);
    expect(s).not.toBeNull();
    expect(s!.source).toBe('builtin');
    // 春节 2026: off 02-15 (Sun) … 02-23 (Mon); work on Sat 02-14 and Sat 02-28
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) expect(s!.holidays).toContain(d);
    expect(s!.makeupWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });
  it('covers 2004–2026 and nothing else (2027 is NOT covered)', () => {
    expect(builtinSchedule(2004)).not.toBeNull();
    expect(builtinSchedule(2003)).toBeNull();
    expect(builtinSchedule(2027)).toBeNull();
    expect(builtinYears()[0]).toBe(2004);
    expect(builtinYears()).toContain(2026);
    expect(builtinYears()).not.toContain(2027);
  });
  it('is cached per year and every builtin schedule is valid', () => {
    expect(builtinSchedule(2025)).toBe(builtinSchedule(2025));
    for (const y of builtinYears()) expect(validateSchedule(builtinSchedule(y)!)).toEqual([]);
  });
});

describe('WorkdayCalendar.isWorkday', () => {
  const cal = new WorkdayCalendar();
  it('follows holidays and make-up days', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true); // make-up Saturday
    expect(cal.isWorkday('2026-02-16')).toBe(false); // Spring Festival Monday
    expect(cal.isWorkday('2026-02-24')).toBe(true);
    expect(cal.isWorkday('2026-02-21')).toBe(false); // Saturday, holiday
    expect(cal.isWorkday('2025-10-08')).toBe(false); // National Day Wednesday
    expect(cal.isWorkday('2025-09-28')).toBe(true); // make-up Sunday
  });
  it('uses Mon–Fri in a year with no schedule', () => {
    expect(cal.hasSchedule(2027)).toBe(false);
    expect(cal.isWorkday('2027-01-01')).toBe(true); // no guess: New Year's Day unknown
    expect(cal.isWorkday('2027-01-02')).toBe(false);
  });
});

describe('WorkdayCalendar.addWorkdays', () => {
  const cal = new WorkdayCalendar();

  it('7 working days across the 2026 Spring Festival count its make-up Saturdays', () => {
    // base Thu 2026-02-12 (not counted)
    // 02-13 Fri ①, 02-14 Sat make-up ②, 02-15 … 02-23 holiday,
    // 02-24 Tue ③, 02-25 ④, 02-26 ⑤, 02-27 Fri ⑥, 02-28 Sat make-up ⑦
    expect(cal.addWorkdays('2026-02-12', 7)).toEqual({ date: '2026-02-28', provisional: false, missingYears: [] });
  });

  it('10 working days over National Day 2025 (make-up 09-28 and 10-11)', () => {
    // base Fri 2025-09-26: 09-27 Sat off, 09-28 Sun make-up ①, 09-29 ②, 09-30 ③,
    // 10-01 … 10-08 holiday, 10-09 ④, 10-10 ⑤, 10-11 Sat make-up ⑥, 10-12 Sun off,
    // 10-13 ⑦, 10-14 ⑧, 10-15 ⑨, 10-16 Thu ⑩
    expect(cal.addWorkdays('2025-09-26', 10)).toEqual({ date: '2025-10-16', provisional: false, missingYears: [] });
  });

  it('does not count the base day; n = 0 is the base', () => {
    expect(cal.addWorkdays('2025-06-02', 1).date).toBe('2025-06-03');
    expect(cal.addWorkdays('2025-06-06', 1).date).toBe('2025-06-09');
    expect(cal.addWorkdays('2025-06-06', 0)).toEqual({ date: '2025-06-06', provisional: false, missingYears: [] });
    expect(() => cal.addWorkdays('2025-06-06', -1)).toThrow(RangeError);
  });

  it('a 2027 deadline is provisional until an admin schedule is given', () => {
    // Mon 2027-03-01 + 10: 03-02…03-05 ①–④, 03-08…03-12 ⑤–⑨, 03-15 ⑩ (weekends only)
    expect(cal.addWorkdays('2027-03-01', 10)).toEqual({ date: '2027-03-15', provisional: true, missingYears: [2027] });

    const quiet: YearSchedule = { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [], source: 'admin' };
    expect(new WorkdayCalendar([quiet]).addWorkdays('2027-03-01', 10)).toEqual({
      date: '2027-03-15',
      provisional: false,
      missingYears: [],
    });

    const withHoliday: YearSchedule = { ...quiet, holidays: ['2027-01-01', '2027-03-10'] };
    const admin = new WorkdayCalendar([withHoliday]);
    expect(admin.hasSchedule(2027)).toBe(true);
    expect(admin.scheduleFor(2027)?.source).toBe('admin');
    expect(admin.addWorkdays('2027-03-01', 10)).toEqual({ date: '2027-03-16', provisional: false, missingYears: [] });
  });

  it('is provisional only when the walk enters an unscheduled year', () => {
    // Mon 2026-12-28: 12-29 ①, 12-30 ②, 12-31 ③ (2026 known), 2027-01-01 Fri ④ (unknown, not guessed),
    // 01-04…01-08 ⑤–⑨, 01-11 ⑩
    expect(cal.addWorkdays('2026-12-28', 10)).toEqual({ date: '2027-01-11', provisional: true, missingYears: [2027] });
    expect(cal.addWorkdays('2026-12-28', 3)).toEqual({ date: '2026-12-31', provisional: false, missingYears: [] });
  });

  it('an admin schedule for 2026 overrides the builtin one', () => {
    const plain: YearSchedule = { year: 2026, holidays: [], makeupWorkdays: [], source: 'admin' };
    const admin = new WorkdayCalendar([plain]);
    expect(admin.scheduleFor(2026)).toBe(plain);
    expect(admin.isWorkday('2026-02-16')).toBe(true);
    expect(admin.isWorkday('2026-02-14')).toBe(false);
    // Mon–Fri only: 02-13 ①, 02-16…02-20 ②–⑥, 02-23 ⑦
    expect(admin.addWorkdays('2026-02-12', 7).date).toBe('2026-02-23');
    // other years still builtin
    expect(admin.scheduleFor(2025)?.source).toBe('builtin');
  });

  it('refuses an invalid admin schedule', () => {
    const bad: YearSchedule = { year: 2027, holidays: [], makeupWorkdays: ['2027-03-01'], source: 'admin' };
    expect(() => new WorkdayCalendar([bad])).toThrow(/不是周六或周日/);
  });
});

describe('validateSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(validateSchedule({ year: 2027, holidays: ['2027-01-01', '2027-02-08'], makeupWorkdays: ['2027-02-06'], source: 'admin' })).toEqual([]);
  });
  it('reports every problem in Chinese', () => {
    const errors = validateSchedule({
      year: 2027,
      holidays: ['2027-01-01', '2027-01-01', '2026-12-31', '2027-02-30', '2027-02-06'],
      makeupWorkdays: ['2027-02-06', '2027-02-08', '2027-02-08'],
      source: 'admin',
    });
    expect(errors).toContain('节假日 2027-01-01 重复');
    expect(errors).toContain('节假日 2026-12-31 不在 2027 年内');
    expect(errors).toContain('节假日日期格式无效：2027-02-30（应为 YYYY-MM-DD）');
    expect(errors).toContain('2027-02-06 不能既是节假日又是调休上班日');
    expect(errors).toContain('调休上班日 2027-02-08 不是周六或周日');
    expect(errors).toContain('调休上班日 2027-02-08 重复');
    expect(errors).toHaveLength(6);
  });
  it('rejects a bad year', () => {
    expect(validateSchedule({ year: 27, holidays: [], makeupWorkdays: [], source: 'admin' })).toEqual(['年份无效：27']);
  });
});
