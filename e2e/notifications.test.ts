import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { ensureJobs } from '../server/jobs/scheduler';
import { PROVINCE, shot, signIn, type Harness, useHarness } from './harness';
import { as, finish, startAction } from './steps';

/** Issue 4 in the browser: the bell and inbox, reminder preferences, the administrator's jobs page, the deadline ledger, publication. */
describe('notifications and supervision tools in the browser', () => {
  let h: Harness;
  useHarness(30, async (x) => {
    h = x;
    // What the worker does in `npm start`: register the jobs and fan the demo's outbox out.
    await ensureJobs(h.db.db, new Date());
    while ((await dispatchOutbox(h.db.db, new Date())) > 0);
  });

  it('a unit’s office sees its unread count, reads its messages and turns on SMS', async () => {
    const page = await signIn(h, 'unit-office');
    const bell = page.getByRole('button', { name: /^消息（\d+ 条未读）$/ });
    await expect.poll(() => bell.count()).toBe(1);
    const unread = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);
    expect(unread).toBeGreaterThan(0);
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    await expect.poll(() => page.locator('.notification-unread').count()).toBeGreaterThan(0);
    await shot(page, 'notifications-inbox');
    await page.getByRole('button', { name: /全部已读/ }).click();
    await expect.poll(() => page.getByText(/已将 \d+ 条消息标记为已读/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: '消息', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: /提醒设置/ }).click();
    await page.waitForURL(/\/settings\/notifications$/);
    await page.getByRole('switch').nth(1).click();
    await page.getByLabel('手机号码').fill('12345');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText('手机号码应为 11 位数字，以 1 开头').count()).toBeGreaterThan(0);
    await page.getByLabel('手机号码').fill('13907310001');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText('提醒设置已保存').count()).toBeGreaterThan(0);
    await shot(page, 'notifications-settings');
    const [p] = await queryRows<{ smsEnabled: boolean; mobile: string }>(
      h.db.db,
      sql`select p.sms_enabled as "smsEnabled", p.mobile from notification_preferences p join users u on u.id = p.user_id where u.username = 'unit-office'`,
    );
    expect(p).toEqual({ smsEnabled: true, mobile: '13907310001' });
    await page.context().close();
  });

  it('the administrator sees the jobs and runs the weekly reminder by hand', async () => {
    const page = await signIn(h, 'admin');
    await page.goto(`${h.base}/admin/jobs`);
    const row = page.locator('tbody tr').filter({ hasText: '每周催办提醒' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: /立即运行/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /运\s*行/ })
      .click();
    await expect.poll(() => page.getByText(/^已运行：/).count()).toBeGreaterThan(0);
    await shot(page, 'admin-jobs');
    const [run] = await queryRows<{ trigger: string; status: string }>(
      h.db.db,
      sql`select trigger, status from job_runs where job_name = 'weeklyReminder' order by id desc limit 1`,
    );
    expect(run).toEqual({ trigger: 'admin', status: 'ok' });
    await page.context().close();
  });

  it('the supervisor reads the deadline ledger by light and unit', async () => {
    const page = await signIn(h, 'supervisor');
    await page.getByRole('menuitem', { name: /期限台账/ }).click();
    await page.waitForURL(/\/deadlines$/);
    await expect.poll(() => page.getByText('各单位亮灯情况').count()).toBe(1);
    await page.getByText(/^全部$/).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(2);
    await shot(page, 'deadlines');
    await page.context().close();
  });

  it('the liaison office records a public reply as published (R-PUBLISH-1)', async () => {
    // The demo publishes most public replies; take the latest sent one and, if it is published already, as not yet.
    const [r] = await queryRows<{ itemId: number; id: number }>(
      h.db.db,
      sql`select r.item_id as "itemId", r.id from replies r join items i on i.id = r.item_id
          where r.state = 'sent' and r.publicity = 'public' and not i.classified and i.congress_id = ${PROVINCE} order by r.published_at is null desc, r.id desc limit 1`,
    );
    await h.db.db.execute(sql`update replies set published_at = null where id = ${r.id}`);
    await as(h, 'liaison', r.itemId, async (page) => {
      const dialog = await startAction(page, '登记答复已公开');
      await finish(page, dialog, '登记已公开');
      await expect.poll(() => page.getByText('已登记公开，不再提醒').count()).toBeGreaterThan(0);
    });
    const [after] = await queryRows<{ publishedAt: string | null }>(h.db.db, sql`select published_at as "publishedAt" from replies where id = ${r.id}`);
    expect(after.publishedAt).not.toBeNull();
  });
});
