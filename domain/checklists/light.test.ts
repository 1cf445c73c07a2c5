import { describe, expect, it } from 'vitest';
import { doneOnTime, ENTRY_LIGHT_LABELS, entryLight, isLate } from './light';

const today = '2026-03-20';
const light = (status: 'pending' | 'done' | 'inProgress' | 'notDone', dueOn: string, yellowDays = 10) => entryLight({ status, dueOn, today, yellowDays }).light;

describe('the light of a township’s report on one entry', () => {
  it('is green once reported done, late or not', () => {
    expect(light('done', '2026-03-31')).toBe('green');
    expect(light('done', '2026-01-31')).toBe('green');
  });

  it('is red past the due date and not done, whatever was reported', () => {
    for (const s of ['pending', 'inProgress', 'notDone'] as const) expect(light(s, '2026-03-19')).toBe('red');
    expect(entryLight({ status: 'pending', dueOn: '2026-03-15', today, yellowDays: 10 }).daysLeft).toBe(-5);
  });

  it('is yellow within the yellow days, the due day included, and none before', () => {
    expect(light('pending', '2026-03-20')).toBe('yellow');
    expect(light('inProgress', '2026-03-30')).toBe('yellow');
    expect(light('pending', '2026-03-31')).toBe('none');
    expect(light('pending', '2026-03-25', 3)).toBe('none');
    expect(light('pending', '2026-03-23', 3)).toBe('yellow');
  });

  it('has a Chinese label for each light', () => {
    expect(Object.values(ENTRY_LIGHT_LABELS).every((l) => /[\u4e00-\u9fa5]/.test(l))).toBe(true);
  });
});

describe('late reports', () => {
  it('done after the due date is late; done by it is on time', () => {
    expect(isLate({ status: 'done', dueOn: '2026-03-31', doneOn: '2026-04-02', firstReportedOn: '2026-03-10' })).toBe(true);
    expect(isLate({ status: 'done', dueOn: '2026-03-31', doneOn: '2026-03-31', firstReportedOn: '2026-03-31' })).toBe(false);
    expect(doneOnTime({ status: 'done', dueOn: '2026-03-31', doneOn: '2026-03-31' })).toBe(true);
    expect(doneOnTime({ status: 'done', dueOn: '2026-03-31', doneOn: '2026-04-01' })).toBe(false);
  });

  it('a first report after the due date is late whatever it says; no report yet is not "late" (it is red)', () => {
    expect(isLate({ status: 'inProgress', dueOn: '2026-03-31', doneOn: null, firstReportedOn: '2026-04-05' })).toBe(true);
    expect(isLate({ status: 'notDone', dueOn: '2026-03-31', doneOn: null, firstReportedOn: '2026-03-30' })).toBe(false);
    expect(isLate({ status: 'pending', dueOn: '2026-03-01', doneOn: null, firstReportedOn: null })).toBe(false);
    expect(doneOnTime({ status: 'inProgress', dueOn: '2026-03-31', doneOn: null })).toBe(false);
  });
});
