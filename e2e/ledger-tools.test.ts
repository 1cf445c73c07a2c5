import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { Client } from '../test/helpers/client';
import { PROVINCE_ITEMS, shot, signIn, type Harness, useHarness } from './harness';

/** The ledger's tools in Debian's Chromium: column chooser, saved filters, export; and the unit inbox. */
describe('ledger tools in the browser', () => {
  let h: Harness;
  useHarness(40, (x) => {
    h = x;
  });

  it('hides a column that stays hidden after a reload, saves a filter and applies it again, and exports the view as .xlsx', async () => {
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/items`);
    const header = (name: string) => page.locator('thead th', { hasText: new RegExp(`^${name}$`) });
    await expect.poll(() => header('类别').count()).toBe(1);

    // 列设置: hide 类别, show 答复期限.
    await page.getByRole('button', { name: '列设置' }).click();
    const chooser = page.getByRole('group', { name: '显示的列' });
    await chooser.getByRole('checkbox', { name: '类别', exact: true }).uncheck();
    await chooser.getByRole('checkbox', { name: '答复期限', exact: true }).check();
    await expect.poll(() => header('类别').count()).toBe(0);
    await expect.poll(() => header('答复期限').count()).toBe(1);
    await shot(page, 'ledger-column-chooser');
    await page.reload();
    await expect.poll(() => header('答复期限').count()).toBe(1);
    expect(await header('类别').count()).toBe(0);

    // 筛选方案: save the red-light filter under a name, leave it, pick it again.
    await page.goto(`${h.base}/items?light=red&sort=due&order=asc`);
    await expect.poll(() => page.getByText(/共 \d+ 件/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '筛选方案' }).click();
    await page.getByRole('menuitem', { name: '保存当前筛选…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('方案名称').fill('红灯件按期限');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /红灯件按期限/ }).count()).toBe(1);
    const [saved] = await queryRows<{ query: Record<string, string> }>(h.db.db, sql`select query from saved_views where name = '红灯件按期限'`);
    expect(saved.query).toMatchObject({ light: 'red', sort: 'due', order: 'asc' });

    await page.goto(`${h.base}/items`);
    await expect.poll(() => page.getByRole('button', { name: '筛选方案' }).count()).toBe(1);
    await page.getByRole('button', { name: '筛选方案' }).click();
    await page.getByRole('menuitem', { name: '红灯件按期限' }).click();
    await page.waitForURL((u) => u.searchParams.get('light') === 'red' && u.searchParams.get('sort') === 'due');
    await shot(page, 'ledger-saved-view');

    // 导出: the filtered view, every page, the visible columns in order.
    const [{ n: red }] = await queryRows<{ n: number }>(
      h.db.db,
      sql`select count(*)::int as n from items where ${PROVINCE_ITEMS} and current_due < (now() at time zone 'Asia/Shanghai')::date`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导\s*出/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^建议办理台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-export-')), 'ledger.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(2, 1).value)).toMatch(/红灯.*按期限升序/);
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    expect(headers).toEqual(['编号', '标题', '状态', '领衔代表', '主办单位', '会办单位', '期限', '红黄绿灯', '剩余天数', '答复期限']);
    expect(ws.rowCount - 3).toBe(red);
    for (let r = 4; r <= ws.rowCount; r++) expect(ws.getCell(r, 8).value).toBe('红');
    await page.context().close();
  });

  // Issue 18 §2: paging on reads the next page after the last row of the one before, not by skipping rows.
  it('pages forward by keyset cursor: page 3 is read after page 2, the rows follow on and the total stays', async () => {
    const page = await signIn(h, 'liaison');
    const asked: URL[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/items?')) asked.push(new URL(r.url()));
    });
    await page.goto(`${h.base}/items?pageSize=10`);
    const totalText = page.getByText(/共 \d+ 件/).first();
    await expect.poll(() => totalText.count()).toBe(1);
    const total = await totalText.textContent();
    const numbers = async () => page.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));
    const seen: string[][] = [await numbers()];
    for (const n of [2, 3]) {
      await page.locator('.ant-pagination-next').first().click();
      await page.waitForURL((u) => u.searchParams.get('page') === String(n));
      await expect.poll(async () => (await numbers()).join() !== seen.at(-1)!.join()).toBe(true);
      seen.push(await numbers());
    }
    const byCursor = asked.filter((u) => u.searchParams.get('after'));
    expect(byCursor.length).toBeGreaterThanOrEqual(2);
    // The same rows as the pages by number, in order, none repeated; the total as on page 1.
    const liaison = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    for (const [i, rows] of seen.entries()) {
      const byNumber = (await liaison.request('GET', `/api/items?pageSize=10&page=${i + 1}`)).body.rows as { id: number }[];
      expect(rows).toEqual(byNumber.map((r) => String(r.id)));
    }
    expect(new Set(seen.flat()).size).toBe(30);
    expect(
      await page
        .getByText(/共 \d+ 件/)
        .first()
        .textContent(),
    ).toBe(total);
    await shot(page, 'ledger-page-3-by-cursor');
    await page.context().close();
  });

  it('a unit office lands on its inbox: new assignments with the days left to ask for an adjustment', async () => {
    // A fresh assignment to the unit-office's unit, through the API.
    const [unit] = await queryRows<{ id: number }>(h.db.db, sql`select organization_id as id from users where username = 'unit-office'`);
    const deputy = await Client.login(h.app, 'deputy', DEMO_PASSWORD);
    const liaison = await Client.login(h.app, 'liaison', DEMO_PASSWORD);
    const sessions = await deputy.ok('GET', '/api/sessions');
    const title = '关于加快建设乡村学校心理辅导室的建议';
    const it0 = await deputy.ok('POST', '/api/items', { sessionId: sessions[sessions.length - 1].id, title, body: '一、基本情况……二、存在的问题……三、建议……' });
    const [category] = await liaison.ok('GET', '/api/categories');
    const accepted = await liaison.ok('POST', `/api/items/${it0.id}/review`, { decision: 'accept', version: it0.version, categoryId: category.id });
    await liaison.ok('POST', `/api/items/${it0.id}/assignment`, { version: accepted.version, mode: 'single', units: [{ unitId: unit.id, role: 'lead' }] });

    const page = await signIn(h, 'unit-office');
    await page.waitForURL(/\/inbox$/);
    await expect.poll(() => page.getByRole('tab', { name: /新交办/ }).count()).toBe(1);
    const row = page.locator('tbody tr', { hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText(/剩 \d+ 天/).count()).toBeGreaterThan(0);
    // 签收 straight from the inbox.
    await row.getByRole('button', { name: /^签\s*收$/ }).click();
    await expect.poll(() => row.getByText('已签收').count()).toBe(1);
    const [task] = await queryRows<{ acknowledged_at: Date | null }>(h.db.db, sql`select acknowledged_at from tasks where item_id = ${it0.id}`);
    expect(task.acknowledged_at).not.toBeNull();
    await page.waitForTimeout(500); // let the tab's fade-in finish, for a clear picture
    await shot(page, 'unit-office-inbox');
    await page.getByRole('tab', { name: /待报会办意见/ }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: '会办意见期限' }).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    await shot(page, 'unit-office-inbox-co');
    await page.getByRole('tab', { name: /新交办/ }).click();
    await row.getByRole('link', { name: '办理', exact: true }).click();
    await page.waitForURL(new RegExp(`/items/${it0.id}$`));
    await expect.poll(() => page.getByText(title).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
