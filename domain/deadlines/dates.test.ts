import { describe, it, expect } from 'vitest';
import { addDays, addMonths, diffDays, isIsoDate, isWeekend, makeIsoDate, todayInShanghai, weekdayOf, yearOf } from './dates';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00')).toBe(false);
    expect(isIsoDate('0050-01-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
  it('makeIsoDate refuses a date that does not exist', () => {
    expect(makeIsoDate(2026, 2, 28)).toBe('2026-02-28');
    expect(() => makeIsoDate(2026, 2, 29)).toThrow(RangeError);
  });
});

describe('day arithmetic (independent of the machine time zone)', () => {
  it('adds days across month, year and DST changes', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // US and EU DST switches must not matter
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
    expect(addDays('2019-02-12', 30)).toBe('2019-03-14');
  });
  it('diffDays is b - a', () => {
    expect(diffDays('2026-01-01', '2026-01-11')).toBe(10);
    expect(diffDays('2026-01-11', '2026-01-01')).toBe(-10);
    expect(diffDays('2026-03-01', '2026-04-01')).toBe(31);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('weekdays and years', () => {
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(isWeekend('2026-02-14')).toBe(true);
    expect(isWeekend('2026-02-15')).toBe(true);
    expect(isWeekend('2026-02-16')).toBe(false);
    expect(yearOf('2027-03-01')).toBe(2027);
  });
  it('rejects invalid input', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of month, or falls to the last day', () => {
    expect(addMonths('2019-02-12', 3)).toBe('2019-05-12');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-10-31', 15)).toBe('2027-01-31');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});

describe('todayInShanghai', () => {
  it('uses the Shanghai day whatever the machine zone', () => {
    // 2026-01-01T16:00Z is 2026-01-02 00:00 in Shanghai (UTC+8)
    expect(todayInShanghai(new Date('2026-01-01T16:00:00Z'))).toBe('2026-01-02');
    expect(todayInShanghai(new Date('2026-01-01T15:59:59Z'))).toBe('2026-01-01');
    // New York evening of 2025-12-31 is already 2026-01-01 in Shanghai
    expect(todayInShanghai(new Date('2025-12-31T20:00:00-05:00'))).toBe('2026-01-01');
  });
  it('defaults to now and returns a valid date', () => {
    expect(isIsoDate(todayInShanghai())).toBe(true);
  });
});
