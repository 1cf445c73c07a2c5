import { describe, expect, it } from 'vitest';
import { DEFAULT_POINT_RULES } from './duty';
import { completeRules, rankByPoints, standingOf } from './standing';

describe('a deputy standing (R-DUTY-1, R-LINE-4)', () => {
  it('caps the hotline points at five, lists the targets short and flags no hotline call', () => {
    const s = standingOf({ hotlineCall: 7, suggestion: 2 }, DEFAULT_POINT_RULES);
    expect(s.points.byKind.hotlineCall).toBe(5);
    expect(s.points.total).toBe(7);
    expect(s.short).toEqual(['research', 'plenarySpeech', 'groupActivity', 'stationDuty', 'dutyReport']);
    expect(s.notRecommendable).toBe(false);
    expect(standingOf({ suggestion: 1 }, DEFAULT_POINT_RULES).notRecommendable).toBe(true);
  });

  it('completes a rulebook in the duties order and ranks ties alike', () => {
    const rules = completeRules([{ kind: 'suggestion', points: 2, cap: null }]);
    expect(rules.map((r) => r.kind)[2]).toBe('suggestion');
    expect(rules[2]).toEqual({ kind: 'suggestion', points: 2, cap: null });
    expect(rules).toHaveLength(7);
    const ranked = rankByPoints([
      { name: 'a', total: 3 },
      { name: 'b', total: 5 },
      { name: 'c', total: 3 },
      { name: 'd', total: 1 },
    ]);
    expect(ranked.map((r) => `${r.name}${r.rank}`)).toEqual(['b1', 'a2', 'c2', 'd4']);
  });
});
