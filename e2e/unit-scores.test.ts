import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { shot, signIn, type Harness, useHarness } from './harness';

const pct = (n: number | null) => (n === null ? '—' : `${n.toFixed(2)}%`);

/** The statistics page's breakdown, satisfaction-against-resolution and unit-score tabs, and the weights on the rules page (R-STAT-1/2). */
describe('statistics breakdowns and unit scores in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it('the liaison office reads the breakdowns, the 被满意 view and the ranking, and downloads it', async () => {
    const api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const sessions = await api.ok<{ id: number; year: number }[]>('GET', '/api/sessions');
    const latest = [...sessions].sort((a, b) => b.year - a.year || b.id - a.id)[0];
    const byUnit = await api.ok('GET', `/api/statistics/by-unit?sessionId=${latest.id}`);
    const scores = await api.ok('GET', `/api/statistics/unit-scores?sessionId=${latest.id}`);
    expect(byUnit.length).toBeGreaterThan(0);

    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/stats`);
    await page.getByRole('tab', { name: '分项统计' }).click();
    const units = page.locator('.dashboard-card').filter({ hasText: '各单位办理情况（主办、会办分列）' });
    await expect.poll(() => units.locator('.dashboard-chart canvas').count()).toBe(1);
    await units.getByText('表格').click();
    const withLead = byUnit.filter((u: { lead: unknown }) => u.lead);
    await expect.poll(() => units.locator('tbody tr.ant-table-row').count()).toBe(withLead.length);
    expect(await units.locator('tbody tr.ant-table-row').first().innerText()).toContain(pct(withLead[0].lead.replyRate));
    const groups = page.locator('.dashboard-card').filter({ has: page.getByRole('radiogroup', { name: '统计口径' }) });
    await groups.getByText('分代表团').click();
    await groups.getByText('表格').click();
    await expect.poll(() => groups.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await shot(page, 'liaison-stats-breakdown');

    await page.getByRole('tab', { name: '满意与解决' }).click();
    const sat = page.locator('.dashboard-card').filter({ hasText: '满意率与解决率对照' });
    await expect.poll(async () => (await sat.locator('.dashboard-chart canvas').count()) + (await sat.getByText('暂无已答复或已评价的建议').count())).toBe(1);
    await shot(page, 'liaison-stats-satisfaction');

    await page.getByRole('tab', { name: '单位考核' }).click();
    const card = page.locator('.dashboard-card').filter({ hasText: '承办单位办理工作考核' });
    await expect.poll(() => card.locator('tbody tr.ant-table-row').count()).toBe(scores.units.length);
    const first = scores.units[0];
    const row = card.locator('tbody tr.ant-table-row').first();
    expect(await row.innerText()).toContain(first.unitName);
    if (first.total !== null) expect(await row.innerText()).toContain(first.total.toFixed(2));
    const t = first.components[0];
    expect(await row.getByTestId(`score-${first.unitId}-timeliness`).innerText()).toContain(`${t.numerator}/${t.denominator}`);
    await shot(page, 'liaison-unit-scores');
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/承办单位考核\.xlsx$/);
    await page.context().close();
  });

  it('the administrator sees the weights sum and the schema message when they do not add up to 100', async () => {
    const page = await signIn(h, 'admin');
    await page.goto(`${h.base}/admin/rules`);
    await expect.poll(() => page.getByTestId('unit-score-sum').count()).toBe(1);
    expect(await page.getByTestId('unit-score-sum').innerText()).toContain('合计 100 分');
    await page.getByLabel('按期办理').fill('30');
    await expect.poll(() => page.getByTestId('unit-score-sum').innerText()).toContain('105');
    await page.getByRole('button', { name: /保存 \d{4} 年规则配置/ }).click();
    await expect.poll(() => page.getByText(/单位考核权重.*权重之和应为 100（现为 105）/).count()).toBeGreaterThan(0);
    await page.getByLabel('答复质量').fill('10');
    await expect.poll(() => page.getByTestId('unit-score-sum').innerText()).toContain('合计 100 分');
    await page.getByRole('button', { name: /保存 \d{4} 年规则配置/ }).click();
    await expect.poll(() => page.getByText(/已保存 \d{4} 年规则配置/).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
