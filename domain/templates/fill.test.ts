import { describe, expect, it } from 'vitest';
import { fill, placeholdersIn } from './fill';
import { mayEditTemplate, mayWriteTemplates, templateOwnerOf } from './permissions';
import { bodyDate, commitmentsText, PLACEHOLDER_NAMES, PLACEHOLDERS } from './placeholders';

describe('fill', () => {
  it('replaces every known placeholder that has a value, wherever and however often it appears', () => {
    const r = fill('{代表姓名}：\n您在{会次}上提出的《{建议标题}》（第{建议编号}号）收悉。{代表姓名}关心的……', {
      代表姓名: '张建国代表、李秀英代表',
      会次: '湖南省第十四届人民代表大会第三次会议',
      建议标题: '关于加强农村饮水安全的建议',
      建议编号: '2025-0001',
    });
    expect(r.text).toBe(
      '张建国代表、李秀英代表：\n您在湖南省第十四届人民代表大会第三次会议上提出的《关于加强农村饮水安全的建议》（第2025-0001号）收悉。张建国代表、李秀英代表关心的……',
    );
    expect(r.unfilled).toEqual([]);
  });

  it('accepts full-width braces and spaces inside them', () => {
    expect(fill('今天是｛今天｝，{ 承办单位 }答复', { 今天: '2025年5月20日', 承办单位: '湖南省教育厅' }).text).toBe('今天是2025年5月20日，湖南省教育厅答复');
  });

  it('leaves unknown placeholders visibly as written and reports them once', () => {
    const r = fill('{代表名字}您好，{代表名字}；{今天}', { 今天: '2025年5月20日' });
    expect(r.text).toBe('{代表名字}您好，{代表名字}；2025年5月20日');
    expect(r.unfilled).toEqual([{ name: '代表名字', token: '{代表名字}', reason: 'unknown' }]);
  });

  it('leaves a known placeholder without a value for this item and says so', () => {
    const r = fill('交办日期：{交办日期}；期限：{答复期限}；{承诺事项}', { 交办日期: null, 答复期限: '', 承诺事项: undefined });
    expect(r.text).toBe('交办日期：{交办日期}；期限：{答复期限}；{承诺事项}');
    expect(r.unfilled.map((u) => [u.name, u.reason])).toEqual([
      ['交办日期', 'noValue'],
      ['答复期限', 'noValue'],
      ['承诺事项', 'noValue'],
    ]);
  });

  it('does not take text that is no placeholder: empty braces, lines, long runs', () => {
    const text = '{} 与 {\n今天} 以及 {这是一个超过二十个字符的很长很长很长很长的内容呀}';
    expect(fill(text, { 今天: 'x' })).toEqual({ text, unfilled: [] });
    expect(placeholdersIn('{今天}{会次}{今天}｛会次｝{未知}')).toEqual(['今天', '会次', '未知']);
  });

  it('a value holding a placeholder is not filled again', () => {
    expect(fill('{建议标题}', { 建议标题: '关于{今天}的建议', 今天: '2025年5月20日' }).text).toBe('关于{今天}的建议');
  });
});

describe('placeholder values', () => {
  it('lists every placeholder with its Chinese name and how it fills', () => {
    expect(PLACEHOLDER_NAMES).toEqual(['代表姓名', '建议编号', '建议标题', '交办日期', '答复期限', '承办单位', '会次', '今天', '承诺事项']);
    for (const p of PLACEHOLDERS) expect(p.fills).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('writes dates as a letter body does and numbers the commitments', () => {
    expect(bodyDate('2025-03-01')).toBe('2025年3月1日');
    expect(
      commitmentsText([
        { content: '年内完成水厂改造', targetDate: '2025-12-31' },
        { content: ' ', targetDate: '2025-06-30' },
        { content: '建立长效管护机制', targetDate: '2026-06-30' },
      ]),
    ).toBe('1．年内完成水厂改造（计划于2025年12月31日前完成）\n2．建立长效管护机制（计划于2026年6月30日前完成）');
    expect(commitmentsText([])).toBeNull();
  });
});

describe('who writes templates', () => {
  const office = { role: 'unitOffice' as const, organizationId: 7 };
  const leader = { role: 'unitLeader' as const, organizationId: 7 };
  const liaison = { role: 'liaisonOffice' as const, organizationId: 1 };
  const gov = { role: 'governmentOffice' as const, organizationId: 2 };

  it('a unit its own, the liaison office the shared ones, others none', () => {
    expect(templateOwnerOf(office)).toBe(7);
    expect(templateOwnerOf({ role: 'unitHandler', organizationId: 7 })).toBe(7);
    expect(templateOwnerOf(liaison)).toBe('shared');
    expect([leader, gov, { role: 'deputy' as const, organizationId: null }].map(mayWriteTemplates)).toEqual([false, false, false]);
    expect(mayEditTemplate(office, { unitId: 7 })).toBe(true);
    expect(mayEditTemplate(office, { unitId: 8 })).toBe(false);
    expect(mayEditTemplate(office, { unitId: null })).toBe(false);
    expect(mayEditTemplate(liaison, { unitId: null })).toBe(true);
    expect(mayEditTemplate(liaison, { unitId: 7 })).toBe(false);
    expect(mayEditTemplate(leader, { unitId: 7 })).toBe(false);
  });
});
