import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../domain/contracts/imports';
import { shot, signIn, type Harness, useHarness } from './harness';
import { openItem } from './steps';

const PATIENCE = 60_000;

async function xlsx(rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('建议清单');
  const headers = IMPORT_COLUMNS.map((c) => c.header);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 导入 in Debian's Chromium (§6): the liaison office downloads the template, uploads a bad file and reads its errors by row, then a good one. */
describe('Excel import in the browser', () => {
  let h: Harness;
  let deputy: string;
  let unit: string;
  useHarness(20, async (x) => {
    h = x;
    const q = async (s: string) => ((await h.db.db.execute(s as never)) as unknown as { rows: { name: string }[] }).rows[0].name;
    deputy = await q(
      `select name from deputies d where (select count(*) from deputies d2 where d2.name = d.name and d2.congress_id = d.congress_id) = 1 order by id limit 1`,
    );
    unit = await q(`select name from organizations where kind = 'unit' and active order by id limit 1`);
  });

  it('template, a rejected file with its errors by row, then an import with progress to the end', async () => {
    const page = await signIn(h, 'liaison');
    await page.goto(`${h.base}/imports`);
    await expect.poll(() => page.getByText('从 Excel 导入建议').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const [template] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), page.getByRole('button', { name: /下载导入模板/ }).click()]);
    expect(template.suggestedFilename()).toBe('建议导入模板.xlsx');

    const row = { 编号: 'E2E-0001', 标题: '关于浏览器导入的建议', 内容: '内容', 领衔代表: deputy, 提出时段: '大会期间', 提出日期: '2026-01-10' };
    const input = page.locator('input[type=file]');
    await input.setInputFiles({
      name: 'bad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx([row, { ...row, 提出日期: '2026-02-30', 主办单位: '不存在的厅' }]),
    });
    await expect.poll(() => page.getByText('未写入任何数据。请改正后重新上传').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const errors = await page.locator('.ant-table').first().innerText();
    expect(errors).toContain('第 3 行“编号”：编号 E2E-0001 与第 2 行重复');
    expect(errors).toContain('第 3 行“提出日期”');
    await shot(page, 'liaison-import-errors');

    await input.setInputFiles({
      name: 'good.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx([row, { ...row, 编号: 'E2E-0002', 办理方式: '单独办理', 主办单位: unit, 交办日期: '2026-02-02' }]),
    });
    await expect.poll(() => page.getByText(/已导入 2 件建议/).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    expect(await page.locator('.ant-progress-status-success').count()).toBeGreaterThan(0);
    await shot(page, 'liaison-import-done');
    await page.context().close();
  });
  it('a unit downloads its forms from 待办 and an item’s visit card from its 沟通联系', async () => {
    const rows = (await h.db.db.execute(
      `select c.item_id as id from contacts c join users u on u.organization_id = c.unit_id where u.username = 'unit-office' and c.face_to_face order by c.id limit 1` as never,
    )) as unknown as { rows: { id: number }[] };
    const itemId = rows.rows[0]?.id;
    expect(itemId).toBeTruthy();
    const page = await openItem(h, 'unit-office', itemId);
    const [card] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), page.getByRole('button', { name: /走访代表委员专用卡/ }).click()]);
    expect(card.suggestedFilename()).toMatch(/^走访代表委员专用卡_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await card.path());
    expect(String(wb.worksheets[0].getCell(1, 1).value)).toBe('走访代表委员专用卡');
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(3);
    await page.goto(`${h.base}/inbox`);
    const [breakdown] = await Promise.all([page.waitForEvent('download', { timeout: PATIENCE }), page.getByRole('button', { name: /办理责任分解表/ }).click()]);
    expect(breakdown.suggestedFilename()).toContain('办理责任分解表');
    await page.context().close();
  });
});
