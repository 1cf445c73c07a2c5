import { describe, expect, it } from 'vitest';
import { countedPoints, defaultIndicatorFor, entriesScore, INDICATOR_KEYS, INDICATORS, rankByTotal, suggestionsScore, totalScore } from './scoring';

describe('the seed’s indicators', () => {
  it('are the seven of 华容县’s scheme, 100 points in all, each with a Chinese name and evidence rule', () => {
    expect(INDICATOR_KEYS.map((k) => INDICATORS[k].label)).toEqual([
      '召开法定会议',
      '民生实事票决制',
      '代表联络站建管用',
      '组织代表开展活动',
      '办理乡镇人大代表建议',
      '规范性文件报备与基层立法联系',
      '宣传报道',
    ]);
    expect(INDICATOR_KEYS.reduce((a, k) => a + INDICATORS[k].defaultPoints, 0)).toBe(100);
    for (const k of INDICATOR_KEYS) expect(INDICATORS[k].defaultEvidenceRule).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('tag new entries by their type: statutory → 召开法定会议, deputy work → 组织代表开展活动, central work → none', () => {
    expect(defaultIndicatorFor('statutory')).toBe('statutoryMeetings');
    expect(defaultIndicatorFor('deputyWork')).toBe('deputyActivities');
    expect(defaultIndicatorFor('centralWork')).toBeNull();
  });
});

describe('automatic scores', () => {
  it('an entries-fed indicator scores the share done on time × points, to one decimal; none counted: no score', () => {
    expect(entriesScore({ entries: 3, onTime: 1 }, 20)).toBe(6.7);
    expect(entriesScore({ entries: 4, onTime: 4 }, 15)).toBe(15);
    expect(entriesScore({ entries: 2, onTime: 0 }, 10)).toBe(0);
    expect(entriesScore({ entries: 0, onTime: 0 }, 10)).toBeNull();
  });

  it('suggestions: half for replies, half for satisfaction; replies alone while none is evaluated; nothing assigned: no score', () => {
    expect(suggestionsScore({ assigned: 4, replied: 4, satisfied: 3, evaluated: 4 }, 15)).toBe(13.1);
    expect(suggestionsScore({ assigned: 4, replied: 2, satisfied: 0, evaluated: 0 }, 15)).toBe(7.5);
    expect(suggestionsScore({ assigned: 1, replied: 1, satisfied: 1, evaluated: 1 }, 15)).toBe(15);
    expect(suggestionsScore({ assigned: 0, replied: 0, satisfied: 0, evaluated: 0 }, 15)).toBeNull();
  });
});

describe('totals and ranking', () => {
  it('a manual score replaces the automatic one; bonuses stop at the cap; deductions subtract; never below zero', () => {
    expect(countedPoints({ auto: 12, manual: null })).toBe(12);
    expect(countedPoints({ auto: 12, manual: 8 })).toBe(8);
    expect(countedPoints({ auto: null, manual: null })).toBe(0);
    const t = totalScore({
      indicators: [
        { auto: 6.7, manual: null },
        { auto: 15, manual: null },
        { auto: null, manual: 8 },
      ],
      bonuses: [2, 2, 2],
      deductions: [0.5],
      bonusCap: 5,
    });
    expect(t).toEqual({ indicators: 29.7, bonus: 5, deduction: 0.5, total: 34.2 });
    expect(totalScore({ indicators: [{ auto: 1, manual: null }], bonuses: [], deductions: [3], bonusCap: 5 }).total).toBe(0);
  });

  it('ranks highest first; equal totals share a rank (1, 2, 2, 4) and keep their order', () => {
    const ranked = rankByTotal([
      { name: '甲', total: 80 },
      { name: '乙', total: 92.5 },
      { name: '丙', total: 80 },
      { name: '丁', total: 60 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['乙', 1],
      ['甲', 2],
      ['丙', 2],
      ['丁', 4],
    ]);
  });
});
