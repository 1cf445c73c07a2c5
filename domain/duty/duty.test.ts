import { describe, expect, it } from 'vitest';
import { DEFAULT_POINT_RULES, notRecommendable, pointsFor, targetsShort } from './duty';

describe('duty points and targets (R-DUTY-1, R-LINE-4)', () => {
  it('gives one point per problem reported through the channel, at most five a year', () => {
    expect(pointsFor({ hotlineCall: 3 }, DEFAULT_POINT_RULES).byKind.hotlineCall).toBe(3);
    expect(pointsFor({ hotlineCall: 9 }, DEFAULT_POINT_RULES).byKind.hotlineCall).toBe(5);
    expect(pointsFor({ hotlineCall: 9, research: 2, suggestion: 1 }, DEFAULT_POINT_RULES).total).toBe(8);
  });

  it('follows a congress rulebook: other points, another cap, or none', () => {
    const rules = [
      { kind: 'research' as const, points: 3, cap: null },
      { kind: 'hotlineCall' as const, points: 2, cap: 6 },
    ];
    expect(pointsFor({ research: 4, hotlineCall: 4, suggestion: 10 }, rules)).toMatchObject({
      total: 18,
      byKind: { research: 12, hotlineCall: 6, suggestion: 0 },
    });
  });

  it('lists the targets short and flags a deputy with no hotline report as not recommendable', () => {
    expect(targetsShort({ research: 1, plenarySpeech: 1, suggestion: 2, hotlineCall: 1, groupActivity: 1, stationDuty: 1 })).toEqual(['dutyReport']);
    expect(notRecommendable({ suggestion: 3 })).toBe(true);
    expect(notRecommendable({ hotlineCall: 1 })).toBe(false);
  });
});
