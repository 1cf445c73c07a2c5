import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { shot, SHOTS, signIn, type Harness, useHarness } from './harness';

const PATIENCE = 60_000;
/** A rule id (R-…) must never reach the paper. */
const RULE_ID = /\bR-[A-Z]+-\d/;

/** Clicks a 打印 button (a link to a new tab) and returns the print view once its sheet is there. */
async function openPrint(page: Page, button: Locator): Promise<Page> {
  expect(await button.getAttribute('target')).toBe('_blank');
  const [view] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
  await view.waitForLoadState();
  await view.locator('[data-print-ready]').waitFor({ state: 'visible', timeout: PATIENCE });
  return view;
}

/** What every print view owes: no app menu or header, the sheet's text free of rule ids, a 打印 button that prints. */
async function checkFrame(view: Page): Promise<string> {
  expect(await view.locator('.app-header, .ant-layout-sider, .ant-menu').count()).toBe(0);
  const text = await view.locator('.print-sheet').innerText();
  expect(text).not.toMatch(RULE_ID);
  await view.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await view
    .locator('.print-toolbar')
    .getByRole('button', { name: /打\s*印/ })
    .click();
  expect(await view.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper the toolbar is gone and the sheet keeps Chinese text in a CJK font.
  await view.emulateMedia({ media: 'print' });
  expect(await view.locator('.print-toolbar').isVisible()).toBe(false);
  const font = await view.locator('.print-sheet').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toMatch(/FangSong|Noto Serif CJK SC/);
  await view.emulateMedia({ media: null });
  return text;
}

/** The view as an A4 PDF (saved beside the screenshots): a real PDF of at least one page, of a sensible size. */
async function pdfOf(view: Page, name: string): Promise<number> {
  const pdf = await view.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(path.join(SHOTS, `print-${name}.pdf`), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  // Embedded CJK glyphs make even one page some tens of kilobytes; a runaway layout would be megabytes per page.
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.length / pages).toBeLessThan(2_000_000);
  return pages;
}

/** The print views (issue 13 §4) in Debian's Chromium: opened from their pages' 打印 buttons, checked, and printed to PDF. */
describe('print views in the browser', () => {
  let h: Harness;
  let api: Client;
  useHarness(30, async (x) => {
    h = x;
    api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
  });

  it("an item's 办理单 and its reply letter: the facts, units, replies, evaluations and history; the letter as the Word one", async () => {
    // An item answered (and if possible evaluated) by now, not classified.
    const ledger = await api.ok('GET', '/api/items?state=closed,replied,dissatisfied,rehandling&pageSize=100');
    let detail: any;
    for (const row of ledger.rows) {
      const d = await api.ok('GET', `/api/items/${row.id}`);
      if (d.item.classified || !d.replies.some((r: { state: string }) => r.state === 'sent')) continue;
      detail ??= d;
      if (d.evaluations.length) {
        detail = d;
        break;
      }
    }
    expect(detail, 'an answered item in the demo').toBeTruthy();
    const { item } = detail;
    const reply = detail.replies.find((r: { state: string }) => r.state === 'sent');

    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/items/${item.id}`);
    await page.getByRole('link', { name: /打印办理单/ }).waitFor({ timeout: PATIENCE });
    await page.screenshot({ path: path.join(SHOTS, 'print-button-item-page.png') });
    const sheet = await openPrint(page, page.getByRole('link', { name: /打印办理单/ }));
    expect(new URL(sheet.url()).pathname).toBe(`/print/item/${item.id}`);
    const text = await checkFrame(sheet);
    for (const s of [item.number, item.title, item.sessionName, '承办单位', '答复', '办理过程', '提出建议', detail.tasks[0].unitName])
      expect(text).toContain(s);
    expect(text).toContain(`${reply.resultClass}类`);
    if (detail.evaluations.length) expect(text).toContain('代表评价');
    // The whole history: one row per event.
    const history = sheet.locator('table').last().locator('tbody tr');
    expect(await history.count()).toBe(detail.history.length);
    await shot(sheet, 'print-item');
    await pdfOf(sheet, 'item');

    // The letter prints what its Word file does (GET …/letter: the session and the offices in full, every addressee).
    const content = await api.ok('GET', `/api/items/${item.id}/replies/${reply.id}/letter`);
    const letter = await openPrint(page, page.locator(`a[href="/print/item/${item.id}/reply/${reply.id}"]`));
    const letterText = await checkFrame(letter);
    expect(await letter.locator('h1').innerText()).toBe(content.title);
    expect(letterText).toContain(`${content.addressees.join('、')}：`);
    expect(letterText).toContain(content.unitName);
    expect(letterText).toContain(`抄送：${content.copies.join('，')}。`);
    expect(letterText).toMatch(/[〇一二三四五六七八九]{4}年/);
    expect(letterText).toContain('抄送');
    await shot(letter, 'print-reply-letter');
    expect(await pdfOf(letter, 'reply-letter')).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });

  it('the ledger prints every row of its filter with the visible columns, the filter described on top', async () => {
    const expected = await api.ok('GET', '/api/items?state=handling&pageSize=200');
    expect(expected.total).toBeGreaterThan(0);
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/items?state=handling&pageSize=10`);
    await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const view = await openPrint(page, page.locator('a[href^="/print/ledger"]'));
    const text = await checkFrame(view);
    expect(text).toContain('筛选条件：状态 办理中');
    expect(text).toContain(`共 ${expected.total} 件`);
    expect(text).toContain('打印时间');
    // All rows, not the ledger's page of 10; the header repeated on paper is one thead.
    await expect.poll(() => view.locator('.print-table tbody tr').count()).toBe(expected.total);
    const head = await view.locator('.print-table thead').innerText();
    for (const c of ['序号', '编号', '标题', '状态', '主办单位', '期限']) expect(head).toContain(c);
    await shot(view, 'print-ledger');
    await pdfOf(view, 'ledger');
    await page.context().close();
  });

  it("the dashboard's tables for its scope, with the unit scores", async () => {
    const sessions = await api.ok<{ id: number; year: number; name: string }[]>('GET', '/api/sessions');
    const latest = [...sessions].sort((a, b) => b.year - a.year || b.id - a.id)[0];
    const stats = await api.ok('GET', `/api/statistics?sessionId=${latest.id}`);
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/stats`);
    const button = page.getByRole('link', { name: /打印统计表/ });
    await expect.poll(() => button.getAttribute('href'), { timeout: PATIENCE }).toBe(`/print/stats?sessionId=${latest.id}`);
    const view = await openPrint(page, button);
    const text = await checkFrame(view);
    for (const s of [
      '总体情况',
      '办理结果类别',
      '代表评价',
      '各单位按期答复率',
      '各单位红黄绿灯',
      '分类别统计',
      '分代表团统计',
      '分代表统计',
      '满意率与解决率对照',
      '承办单位办理工作考核',
    ])
      expect(text).toContain(s);
    expect(text).toContain(`届次：${latest.name}`);
    expect(text).toContain(`${stats.items} 件`);
    await shot(view, 'print-stats');
    await pdfOf(view, 'stats');
    await page.context().close();
  });

  it('a progress bulletin: totals, the units behind schedule and every unit with the totals row', async () => {
    const [header] = await api.ok('GET', '/api/bulletins');
    expect(header, 'the demo generated a bulletin').toBeTruthy();
    const b = await api.ok('GET', `/api/bulletins/${header.id}`);
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/bulletins/${b.id}`);
    const view = await openPrint(page, page.locator(`a[href="/print/bulletin/${b.id}"]`));
    const text = await checkFrame(view);
    for (const s of [b.title, b.number, '总体情况', '进度滞后单位', '各承办单位办理进度', '合计']) expect(text).toContain(s);
    // One row per unit and the totals.
    expect(await view.locator('.print-table tbody tr').count()).toBe(b.content.units.length + 1);
    expect(await view.locator('.print-flag').count()).toBe(b.content.totals.unitsBehind);
    await shot(view, 'print-bulletin');
    await pdfOf(view, 'bulletin');
    await page.context().close();
  });

  it('the print views are behind sign-in and the roles of the pages they print', async () => {
    const ctx = await h.browser.newContext({ locale: 'zh-CN' });
    const anon = await ctx.newPage();
    await anon.goto(`${h.base}/print/ledger`);
    await anon.waitForURL(/\/login$/, { timeout: PATIENCE });
    await ctx.close();

    const deputy = await signIn(h, 'deputy');
    await deputy.goto(`${h.base}/print/stats`);
    await deputy.waitForURL((u) => !u.pathname.startsWith('/print'), { timeout: PATIENCE });
    expect(await deputy.locator('[data-print-ready]').count()).toBe(0);
    // Their own ledger prints as 我的建议.
    await deputy.goto(`${h.base}/print/ledger`);
    await deputy.locator('[data-print-ready]').waitFor({ timeout: PATIENCE });
    expect(await deputy.locator('h1').innerText()).toBe('我的建议');
    await deputy.context().close();
  });
});
