import { FOUR_CLASSES } from '../stats/result-classes';
import { describe, it, expect } from 'vitest';
import { WorkdayCalendar } from './calendar';
import { addDuration } from './duration';
import { PRESET_IDS, RULES_PRESETS } from './presets';
import { DEFAULT_RULES, monthDayInYear, rulesProfileValuesSchema, visitRateTargetFor } from './rules-profile';

describe('DEFAULT_RULES', () => {
  it('holds the defaults of domain.md', () => {
    expect(DEFAULT_RULES).toEqual({
      coOpinion: { amount: 2, unit: 'months' },
      reply: { amount: 3, unit: 'months' },
      replyExtended: { amount: 6, unit: 'months' },
      rehandle: { amount: 30, unit: 'calendarDays' },
      adjustmentWindow: { amount: 10, unit: 'workdays' },
      evaluationWindow: { amount: 30, unit: 'calendarDays' },
      yellowDays: 10,
      referenceContactBy: '10-31',
      responsibilityConfirmBy: '02-28',
      keyItemsPerUnitMax: 2,
      visitRateTargets: [
        { maxLeadItems: 10, rate: 1 },
        { maxLeadItems: 49, rate: 0.5 },
        { maxLeadItems: null, rate: 0.3 },
      ],
      contactRateTarget: 1,
      publishWithinDays: 15,
      workOrder: { contactHours: 24, handleWorkdays: 7, feedbackDays: 2, returnHours: 24, bulletinAfterWorkdays: 5, monthlyReportDay: 3 },
      weeklyReminderWeekday: 1,
      weeklyUrgeWeekday: 5,
      remindersSkipHolidays: true,
      commitmentReminderDays: [30, 7],
      adjustmentClosingNoticeDays: 2,
      bulletinDayOfMonth: 1,
      delegationReview: false,
      resultClasses: [
        { code: 'A', label: 'A类', definition: '所提问题已经得到解决或基本解决' },
        { code: 'B', label: 'B类', definition: '所提问题正在解决或已列入计划逐步解决' },
        { code: 'C', label: 'C类', definition: '所提问题因客观条件限制或其他原因暂时无法解决' },
      ],
      targets: { title: null, items: [] },
      unitScore: { timeliness: 25, quality: 15, satisfaction: 30, contact: 10, visit: 10, publication: 10, lateDeductionPerItem: 1, lateDeductionMax: 10 },
    });
  });

  it('fills missing fields of a stored profile with defaults, without sharing objects', () => {
    const a = rulesProfileValuesSchema.parse({ yellowDays: 5 });
    expect(a.yellowDays).toBe(5);
    expect(a.reply).toEqual({ amount: 3, unit: 'months' });
    a.visitRateTargets.push({ maxLeadItems: null, rate: 0 });
    expect(rulesProfileValuesSchema.parse({}).visitRateTargets).toHaveLength(3);
  });
});

