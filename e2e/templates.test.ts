import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { shot, signIn, type Harness, useHarness } from './harness';
import { chooseRadio, finish, openItem, startAction } from './steps';

/**
 * Chooses a template in the reply form's 插入模板 list until `inserted` holds: under load a click while the
 * list is still opening (or the last one still closing) can miss, and a person would simply choose again.
 */
async function insertTemplate(page: Page, dialog: Locator, name: string, inserted: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 3 && !(await inserted()); attempt++) {
    await dialog.getByLabel('插入模板').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(name, { exact: true })
      .first()
      .click({ timeout: 8_000 })
      .catch(() => undefined);
    await expect
      .poll(inserted, { timeout: 5_000 })
      .toBe(true)
      .catch(() => undefined);
  }
  expect(await inserted()).toBe(true);
}

/** Reply templates in Debian's Chromium: the 答复模板 page, 插入模板 in the reply form, and the letter's preview. */
describe('reply templates in the browser', () => {
  let h: Harness;
  let itemId: number;
  useHarness(40, async (x) => {
    h = x;
    // An item the demo unit leads and has not drafted a reply to yet.
    [{ id: itemId }] = await queryRows<{ id: number }>(
      h.db.db,
      sql`select i.id from items i join tasks t on t.item_id = i.id join users u on u.organization_id = t.unit_id
          where u.username = 'unit-handler' and i.state = 'handling' and not i.classified and t.role = 'lead' and t.state = 'assigned'
            and not exists (select 1 from replies r where r.task_id = t.id and r.round = i.round)
          order by i.id limit 1`,
    );
  });

  it('a handler lists the shared and the unit’s templates and saves a snippet, a placeholder a click away', async () => {
    const page = await signIn(h, 'unit-handler');
    await page.getByRole('menuitem', { name: '答复模板' }).click();
    await expect.poll(() => page.getByText('A类答复（已解决或基本解决）').count()).toBeGreaterThan(0);
    expect(await page.getByText('教育厅B类答复（列入计划逐步解决）').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '新建本单位模板' }).click();
    const d = page.getByRole('dialog');
    await chooseRadio(d, '常用段落');
    await d.getByLabel('模板名称').fill('处室办理情况');
    await d.getByLabel('模板内容').fill('关于《');
    await d.getByRole('button', { name: '{建议标题}' }).click();
    await expect.poll(() => d.getByLabel('模板内容').inputValue()).toBe('关于《{建议标题}');
    await d.getByLabel('模板内容').press('End');
    await d.getByLabel('模板内容').pressSequentially('》，由{承办处室}具体承办。');
    await expect.poll(() => d.getByText(/以下占位符不是系统提供的/).count()).toBe(1);
    await shot(page, 'templates-form');
    await finish(page, d, '保存');
    await expect.poll(() => page.getByText('处室办理情况').count()).toBeGreaterThan(0);
    await shot(page, 'templates-page');
    await page.context().close();
  });

  it('the reply form inserts a filled template and a snippet, flags what stays unfilled, and previews the letter as it will print', async () => {
    const page = await openItem(h, 'unit-handler', itemId);
    const d = await startAction(page, '起草答复');
    await chooseRadio(d, /^A/);
    const body = d.getByLabel('答复正文');
    await insertTemplate(page, d, 'A类答复（已解决或基本解决）', async () => (await body.inputValue()).startsWith('您在'));
    await expect.poll(() => body.inputValue()).toMatch(/^您在湖南省第十四届人民代表大会第三次会议期间提出的《.+》（第\d{4}-\d{4}号）收悉/);
    expect(await body.inputValue()).not.toMatch(/\{(会次|建议标题|建议编号|交办日期)\}/);

    // A snippet goes at the end; a placeholder the system does not know stays and is flagged.
    await insertTemplate(page, d, '结束语', async () => /欢迎继续提出宝贵意见和建议。\n衷心感谢/.test(await body.inputValue()));
    await body.fill(`${await body.inputValue()}\n请{承办处室}跟进。`);
    await expect.poll(() => d.getByTestId('unfilled-placeholders').innerText()).toContain('{承办处室}：不是系统提供的占位符');

    await d.getByLabel('联系电话').fill('0731-84720000');
    await d
      .getByTestId('reply-draft-tools')
      .getByRole('button', { name: /^\S*\s*预\s*览$/ })
      .click();
    const paper = page.getByTestId('letter-paper');
    await expect.poll(() => paper.count()).toBe(1);
    expect(await paper.innerText()).toMatch(/\S+代表(、\S+代表)*：/);
    expect(await paper.innerText()).toContain('联系电话：0731-84720000');
    expect(await paper.innerText()).toContain('抄送：');
    await shot(page, 'reply-letter-preview');
    const download = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: /答复函预览/ })
      .getByRole('button', { name: /下载 Word 预览/ })
      .click();
    expect((await download).suggestedFilename()).toMatch(/^答复函（预览）-\d{4}-\d{4}\.docx$/);
    await page.context().close();
  });
});
