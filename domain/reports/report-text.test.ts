import { describe, expect, it } from 'vitest';
import { sharesOf } from '../stats/shares';
import { basicSituationText, parseScope, prefillSections, scopeKey, type HandlingFigures } from './report-text';

/** The county's published figures of 2019 (R-STAT-1, seed 001). */
function published(): HandlingFigures {
  const [a, b, c] = sharesOf([40, 89, 20]);
  const [s, bs, ds] = sharesOf([117, 32, 0]);
  return {
    items: 149,
    replied: 149,
    replyRate: 100,
    resultClasses: { A: { count: 40, share: a }, B: { count: 89, share: b }, C: { count: 20, share: c } },
    evaluations: { satisfied: { count: 117, share: s }, basicallySatisfied: { count: 32, share: bs }, dissatisfied: { count: 0, share: ds } },
    contacts: 268,
    contactRate: 100,
    units: 32,
  };
}

describe('the annual handling report’s basic situation (R-STAT-3)', () => {
  it('reproduces the published figures of seed 001: A 26.85%, B 59.73%, C 13.42%; satisfied 78.52%, basically 21.48%', () => {
    const text = basicSituationText(published(), { sessionName: '县十七届人大四次会议' });
    expect(text).toContain('共有代表建议149件，已答复149件，答复率100%');
    expect(text).toContain('（A类件）有40件，占总数的26.85%');
    expect(text).toContain('（B类件）有89件，占总数的59.73%');
    expect(text).toContain('（C类件）有20件，占总数的13.42%');
    expect(text).toContain('代表表示满意的117件，占78.52%，表示基本满意的32件，占21.48%。');
    expect(text).not.toContain('不满意');
    expect(text).toContain('沟通联系268人次，沟通联系率100%');
    expect(text).toContain('共有32个承办单位参与办理');
  });

  it('names dissatisfied evaluations when there are any, and the scope', () => {
    const f = published();
    const [s, bs, ds] = sharesOf([100, 30, 19]);
    f.evaluations = { satisfied: { count: 100, share: s }, basicallySatisfied: { count: 30, share: bs }, dissatisfied: { count: 19, share: ds } };
    f.replyRate = 98.66;
    const text = basicSituationText(f, { sessionName: '十四届人大三次会议', subject: '交由省教育厅承办的' });
    expect(text.startsWith('十四届人大三次会议交由省教育厅承办的共有代表建议149件')).toBe(true);
    expect(text).toContain('答复率98.66%');
    expect(text).toContain(`表示不满意的19件，占${ds.toFixed(2)}%。`);
  });

  it('when not every item is answered, shares are of the answered ones; evaluations by several deputies are 人次', () => {
    const f = published();
    f.items = 160;
    f.replyRate = 93.13;
    const [s, bs, ds] = sharesOf([120, 40, 2]);
    f.evaluations = { satisfied: { count: 120, share: s }, basicallySatisfied: { count: 40, share: bs }, dissatisfied: { count: 2, share: ds } };
    const text = basicSituationText(f, { sessionName: '县十七届人大四次会议' });
    expect(text).toContain('在已答复并确定办理结果类别的149件中，所提问题已经得到解决或基本解决的（A类件）有40件，占26.85%；');
    expect(text).not.toContain('占总数的');
    expect(text).toContain('代表表示满意的120人次');
    expect(s + bs + ds).toBeCloseTo(100, 6);
  });

  it('prefills the sections from the data', () => {
    const p = prefillSections('handlingReport', {
      contacts: 268,
      faceToFaceRate: 85.5,
      keySupervised: 21,
      keyReplied: 20,
      supervisionActivities: 9,
      dissatisfied: 2,
      rehandled: 2,
      commitments: 89,
      commitmentsStruckOff: 30,
      onTimeRate: 97.3,
    });
    expect(p.measures).toContain('沟通联系268人次');
    expect(p.measures).toContain('重点督办建议21件，已答复20件');
    expect(p.problems).toContain('有2件建议因代表不满意而重新研究办理，目前仍有2件答复代表表示不满意');
    expect(p.nextSteps).toContain('已销号30项，其余59项');
  });

  it('keeps scopes as stable keys', () => {
    expect(scopeKey({ type: 'unit', id: 12 })).toBe('unit:12');
    expect(parseScope('category:3')).toEqual({ type: 'category', id: 3 });
    expect(parseScope('all')).toEqual({ type: 'all' });
    expect(parseScope('unit:x')).toBeNull();
    expect(parseScope('deputy:1')).toBeNull();
  });
});