describe('rulesProfileValuesSchema validation', () => {
  const bad = (patch: Record<string, unknown>) => rulesProfileValuesSchema.safeParse({ ...DEFAULT_RULES, ...patch });
  it('refuses wrong values', () => {
    expect(bad({ reply: { amount: 0, unit: 'months' } }).success).toBe(false);
    expect(bad({ reply: { amount: 3, unit: 'weeks' } }).success).toBe(false);
    expect(bad({ referenceContactBy: '02-29' }).success).toBe(false);
    // Issue 17: classes are A/B/C or A/B/C/D in order; a figure is targeted once.
    expect(bad({ resultClasses: DEFAULT_RULES.resultClasses.slice(0, 2) }).success).toBe(false);
    expect(bad({ resultClasses: [...DEFAULT_RULES.resultClasses].reverse() }).success).toBe(false);
    expect(bad({ resultClasses: [...DEFAULT_RULES.resultClasses, { code: 'D', label: '', definition: '留作参考' }] }).success).toBe(false);
    expect(bad({ resultClasses: [...DEFAULT_RULES.resultClasses, { code: 'D', label: 'D类', definition: '留作参考' }] }).success).toBe(true);
    expect(
      bad({
        targets: {
          title: null,
          items: [
            { figure: 'onTime', rate: 1 },
            { figure: 'onTime', rate: 0.9 },
          ],
        },
      }).success,
    ).toBe(false);
    expect(bad({ targets: { title: '七个百分之百', items: [{ figure: 'onTime', rate: 1.2 }] } }).success).toBe(false);
    expect(bad({ referenceContactBy: '2026-10-31' }).success).toBe(false);
    expect(bad({ contactRateTarget: 1.5 }).success).toBe(false);
    expect(bad({ weeklyUrgeWeekday: 0 }).success).toBe(false);
    expect(bad({ replyExtended: { amount: 2, unit: 'months' } }).success).toBe(false);
    expect(bad({ visitRateTargets: [{ maxLeadItems: 10, rate: 1 }] }).success).toBe(false);
    expect(
      bad({
        visitRateTargets: [
          { maxLeadItems: 10, rate: 1 },
          { maxLeadItems: 5, rate: 0.5 },
          { maxLeadItems: null, rate: 0.3 },
        ],
      }).success,
    ).toBe(false);
  });
  it('gives Chinese messages for the cross-field rules', () => {
    const r = bad({ replyExtended: { amount: 2, unit: 'months' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('延期答复期限不能短于答复期限');
  });
});

describe('helpers', () => {
  it('visitRateTargetFor follows R-TALK-3', () => {
    expect(visitRateTargetFor(DEFAULT_RULES, 0)).toBe(1);
    expect(visitRateTargetFor(DEFAULT_RULES, 10)).toBe(1);
    expect(visitRateTargetFor(DEFAULT_RULES, 11)).toBe(0.5);
    expect(visitRateTargetFor(DEFAULT_RULES, 49)).toBe(0.5);
    expect(visitRateTargetFor(DEFAULT_RULES, 50)).toBe(0.3);
  });
  it('monthDayInYear', () => {
    expect(monthDayInYear(DEFAULT_RULES.referenceContactBy, 2026)).toBe('2026-10-31');
    expect(monthDayInYear(DEFAULT_RULES.responsibilityConfirmBy, 2024)).toBe('2024-02-28');
    expect(() => monthDayInYear('13-01', 2026)).toThrow(RangeError);
  });
});

describe('RULES_PRESETS', () => {
  it.each(PRESET_IDS)('%s parses with the schema and names its source', (id) => {
    const p = RULES_PRESETS[id];
    expect(p.id).toBe(id);
    expect(p.name).toMatch(/[\u4e00-\u9fff]/);
    expect(p.source).toMatch(/第.+条/);
    expect(rulesProfileValuesSchema.parse(p.values)).toEqual(p.values);
  });

  it('has all eight jurisdictions, the township preset and the two CPPCC ones', () => {
    expect(PRESET_IDS.sort()).toEqual([
      'beijing',
      'chongqing',
      'cppccHebei',
      'cppccNational',
      'henan',
      'national',
      'qingdao',
      'shandong',
      'shanghai',
      'township',
      'zhejiang',
    ]);
  });

  it('carries the numbers of regulations/README.md', () => {
    const v = (id: keyof typeof RULES_PRESETS) => RULES_PRESETS[id].values;
    // The law's deadlines are the defaults; the NPC's practice marks four result classes (D 留作参考, README §1).
    expect(v('national')).toEqual({ ...DEFAULT_RULES, resultClasses: FOUR_CLASSES });
    expect(v('national').resultClasses.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(v('cppccNational').resultClasses.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(v('shanghai').resultClasses.map((c) => c.code)).toEqual(['A', 'B', 'C']);
    expect(v('shanghai')).toMatchObject({
      coOpinion: { amount: 1, unit: 'months' },
      rehandle: { amount: 1, unit: 'months' },
      adjustmentWindow: { amount: 7, unit: 'workdays' },
      replyExtended: { amount: 6, unit: 'months' },
    });
    expect(v('chongqing')).toMatchObject({
      coOpinion: { amount: 30, unit: 'workdays' },
      rehandle: { amount: 2, unit: 'months' },
      evaluationWindow: { amount: 20, unit: 'workdays' },
      adjustmentWindow: { amount: 10, unit: 'workdays' },
    });
    expect(v('beijing')).toMatchObject({ evaluationWindow: { amount: 15, unit: 'workdays' }, rehandle: { amount: 2, unit: 'months' } });
    expect(v('shandong')).toMatchObject({
      adjustmentWindow: { amount: 5, unit: 'calendarDays' },
      coOpinion: { amount: 1, unit: 'months' },
      rehandle: { amount: 1, unit: 'months' },
    });
    expect(v('qingdao')).toMatchObject({ adjustmentWindow: { amount: 5, unit: 'workdays' }, coOpinion: { amount: 1, unit: 'months' } });
    expect(v('qingdao').rehandle).toEqual(DEFAULT_RULES.rehandle);
    expect(v('henan')).toMatchObject({
      coOpinion: { amount: 2, unit: 'months' },
      adjustmentWindow: { amount: 10, unit: 'workdays' },
      evaluationWindow: { amount: 10, unit: 'workdays' },
      rehandle: { amount: 1, unit: 'months' },
    });
    expect(v('zhejiang')).toMatchObject({
      coOpinion: { amount: 2, unit: 'months' },
      adjustmentWindow: { amount: 10, unit: 'calendarDays' },
      rehandle: { amount: 1, unit: 'months' },
    });
    for (const id of PRESET_IDS) {
      expect(v(id).reply).toEqual({ amount: 3, unit: 'months' });
      expect(v(id).replyExtended).toEqual({ amount: 6, unit: 'months' });
    }
  });

  it('Chongqing co-opinion runs 30 working days over the calendar', () => {
    // assigned Mon 2026-01-26: 30 working days skip Spring Festival 02-15…02-23
    // and count the make-up Saturday 02-14 and 02-28
    const r = addDuration('2026-01-26', RULES_PRESETS.chongqing.values.coOpinion, new WorkdayCalendar());
    // 01-27…01-30 ①–④, 02-02…02-06 ⑤–⑨, 02-09…02-13 ⑩–⑭, 02-14 ⑮,
    // 02-24…02-27 ⑯–⑲, 02-28 ⑳, 03-02…03-06 ㉑–㉕, 03-09…03-13 ㉖–㉚
    expect(r).toEqual({ date: '2026-03-13', provisional: false, missingYears: [] });
  });
});
