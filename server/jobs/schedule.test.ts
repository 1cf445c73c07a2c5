import { describe, expect, it } from 'vitest';
import { nextSlot, parseSchedule } from './schedule';

const t = (s: string) => new Date(s);

describe('job schedules (Asia/Shanghai)', () => {
  it('gives the next daily slot strictly after a time', () => {
    expect(nextSlot('daily 08:30', t('2026-12-02T00:00:00+08:00')).toISOString()).toBe('2026-12-02T00:30:00.000Z');
    expect(nextSlot('daily 08:30', t('2026-12-02T08:30:00+08:00')).toISOString()).toBe('2026-12-03T00:30:00.000Z');
    // Shanghai's evening is already the next day's morning slot's eve: 23:00 local → tomorrow 08:30.
    expect(nextSlot('daily 08:30', t('2026-12-31T23:00:00+08:00')).toISOString()).toBe('2027-01-01T00:30:00.000Z');
  });
  it('gives the next monthly slot and rolls over the year', () => {
    expect(nextSlot('monthly 1 07:00', t('2026-12-02T10:00:00+08:00')).toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(nextSlot('monthly 1 07:00', t('2026-11-30T10:00:00+08:00')).toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });
  it('refuses a bad schedule', () => {
    expect(() => parseSchedule('weekly 1')).toThrow(/无效的计划/);
    expect(() => parseSchedule('daily 25:00')).toThrow();
    expect(() => parseSchedule('monthly 31 07:00')).toThrow();
  });
});
