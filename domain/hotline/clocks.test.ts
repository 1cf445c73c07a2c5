import { describe, expect, it } from 'vitest';
import { WorkdayCalendar } from '../deadlines/calendar';
import { bulletinOn, clockLight, contactDueAt, contactLight, feedbackDue, finishDue, returnUntil, urgeOn } from './clocks';
import { normalizePhone, workOrderNumber } from './orders';

const RULES = { contactHours: 24, handleWorkdays: 7, feedbackDays: 2, returnHours: 24, bulletinAfterWorkdays: 5 };
const cal = new WorkdayCalendar();

describe('hotline clocks (R-LINE-1)', () => {
  it('gives the unit 24 clock hours to contact the deputy, across a weekend as on a weekday', () => {
    // Dispatched Friday 2026-03-06 16:30 (Shanghai): due Saturday 16:30, the weekend is not skipped.
    const friday = new Date('2026-03-06T16:30:00+08:00');
    expect(contactDueAt(friday, RULES).toISOString()).toBe(new Date('2026-03-07T16:30:00+08:00').toISOString());
    expect(returnUntil(friday, RULES).toISOString()).toBe(new Date('2026-03-07T16:30:00+08:00').toISOString());
    const due = contactDueAt(friday, RULES);
    expect(contactLight(due, new Date('2026-03-07T08:00:00+08:00'), false)).toBe('green');
    expect(contactLight(due, new Date('2026-03-07T12:00:00+08:00'), false)).toBe('yellow');
    expect(contactLight(due, new Date('2026-03-07T16:31:00+08:00'), false)).toBe('red');
    expect(contactLight(due, new Date('2026-03-09T09:00:00+08:00'), true)).toBe('none');
  });

  it('finishes a general order in 7 working days across the Spring Festival with its make-up Saturdays', () => {
    // 2026: holidays 15–23 Feb, make-up working days Sat 14 Feb and Sat 28 Feb.
    // From Thu 12 Feb: 13 (Fri) 1, 14 (Sat, make-up) 2, 24 3, 25 4, 26 5, 27 6, 28 (Sat, make-up) 7.
    expect(finishDue('2026-02-12', 'general', cal, RULES)).toEqual({ date: '2026-02-28', provisional: false });
    // An extension of 3 working days: Mon 2, Tue 3, Wed 4 March.
    expect(finishDue('2026-02-12', 'general', cal, RULES, 3).date).toBe('2026-03-04');
    // An ordinary week: from Mon 9 March, the 7th working day is Wed 18 March.
    expect(finishDue('2026-03-09', 'general', cal, RULES).date).toBe('2026-03-18');
  });

  it('finishes an urgent order the day it is dispatched, even on a holiday', () => {
    expect(finishDue('2026-02-17', 'urgent', cal, RULES).date).toBe('2026-02-17');
  });

  it('sends the result back within 2 days of finishing, then urges the day after and reports 5 working days on', () => {
    expect(feedbackDue('2026-03-06', RULES)).toBe('2026-03-08');
    expect(urgeOn('2026-02-28')).toBe('2026-03-01');
    // 5 working days after Sat 28 Feb 2026: 2, 3, 4, 5, 6 March.
    expect(bulletinOn('2026-02-28', cal, RULES)).toBe('2026-03-06');
  });

  it('lights a day clock red past it, yellow on its day and the day before, and stops it when done', () => {
    expect(clockLight('2026-03-18', '2026-03-16', false).light).toBe('green');
    expect(clockLight('2026-03-18', '2026-03-17', false).light).toBe('yellow');
    expect(clockLight('2026-03-18', '2026-03-18', false)).toEqual({ light: 'yellow', daysLeft: 0 });
    expect(clockLight('2026-03-18', '2026-03-19', false)).toEqual({ light: 'red', daysLeft: -1 });
    expect(clockLight('2026-03-18', '2026-03-19', true)).toEqual({ light: 'none', daysLeft: null });
  });

  it('matches a caller number to a deputy whatever the platform adds, and numbers orders by year', () => {
    expect(normalizePhone('+86 139-0730-1234')).toBe('13907301234');
    expect(normalizePhone('0730-8221234')).toBe('07308221234');
    expect(workOrderNumber(2026, 7)).toBe('RX2026-0007');
  });
});
