import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { readDocx } from '../test/helpers/docx';
import { shot, signIn, type Harness, useHarness } from './harness';
import { openItem } from './steps';

const PATIENCE = 60_000;

/** Word documents in Debian's Chromium (§6, R-STAT-3): the 报告 page edits and downloads a report; the item page downloads a reply letter. */
describe('reports and letters in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it('the liaison office edits the annual report’s sections, saves them (version 1) and downloads the .docx with them', async () => {
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/reports`);
    await expect.poll(() => page.getByText('一、基本情况（按数据自动生成）').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const card = page.locator('.ant-card').filter({ hasText: '一、基本情况' });
    expect(await card.innerText()).toContain('共有代表建议');
    expect(await card.innerText()).toContain('未保存（内容按数据预填）');
    const measures = page.getByLabel('二、主要做法及成效');
    expect(await measures.inputValue()).toContain('（一）坚持先协商、后答复。');
    await measures.fill('（一）明责任，在办理流程上下功夫。浏览器中写的做法。');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => card.innerText(), { timeout: PATIENCE }).toContain('第 1 版');
    await shot(page, 'liaison-reports');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), page.getByRole('button', { name: /下载 Word/ }).click()]);
    expect(download.suggestedFilename()).toContain('办理情况报告');
    const file = path.join(os.tmpdir(), `e2e-report-${Date.now()}.docx`);
    await download.saveAs(file);
    const doc = await readDocx(await readFile(file));
    expect(doc.texts).toContain('一、基本情况');
    expect(doc.texts).toContain('（一）明责任，在办理流程上下功夫。浏览器中写的做法。');
    await page.context().close();
  });

  it('a supervisor reads and downloads but has no save; a unit analysis below 20 items asks before generating', async () => {
    const page = await signIn(h, 'supervisor');
    await page.goto(`${h.base}/reports`);
    await expect.poll(() => page.getByText('一、基本情况（按数据自动生成）').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /保\s*存/ }).count()).toBe(0);
    await page.getByText('单位综合分析报告', { exact: true }).click();
    await expect.poll(() => page.getByText('请选择承办单位').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await page.getByLabel('范围对象').click();
    const small = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasNotText: '须报综合分析' }).first();
    await small.click();
    await expect.poll(() => page.getByText('不要求单位综合分析报告').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), page.getByRole('button', { name: /仍然生成/ }).click()]);
    expect(download.suggestedFilename()).toContain('单位综合分析报告');
    await page.context().close();
  });

  it('the item page downloads the reply letter of a sent reply', async () => {
    const api = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const ledger = await api.ok('GET', '/api/items?state=closed&pageSize=100');
    let target: { id: number; replyId: number } | undefined;
    for (const row of ledger.rows as { id: number }[]) {
      const d = await api.ok('GET', `/api/items/${row.id}`);
      const sent = d.replies.find((r: { state: string }) => r.state === 'sent');
      if (sent && !d.item.classified) {
        target = { id: row.id, replyId: sent.id };
        break;
      }
    }
    expect(target, 'a closed item with a sent reply').toBeTruthy();
    const page = await openItem(h, 'liaison', target!.id);
    const button = page.getByRole('button', { name: /答复函/ }).first();
    await button.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^答复函-/);
    const file = path.join(os.tmpdir(), `e2e-letter-${Date.now()}.docx`);
    await download.saveAs(file);
    const doc = await readDocx(await readFile(file));
    expect(doc.texts.some((t) => /代表：$/.test(t))).toBe(true);
    expect(doc.texts.some((t) => t.startsWith('抄送：'))).toBe(true);
    await page.context().close();
  });
});
