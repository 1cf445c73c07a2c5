import { describe, it, expect } from 'vitest';
import { computeLight } from './light';

const base = { due: '2026-03-20', yellowDays: 10, done: false } as const;

describe('computeLight (R-SUP-1)', () => {
  it('green when more than yellowDays are left', () => {
    expect(computeLight({ ...base, today: '2026-03-09' })).toEqual({ light: 'green', daysLeft: 11 });
  });
  it('yellow with exactly yellowDays left', () => {
    expect(computeLight({ ...base, today: '2026-03-10' })).toEqual({ light: 'yellow', daysLeft: 10 });
  });
  it('yellow with 0 days left on the due date', () => {
    expect(computeLight({ ...base, today: '2026-03-20' })).toEqual({ light: 'yellow', daysLeft: 0 });
  });
  it('red the day after the due date', () => {
    expect(computeLight({ ...base, today: '2026-03-21' })).toEqual({ light: 'red', daysLeft: -1 });
  });
  it('none when done or without a deadline', () => {
    expect(computeLight({ ...base, today: '2026-03-21', done: true })).toEqual({ light: 'none', daysLeft: null });
    expect(computeLight({ ...base, due: null, today: '2026-03-21' })).toEqual({ light: 'none', daysLeft: null });
  });
  it('yellowDays 0 makes only the due date yellow', () => {
    expect(computeLight({ ...base, yellowDays: 0, today: '2026-03-19' }).light).toBe('green');
    expect(computeLight({ ...base, yellowDays: 0, today: '2026-03-20' }).light).toBe('yellow');
  });
});
