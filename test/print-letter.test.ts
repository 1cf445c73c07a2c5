import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, sendCoOpinion, submit } from './helpers/flow';

/**
 * Issue 13 §4: GET /api/items/:itemId/replies/:replyId/letter — the reply letter's content for the
 * workbench's print view: what the Word letter prints (session and offices in full, every addressee),
 * to the same readers as the Word letter.
 */
describe.each(DB_KINDS)('the reply letter for printing on %s', (kind) => {
  let { c, liaison, deputies, u, d } = {} as CongressSetup;
  let itemId: number;
  let replyId: number;
  const url = () => `/api/items/${itemId}/replies/${replyId}/letter`;
  useCongress(kind, { once: true, deputies: 'all' }, (s) => ({ c, liaison, deputies, u, d } = s));
  beforeAll(async () => {
    const x = await submit(deputies[0], c, [c.deputyIds[1]]);
    itemId = x.id;
    await deputies[1].ok('POST', `/api/items/${itemId}/cosignature`, { confirm: true });
    await accept(liaison, itemId);
    await assign(liaison, itemId, 'leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    await sendCoOpinion(u[1], itemId, '同意主办单位的办理思路。');
    await contact(u[0].handler, itemId);
    const signed = await draftAndSign(u[0], itemId, 'B', {
      body: '您们提出的建议收悉，现答复如下。\n一、基本情况\n继续推进。',
      commitments: [{ content: '完成全省农村供水工程规划修编', targetDate: '2026-06-30' }],
    });
    replyId = signed.id;
  });

  it('a signed reply: its unit reads the letter, the deputies not yet', async () => {
    expect((await deputies[0].request('GET', url())).status).toBe(404);
    const letter = await u[0].office.ok('GET', url());
    expect(letter.resultClass).toBe('B');
  });

  it('the sent letter: the title with the session in full, every addressee, the commitments, the unit, the date and the copies by full names', async () => {
    expect((await send(u[0].office, itemId, (await item(u[0].office, itemId)).replies[0])).status).toBe(200);
    const letter = await deputies[1].ok('GET', url());
    expect(letter.title).toMatch(/^关于对测试省第十四届人民代表大会第三次会议第.+号建议的答复$/);
    expect(letter.addressees).toEqual(['张建国代表', '李秀英代表']);
    expect(letter.body).toContain('现答复如下');
    expect(letter.commitments).toEqual([{ content: '完成全省农村供水工程规划修编', targetDate: '2026-06-30' }]);
    expect(letter.unitName).toBeTruthy();
    expect(letter.date).toBe((await item(u[0].office, itemId)).replies[0].sentOn);
    expect(letter.copies).toEqual(['测试省人大常委会选举任免联络工作委员会', '测试省人民政府办公厅']);
    expect(letter.contactPerson).toBeTruthy();
  });

  it('the same readers as the Word letter; a classified item has none', async () => {
    expect((await deputies[4].request('GET', url())).status).toBe(404);
    expect((await u[1].office.request('GET', url())).status).toBe(404);
    expect((await liaison.request('GET', `/api/items/${itemId}/replies/999999/letter`)).status).toBe(404);
    await d.db.execute(sql`update items set classified = true where id = ${itemId}`);
    const refused = await liaison.request('GET', url());
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CLASSIFIED_OFFLINE');
  });
});
