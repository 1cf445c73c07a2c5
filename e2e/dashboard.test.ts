import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVEN_HUNDREDS } from '../domain/stats/targets';
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
    expect(await figure('closeRate')).toBe(pct(stats.closeRate));
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

    // The 表格 view of the class shares: the classes of the rules profile, the server's shares adding up to 100.00%.
    const card = page.locator('.dashboard-card').filter({ hasText: '办理结果类别' });
    await card.getByText('表格').click();
    const scheme: { code: 'A' | 'B' | 'C' | 'D'; label: string; definition: string }[] = stats.classScheme;
    expect(scheme.map((c) => c.code).slice(0, 3)).toEqual(['A', 'B', 'C']);
    await expect.poll(() => card.locator('tbody tr').count()).toBe(scheme.length + 1);
    for (const c of scheme) {
      await expect.poll(() => card.locator('tr', { hasText: c.label }).innerText()).toContain(pct(stats.resultClasses[c.code]?.share ?? 0));
      expect(await card.innerText()).toContain(c.definition);
    }
    if (scheme.reduce((a, c) => a + (stats.resultClasses[c.code]?.count ?? 0), 0) > 0) {
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

  it('办理概况 words the figures of GET /api/statistics; the targets panel lists 七个百分之百 with the units short of each', async () => {
    const api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const sessions = await api.ok<{ id: number; year: number }[]>('GET', '/api/sessions');
    const latest = [...sessions].sort((a, b) => b.year - a.year || b.id - a.id)[0];
    const stats = await api.ok('GET', `/api/statistics?sessionId=${latest.id}`);
    let targets = await api.ok('GET', `/api/statistics/targets?sessionId=${latest.id}`);
    if (targets.targets.length === 0) {
      // The demo's profile names them (seed 003); where it does not, the administrator sets them.
      const admin = await Client.login(h.app, 'admin', DEMO_PASSWORD);
      const record = await admin.ok('GET', `/api/admin/rules-profiles/${latest.year}`);
      await admin.ok('PUT', `/api/rules-profiles/${latest.year}`, {
        preset: record.preset,
        values: { ...record.values, targets: SEVEN_HUNDREDS },
        version: record.version ?? undefined,
      });
      targets = await api.ok('GET', `/api/statistics/targets?sessionId=${latest.id}`);
    }
    expect(targets.title).toBe('七个百分之百');
    expect(targets.targets).toHaveLength(7);

    const page = await signIn(h, 'liaison', { width: 1366, height: 900 });
    await page.goto(`${h.base}/stats`);
    const summary = page.locator('.dashboard-summary');
    await expect.poll(() => summary.locator('[data-figure="received"]').innerText()).toBe(String(stats.intake.received));
    expect(await summary.locator('[data-figure="registered"]').innerText()).toBe(String(stats.intake.registered));
    const text = await summary.innerText();
    expect(text).toMatch(new RegExp(`收到建议\\s*${stats.intake.received}\\s*件，立案\\s*${stats.intake.registered}\\s*件`));
    if (stats.intake.reference > 0) expect(text).toContain(`转为参阅件 ${stats.intake.reference} 件`);
    expect(text).toContain(`交办率 ${pct(stats.assignmentRate)}`);
    expect(text).toContain(`主办单位 ${stats.units.lead} 个、承办单位 ${stats.units.handling} 个`);
    expect(text).toContain(`已办结 ${stats.closed} 件，办结率 ${pct(stats.closeRate)}`);
    expect(text).toContain(`初次办理满意率 ${pct(stats.firstRound.satisfactionRate)}，最终满意率 ${pct(stats.evaluations.satisfactionRate)}`);
    expect(text).toContain(`政府系统 ${stats.routing.government.count} 件（占 ${pct(stats.routing.government.share)}）`);
    expect(text).toMatch(stats.dates.evaluationWindowEnds ? /评价期截至 \d{4}年\d{1,2}月\d{1,2}日\s*(已截止|未截止)/ : /评价期/);
    // The category chart's table gives each category's share of all items.
    const cats = page.locator('.dashboard-card').filter({ hasText: '各类别建议件数' });
    await cats.getByText('表格').click();
    const top = stats.categories[0];
    await expect.poll(() => cats.locator('tr', { hasText: top.name }).first().innerText()).toContain(pct(top.share));

    const panel = page.locator('.dashboard-targets');
    await expect.poll(() => panel.locator('.ant-card-head').innerText()).toContain('目标完成情况 — 七个百分之百');
    const rows = panel.locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(7);
    for (const [i, t] of targets.targets.entries()) {
      const row = await rows.nth(i).innerText();
      expect(row).toContain(t.label);
      expect(row).toContain(`${t.target}%`);
      if (t.denominator > 0) expect(row).toContain(`${pct(t.value)}（${t.numerator}/${t.denominator}）`);
      expect(row).toContain('达标');
      expect(row.includes('未达标')).toBe(!t.met);
    }
    // A missed target opens to the units short of it.
    const missed = targets.targets.findIndex((t: { unitsShort: unknown[] }) => t.unitsShort.length > 0);
    if (missed >= 0) {
      const t = targets.targets[missed];
      await rows.nth(missed).locator('.ant-table-row-expand-icon').click();
      const units = panel.locator('.targets-units tbody tr.ant-table-row');
      await expect.poll(() => units.count()).toBe(t.unitsShort.length);
      const u = t.unitsShort[0];
      expect(await units.first().innerText()).toContain(u.unitName);
      expect(await units.first().innerText()).toContain(`（${u.numerator}/${u.denominator}）`);
    }
    await shot(page, 'liaison-dashboard-targets');
    await page.context().close();
  });

  it("the city's liaison office sees its deputies' hotline channel beside the suggestions, counted as GET /api/statistics counts it", async () => {
    const api = await Client.login(h.app, 'city', DEMO_PASSWORD);
    const { hotline } = await api.ok('GET', '/api/statistics');
    expect(hotline).toMatchObject({ scope: 'channel' });
    const page = await signIn(h, 'city', { width: 1366, height: 900 });
    await page.goto(`${h.base}/stats`);
    const card = page.getByTestId('hotline-card');
    await expect.poll(() => card.innerText()).toMatch(new RegExp(`代表来电\\s*${hotline.orders} 件`));
    const text = await card.innerText();
    expect(text).toContain(`人大代表民情通达专线（${hotline.year}年）`);
    expect(text).toContain(`${pct(hotline.onTime.rate)}（${hotline.onTime.numerator}/${hotline.onTime.denominator}）`);
    expect(text).toContain(`${pct(hotline.satisfied.rate)}（${hotline.satisfied.numerator}/${hotline.satisfied.denominator}）`);
    await shot(page, 'city-dashboard-hotline');
    await page.context().close();
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
