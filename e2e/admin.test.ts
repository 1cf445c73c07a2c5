import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { PROVINCE, shot, signIn, type Harness, useHarness } from './harness';
import { pick } from './steps';

/** The administrator's and the auditor's pages in Debian's Chromium against the real server. */
describe('administration in the browser', () => {
  let h: Harness;
  useHarness(20, (x) => {
    h = x;
  });

  it('the administrator creates a unit handler, picking the unit from the organization tree', async () => {
    const page = await signIn(h, 'admin');
    await page.waitForURL(/\/admin\/users/);
    await expect.poll(() => page.getByText(/共 \d+ 个用户/).count()).toBeGreaterThan(0);
    await shot(page, 'admin-users');
    await page.getByRole('button', { name: /新增用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('e2e-handler');
    await dialog.getByLabel('初始密码').fill('Browser#Pass2026');
    await dialog.getByLabel('姓名').fill('孙立平');
    await pick(page, dialog, '角色', '', '承办人');
    // The same tolerant pick as the other lists: a click on a tree node while the list re-renders under load is retried.
    await pick(page, dialog, '所属机构', '湖南省教育厅');
    await shot(page, 'admin-user-create');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText('已新增用户 e2e-handler').count()).toBeGreaterThan(0);
    const [u] = await queryRows<{ role: string; org: string }>(
      h.db.db,
      sql`select u.role, o.name as org from users u join organizations o on o.id = u.organization_id where u.username = 'e2e-handler'`,
    );
    expect(u).toEqual({ role: 'unitHandler', org: '湖南省教育厅' });
    // Found by the search box, with its unit.
    await page.getByLabel('搜索用户').fill('e2e-handler');
    await page.getByLabel('搜索用户').press('Enter');
    await expect.poll(() => page.locator('tbody tr').filter({ hasText: '孙立平' }).filter({ hasText: '湖南省教育厅' }).count()).toBe(1);

    await page.getByRole('menuitem', { name: /组织机构/ }).click();
    await page.waitForURL(/\/admin\/organizations/);
    await page.getByLabel('查找机构').fill('教育');
    const unit = page.locator('.org-tree').getByText('湖南省教育厅', { exact: true });
    await expect.poll(() => unit.count()).toBe(1);
    await unit.click();
    await expect.poll(() => page.getByRole('button', { name: /新增处室/ }).count()).toBe(1);
    await shot(page, 'admin-organizations');
    await page.context().close();
  });

  it('the administrator starts a year from the Shanghai preset, changes a number and saves', async () => {
    const page = await signIn(h, 'admin');
    await page.goto(`${h.base}/admin/rules`);
    await expect.poll(() => page.getByLabel('法规预设').count()).toBe(1);
    const year = Number((await page.getByLabel('年度').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).match(/\d{4}/)![0]);
    await pick(page, page.locator('body'), '法规预设', '', '上海市');
    await expect.poll(() => page.getByText(/预设依据：上海市/).count()).toBeGreaterThan(0);
    await page.getByLabel('黄灯提示天数').fill('12');
    await page.getByRole('button', { name: new RegExp(`保存 ${year} 年规则配置`) }).click();
    await expect.poll(() => page.getByText(new RegExp(`已保存 ${year} 年规则配置，重算了 \\d+ 件`)).count()).toBeGreaterThan(0);
    const [p] = await queryRows<{ preset: string; values: { yellowDays: number; coOpinion: { amount: number; unit: string } } }>(
      h.db.db,
      sql`select preset, values from rules_profiles where year = ${year} and congress_id = ${PROVINCE}`,
    );
    expect(p.preset).toBe('shanghai');
    expect(p.values.yellowDays).toBe(12);
    expect(p.values.coOpinion).toEqual({ amount: 1, unit: 'months' });
    await expect.poll(() => page.getByText(/第 1 版/).count()).toBeGreaterThan(0);
    await shot(page, 'admin-rules');
    await page.context().close();
  });

  it('the administrator chooses four result classes, rewords D and applies the seven hundred-percents', async () => {
    const page = await signIn(h, 'admin');
    await page.goto(`${h.base}/admin/rules`);
    await expect.poll(() => page.getByText('办理结果分类', { exact: true }).count()).toBeGreaterThan(0);
    const year = Number((await page.getByLabel('年度').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).match(/\d{4}/)![0]);
    await page.getByText('四类（A、B、C、D，D类为留作参考）').click();
    await expect.poll(() => page.getByLabel('D类含义').inputValue()).toBe('所提问题留作工作参考');
    await page.getByLabel('D类含义').fill('所提问题留作今后工作参考');
    await page.getByRole('button', { name: '套用“七个百分之百”' }).click();
    await expect.poll(() => page.locator('.rules-target-row').count()).toBe(7);
    await page.getByLabel('第1项目标值').fill('95');
    await shot(page, 'admin-rules-classes-targets');
    await page.getByRole('button', { name: new RegExp(`保存 ${year} 年规则配置`) }).click();
    await expect.poll(() => page.getByText(new RegExp(`已保存 ${year} 年规则配置`)).count()).toBeGreaterThan(0);
    const [p] = await queryRows<{
      values: { resultClasses: { code: string; definition: string }[]; targets: { title: string; items: { figure: string; rate: number }[] } };
    }>(h.db.db, sql`select values from rules_profiles where year = ${year} and congress_id = ${PROVINCE}`);
    expect(p.values.resultClasses.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(p.values.resultClasses[3].definition).toBe('所提问题留作今后工作参考');
    expect(p.values.targets.title).toBe('七个百分之百');
    expect(p.values.targets.items).toHaveLength(7);
    expect(p.values.targets.items[0]).toEqual({ figure: 'replied', rate: 0.95 });

    // Back to three classes: D leaves the form, the rest stays as typed.
    await page.getByText('三类（A、B、C）').click();
    await expect.poll(() => page.getByLabel('D类含义').count()).toBe(0);
    expect(await page.getByLabel('A类名称').inputValue()).toBe('A类');
    await page.context().close();
  });

  it("the administrator enters next year's holidays and make-up days, saves, then edits them again", async () => {
    const page = await signIn(h, 'admin');
    await page.goto(`${h.base}/admin/calendar`);
    await page.getByRole('button', { name: '2027年' }).click();
    await expect.poll(() => page.getByText('尚无安排（仅按周末计算）').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /编辑本地安排/ }).click();
    await page.locator('[data-date="2027-01-01"]').click(); // a Friday → day off
    await page.locator('[data-date="2027-02-20"]').click(); // a Saturday → day off …
    await page.locator('[data-date="2027-02-20"]').click(); // … → make-up working day
    await page.getByLabel('说明').fill('依据国务院办公厅通知录入');
    await page.getByRole('button', { name: /保存本地安排/ }).click();
    await expect.poll(() => page.getByText(/已保存 2027 年节假日安排/).count()).toBeGreaterThan(0);
    let [c] = await queryRows<{ holidays: string[]; makeup_workdays: string[]; version: number }>(
      h.db.db,
      sql`select holidays, makeup_workdays, version from calendar_years where year = 2027 and congress_id = ${PROVINCE}`,
    );
    expect(c).toEqual({ holidays: ['2027-01-01'], makeup_workdays: ['2027-02-20'], version: 1 });

    await expect.poll(() => page.getByText(/本地安排第 1 版/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /编辑本地安排/ }).click();
    for (const d of ['2027-10-01', '2027-10-04', '2027-10-05']) await page.locator(`[data-date="${d}"]`).click();
    await page.getByRole('button', { name: /保存本地安排/ }).click();
    await expect.poll(() => page.getByText(/本地安排第 2 版/).count()).toBeGreaterThan(0);
    [c] = await queryRows(h.db.db, sql`select holidays, makeup_workdays, version from calendar_years where year = 2027 and congress_id = ${PROVINCE}`);
    expect(c).toEqual({ holidays: ['2027-01-01', '2027-10-01', '2027-10-04', '2027-10-05'], makeup_workdays: ['2027-02-20'], version: 2 });
    await expect.poll(() => page.getByText('10月4日–10月5日（2天）').count()).toBeGreaterThan(0);
    await shot(page, 'admin-calendar-2027');
    // A year with the official schedule shows its named holidays.
    await page.getByRole('button', { name: '2026年' }).click();
    await expect.poll(() => page.getByText('春节').count()).toBeGreaterThan(0);
    await shot(page, 'admin-calendar-2026');
    await page.context().close();
  });

  it('the auditor reads the log of these changes', async () => {
    const page = await signIn(h, 'auditor');
    await page.waitForURL(/\/audit/);
    await expect.poll(() => page.getByText('新增用户').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('保存规则配置').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('保存节假日安排').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/用户名：e2e-handler/).count()).toBeGreaterThan(0);
    await shot(page, 'auditor-log');
    await page.context().close();
  });
});
