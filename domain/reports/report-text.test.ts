import { describe, expect, it } from 'vitest';
import { FOUR_CLASSES } from '../stats/result-classes';
import { sharesOf } from '../stats/shares';
import { basicSituationText, bothStreamsText, parseScope, prefillSections, scopeKey, type HandlingFigures } from './report-text';

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

  it('words a four-class profile from its scheme: D 留作参考 with its share, the four adding up to 100.00%', () => {
    const f = published();
    const [a, b, c, d] = sharesOf([40, 80, 20, 9]);
    f.classScheme = FOUR_CLASSES;
    f.resultClasses = { A: { count: 40, share: a }, B: { count: 80, share: b }, C: { count: 20, share: c }, D: { count: 9, share: d } };
    const text = basicSituationText(f, { sessionName: '十四届全国人大三次会议' });
    expect(text).toContain(
      '其中，所提问题已经得到解决或基本解决的（A类件）有40件，占总数的26.85%；' +
        '所提问题正在解决或已列入计划逐步解决的（B类件）有80件，占总数的53.69%；' +
        '所提问题因客观条件限制或其他原因暂时无法解决的（C类件）有20件，占总数的13.42%；' +
        '所提问题留作工作参考的（D类件）有9件，占总数的6.04%。',
    );
    // A profile's own marks and definitions are what the text prints.
    f.classScheme = FOUR_CLASSES.map((x) => (x.code === 'D' ? { ...x, label: 'D类', definition: '所提问题作为工作参考' } : x));
    expect(basicSituationText(f, { sessionName: '十四届全国人大三次会议' })).toContain('所提问题作为工作参考的（D类件）有9件，占总数的6.04%。');
    // Without a scheme, a D counted still shows; three classes without it.
    f.classScheme = undefined;
    expect(basicSituationText(f, { sessionName: '十四届全国人大三次会议' })).toContain('（D类件）有9件');
    expect(basicSituationText(published(), { sessionName: '县十七届人大四次会议' })).not.toContain('D类');
  });

  it('prints what published reports state beside: received and registered, 交办率, closed, units, first-round satisfaction, the dates', () => {
    const f = published();
    f.intake = { received: 160, registered: 149, reference: 5, returned: 3, merged: 0, notAccepted: 2, withdrawn: 1, pending: 0 };
    f.assigned = 149;
    f.assignmentRate = 100;
    f.closed = 149;
    f.closeRate = 100;
    f.leadUnits = 20;
    f.firstRound = { ...f.evaluations, satisfactionRate: 93.96 };
    f.evaluations = { ...f.evaluations, satisfactionRate: 98.66 };
    f.dates = { allRepliedOn: '2020-07-31', evaluationWindowEnds: '2020-08-30', evaluationWindowClosed: true };
    const text = basicSituationText(f, { sessionName: '县十七届人大四次会议' });
    // The opening stays the published one; what was received and registered follows the units.
    expect(text.startsWith('县十七届人大四次会议共有代表建议149件，已答复149件，答复率100%，已全部办结，办结率100%。其中，')).toBe(true);
    expect(text).toContain(
      '共有32个承办单位参与办理，其中主办单位20个。从受理情况看，共收到代表建议160件，经审查，立案149件，转为参阅件5件，退回修改3件，不予立案2件，由提出人撤回1件；立案建议已全部交有关单位办理，交办率100%。',
    );
    expect(text).not.toContain('并案'); // no part of nought
    expect(text).toContain('初次办理满意率93.96%，经重新办理后满意率98.66%。');
    expect(text).toContain('沟通联系268人次，沟通联系率100%；共有32个承办单位参与办理，其中主办单位20个。');
    expect(text).toContain('所有建议已于2020年7月31日前全部答复代表，代表评价期已于2020年8月30日截止。');
    expect(text).not.toContain('从承办单位看'); // all by the government system

    f.intake = { received: 149, registered: 149, reference: 0, returned: 0, merged: 0, notAccepted: 0, withdrawn: 0, pending: 0 };
    f.assigned = 140;
    f.assignmentRate = 93.96;
    f.closed = 120;
    f.closeRate = 80.54;
    f.firstRound = { ...f.evaluations };
    f.dates = { allRepliedOn: '2020-07-31', evaluationWindowEnds: '2020-08-30', evaluationWindowClosed: false };
    const later = basicSituationText(f, { sessionName: '县十七届人大四次会议', stream: 'proposal' });
    expect(later).toContain('从受理情况看，共收到提案149件，经审查全部立案；立案提案已交办140件，交办率93.96%。');
    expect(later).toContain('已办结120件，办结率80.54%。');
    expect(later).not.toContain('初次办理满意率'); // no re-handling changed it
    expect(later).toContain('所有提案已于2020年7月31日前全部答复委员，委员评价期将于2020年8月30日截止。');
    f.dates = { allRepliedOn: null, evaluationWindowEnds: '2020-08-30', evaluationWindowClosed: false };
    expect(basicSituationText(f, { sessionName: '县十七届人大四次会议' })).not.toContain('评价期');
  });

  it('splits the items by route when others than the government system handle some, and names the categories’ shares', () => {
    const f = published();
    const [g, o, j] = sharesOf([120, 21, 8]);
    f.routing = { government: { count: 120, share: g }, judicialAndOther: { count: 21, share: o }, joint: { count: 8, share: j } };
    const counts = [45, 38, 30, 15, 9, 6, 4, 2];
    const shares = sharesOf(counts);
    const names = ['三农', '教育', '医疗卫生', '社会保障', '交通', '生态环保', '城乡建设', '未分类'];
    f.categories = counts.map((count, i) => ({ name: names[i], count, share: shares[i] }));
    const text = basicSituationText(f, { sessionName: '县十七届人大四次会议' });
    expect(text).toContain(
      '从承办单位看，交办的代表建议中由政府系统办理120件，占80.54%；由法院、检察院及其他单位办理21件，占14.09%；由政府系统与其他单位联合办理8件，占5.37%。',
    );
    expect(text).toContain(
      '从内容看，三农类45件，占30.20%；教育类38件，占25.50%；医疗卫生类30件，占20.13%；社会保障类15件，占10.07%；交通类9件，占6.04%；其余3类共12件，占8.06%。',
    );
    // Few categories: every one named; no joint items: that part left out.
    f.categories = f.categories.slice(0, 2);
    f.routing = { ...f.routing, joint: { count: 0, share: 0 } };
    const few = basicSituationText(f, { sessionName: '县十七届人大四次会议' });
    expect(few).toContain('从内容看，三农类45件，占30.20%；教育类38件，占25.50%。');
    expect(few).toContain('由法院、检察院及其他单位办理21件，占14.09%。');
    expect(few).not.toContain('联合办理');
  });

  it('words each stream of a report covering both in its own words, with its own classes', () => {
    const proposals = published();
    proposals.classScheme = FOUR_CLASSES;
    proposals.resultClasses = { ...proposals.resultClasses, D: { count: 0, share: 0 } };
    const text = bothStreamsText({
      year: 2025,
      streams: [
        { stream: 'suggestion', sessionName: '湖南省第十四届人民代表大会第三次会议', figures: published() },
        { stream: 'proposal', sessionName: '政协湖南省第十三届委员会第三次会议', figures: proposals },
      ],
    });
    const [total, own, beside] = text.split('\n');
    expect(total).toBe(
      '2025年，共承办代表建议和政协提案298件，其中湖南省第十四届人民代表大会第三次会议代表建议149件，政协湖南省第十三届委员会第三次会议提案149件。',
    );
    expect(own).not.toContain('D类');
    expect(beside).toContain('（D类件）有0件，占总数的0.00%。委员表示满意的117件');
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
