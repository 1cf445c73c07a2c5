import { describe, expect, it } from 'vitest';
import { congressPlace, fullOfficeName, fullSessionName } from './full-names';

describe('full names in documents (issue 13 §7)', () => {
  it('takes the place from the congress’s name', () => {
    expect(congressPlace('湖南省人民代表大会')).toBe('湖南省');
    expect(congressPlace('衡南县人大')).toBe('衡南县');
    expect(congressPlace('测试省人民代表大会-1a2b')).toBe('测试省');
  });

  it('names a session in full: the place, 第…届人民代表大会第…次会议', () => {
    expect(fullSessionName('湖南省人民代表大会', '十四届人大三次会议')).toBe('湖南省第十四届人民代表大会第三次会议');
    expect(fullSessionName('河北省人民代表大会', '十三届二次会议')).toBe('河北省第十三届人民代表大会第二次会议');
    expect(fullSessionName('河北省人民代表大会', '省十四届人大三次会议')).toBe('河北省第十四届人民代表大会第三次会议');
    expect(fullSessionName('衡南县人民代表大会', '县第十七届人大四次会议')).toBe('衡南县第十七届人民代表大会第四次会议');
    expect(fullSessionName('湖南省人民代表大会', '湖南省第十四届人民代表大会第三次会议')).toBe('湖南省第十四届人民代表大会第三次会议');
    // Another form keeps its words, with the place in front.
    expect(fullSessionName('湖南省人民代表大会', '2025年闭会期间')).toBe('湖南省2025年闭会期间');
  });

  it('names an office in full, unless it already is', () => {
    expect(fullOfficeName('湖南省人民代表大会', '人民政府办公厅')).toBe('湖南省人民政府办公厅');
    expect(fullOfficeName('湖南省人民代表大会', '省政府办公厅')).toBe('湖南省政府办公厅');
    expect(fullOfficeName('湖南省人民代表大会', '湖南省人民政府办公厅')).toBe('湖南省人民政府办公厅');
    expect(fullOfficeName('长沙市人民代表大会', '政协提案委员会')).toBe('长沙市政协提案委员会');
    expect(fullOfficeName('湖南省人民代表大会', '政协湖南省委员会提案委员会')).toBe('政协湖南省委员会提案委员会');
  });

  it("names a CPPCC committee's session in full: 政协, the place, 第…届委员会第…次会议 (§8)", () => {
    expect(fullSessionName('政协湖南省委员会', '十三届三次会议')).toBe('政协湖南省第十三届委员会第三次会议');
    expect(fullSessionName('中国人民政治协商会议湖南省委员会', '政协十三届三次会议')).toBe('政协湖南省第十三届委员会第三次会议');
    expect(fullSessionName('政协湖南省委员会', '省政协十三届三次会议')).toBe('政协湖南省第十三届委员会第三次会议');
    expect(fullSessionName('政协湖南省委员会', '2025年闭会期间')).toBe('2025年闭会期间');
  });
});
