import { describe, expect, it } from 'vitest';
import { officeSide, officeTakes } from './handing-down';

describe('R-ASSIGN-4 handing down: which office takes which action', () => {
  const item = { congressId: 1, handledByCongressId: 7 };
  it('places each office on its side', () => {
    expect(officeSide(1, { congressId: 1, handledByCongressId: null })).toBe('own');
    expect(officeSide(1, item)).toBe('handedDown');
    expect(officeSide(7, item)).toBe('handlingBody');
  });
  it('the lower body assigns and runs the handling; the higher one reviews, evaluates and closes', () => {
    for (const a of ['assignSuggestion', 'reassignSuggestion', 'decideAdjustment', 'decideExtension', 'forwardForRehandling']) {
      expect(officeTakes('handlingBody', a), a).toBe(true);
      expect(officeTakes('handedDown', a), a).toBe(false);
    }
    for (const a of ['reviewSuggestion', 'changeCategory', 'closeItem', 'evaluateReply', 'publishReply', 'mergeSuggestions']) {
      expect(officeTakes('handlingBody', a), a).toBe(false);
      expect(officeTakes('handedDown', a), a).toBe(true);
    }
    expect(officeTakes('own', 'assignSuggestion')).toBe(true);
    expect(officeTakes('own', 'closeItem')).toBe(true);
  });
});
