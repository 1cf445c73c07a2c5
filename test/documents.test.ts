import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { FOUR_CLASSES } from '../domain/stats/result-classes';
import { chineseDate } from '../server/documents/gbt9704';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { GBT9704_PAGE, readDocx } from './helpers/docx';
import { accept, assign, contact, draftAndSign, item, send, submit, sendCoOpinion } from './helpers/flow';

describe('Chinese numerals in document dates', () => {
  it('prints 成文日期 as GB/T 9704 does', () => {
    expect(chineseDate('2026-12-02')).toBe('二〇二六年十二月二日');
    expect(chineseDate('2019-10-31')).toBe('二〇一九年十月三十一日');
    expect(chineseDate('2020-01-20')).toBe('二〇二〇年一月二十日');
    expect(chineseDate('2008-11-19')).toBe('二〇〇八年十一月十九日');
  });
});

/** §6, R-REPLY-2..5, R-CO-1: reply and co-opinion letters as .docx in the GB/T 9704 layout, read back field by field. */
describe.each(DB_KINDS)('reply and co-opinion letters on %s', (kind) => {
  let { d, c, liaison, admin, deputies, u } = {} as CongressSetup;
  let itemId: number;
  let replyId: number;
  let coOpinionId: number;
  useCongress(kind, { once: true, deputies: 'all', admin: true }, (s) => ({ d, c, liaison, admin, deputies, u } = s));
  beforeAll(async () => {
    // A joint suggestion: 张建国 leads, 李秀英 and 王志强 cosign (R-SUBMIT-1).
    const x = await submit(deputies[0], c, [c.deputyIds[1], c.deputyIds[2]]);
    itemId = x.id;
    await deputies[1].ok('POST', `/api/items/${itemId}/cosignature`, { confirm: true });
    await deputies[2].ok('POST', `/api/items/${itemId}/cosignature`, { confirm: true });
    await accept(liaison, itemId);
    await assign(liaison, itemId, 'leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    await sendCoOpinion(u[1], itemId, '一、我厅意见\n同意主办单位的办理思路，经费由省级财政统筹。', { publicity: 'private', privateReason: '涉及预算安排' });
    coOpinionId = (await item(u[0].office, itemId)).coOpinions[0].id;
    await contact(u[0].handler, itemId);
    const signed = await draftAndSign(u[0], itemId, 'B', {
      body: '张建国代表等：\n您们提出的建议收悉，现答复如下。\n一、基本情况\n（一）加强统筹。我厅已将农村饮水安全纳入规划。\n二、下一步工作\n继续推进。',
      publicity: 'private',
      privateReason: '涉及尚未公布的规划',
      commitments: [{ content: '完成全省农村供水工程规划修编', targetDate: '2026-06-30' }],
    });
    replyId = signed.id;
  });

  it('a signed reply is not yet the deputies’, but its unit and the offices may download it', async () => {
    expect((await deputies[0].raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(404);
    expect((await u[0].office.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(200);
  });

  it('the sent reply letter carries every field of R-REPLY-2..5 in the GB/T 9704 layout', async () => {
    const r = await send(u[0].office, itemId, (await item(u[0].office, itemId)).replies[0]);
    expect(r.status).toBe(200);
    const res = await deputies[2].raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('答复函-');
    const doc = await readDocx(res.rawPayload);
    expect(doc.page).toEqual(GBT9704_PAGE);
    // The publicity mark first, at the top right; the class mark — the rules profile's label — above the document number.
    expect(doc.paragraphs[0].text).toBe('不公开');
    expect(doc.paragraphs[0].xml).toContain('<w:jc w:val="right"/>');
    expect(doc.texts[1]).toBe('B类');
    expect(doc.texts[2]).toBe('湘教函〔2025〕12号签发人：u0-leader'); // the leader who signed it off (R-REPLY-2)
    expect(doc.paragraphs[2].xml).toContain('<w:tab/>');
    const title = doc.find('号建议的答复')!;
    expect(title.text).toContain('关于对测试省第十四届人民代表大会第三次会议第'); // the session in full
    expect(title.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(title.xml).toContain('<w:sz w:val="44"/>');
    // R-REPLY-5: addressed to every cosigner of the joint suggestion.
    expect(doc.texts).toContain('张建国代表、李秀英代表、王志强代表：');
    const heading = doc.find('一、基本情况')!;
    expect(heading.xml).toContain('w:eastAsia="黑体"');
    expect(doc.find('（一）加强统筹。')!.xml).toContain('w:eastAsia="楷体_GB2312"');
    const para = doc.find('现答复如下')!;
    expect(para.xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(para.xml).toContain('<w:sz w:val="32"/>');
    expect(para.xml).toContain('<w:ind w:firstLine="640"/>');
    expect(para.xml).toContain('<w:spacing w:val="-5"/>');
    expect(para.xml).toMatch(/w:line="579" w:lineRule="exact"/);
    expect(doc.find('完成全省农村供水工程规划修编')!.text).toContain('二〇二六年六月三十日');
    // Issuing unit, the date in Chinese numerals, contact, copies to both offices.
    expect(doc.texts).toContain(await orgName(d, u[0].unitId));
    const sentOn = (await item(u[0].office, itemId)).replies[0].sentOn as string;
    expect(doc.texts).toContain(chineseDate(sentOn));
    expect(doc.texts).toContain('（联系人：李明，联系电话：0731-88888888）');
    expect(doc.texts).toContain('抄送：测试省人大常委会选举任免联络工作委员会，测试省人民政府办公厅。'); // by full names
    // The licensed fonts named, with their fallbacks.
    for (const f of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(doc.fontTable).toContain(`w:name="${f}"`);
    expect(doc.fontTable).toContain('<w:altName w:val="宋体"/>');
  });

  it('deputies read only the replies of their own items; a co-handler not the lead’s reply (same visibility as the item page)', async () => {
    expect((await deputies[0].raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(200);
    expect((await deputies[4].raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(404);
    expect((await u[1].office.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(404);
    expect((await u[2].office.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).statusCode).toBe(404);
    expect((await liaison.raw(`/api/items/${itemId}/replies/999999/letter.docx`)).statusCode).toBe(404);
  });

  it('the co-opinion letter goes from the co-handler to the lead unit, states its publicity and is copied to the government office (R-CO-1)', async () => {
    const res = await u[0].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`);
    expect(res.statusCode).toBe(200);
    const doc = await readDocx(res.rawPayload);
    expect(doc.page).toEqual(GBT9704_PAGE);
    expect(doc.texts[0]).toBe('不公开');
    expect(doc.find('号建议的会办意见')).toBeTruthy();
    expect(doc.texts).toContain(`${await orgName(d, u[0].unitId)}：`);
    expect(doc.texts).toContain(await orgName(d, u[1].unitId));
    expect(doc.find('本会办意见不宜公开，理由：涉及预算安排。')).toBeTruthy();
    // The contact line as on a reply letter (R-CO-1, R-REPLY-2).
    expect(doc.texts).toContain('（联系人：赵敏，联系电话：0731-84567890）');
    expect(doc.find('联系人：赵敏')).toBeTruthy();
    expect(doc.find('联系电话：0731-84567890')).toBeTruthy();
    expect(doc.texts).toContain('抄送：测试省人民政府办公厅。');
    expect(doc.texts.some((t) => /^二〇\S+年\S+月\S+日$/.test(t))).toBe(true);
    expect((await u[1].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).statusCode).toBe(200);
    expect((await u[2].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).statusCode).toBe(404);
    expect((await deputies[0].raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).statusCode).toBe(403);
  });

  it('an opinion sent before contacts were asked for prints no empty contact values: the sender stands in, no phone (R-CO-1)', async () => {
    await d.db.execute(sql`update co_opinions set contact_person = null, contact_phone = null where id = ${coOpinionId}`);
    try {
      const doc = await readDocx((await u[0].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).rawPayload);
      const line = doc.texts.filter((t) => t.includes('联系人') || t.includes('联系电话'));
      expect(line).toEqual([`（联系人：${await displayName(d, c.users.units[1].office.username)}）`]);
    } finally {
      await d.db.execute(sql`update co_opinions set contact_person = '赵敏', contact_phone = '0731-84567890' where id = ${coOpinionId}`);
    }
  });

  it('a CPPCC proposal’s reply goes to its lead member only and is copied to the proposal committee (R-REPLY-5, §8)', async () => {
    await d.db.execute(sql`update items set kind = 'proposal' where id = ${itemId}`);
    const doc = await readDocx((await liaison.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).rawPayload);
    expect(doc.texts).toContain('张建国委员：');
    expect(doc.find('号提案的答复')).toBeTruthy();
    expect(doc.texts).toContain('抄送：测试省政协提案委员会，测试省人民政府办公厅。');
    await d.db.execute(sql`update items set kind = 'suggestion' where id = ${itemId}`);
  });

  it('a D reply, where the rules profile has four classes, prints the profile’s label of D as its class mark (issue 17 §2)', async () => {
    const x = await submit(deputies[3], c, []);
    await accept(liaison, x.id);
    await assign(liaison, x.id, 'single', [{ unitId: u[2].unitId, role: 'lead' }]);
    await contact(u[2].handler, x.id);
    const four = FOUR_CLASSES.map((k) => (k.code === 'D' ? { ...k, label: 'D类（参考）' } : k));
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: { resultClasses: four } });
    try {
      const signed = await draftAndSign(u[2], x.id, 'D');
      expect((await send(u[2].office, x.id, signed)).status).toBe(200);
      const doc = await readDocx((await deputies[3].raw(`/api/items/${x.id}/replies/${signed.id}/letter.docx`)).rawPayload);
      expect(doc.texts[0]).toBe('公开');
      expect(doc.texts[1]).toBe('D类（参考）');
      expect(doc.texts).not.toContain('D');
      // The print view's content names the same class.
      expect((await deputies[3].ok('GET', `/api/items/${x.id}/replies/${signed.id}/letter`)).resultClass).toBe('D');
      // The other letters follow the profile's labels as well.
      const b = await readDocx((await liaison.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).rawPayload);
      expect(b.texts[1]).toBe('B类');
    } finally {
      await admin.ok('PUT', '/api/rules-profiles/2025', { values: { resultClasses: FOUR_CLASSES.slice(0, 3) } });
    }
  });

  it('a classified item’s letters are refused with a clear message (R-REPLY-8)', async () => {
    await d.db.execute(sql`update items set classified = true where id = ${itemId}`);
    const res = await liaison.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CLASSIFIED_OFFLINE' });
    expect((await u[0].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).statusCode).toBe(422);
  });
});

async function displayName(d: Database, username: string): Promise<string> {
  const rows = await d.db.execute(sql`select display_name as name from users where username = ${username}`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { name: string }[] }).rows) as { name: string }[];
  return list[0].name;
}

async function orgName(d: Database, id: number): Promise<string> {
  const rows = await d.db.execute(sql`select name from organizations where id = ${id}`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { name: string }[] }).rows) as { name: string }[];
  return list[0].name;
}
