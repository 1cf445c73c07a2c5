import { describe, expect, it } from 'vitest';
import { addDays } from '../deadlines';
import { commitmentActionsFor, reminderKey, reminderStage } from './tracking';

describe('commitment reminders (R-TRACK-1)', () => {
  const target = '2026-12-31';
  const on = (daysLeft: number) => addDays(target, -daysLeft);

  it('is due when the days left reach each configured number, and once overdue', () => {
    expect(reminderStage(target, on(31), [30, 7])).toBeNull();
    expect(reminderStage(target, on(30), [30, 7])).toEqual({ stage: 30, daysLeft: 30 });
    expect(reminderStage(target, on(8), [30, 7])).toEqual({ stage: 30, daysLeft: 8 });
    expect(reminderStage(target, on(7), [7, 30])).toEqual({ stage: 7, daysLeft: 7 });
    expect(reminderStage(target, on(0), [30, 7])).toEqual({ stage: 7, daysLeft: 0 });
    expect(reminderStage(target, on(-1), [30, 7])).toEqual({ stage: 'overdue', daysLeft: -1 });
  });

  it('after downtime gives the most urgent stage only (the earlier one is superseded)', () => {
    expect(reminderStage(target, on(5), [30, 7])?.stage).toBe(7);
    expect(reminderStage(target, on(-20), [30, 7])?.stage).toBe('overdue');
  });

  it('with no reminder days only the overdue reminder remains', () => {
    expect(reminderStage(target, on(3), [])).toBeNull();
    expect(reminderStage(target, on(-3), [])?.stage).toBe('overdue');
  });

  it('keys a reminder by commitment, target date and stage', () => {
    expect(reminderKey(12, target, 30)).toBe('commitmentDue:12:2026-12-31:30');
    expect(reminderKey(12, target, 'overdue')).toBe('commitmentDue:12:2026-12-31:overdue');
  });
});

describe('commitment actions by role and state (R-TRACK-1)', () => {
  it('follows the transitions table', () => {
    expect(commitmentActionsFor('unitOffice', 'registered')).toEqual(['progress', 'requestStrikeOff']);
    expect(commitmentActionsFor('unitOffice', 'strikeOffRequested')).toEqual(['progress']);
    expect(commitmentActionsFor('liaisonOffice', 'registered')).toEqual(['progress', 'strikeOff', 'convertToC']);
    expect(commitmentActionsFor('governmentOffice', 'strikeOffRequested')).toEqual(['progress', 'approveStrikeOff', 'rejectStrikeOff', 'convertToC']);
    expect(commitmentActionsFor('liaisonOffice', 'struckOff')).toEqual([]);
    expect(commitmentActionsFor('unitHandler', 'registered')).toEqual([]);
    expect(commitmentActionsFor('supervisor', 'registered')).toEqual([]);
  });
});
