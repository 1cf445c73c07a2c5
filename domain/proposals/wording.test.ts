import { describe, expect, it } from 'vitest';
import { actionLabelFor, proposalWording, wordsOf } from './wording';

describe('a proposal’s wording (§8)', () => {
  it('turns a suggestion’s fixed words into a proposal’s, longest first', () => {
    expect(proposalWording('领衔代表已撤回建议')).toBe('第一提案人已撤回提案');
    expect(proposalWording('附议代表确认附议后提交联工委审核')).toBe('联名委员确认联名后提交提案委员会审核');
    expect(proposalWording('本代表团的建议转为参阅件')).toBe('本界别的提案转为意见件');
  });
  it('names actions and words by kind, a suggestion’s unchanged', () => {
    expect(actionLabelFor('proposal', 'acceptSuggestion', '审核立案')).toBe('立案');
    expect(actionLabelFor('proposal', 'convertToReference', '转为参阅件')).toBe('转为意见');
    expect(actionLabelFor('suggestion', 'convertToReference', '转为参阅件')).toBe('转为参阅件');
    expect(actionLabelFor('proposal', 'draftAssignment', '预交办')).toBe('预交办');
    expect(wordsOf('proposal').submitter).toBe('委员');
    expect(wordsOf(null).item).toBe('建议');
  });
});
