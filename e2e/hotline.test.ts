import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { createUser, sharedDemoHash } from '../server/usecases/admin/create-user';
import { shot, signIn, useHarness, type Harness } from './harness';
import { chooseRadio, finish, label, pick, startAction } from './steps';

/**
 * The deputies' hotline channel (issue 15 §1–§5) in the browser, on the demo's 岳阳市: the hotline office
 * takes a deputy's call (the number finds the deputy, the category proposes the unit) and dispatches it;
 * the unit contacts the deputy, finishes the order and feeds the result back; the deputy rates it on a
 * 375 px phone; the office sees the order closed and rated in its ledger. Screenshots: e2e/screenshots/hotline-*.png.
 */
const PATIENCE = 60_000;
const PHONE = { width: 375, height: 812 };
const CALLER = '13907301234';
const CONTENT = '岳阳楼区金鹗中学门口上下学时段车辆拥堵，没有交通协管员，学生过马路存在安全隐患，请有关部门尽快解决。';

interface Setup {
  cityId: number;
  deputy: { id: number; name: string; username: string };
  unit: { id: number; name: string; username: string };
}

/** The menu's entries as the user sees them (on a phone, in the drawer). */
async function menu(page: Page, phone = false): Promise<string[]> {
  if (phone) await page.getByRole('button', { name: '打开菜单' }).click();
  const items = page.locator(phone ? '.ant-drawer .ant-menu-item' : '.app-sider .ant-menu-item');
  await expect.poll(() => items.count(), { timeout: PATIENCE }).toBeGreaterThan(0);
  return (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, '').replace(/\d+$/, ''));
}

/** What the test needs that the demo may not hold yet: the hotline office's account, a catalogue row, the deputy's number. */
async function prepare(h: Harness): Promise<Setup> {
  const db = h.db.db;
  const [city] = await queryRows<{ id: number }>(db, sql`select id from congresses where level = 'city' and body = 'congress' order by id limit 1`);
  const [office] = await queryRows<{ id: number }>(db, sql`select id from users where username = 'hotline'`);
  if (!office)
    await createUser(db, { username: 'hotline', password: DEMO_PASSWORD, displayName: '李晓红', role: 'hotlineOffice', congressId: city.id }, sharedDemoHash);
  const [deputy] = await queryRows<{ id: number; name: string; username: string }>(
    db,
    sql`select d.id, d.name, u.username from users u join deputies d on d.id = u.deputy_id
          where u.role = 'deputy' and u.congress_id = ${city.id} order by u.username limit 1`,
  );
  // The number the deputy calls from: theirs alone in the congress.
  await db.execute(sql`update deputies set phone = null where congress_id = ${city.id} and phone = ${CALLER}`);
  await db.execute(sql`update deputies set phone = ${CALLER} where id = ${deputy.id}`);
  const [unit] = await queryRows<{ id: number; name: string; username: string }>(
    db,
    sql`select o.id, o.name, u.username from organizations o join users u on u.organization_id = o.id and u.role = 'unitOffice'
          where o.congress_id = ${city.id} and o.name = '市教育局' limit 1`,
  );
  await db.execute(sql`insert into hotline_catalogue (congress_id, category, unit_id) values (${city.id}, '教育', ${unit.id})
                        on conflict (congress_id, category) do update set unit_id = excluded.unit_id`);
  return { cityId: city.id, deputy, unit };
}

async function orderState(h: Harness, id: number): Promise<string> {
  const [row] = await queryRows<{ state: string }>(h.db.db, sql`select state from work_orders where id = ${id}`);
  return row.state;
}

async function expectOrderState(h: Harness, id: number, state: string): Promise<void> {
  await expect.poll(() => orderState(h, id), { timeout: PATIENCE }).toBe(state);
}

