import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, type Harness, useHarness } from './harness';

/**
 * Every account of the demo that has a workbench (the auditor's one page included): the province's roles, and
 * the lower bodies' (issue 16) — a city's and a county's office, a county leader, a township's presidium.
 */
const ACCOUNTS = [
  'deputy',
  'delegation',
  'liaison',
  'govoffice',
  'unit-office',
  'unit-handler',
  'unit-leader',
  'supervisor',
  'admin',
  'auditor',
  'city',
  'county',
  'county-leader',
  'township',
];
const LIMIT_MS = 1_000;

/** Until the page shows its title and nothing on it is still loading (spinners, skeletons). */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('.app-content h1') && !document.querySelector('.app-content .ant-spin-spinning, .app-content .ant-skeleton-active'),
    undefined,
    { timeout: 30_000, polling: 20 },
  );
}

/**
 * The first render of every page of every role's menu on the demo: from the click on the menu entry
 * until the page's title is shown with its data loaded (no spinner left). Each must be within 1 s.
 */
describe('every workbench page renders within a second', () => {
  let h: Harness;
  useHarness(40, (x) => void (h = x));

  it('opens each menu entry of each role and times it', async () => {
    const times: { account: string; path: string; ms: number }[] = [];
    for (const account of ACCOUNTS) {
      const page = await signIn(h, account);
      await rendered(page);
      const paths = await page
        .locator('.app-sider .ant-menu-item')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('data-menu-id') ?? '').replace(/^.*?-(\/.*)$/, '$1')).filter((p) => p.startsWith('/')));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        // Start from a page with nothing loading, so the clock measures this page alone.
        const started = Date.now();
        await page.locator(`.app-sider .ant-menu-item[data-menu-id$="-${path}"]`).click();
        await page.waitForURL((u) => u.pathname === path);
        await rendered(page);
        times.push({ account, path, ms: Date.now() - started });
      }
      await page.context().close();
    }
    const slowest = [...times].sort((a, b) => b.ms - a.ms);
    console.log(
      `[first-render] ${times.length} pages; slowest: ${slowest
        .slice(0, 5)
        .map((t) => `${t.account} ${t.path} ${t.ms} ms`)
        .join('; ')}`,
    );
    expect(slowest.filter((t) => t.ms > LIMIT_MS)).toEqual([]);
  }, 600_000);
});
