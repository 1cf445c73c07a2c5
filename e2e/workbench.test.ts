import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { PROVINCE, PROVINCE_ITEMS, shot, signIn, type Harness, useHarness } from './harness';
import { pick } from './steps';

/** The workbench in Debian's Chromium against the real server and a seeded embedded database. */
describe('workbench in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it("the liaison office signs in and sees the ledger with lights; a wrong password shows the server's message", async () => {
    const ctx = await h.browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${h.base}/login`);
    await page.getByLabel('用户名').fill('liaison');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').count()).toBeGreaterThan(0);
    await ctx.close();

    const liaison = await signIn(h, 'liaison');
    await liaison.goto(`${h.base}/items`);
    const [{ n }] = await queryRows<{ n: number }>(h.db.db, sql`select count(*)::int as n from items where ${PROVINCE_ITEMS}`);
    await expect.poll(() => liaison.getByText(`共 ${n} 件`).count()).toBeGreaterThan(0);
    await expect.poll(() => liaison.locator('tbody tr').count()).toBeGreaterThan(5);
    await shot(liaison, 'liaison-ledger');
    // Open an item: its history timeline is shown.
    await liaison.getByRole('link', { name: /^关于/ }).first().click();
    await liaison.waitForURL(/\/items\/\d+/);
    await expect.poll(() => liaison.getByText('办理过程').count()).toBeGreaterThan(0);
    // A long history shows its latest steps first; the earlier ones unfold on request.
    const earlier = liaison.getByText(/显示更早的 \d+ 条记录/);
    if (await earlier.count()) await earlier.click();
    await expect.poll(() => liaison.getByText('提出建议').count()).toBeGreaterThan(0);
    await shot(liaison, 'liaison-item');
    await liaison.context().close();
  });

  it('a deputy on a 375 px phone submits a suggestion, and the liaison office accepts it from the item page', async () => {
    const phone = await signIn(h, 'deputy', { width: 375, height: 812 });
    await phone.goto(`${h.base}/submit`);
    await expect.poll(() => phone.getByLabel('标题').count()).toBe(1);
    const title = '关于在乡镇卫生院增设夜间门诊的建议';
    await phone.getByLabel('标题').fill(title);
    await phone.getByLabel('正文').fill('一、基本情况：乡镇卫生院夜间无门诊。二、存在的问题：群众夜间就医不便。三、建议：在中心卫生院试点夜间门诊。');
    // A supporting document goes with it (R-SUBMIT-1 attachments).
    await phone
      .locator('input[type=file]')
      .setInputFiles({ name: '调研报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await phone.getByRole('button', { name: /提交建议/ }).click();
    await phone.waitForURL(/\/items\/\d+/);
    await expect.poll(() => phone.getByText(title).count()).toBeGreaterThan(0);
    await expect.poll(() => phone.getByText('调研报告.pdf').count()).toBeGreaterThan(0);
    await expect.poll(() => phone.getByText('待审核').count()).toBeGreaterThan(0);
    // Nothing overflows the phone's width.
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(phone, 'deputy-item-375');
    const itemUrl = phone.url();
    await phone.goto(`${h.base}/items`);
    await expect.poll(() => phone.getByText(title).count()).toBeGreaterThan(0);
    await shot(phone, 'deputy-list-375');
    await phone.context().close();

    const liaison = await signIn(h, 'liaison');
    await liaison.goto(itemUrl);
    // antd spaces two-character button labels: 审 核.
    await liaison.getByRole('button', { name: /^审\s*核$/ }).click();
    // 立案 files it under a category: the deputy chose none, the office picks one.
    await pick(liaison, liaison.getByRole('dialog'), '类别', '教育', '教育');
    await liaison
      .getByRole('dialog')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await expect.poll(() => liaison.getByText('待交办').count()).toBeGreaterThan(0);
    const id = Number(itemUrl.split('/').pop());
    const [row] = await queryRows<{ state: string }>(h.db.db, sql`select state from items where id = ${id}`);
    expect(row.state).toBe('accepted');
    await liaison.context().close();
  });

  it('each role lands on its main page (screenshots saved for review)', async () => {
    for (const [user, name] of [
      ['unit-office', 'unit-office-inbox-home'],
      ['supervisor', 'supervisor-key-items-home'],
      ['govoffice', 'govoffice-ledger'],
    ] as const) {
      const page = await signIn(h, user);
      await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
      await shot(page, name);
      await page.context().close();
    }
    // The government office's ledger is the government units' items, the others one filter away.
    const gov = await signIn(h, 'govoffice');
    await gov.goto(`${h.base}/items`);
    const [{ n }] = await queryRows<{ n: number }>(
      h.db.db,
      sql`select count(distinct t.item_id)::int as n from tasks t join organizations o on o.id = t.unit_id where t.state <> 'withdrawn' and o.is_government and o.congress_id = ${PROVINCE}`,
    );
    await expect.poll(() => gov.getByText(`共 ${n} 件`).count()).toBeGreaterThan(0);
    await expect.poll(() => gov.locator('.ant-select').filter({ hasText: '政府系统' }).count()).toBe(1);
    await gov.context().close();
  });

  it('the B-commitment register: the office records progress on a commitment; a unit sees only its own (R-TRACK-1)', async () => {
    // The province's (the CPPCC committee's beside it are the proposal committee's to follow).
    const [{ n }] = await queryRows<{ n: number }>(
      h.db.db,
      sql`select count(*)::int as n from commitments c join items on items.id = c.item_id where c.state = 'registered' and ${PROVINCE_ITEMS}`,
    );
    expect(n).toBeGreaterThan(0);
    const liaison = await signIn(h, 'liaison');
    await liaison.goto(`${h.base}/commitments`);
    await expect.poll(() => liaison.getByText(`共 ${n} 项`).count()).toBe(1);
    await liaison
      .getByRole('button', { name: /^跟\s*踪$/ })
      .first()
      .click();
    const dialog = liaison.getByRole('dialog');
    await dialog.getByLabel('进展情况').fill('已完成年度实施方案编制，进入招标阶段。');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    await expect.poll(() => liaison.getByText('已完成年度实施方案编制，进入招标阶段。').count()).toBe(1);
    const [row] = await queryRows<{ progress: { note: string }[] }>(h.db.db, sql`select progress from commitments where progress::text like '%招标阶段%'`);
    expect(row.progress.at(-1)?.note).toBe('已完成年度实施方案编制，进入招标阶段。');
    await shot(liaison, 'liaison-commitments');
    await liaison.context().close();

    const unit = await signIn(h, 'unit-office');
    await unit.goto(`${h.base}/commitments`);
    const [{ own }] = await queryRows<{ own: number }>(
      h.db.db,
      sql`select count(*)::int as own from commitments c join users u on u.organization_id = c.unit_id where u.username = 'unit-office' and c.state = 'registered'`,
    );
    await expect.poll(() => unit.getByText(own ? `共 ${own} 项` : '没有符合条件的承诺事项').count()).toBeGreaterThan(0);
    await unit.context().close();
  });
});
