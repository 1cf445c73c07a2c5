import { describe, expect, it } from 'vitest';
import { renderMessage } from './templates';

describe('notice texts', () => {
  it('a suggestion’s notice names the suggestion', () => {
    const m = renderMessage({
      type: 'rejectSuggestion',
      number: '2025-0001',
      title: '关于加强耕地保护的建议',
      kind: 'suggestion',
      payload: { note: '不属于建议范围' },
    });
    expect(m).toEqual({ title: '建议不予立案', body: '第 2025-0001 号建议《关于加强耕地保护的建议》不予立案：不属于建议范围' });
  });

  it('a proposal’s notice speaks of 提案 and 委员, and keeps the title and what people wrote (§8)', () => {
    const m = renderMessage({
      type: 'rejectSuggestion',
      number: '2025-0002',
      title: '关于建议设立湿地公园的提案',
      kind: 'proposal',
      payload: { note: '建议作为意见转有关部门参考' },
    });
    expect(m).toEqual({ title: '提案不予立案', body: '第 2025-0002 号提案《关于建议设立湿地公园的提案》不予立案：建议作为意见转有关部门参考' });
    const dissatisfied = renderMessage({ type: 'dissatisfiedEvaluation', number: '2025-0003', title: '关于……的提案', kind: 'proposal', payload: {} });
    expect(dissatisfied.title).toBe('委员评价不满意');
    expect(renderMessage({ type: 'weeklyReminder', number: null, title: null, kind: 'proposal', payload: { count: 3, overdue: 1 } }).body).toBe(
      '本单位尚有 3 件提案正在办理，请按期办理答复。其中 1 件已超期。',
    );
  });
});
