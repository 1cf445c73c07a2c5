import { describe, expect, it } from 'vitest';
import { addresseeOf, bodyUnderSalutation, repeatsSalutation, replyCopies, replyRecipients, salutationLine } from './reply-recipients';

const signers = [
  { itemId: 1, deputyId: 10, isLead: true },
  { itemId: 1, deputyId: 11, isLead: false },
  { itemId: 2, deputyId: 12, isLead: true },
  { itemId: 2, deputyId: 13, isLead: false },
];

describe('replyRecipients (R-REPLY-5)', () => {
  it('answers every signer of a joint suggestion, merged items included', () => {
    expect(replyRecipients({ id: 1, kind: 'suggestion' }, signers).map((s) => s.deputyId)).toEqual([10, 11, 12, 13]);
  });
  it('answers only the lead member of a CPPCC proposal, of the item itself', () => {
    expect(replyRecipients({ id: 1, kind: 'proposal' }, signers).map((s) => s.deputyId)).toEqual([10]);
  });
});

describe('the reply letter’s salutation (R-REPLY-5)', () => {
  const line = salutationLine([addresseeOf('张建国', 'suggestion'), addresseeOf('李秀英', 'suggestion')]);
  it('names every addressee with 代表 (委员 for a proposal), then a full-width colon', () => {
    expect(line).toBe('张建国代表、李秀英代表：');
    expect(salutationLine([addresseeOf('王志强', 'proposal')])).toBe('王志强委员：');
  });
  it('finds the salutation typed again as the body’s first line, and leaves it out once', () => {
    expect(repeatsSalutation('\n 张建国代表、李秀英代表:\n您们提出的建议收悉。', line)).toBe(true);
    expect(bodyUnderSalutation('张建国代表、李秀英代表：\n您们提出的建议收悉。\n二、下一步', line)).toBe('您们提出的建议收悉。\n二、下一步');
    // Another first line (a shorter form, or the text itself) is the writer's: printed as it is.
    expect(repeatsSalutation('张建国代表等：\n您们提出的建议收悉。', line)).toBe(false);
    expect(bodyUnderSalutation('您们提出的建议收悉。', line)).toBe('您们提出的建议收悉。');
  });
});

describe('replyCopies (R-REPLY-2, R-CPPCC-2)', () => {
  it('copies a suggestion to the liaison office and a proposal to the proposal committee, both to the government office', () => {
    expect(replyCopies('suggestion')).toEqual(['人大常委会联工委', '政府办公厅']);
    expect(replyCopies('proposal')).toEqual(['政协提案委员会', '政府办公厅']);
  });
});
