import { describe, expect, it } from 'vitest';
import { replyRecipients } from './reply-recipients';

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
