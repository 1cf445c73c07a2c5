import { describe, expect, it } from 'vitest';
import { bigramsOf, runsOf, searchPlan } from './bigrams';

describe('CJK bigram search plan (issue 6 §3)', () => {
  it('cuts runs at whitespace and punctuation, lower-cased', () => {
    expect(runsOf('农村饮水，安全 ABC-12')).toEqual(['农村饮水', '安全', 'abc', '12']);
    expect(runsOf('《关于》')).toEqual(['关于']);
  });
  it('makes overlapping bigrams by code point', () => {
    expect(bigramsOf('饮水安全')).toEqual(['饮水', '水安', '安全']);
    expect(bigramsOf('𠀀a')).toEqual(['𠀀a']);
    expect(bigramsOf('水')).toEqual([]);
  });
  it('turns each run into a phrase, single characters into LIKE terms, quoting lexemes', () => {
    expect(searchPlan('饮水安全 省')).toEqual({ phrases: ["'饮水' <-> '水安' <-> '安全'"], singles: ['省'] });
    expect(searchPlan("住建局 o'k")).toEqual({ phrases: ["'住建' <-> '建局'"], singles: ['o', 'k'] });
    expect(searchPlan('  ，。 ')).toEqual({ phrases: [], singles: [] });
  });
});
