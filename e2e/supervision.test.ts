import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { shot, signIn, type Harness, useHarness } from './harness';
import { finish, label, openItem, pick } from './steps';

const PATIENCE = 60_000;

/** Key supervision, its activities, reminders and bulletins (R-SUP-2/3/4) in Debian's Chromium against the real server and the seeded demo. */
describe('supervision in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it('a supervisor designates a key supervision and records an activity on the item page; the 重点督办 page lists and counts it', async () => {
    const api = await Client.login(h.app, 'supervisor', DEMO_PASSWORD);
    const before = await api.ok('GET', '/api/key-supervisions');
    // The demo seeds some key supervision (with committees) already.
    expect(before.counts.total).toBeGreaterThan(0);
    const ledger = await api.ok('GET', '/api/items?state=handling&pageSize=100');
    const supervised = new Set(before.rows.map((r: { itemId: number }) => r.itemId));
    const target = ledger.rows.find((r: { id: number }) => !supervised.has(r.id));
    expect(target, 'a handling item not yet key-supervised').toBeTruthy();

    const page = await openItem(h, 'supervisor', target.id);
    const section = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: '重点督办' }) });
    await section.getByRole('button', { name: '确定重点督办' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: PATIENCE });
    await dialog.getByText('专委会对口督办', { exact: true }).click();
    await pick(page, dialog, '督办专委会', '教育', '省人大教育科学文化卫生委员会');
    await dialog.getByLabel('督办要求').fill('请承办单位每月报告办理进展。');
    await finish(page, dialog, '提交');
    await expect.poll(() => section.innerText(), { timeout: PATIENCE }).toContain('省人大教育科学文化卫生委员会');
    expect(await section.innerText()).toContain('专委会对口督办');

    await section.getByRole('button', { name: '登记督办活动' }).click();
    dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: PATIENCE });
    await pick(page, dialog, '活动形式', '', '实地视察');
    await dialog.getByLabel('参加人员').fill('教科文卫委、承办单位负责同志、领衔代表');
    await dialog.getByLabel('活动情况').fill('实地察看项目进展，要求按期答复代表。');
    await finish(page, dialog, '提交');
    await expect.poll(() => section.innerText(), { timeout: PATIENCE }).toContain('实地察看项目进展');
    // Logged on the item's history.
    await expect.poll(() => page.locator('.history').innerText(), { timeout: PATIENCE }).toContain('确定为重点督办件');
    expect(await page.locator('.history').innerText()).toContain('督办活动');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'supervisor-item-key-supervision');

    // A manual reminder from the 催办与督办函 section.
    const urge = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: '催办与督办函' }) });
    await urge.getByRole('button', { name: label('催办') }).click();
    dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: PATIENCE });
    await dialog.getByLabel('催办内容').fill('答复期限临近，请抓紧办理。');
    await finish(page, dialog, '发出催办');
    await expect.poll(() => urge.innerText(), { timeout: PATIENCE }).toContain('答复期限临近，请抓紧办理。');

    // The 重点督办 page: the new item among them, counted.
    await page.getByRole('menuitem', { name: /重点督办/ }).click();
    await page.waitForURL(/\/key-supervisions$/);
    const row = page.locator('tbody tr', { hasText: target.title });
    await expect.poll(() => row.count(), { timeout: PATIENCE }).toBe(1);
    expect(await row.innerText()).toContain('专委会对口督办');
    expect(await row.innerText()).toContain('实地视察');
    const total = page.locator('[data-figure="total"] .ant-statistic-content');
    await expect.poll(() => total.innerText()).toMatch(new RegExp(`^${before.counts.total + 1}\\s*件$`));
    await shot(page, 'supervisor-key-supervisions');
    await page.context().close();
  });

  it('the liaison office generates a bulletin; the behind-schedule units are named and highlighted', async () => {
    const page = await signIn(h, 'liaison');
    await page.getByRole('menuitem', { name: /进度通报/ }).click();
    await page.waitForURL(/\/bulletins$/);
    // The demo generated one already.
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await page.getByRole('button', { name: /生成本期通报/ }).click();
    await page.waitForURL(/\/bulletins\/\d+$/, { timeout: PATIENCE });
    const id = Number(page.url().split('/').pop());
    const api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const b = await api.ok('GET', `/api/bulletins/${id}`);
    await expect.poll(() => page.getByRole('heading', { name: b.title }).count(), { timeout: PATIENCE }).toBe(1);
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(b.content.units.length);
    expect(await page.locator('.bulletin-behind').count()).toBe(b.content.totals.unitsBehind);
    if (b.content.behind.length) expect(await page.locator('.ant-alert').innerText()).toContain(b.content.behind[0].unitName);
    await shot(page, 'liaison-bulletin');
    await page.context().close();
  });
});
