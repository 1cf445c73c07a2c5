import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { shot, SHOTS, signIn, type Harness, useHarness } from './harness';

const pct = (n: number | null) => (n === null ? '—' : `${n.toFixed(2)}%`);

/** The dashboards and the key items in Debian's Chromium against the real server and a seeded embedded database. */
describe('dashboards and key items in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it('the liaison office opens the dashboard: charts drawn, headline figures as GET /api/statistics, a table view for each chart', async () => {
    const api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const sessions = await api.ok<{ id: number; year: number }[]>('GET', '/api/sessions');
    const latest = [...sessions].sort((a, b) => b.year - a.year || b.id - a.id)[0];
    const stats = await api.ok('GET', `/api/statistics?sessionId=${latest.id}`);
    expect(stats.items).toBeGreaterThan(0);

    const page = await signIn(h, 'liaison');
    await page.getByRole('menuitem', { name: /统计/ }).click();
    await page.waitForURL(/\/stats$/);
    const figure = (key: string) => page.locator(`[data-figure="${key}"] .ant-statistic-content`).innerText();
    await expect.poll(() => figure('items')).toMatch(new RegExp(`^${stats.items}\\s*件$`));
    expect(await figure('replyRate')).toBe(pct(stats.replyRate));
    expect(await figure('onTimeRate')).toBe(pct(stats.onTimeRate));
    expect(await figure('contactRate')).toBe(pct(stats.contactRate));
    expect(await figure('faceToFaceRate')).toBe(pct(stats.faceToFaceRate));
    expect(await figure('struckOff')).toMatch(new RegExp(`^${stats.commitmentsStruckOff}`));
    expect(await figure('rehandled')).toMatch(new RegExp(`^${stats.rehandled}`));
    // Five panels, each drawn on a canvas with a size (class shares, satisfaction, on-time rate, lights, categories).
    await expect.poll(() => page.locator('.dashboard-chart canvas').count()).toBe(5);
    for (const c of await page.locator('.dashboard-chart canvas').all()) {
      const box = await c.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(150);
    }
    await shot(page, 'liaison-dashboard');

    // The 表格 view of the class shares: the server's shares, adding up to 100.00%.
    const card = page.locator('.dashboard-card').filter({ hasText: '办理结果类别' });
    await card.getByText('表格').click();
    for (const k of ['A', 'B', 'C'] as const) {
      await expect.poll(() => card.locator('tr', { hasText: `${k}类` }).innerText()).toContain(pct(stats.resultClasses[k].share));
    }
    if (stats.resultClasses.A.count + stats.resultClasses.B.count + stats.resultClasses.C.count > 0) {
      expect(await card.locator('tr', { hasText: '合计' }).innerText()).toContain('100.00%');
    }
    // The lights table agrees with the server's figures by unit.
    const perf = await api.ok('GET', `/api/statistics/unit-performance?sessionId=${latest.id}`);
    const reds = perf.units.reduce((a: number, u: { lights: { red: number } }) => a + u.lights.red, 0);
    const lights = page.locator('.dashboard-card').filter({ hasText: '各单位红黄绿灯' });
    if (reds + perf.units.reduce((a: number, u: { lights: { yellow: number; green: number } }) => a + u.lights.yellow + u.lights.green, 0) > 0) {
      await lights.getByText('表格').click();
      await expect.poll(() => lights.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    await page.context().close();

    // On a 375 px phone the charts fit the width.
    const phone = await signIn(h, 'liaison', { width: 375, height: 812 });
    await phone.goto(`${h.base}/stats`);
    await expect.poll(() => phone.locator('.dashboard-chart canvas').count()).toBe(5);
    const widest = await phone.locator('.dashboard-chart canvas').evaluateAll((cs) => Math.max(...cs.map((c) => c.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(375);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(phone, 'liaison-dashboard-375');
    // The first two panels at full size, to check that the labels are readable on a phone.
    for (const [i, name] of [
      [0, 'classes'],
      [1, 'satisfaction'],
    ] as const) {
      await phone
        .locator('.dashboard-card')
        .nth(i)
        .screenshot({ path: path.join(SHOTS, `liaison-dashboard-375-${name}.png`) });
    }
    await phone.context().close();
  });

  it("a failing panel shows the server's message and retries on its own; an empty one says so", async () => {
    const page = await signIn(h, 'govoffice');
    let fail = true;
    await page.route('**/api/statistics/categories**', (route) =>
      fail
        ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'UNAVAILABLE', message: '统计服务暂不可用' }) })
        : route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }),
    );
    await page.goto(`${h.base}/stats`);
    const card = page.locator('.dashboard-card').filter({ hasText: '各类别建议件数' });
    await expect.poll(() => card.getByText('统计服务暂不可用').count()).toBe(1);
    // The other panels are not held back by the failed one.
    await expect.poll(() => page.locator('.dashboard-chart canvas').count()).toBe(4);
    fail = false;
    await card.getByRole('button', { name: /重\s*试/ }).click();
    await expect.poll(() => card.getByText('暂无建议').count()).toBe(1);
    await page.context().close();
  });

  it('the supervisor lands on the key items and follows one to its item page', async () => {
    const office = await Client.login(h.app, 'unit-office', DEMO_PASSWORD);
    let keys = await office.ok('GET', '/api/key-items');
    if (keys.rows.length === 0) {
      // The demo data may have none this small: the unit's office marks one of its running items (R-HANDLE-2).
      const ledger = await office.ok('GET', '/api/items?state=handling&pageSize=50');
      const mine = ledger.rows.find((r: { myTask: { role: string } | null }) => r.myTask && r.myTask.role !== 'co');
      expect(mine, 'a running item of the demo unit').toBeTruthy();
      await office.ok('PUT', `/api/items/${mine.id}/key-item`, { taskVersion: mine.myTask.version, isKeyItem: true });
      keys = await office.ok('GET', '/api/key-items');
    }
    const supervisorApi = await Client.login(h.app, 'supervisor', DEMO_PASSWORD);
    const all = await supervisorApi.ok('GET', '/api/key-items');
    expect(all.rows.length).toBeGreaterThanOrEqual(keys.rows.length);
    const first = keys.rows[0];

    const page = await signIn(h, 'supervisor');
    await page.waitForURL(/\/key-items$/);
    await expect.poll(() => page.getByRole('heading', { name: '重点处理建议' }).count()).toBe(1);
    const row = page.locator('tbody tr', { hasText: first.title });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expect.poll(() => row.first().innerText()).toContain(first.unitName);
    // The latest event, in Chinese, with who did it.
    expect(await row.first().innerText()).toMatch(/确定重点处理|沟通联系|交办|答复|责任分解/);
    await shot(page, 'supervisor-key-items');
    await row.first().getByRole('link', { name: first.title }).click();
    await page.waitForURL(new RegExp(`/items/${first.itemId}$`));
    await expect.poll(() => page.getByText('重点处理').count()).toBeGreaterThan(0);
    await page.context().close();

    const phone = await signIn(h, 'supervisor', { width: 375, height: 812 });
    await expect.poll(() => phone.locator('.key-item-card').count()).toBe(all.rows.length);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(phone, 'supervisor-key-items-375');
    await phone.context().close();
  });
});
