import { describe, expect, it } from 'vitest';
import { shot, signIn, type Harness, useHarness } from './harness';

/**
 * Issue 16 in the browser: a deputy of two congresses switches between them from the header; the
 * city's office reads its counties side by side, goes down to one county's townships and opens the
 * items behind a figure.
 */
describe('congresses of several levels', () => {
  let h: Harness;
  useHarness(20, (x) => void (h = x));

  it('the province’s deputy, also a county deputy, switches to 华容县 and sees the suggestions there', async () => {
    const page = await signIn(h, 'deputy');
    const switcher = page.getByRole('button', { name: /切换工作身份，当前：湖南省人民代表大会/ });
    await switcher.click();
    await page.getByRole('menuitem', { name: /华容县人民代表大会 · 人大代表/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /当前：华容县人民代表大会/ }).count()).toBe(1);
    await page.getByRole('menuitem', { name: '我的建议' }).click();
    // The county's suggestions this deputy leads, numbered in the county's session; none of the province's.
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.filter({ hasText: '县城老旧小区' }).count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/县|乡|镇|村/);
    await shot(page, 'levels-deputy-in-county');
    // And back: the switch is remembered by the session, so a reload stays where it is.
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: /当前：华容县人民代表大会/ }).count()).toBe(1);
    await page.getByRole('button', { name: /切换工作身份/ }).click();
    await page.getByRole('menuitem', { name: /湖南省人民代表大会 · 人大代表/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /当前：湖南省人民代表大会/ }).count()).toBe(1);
    await page.context().close();
  });

  it('the city reads its counties side by side, goes down to 华容县’s townships and opens the items behind a figure', async () => {
    const page = await signIn(h, 'city');
    await page.getByRole('menuitem', { name: '下级汇总' }).click();
    const table = page.locator('.ant-table');
    await expect.poll(() => table.getByRole('row').count()).toBe(4); // header, 华容县, 平江县, 合计
    await expect.poll(() => table.getByText('合计').count()).toBe(1);
    await shot(page, 'levels-city-roll-up');
    await table.getByRole('button', { name: '华容县', exact: true }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(14); // header, twelve townships, 合计
    await expect.poll(() => page.locator('.ant-breadcrumb').innerText()).toContain('华容县');
    await shot(page, 'levels-county-townships');
    await table
      .getByRole('button', { name: /^东山镇 \d+ 件，查看建议$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(/东山镇 · 建议件数（\d+ 件）/).count()).toBe(1);
    await expect.poll(() => dialog.locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'levels-drill-down');
    await page.context().close();
  });
});
