import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../deadlines/rules-profile';
import { componentScore, lateDeduction, rankUnits, scoreUnit, type UnitScoreFacts } from './unit-score';

const W = DEFAULT_RULES.unitScore;
const f = (numerator: number, denominator: number) => ({ numerator, denominator });

function facts(over: Partial<UnitScoreFacts> = {}): UnitScoreFacts {
  return {
    unitId: 1,
    unitName: '省教育厅',
    leadItems: 4,
    coItems: 0,
    timeliness: f(4, 4),
    quality: f(4, 4),
    satisfaction: f(4, 4),
    contact: f(4, 4),
    visit: f(4, 4),
    publication: f(4, 4),
    lateItems: 0,
    visitTarget: 1,
    ...over,
  };
}

describe('unit score (R-STAT-2)', () => {
  it('the default weights are those of the rules profile and sum to 100', () => {
    expect(W).toMatchObject({
      timeliness: 25,
      quality: 15,
      satisfaction: 30,
      contact: 10,
      visit: 10,
      publication: 10,
      lateDeductionPerItem: 1,
      lateDeductionMax: 10,
    });
    const s = scoreUnit(facts(), W);
    expect(s.components.map((c) => c.points)).toEqual([25, 15, 30, 10, 10, 10]);
    expect(s.total).toBe(100);
  });

  it('each component is weight × numerator / denominator and keeps its n/d', () => {
    const s = scoreUnit(facts({ timeliness: f(3, 4), quality: f(1, 3), satisfaction: f(117, 149) }), W);
    const by = Object.fromEntries(s.components.map((c) => [c.component, c]));
    expect(by.timeliness).toMatchObject({ numerator: 3, denominator: 4, rate: 75, points: 18.75, weight: 25, applicable: true });
    expect(by.quality).toMatchObject({ numerator: 1, denominator: 3, rate: 33.33, points: 5 });
    expect(by.satisfaction).toMatchObject({ rate: 78.52, points: 23.56 });
    expect(s.total).toBe(18.75 + 5 + 23.56 + 30);
  });

  it('visit rate is measured against the R-TALK-3 target: full points at the target, proportional below', () => {
    expect(componentScore('visit', 10, f(3, 10), 0.3).points).toBe(10);
    expect(componentScore('visit', 10, f(6, 10), 0.3).points).toBe(10);
    expect(componentScore('visit', 10, f(15, 100), 0.3).points).toBe(5);
    expect(componentScore('visit', 10, f(1, 2), 1).points).toBe(5);
    expect(componentScore('visit', 10, f(0, 2), 0).points).toBe(10);
  });

  it('deducts per late item, capped', () => {
    expect(lateDeduction(0, W)).toBe(0);
    expect(lateDeduction(3, W)).toBe(3);
    expect(lateDeduction(25, W)).toBe(10);
    expect(lateDeduction(3, { lateDeductionPerItem: 0.5, lateDeductionMax: 10 })).toBe(1.5);
    const s = scoreUnit(facts({ timeliness: f(0, 30), lateItems: 30 }), W);
    expect(s.deduction).toBe(10);
    expect(s.total).toBe(75 - 10);
    // never below zero
    const zero = scoreUnit(
      facts({ timeliness: f(0, 4), quality: f(0, 4), satisfaction: f(0, 4), contact: f(0, 4), visit: f(0, 4), publication: f(0, 4), lateItems: 4 }),
      W,
    );
    expect(zero.total).toBe(0);
  });

  it('a component with nothing to count is not applicable: no points, and the rest is scaled to 100', () => {
    const s = scoreUnit(facts({ publication: f(0, 0), satisfaction: f(0, 0) }), W);
    const pub = s.components.find((c) => c.component === 'publication')!;
    expect(pub).toMatchObject({ applicable: false, points: null, rate: null, numerator: 0, denominator: 0 });
    expect(s.scaled).toBe(100);
    const half = scoreUnit(facts({ publication: f(0, 0), timeliness: f(1, 2) }), W);
    // earned 12.5 + 15 + 30 + 10 + 10 = 77.5 of 90 applicable → 86.11
    expect(half.scaled).toBe(86.11);
    const none = scoreUnit(
      facts({ timeliness: f(0, 0), quality: f(0, 0), satisfaction: f(0, 0), contact: f(0, 0), visit: f(0, 0), publication: f(0, 0), lateItems: 0 }),
      W,
    );
    expect(none.total).toBeNull();
  });

  it('refuses a numerator above its denominator', () => {
    expect(() => componentScore('quality', 15, f(3, 2))).toThrow(RangeError);
  });

  it('ranks by total; ties share a rank (1, 2, 2, 4); unscored units last without a rank', () => {
    const empty = { timeliness: f(0, 0), quality: f(0, 0), satisfaction: f(0, 0), contact: f(0, 0), visit: f(0, 0), publication: f(0, 0) };
    const ranked = rankUnits(
      [
        facts({ unitId: 1, unitName: '丙', satisfaction: f(1, 2) }),
        facts({ unitId: 2, unitName: '乙', quality: f(0, 1) }),
        facts({ unitId: 3, unitName: '甲' }),
        facts({ unitId: 4, unitName: '丁', ...empty }),
        facts({ unitId: 5, unitName: '戊', satisfaction: f(1, 2) }),
      ],
      W,
    );
    expect(ranked.map((u) => [u.unitId, u.total, u.rank])).toEqual([
      [3, 100, 1],
      // equal totals listed by unit id (independent of the collation of names)
      [1, 85, 2],
      [2, 85, 2],
      [5, 85, 2],
      [4, null, null],
    ]);
  });
});
