import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULES_PRESETS, WorkdayCalendar } from '../deadlines';
import { computeItemDeadlines, type ItemFacts } from './item-deadlines';

const cal = new WorkdayCalendar();
const facts = (over: Partial<ItemFacts> = {}): ItemFacts => ({
  state: 'handling',
  sessionYear: 2019,
  assignedOn: '2019-02-12',
  replyExtended: false,
  rehandleFrom: null,
  repliedOn: null,
  tasks: [
    { id: 1, role: 'lead', state: 'assigned', assignedOn: '2019-02-12' },
    { id: 2, role: 'co', state: 'assigned', assignedOn: '2019-02-12' },
  ],
  ...over,
});
const due = (r: ReturnType<typeof computeItemDeadlines>, kind: string) => r.deadlines.find((d) => d.kind === kind)?.dueDate;

describe('item deadlines (R-REPLY-7, R-CO-1, R-ASSIGN-3, R-EVAL-2)', () => {
  it('the Hunan 2019 example: assigned 12 Feb → co-opinion 12 Apr, reply 12 May, extended 12 Aug', () => {
    const r = computeItemDeadlines(facts(), DEFAULT_RULES, cal, 2019);
    expect(due(r, 'coOpinion')).toBe('2019-04-12');
    expect(due(r, 'reply')).toBe('2019-05-12');
    expect(r.currentDue).toBe('2019-05-12');
    expect(r.taskDue.get(2)?.due).toBe('2019-04-12');
    const ext = computeItemDeadlines(facts({ replyExtended: true }), DEFAULT_RULES, cal, 2019);
    expect(due(ext, 'reply')).toBe('2019-08-12');
    expect(ext.deadlines.find((d) => d.kind === 'reply')?.rule.rule).toBe('replyExtended');
  });

  it('the adjustment window counts working days over the Spring Festival 2019 (4–10 Feb, make-up 2–3 Feb)', () => {
    // 12 Feb 2019 is a Tuesday after the holiday; 10 working days → Tue 26 Feb.
    const r = computeItemDeadlines(facts(), DEFAULT_RULES, cal, 2019);
    expect(due(r, 'adjustmentWindow')).toBe('2019-02-26');
  });

  it('a preset changes the numbers: Shanghai co-opinion 1 month, Chongqing 30 working days', () => {
    expect(due(computeItemDeadlines(facts(), RULES_PRESETS.shanghai.values, cal, 2019), 'coOpinion')).toBe('2019-03-12');
    const cq = computeItemDeadlines(facts(), RULES_PRESETS.chongqing.values, cal, 2019);
    expect(cq.deadlines.find((d) => d.kind === 'coOpinion')?.rule.duration).toEqual({ amount: 30, unit: 'workdays' });
  });

  it('re-handling runs 30 days from the forwarded feedback and becomes the current due date', () => {
    const r = computeItemDeadlines(facts({ state: 'rehandling', rehandleFrom: '2019-06-01' }), DEFAULT_RULES, cal, 2019);
    expect(due(r, 'rehandle')).toBe('2019-07-01');
    expect(r.currentDue).toBe('2019-07-01');
  });

  it('a 2027 working-day deadline is provisional until the 2027 schedule is entered', () => {
    const late = facts({ sessionYear: 2026, assignedOn: '2026-12-28' });
    const r = computeItemDeadlines(late, DEFAULT_RULES, cal, 2026);
    const w = r.deadlines.find((d) => d.kind === 'adjustmentWindow')!;
    expect(w.provisional).toBe(true);
    expect(w.rule.missingYears).toEqual([2027]);
    const withSchedule = new WorkdayCalendar([{ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [], source: 'admin' }]);
    const r2 = computeItemDeadlines(late, DEFAULT_RULES, withSchedule, 2026);
    const w2 = r2.deadlines.find((d) => d.kind === 'adjustmentWindow')!;
    expect(w2.provisional).toBe(false);
    // 1 Jan 2027 is a holiday: the 10th working day moves one day later.
    expect(w2.dueDate > w.dueDate).toBe(true);
  });

  it('no deadlines before assignment; a withdrawn co task has none', () => {
    expect(computeItemDeadlines(facts({ state: 'accepted', assignedOn: null }), DEFAULT_RULES, cal, 2019).deadlines).toEqual([]);
    const r = computeItemDeadlines(
      facts({
        tasks: [
          { id: 1, role: 'lead', state: 'assigned', assignedOn: null },
          { id: 2, role: 'co', state: 'withdrawn', assignedOn: null },
        ],
      }),
      DEFAULT_RULES,
      cal,
      2019,
    );
    expect(r.deadlines.some((d) => d.kind === 'coOpinion')).toBe(false);
  });
});
