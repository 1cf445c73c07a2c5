import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { contextOptions, shot, type Harness, useHarness } from './harness';
import { chooseRadio, expectState, finish, label, pick, repeatedClicks, startAction } from './steps';

const PHONE = { width: 375, height: 812 };
const PATIENCE = 60_000;

/** Every click a person makes (trusted events only) and every screen they load, over all the sessions of a test. */
class Tally {
  clicks = 0;
  documents = 0;
  screens = 0;
  readonly byRole: Record<string, number> = {};

  /** A fresh browser session signed in as `username`, its clicks and loads counted from the login page on. */
  async signIn(h: Harness, username: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await h.browser.newContext(contextOptions(viewport));
    await context.exposeBinding('__tallyClick', () => {
      this.clicks++;
      this.byRole[username] = (this.byRole[username] ?? 0) + 1;
    });
    await context.addInitScript(() => {
      document.addEventListener('click', (e) => e.isTrusted && void (window as unknown as { __tallyClick: () => void }).__tallyClick(), true);
    });
    const page = await context.newPage();
    page.on('load', () => this.documents++);
    page.on('framenavigated', (f) => f === page.mainFrame() && this.screens++);
    await page.goto(`${h.base}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => u.pathname === '/inbox');
    return page;
  }
}

/** Opens a queue's tab (unless it is already shown) and the item's row from it. */
async function fromQueue(page: Page, tab: string, title: string): Promise<void> {
  const tabButton = page.getByRole('tab', { name: new RegExp(`^${tab}`) });
  await tabButton.waitFor({ timeout: PATIENCE });
  if ((await tabButton.getAttribute('aria-selected')) !== 'true') await tabButton.click();
  const link = page.getByRole('tabpanel').getByRole('link', { name: title });
  await link.waitFor({ timeout: PATIENCE });
  await link.click();
  await expect.poll(() => page.getByText('办理过程').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
}

/** Takes a row's step from the list itself (审核通过, 签发, 发送), confirming in the pop-up. */
async function stepInQueue(page: Page, tab: string, title: string, step: string): Promise<void> {
  const tabButton = page.getByRole('tab', { name: new RegExp(`^${tab}`) });
  await tabButton.waitFor({ timeout: PATIENCE });
  if ((await tabButton.getAttribute('aria-selected')) !== 'true') await tabButton.click();
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByRole('button', { name: label(step) }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: label(step) })
    .click();
  await expect.poll(() => row.count(), { timeout: PATIENCE }).toBe(0);
}

/**
 * The lifecycle of one suggestion with a lead and a co-handling unit, every step reached from the
 * 待办 of the person it waits on: submission on a phone → review → assignment → co-opinion → contact,
 * draft → review → sign-off → sending → the deputy's evaluation. Prints the clicks and page loads.
 */
describe('every step from a queue (待办)', () => {
  let h: Harness;
  useHarness(30, (x) => void (h = x));

  it('takes one suggestion from the deputy’s phone to the evaluation, each role from its 待办, and counts the clicks', async () => {
    const t = new Tally();
    const repeatedBefore = repeatedClicks.count;
    const [finance] = await queryRows<{ name: string }>(
      h.db.db,
      sql`select o.name from users u join organizations o on o.id = u.organization_id where u.username = 'u-finance-office'`,
    );
    const [edu] = await queryRows<{ name: string }>(
      h.db.db,
      sql`select o.name from users u join organizations o on o.id = u.organization_id where u.username = 'unit-office'`,
    );
    const title = '关于推广农村义务教育学校课后服务的建议';

    // The deputy, on a phone: 待办 is home, with 提出建议 on it.
    const deputy = await t.signIn(h, 'deputy', PHONE);
    await deputy.getByRole('button', { name: /提出建议/ }).click();
    await deputy.getByLabel('标题').fill(title);
    await deputy.getByLabel('正文').fill('一、基本情况：农村学校课后服务覆盖不足。二、建议：省级统筹经费，鼓励社会力量参与，扩大课后服务覆盖面。');
    await pick(deputy, deputy.locator('form'), '类别', '教育', '教育');
    await deputy.getByRole('button', { name: /提交建议/ }).click();
    await deputy.waitForURL(/\/items\/\d+/);
    const id = Number(new URL(deputy.url()).pathname.split('/').pop());
    await deputy.context().close();

    // The liaison office: 待审核 → 立案 (the deputy's category pre-filled) → 正式交办 from the item page.
    const liaison = await t.signIn(h, 'liaison');
    await fromQueue(liaison, '待审核', title);
    await finish(liaison, await startAction(liaison, '审核'), '提交');
    await expectState(h, id, 'accepted');
    const d = await startAction(liaison, '正式交办');
    await chooseRadio(d, '主办会办');
    await pick(liaison, d, '主办单位', '教育厅', edu.name);
    await pick(liaison, d, '会办单位', '财政厅', finance.name);
    await finish(liaison, d, '正式交办');
    await expectState(h, id, 'handling');
    await liaison.context().close();

    // The co-handling unit: 待报会办意见.
    const co = await t.signIn(h, 'u-finance-office');
    await fromQueue(co, '待报会办意见', title);
    const op = await startAction(co, '报送会办意见');
    await op.getByLabel('会办意见').fill('我厅将在年度预算中统筹安排课后服务补助资金。');
    await op.getByLabel('联系电话').fill('0731-85160000');
    await finish(co, op, '提交');
    await co.context().close();

    // The lead's handler: 待起草答复 → contact → draft → submit for review.
    const handler = await t.signIn(h, 'unit-handler');
    await fromQueue(handler, '待起草答复', title);
    const c = await startAction(handler, '登记沟通联系');
    await pick(handler, c, '沟通方式', '', '电话');
    await c.getByLabel('参加人员').fill('省教育厅基础教育处负责同志；领衔代表');
    await c.getByLabel('沟通内容').fill('电话沟通，介绍课后服务经费安排，听取代表意见。');
    await finish(handler, c, '提交');
    const r = await startAction(handler, '起草答复');
    await chooseRadio(r, /^A/);
    await r.getByLabel('答复正文').fill('您提出的关于推广农村义务教育学校课后服务的建议收悉。经研究，省级财政已安排专项资金，今年秋季学期实现全覆盖。');
    await r.getByLabel('文号（发出前必填）').fill('湘教函〔2026〕31号');
    await r.getByLabel('联系电话').fill('0731-84720000');
    await finish(handler, r, '保存并提交审核');
    await handler.context().close();

    // The unit office approves, the leader signs, the office sends — each from the list itself.
    const office = await t.signIn(h, 'unit-office');
    await stepInQueue(office, '答复待审核', title, '审核通过');
    await office.context().close();
    const leader = await t.signIn(h, 'unit-leader');
    await shot(leader, 'queue-leader-sign');
    await stepInQueue(leader, '答复待签发', title, '签发');
    await leader.context().close();
    const sender = await t.signIn(h, 'unit-office');
    await stepInQueue(sender, '答复待发送', title, '发送');
    await sender.context().close();
    await expectState(h, id, 'replied');

    // The deputy, on a phone: 待评价.
    const evaluator = await t.signIn(h, 'deputy', PHONE);
    await fromQueue(evaluator, '待评价', title);
    const e = await startAction(evaluator, '评价答复');
    await chooseRadio(e, '满意');
    await finish(evaluator, e, '提交');
    await expectState(h, id, 'closed');
    await evaluator.context().close();

    // The helpers' repeats of a click that missed while a list or dialog was still opening are not a person's clicks.
    const repeated = repeatedClicks.count - repeatedBefore;
    const clicks = t.clicks - repeated;
    console.log(
      `[queues] full lifecycle from the queues: ${clicks} clicks (${repeated} repeated by the test under load not counted), ${t.documents} page loads, ${t.screens} screens; clicks by account ${JSON.stringify(t.byRole)}`,
    );
    // About 60 before the queues (issue 13); the target is 35. This guards what is reached now against regressions.
    expect(clicks).toBeLessThanOrEqual(50);
  }, 600_000);
});
