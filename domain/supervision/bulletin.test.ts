import { describe, expect, it } from 'vitest';
import { bulletinDayIn, bulletinNumber, bulletinTitle, buildBulletinContent, type UnitTaskCounts } from './bulletin';
import { supervisionActions, urgingLetterNumber } from './key-supervision';

const counts = (unitName: string, c: Partial<UnitTaskCounts>): UnitTaskCounts => ({
  unitId: unitName.length,
  unitName,
  isGovernment: true,
  leadTasks: 0,
  leadReplied: 0,
  leadOnTime: 0,
  leadOverdue: 0,
  coTasks: 0,
  coSent: 0,
  coOverdue: 0,
  ...c,
});

describe('R-SUP-4 bulletin figures', () => {
  it('counts lead and co-handling apart and names the units behind schedule, most overdue first', () => {
    const b = buildBulletinContent({
      sessionId: 1,
      sessionName: '十四届人大三次会议',
      asOf: '2026-03-01',
      scheduledMonth: null,
      counts: [
        counts('省教育厅', { leadTasks: 4, leadReplied: 3, leadOnTime: 2, coTasks: 2, coSent: 2 }),
        counts('省财政厅财', { leadTasks: 2, leadOverdue: 1, coTasks: 1, coOverdue: 1 }),
        counts('省交通运输厅', { coTasks: 3, coSent: 1, coOverdue: 1 }),
      ],
    });
    const edu = b.units.find((u) => u.unitName === '省教育厅')!;
    expect(edu).toMatchObject({
      lead: { tasks: 4, replied: 3, replyRate: 75, onTime: 2, onTimeRate: 66.67, overdue: 0 },
      co: { tasks: 2, sent: 2, sentRate: 100 },
      behindSchedule: false,
    });
    expect(b.totals).toEqual({
      lead: { tasks: 6, replied: 3, replyRate: 50, onTime: 2, onTimeRate: 66.67, overdue: 1 },
      co: { tasks: 6, sent: 3, sentRate: 50, overdue: 2 },
      units: 3,
      unitsBehind: 2,
    });
    expect(b.behind.map((u) => u.unitName)).toEqual(['省财政厅财', '省交通运输厅']);
    expect(b.units.find((u) => u.unitName === '省交通运输厅')!.lead.replyRate).toBeNull();
  });

  it('numbers and titles', () => {
    expect(bulletinNumber(2026, 3)).toBe('2026年第3期');
    expect(bulletinTitle('十四届人大三次会议', '2026-03-01')).toBe('十四届人大三次会议代表建议办理进度通报（截至2026年3月1日）');
    expect(urgingLetterNumber(2026, 12)).toBe('督办〔2026〕12号');
  });

  it('finds the bulletin day between the slot and today (a caught-up run), none when the profile says 0', () => {
    const day1 = () => 1;
    expect(bulletinDayIn('2026-03-01', '2026-03-01', day1)).toBe('2026-03-01');
    expect(bulletinDayIn('2026-03-02', '2026-03-02', day1)).toBeNull();
    expect(bulletinDayIn('2026-02-27', '2026-03-03', day1)).toBe('2026-03-01');
    expect(bulletinDayIn('2026-03-01', '2026-03-01', () => 0)).toBeNull();
    expect(bulletinDayIn('2026-03-14', '2026-03-16', () => 15)).toBe('2026-03-15');
  });
});

describe('R-SUP-2/3 supervision actions offered on the item page', () => {
  it('offers designation before, and update, revoke, activities after; reminders while a unit owes its part; nothing to units', () => {
    expect(supervisionActions({ role: 'supervisor', itemState: 'handling', keySupervised: false, openUnits: 1 })).toEqual([
      'designateKeySupervision',
      'sendManualReminder',
      'issueUrgingLetter',
    ]);
    expect(supervisionActions({ role: 'liaisonOffice', itemState: 'replied', keySupervised: true, openUnits: 0 })).toEqual([
      'updateKeySupervision',
      'revokeKeySupervision',
      'recordSupervisionActivity',
    ]);
    expect(supervisionActions({ role: 'governmentOffice', itemState: 'closed', keySupervised: false, openUnits: 0 })).toEqual([]);
    expect(supervisionActions({ role: 'unitOffice', itemState: 'handling', keySupervised: true, openUnits: 1 })).toEqual([]);
    expect(supervisionActions({ role: 'deputy', itemState: 'handling', keySupervised: false, openUnits: 1 })).toEqual([]);
  });
});