async function openOrder(h: Harness, username: string, id: number, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await signIn(h, username, viewport);
  await page.goto(`${h.base}/hotline/${id}`);
  await expect.poll(() => page.getByText('办理过程').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
  return page;
}

describe('the deputies hotline channel in the browser', () => {
  let h: Harness;
  let s: Setup;
  useHarness(30, async (x) => {
    h = x;
    s = await prepare(h);
  });

  it('a call is taken and dispatched, the unit contacts, finishes and feeds back, the deputy rates it on a phone', async () => {
    // 1. The hotline office takes the call while the deputy is on the line.
    const office = await signIn(h, 'hotline');
    expect(await menu(office)).toEqual(expect.arrayContaining(['专线工单', '登记来电', '派单目录']));
    await office.locator('.app-sider .ant-menu-item').filter({ hasText: '登记来电' }).click();
    await office.waitForURL(/\/hotline\/new$/);
    await office.getByLabel('来电号码').fill(CALLER);
    // The number finds the deputy, proposed at once for the operator to confirm on the line.
    await expect.poll(() => office.getByRole('radio', { name: new RegExp(s.deputy.name) }).count(), { timeout: PATIENCE }).toBe(1);
    expect(await office.getByRole('radio', { name: new RegExp(s.deputy.name) }).isChecked()).toBe(true);
    const form = office.locator('form');
    await pick(office, form, '事件分类', '教育', '教育');
    await expect.poll(() => office.getByText(`派单目录建议承办单位：${s.unit.name}`).count()).toBe(1);
    await office.getByLabel('来电内容').fill(CONTENT);
    await office.getByLabel('具体地点').fill('金鹗中学门口');
    await shot(office, 'hotline-office-intake');
    await office.getByRole('button', { name: label('登记工单') }).click();
    await office.waitForURL(/\/hotline\/\d+$/);
    const id = Number(new URL(office.url()).pathname.split('/').pop());
    await expectOrderState(h, id, 'received');
    const [created] = await queryRows<{ deputy_id: number; deputy_confirmed: boolean; source: string }>(
      h.db.db,
      sql`select deputy_id, deputy_confirmed, source from work_orders where id = ${id}`,
    );
    expect(created).toEqual({ deputy_id: s.deputy.id, deputy_confirmed: true, source: 'hotlineOffice' });

    // 派单: the catalogue's unit is proposed.
    const dispatch = await startAction(office, '派单');
    expect(await dispatch.locator('.ant-form-item').filter({ hasText: '承办单位（牵头）' }).innerText()).toContain(s.unit.name);
    await shot(office, 'hotline-office-dispatch');
    await finish(office, dispatch, '派单');
    await expectOrderState(h, id, 'dispatched');
    await expect.poll(() => office.getByText('办理时限').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(office, 'hotline-office-order-dispatched');
    await office.context().close();

    // 2. The unit: its menu and list, then 联系代表 within 24 hours, 办结 and 反馈代表.
    const unitList = await signIn(h, s.unit.username);
    expect(await menu(unitList)).toContain('专线工单');
    await unitList.goto(`${h.base}/hotline`);
    await expect.poll(() => unitList.locator('.ant-table-row').filter({ hasText: CALLER }).count(), { timeout: PATIENCE }).toBe(1);
    await shot(unitList, 'hotline-unit-ledger');
    await unitList.context().close();

    const unit = await openOrder(h, s.unit.username, id);
    let d = await startAction(unit, '联系代表');
    await chooseRadio(d, '电话联系');
    await d.getByLabel('联系情况').fill('电话联系代表，约定明早到学校门口现场查看，邀请代表一同参加。');
    await finish(unit, d, '登记');
    await expect.poll(() => unit.getByText('已邀请代表参加办理').count(), { timeout: PATIENCE }).toBe(1);
    d = await startAction(unit, '办结');
    await d.getByLabel('办理结果').fill('已协调交警部门在上下学时段安排警力和协管员，并施划人行横道、增设警示标志。');
    await finish(unit, d, '办结');
    await expectOrderState(h, id, 'finished');
    d = await startAction(unit, '反馈代表');
    await chooseRadio(d, '电话联系');
    await finish(unit, d, '登记反馈');
    await expectOrderState(h, id, 'fedBack');
    await shot(unit, 'hotline-unit-order-fed-back');
    await unit.context().close();

    // 3. The deputy on a 375 px phone: 我的专线 asks for the rating; they rate it 满意.
    const deputy = await signIn(h, s.deputy.username, PHONE);
    expect(await menu(deputy, true)).toEqual(expect.arrayContaining(['我的专线', '反映问题']));
    await deputy.locator('.ant-drawer .ant-menu-item').filter({ hasText: '我的专线' }).click();
    await deputy.waitForURL(/\/hotline$/);
    const card = deputy
      .locator('.order-card-link')
      .filter({ hasText: '请您评价' })
      .filter({ hasText: CONTENT.slice(0, 12) });
    await expect.poll(() => card.count(), { timeout: PATIENCE }).toBe(1);
    await shot(deputy, 'hotline-deputy-list-375');
    await card.click();
    await deputy.waitForURL(new RegExp(`/hotline/${id}$`));
    const rate = await startAction(deputy, '评价办理结果');
    await chooseRadio(rate, '满意');
    await rate.getByLabel('意见和建议').fill('单位反应快，问题解决得好。');
    await shot(deputy, 'hotline-deputy-rate-375');
    await finish(deputy, rate, '提交');
    await expectOrderState(h, id, 'closed');
    await expect.poll(() => deputy.getByText('满意', { exact: true }).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    // Nothing wider than the phone.
    expect(await deputy.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(deputy, 'hotline-deputy-order-375');

    // The deputy files another problem from the phone (反映问题): it waits for the office's dispatch.
    await deputy.getByRole('button', { name: '打开菜单' }).click();
    await deputy.locator('.ant-drawer .ant-menu-item').filter({ hasText: '反映问题' }).click();
    await deputy.waitForURL(/\/hotline\/report$/);
    const report = deputy.locator('form');
    await pick(deputy, report, '事件分类', '教育', '教育');
    await deputy.getByLabel('反映的问题').fill('金鹗中学周边人行道被占用摆摊，学生只能走机动车道。');
    await shot(deputy, 'hotline-deputy-report-375');
    expect(await deputy.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await deputy.getByRole('button', { name: label('提交') }).click();
    await deputy.waitForURL(/\/hotline\/\d+$/);
    const filed = Number(new URL(deputy.url()).pathname.split('/').pop());
    await expectOrderState(h, filed, 'received');
    const [own] = await queryRows<{ deputy_id: number; source: string; caller_phone: string }>(
      h.db.db,
      sql`select deputy_id, source, caller_phone from work_orders where id = ${filed}`,
    );
    expect(own).toEqual({ deputy_id: s.deputy.id, source: 'deputy', caller_phone: CALLER });
    await deputy.context().close();

    // 4. The office sees the order closed and rated in its ledger, the month's figures filtered.
    const back = await signIn(h, 'hotline');
    await back.goto(`${h.base}/hotline?state=closed`);
    const row = back.locator('.ant-table-row').filter({ hasText: CALLER });
    await expect.poll(() => row.count(), { timeout: PATIENCE }).toBe(1);
    expect(await row.innerText()).toContain('满意');
    // The month's figures: the calls and the solved ones among them.
    const closed = back.locator('.ant-statistic').filter({ hasText: '已办结' });
    await expect.poll(async () => Number(await closed.locator('.ant-statistic-content').innerText()), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(back, 'hotline-office-ledger');
    await back.context().close();

    // 5. The monthly report to the liaison office (R-LINE-3): made on demand for last month, listed, read by the city's liaison office.
    const reports = await signIn(h, 'hotline');
    await reports.goto(`${h.base}/hotline/reports`);
    await expect.poll(() => reports.locator('.app-content h1').innerText(), { timeout: PATIENCE }).toBe('专线月报');
    await reports.getByRole('button', { name: /生成本月报/ }).click();
    await expect.poll(() => reports.getByText(/已生成.+专线月报/).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const [made] = await queryRows<{ n: number }>(h.db.db, sql`select count(*)::int as n from hotline_monthly_reports`);
    expect(made.n).toBeGreaterThan(0);
    await expect.poll(() => reports.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(reports, 'hotline-monthly-report');
    await reports.context().close();
    const liaison = await signIn(h, 'city');
    await liaison.goto(`${h.base}/hotline/reports`);
    await expect.poll(() => liaison.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await liaison.context().close();
  }, 600_000);

  it('the office keeps its catalogue and platform keys; the liaison office supervises jointly; the ledger on a phone', async () => {
    // 派单目录 and 平台接口: a key made is shown once.
    const office = await signIn(h, 'hotline');
    await office.locator('.app-sider .ant-menu-item').filter({ hasText: '派单目录' }).click();
    await expect.poll(() => office.locator('.ant-table-row').filter({ hasText: s.unit.name }).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(office, 'hotline-office-catalogue');
    await office.locator('.app-sider .ant-menu-item').filter({ hasText: '平台接口' }).click();
    await office.getByRole('button', { name: /新建密钥/ }).click();
    const make = office.getByRole('dialog');
    await make.getByLabel('密钥名称').fill('市12345热线平台');
    await make.getByRole('button', { name: label('生成') }).click();
    await expect.poll(() => office.getByText(/密钥只显示这一次/).count(), { timeout: PATIENCE }).toBe(1);
    await shot(office, 'hotline-office-api-key');
    await office.getByRole('button', { name: '我已保存' }).click();
    await expect.poll(() => office.locator('.ant-table-row').filter({ hasText: '市12345热线平台' }).count(), { timeout: PATIENCE }).toBe(1);
    await office.context().close();

    // The city's liaison office: the channel's ledger read only, an order under supervision, 联合督办.
    const [supervised] = await queryRows<{ id: number }>(
      h.db.db,
      sql`select id from work_orders where congress_id = ${s.cityId} and state = 'supervised' order by id limit 1`,
    );
    const liaison = await signIn(h, 'city');
    expect(await menu(liaison)).toContain('专线工单');
    await liaison.locator('.app-sider .ant-menu-item').filter({ hasText: '专线工单' }).click();
    await expect.poll(() => liaison.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    expect(await liaison.getByRole('button', { name: /登记来电/ }).count()).toBe(0);
    await shot(liaison, 'hotline-liaison-ledger');
    if (supervised) {
      await liaison.goto(`${h.base}/hotline/${supervised.id}`);
      await expect.poll(() => liaison.getByText('对口督办').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
      const joint = await startAction(liaison, '联合督办');
      await joint.getByLabel('督办意见').fill('组织市纪委监委、城建环保工委、承办单位和市长热线办联合督办，两周内整改到位。');
      await finish(liaison, joint, '开展联合督办');
      await expect.poll(() => liaison.locator('.ant-tag').filter({ hasText: '联合督办' }).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
      await shot(liaison, 'hotline-liaison-joint-supervision');
    }
    await liaison.context().close();

    // The office's ledger on a phone: one card per order, nothing wider than the screen.
    const phone = await signIn(h, 'hotline', PHONE);
    await phone.goto(`${h.base}/hotline`);
    await expect.poll(() => phone.locator('.order-card-link').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'hotline-office-ledger-375');
    await phone.context().close();
  }, 600_000);
});
