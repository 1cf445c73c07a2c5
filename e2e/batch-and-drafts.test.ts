import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { shot, signIn, type Harness, useHarness } from './harness';
import { label } from './steps';

/** The batch bar (批量处理) and a deputy's drafts (草稿), in Debian's Chromium against the seeded demo. */
describe('batch actions and drafts in the browser', () => {
  let h: Harness;
  useHarness(30, (x) => void (h = x));

  it('the liaison office ticks suggestions in 待审核 and accepts them together, with a progress bar', async () => {
    // Two fresh submissions with a category, so 立案 needs nothing more.
    const deputy = await signIn(h, 'deputy');
    const titles = ['关于提升农村客运班线覆盖率的建议', '关于加快县域冷链物流设施建设的建议'];
    for (const title of titles) {
      await deputy.goto(`${h.base}/submit`);
      await deputy.getByLabel('标题').fill(title);
      await deputy.getByLabel('正文').fill('一、基本情况……二、存在的问题……三、建议……');
      await deputy.getByRole('button', { name: /提交建议/ }).click();
      await deputy.waitForURL(/\/items\/\d+/);
    }
    await deputy.context().close();
    const ids = await queryRows<{ id: number }>(h.db.db, sql`select id from items where title in (${titles[0]}, ${titles[1]}) order by id`);
    const [category] = await queryRows<{ id: number }>(h.db.db, sql`select id from categories where parent_id is null order by id limit 1`);
    await h.db.db.execute(sql`update items set category_id = ${category.id} where id in (${ids[0].id}, ${ids[1].id})`);

    const liaison = await signIn(h, 'liaison');
    await liaison.getByRole('tab', { name: /^待审核/ }).click();
    for (const title of titles) {
      const row = liaison.getByRole('row').filter({ hasText: title });
      await row.getByRole('checkbox').check();
    }
    const bar = liaison.getByRole('region', { name: '批量处理' });
    await expect.poll(() => bar.getByText('已选 2 件').count()).toBe(1);
    await bar.getByRole('button', { name: '批量立案' }).click();
    const dialog = liaison.getByRole('dialog');
    await dialog.getByRole('button', { name: label('立案 2 件') }).click();
    await expect.poll(() => dialog.getByText('已处理 2 / 2 件，成功 2 件').count(), { timeout: 60_000 }).toBe(1);
    await shot(liaison, 'batch-accept-done');
    const states = await queryRows<{ state: string }>(h.db.db, sql`select state from items where id in (${ids[0].id}, ${ids[1].id})`);
    expect(states.map((s) => s.state)).toEqual(['accepted', 'accepted']);
    const events = await queryRows<{ n: number }>(
      h.db.db,
      sql`select count(*)::int as n from item_events where type = 'acceptSuggestion' and item_id in (${ids[0].id}, ${ids[1].id})`,
    );
    expect(events[0].n).toBe(2);
    await liaison.context().close();
  }, 300_000);

  it('a deputy keeps a draft, finds it again under 我的草稿 and submits it', async () => {
    const page = await signIn(h, 'deputy');
    await page.goto(`${h.base}/submit`);
    // The demo deputy has one draft already.
    await expect.poll(() => page.getByText(/我的草稿（\d+）/).count()).toBe(1);
    const title = '关于支持乡镇综合文化站建设的建议';
    await page.getByLabel('标题').fill(title);
    await page.getByRole('button', { name: label('保存草稿') }).click();
    await expect.poll(() => page.getByText(title).count()).toBeGreaterThan(0);
    // Leave and come back: the draft is there to resume.
    await page.goto(`${h.base}/inbox`);
    await page.goto(`${h.base}/submit`);
    const row = page.locator('.ant-list-item').filter({ hasText: title });
    await row.getByRole('button', { name: label('继续编辑') }).click();
    await expect.poll(() => page.getByLabel('标题').inputValue()).toBe(title);
    await page.getByLabel('正文').fill('一、基本情况：部分乡镇综合文化站设施陈旧。二、建议：省级补助资金向薄弱乡镇倾斜。');
    await page.getByRole('button', { name: /提交建议/ }).click();
    await page.waitForURL(/\/items\/\d+/);
    const left = await queryRows<{ n: number }>(h.db.db, sql`select count(*)::int as n from suggestion_drafts where title = ${title}`);
    expect(left[0].n).toBe(0);
    await page.context().close();
  }, 300_000);
});
