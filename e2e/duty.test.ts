import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayInShanghai, yearOf } from '../domain/deadlines';
import { DUTY_KIND_LABELS, ENTERED_DUTY_KINDS, type DutyKind } from '../domain/duty/duty';
import { queryRows } from '../server/db/client';
import { workOrders } from '../server/db/schema';
import { shot, signIn, useHarness, type Harness } from './harness';
import { finish, label, pick } from './steps';

/**
 * Deputies' duty records and points in the browser (issue 15 §6–§8, R-DUTY-1, R-LINE-4): the province's
 * liaison office enters a research record with a photo for the demo deputy and sees the list with who is
 * short of which target; the deputy opens 我的履职 on a 375 px phone and sees the targets, the points and
 * their hotline order. The demo has no duty data: a work order of the deputy is put in the database first
 * (the hotline's own server is another stream). Screenshots in e2e/screenshots/duty-*.png.
 */
const PATIENCE = 60_000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TITLE = '就农村饮水安全巩固提升开展专题调研';

describe('deputies duty in the browser', () => {
  let h: Harness;
  let deputy: { id: number; name: string; congress_id: number; delegation: string | null };
  /** a duty the deputy has no record of this year (the demo may hold some): the list is filtered by it */
  let lacking: string;
  useHarness(40, async (x) => {
    h = x;
    [deputy] = await queryRows<{ id: number; name: string; congress_id: number; delegation: string | null }>(
      h.db.db,
      sql`select d.id, d.name, d.congress_id, o.name as delegation
          from users u join deputies d on d.id = u.deputy_id left join organizations o on o.id = d.delegation_id where u.username = 'deputy'`,
    );
    const held = await queryRows<{ kind: DutyKind }>(
      h.db.db,
      sql`select distinct kind from duty_records where deputy_id = ${deputy.id} and year = ${yearOf(todayInShanghai())} and deleted_at is null`,
    );
    const kind = ENTERED_DUTY_KINDS.find((k) => k !== 'research' && !held.some((x) => x.kind === k));
    if (!kind) throw new Error('the demo deputy has every duty of the year already: pick another deputy');
    lacking = DUTY_KIND_LABELS[kind];
    // One problem the deputy reported through the hotline this year, being handled.
    await h.db.db.insert(workOrders).values({
      congressId: deputy.congress_id,
      year: yearOf(todayInShanghai()),
      number: `E2E-DUTY-${Date.now() % 100000}`,
      source: 'hotlineOffice',
      callerPhone: '13800000000',
      deputyId: deputy.id,
      category: '城乡建设',
      content: '小区路灯损坏多日，夜间出行不便',
      calledAt: new Date(),
      state: 'dispatched',
    });
  });

  it('the liaison office enters a record with evidence and sees who is short; the deputy sees targets and points on a phone', async () => {
    // 1. The liaison office: the list, then a research record with a photo for the deputy.
    const office = await signIn(h, 'liaison');
    await office.getByRole('menuitem', { name: '代表履职' }).click();
    await office.getByRole('heading', { name: '代表履职' }).waitFor({ timeout: PATIENCE });
    await office.getByText('年度积分排名').waitFor({ timeout: PATIENCE });
    await office.getByRole('button', { name: /录入履职记录/ }).click();
    const dialog = office.getByRole('dialog');
    await dialog.waitFor({ timeout: PATIENCE });
    // Sent empty: the messages beside their fields.
    await dialog.getByRole('button', { name: label('提交') }).click();
    await expect
      .poll(() => dialog.locator('.ant-form-item-explain-error').allInnerTexts(), { timeout: PATIENCE })
      .toEqual(expect.arrayContaining(['请上传至少一份佐证材料']));
    await pick(office, dialog, '代表', deputy.name, deputy.delegation ? `${deputy.name}（${deputy.delegation}）` : deputy.name);
    await pick(office, dialog, '履职类别', '', '调研一个问题');
    await dialog.getByLabel('履职事项').fill(TITLE);
    await dialog.getByLabel('情况说明').fill('走访 3 个村、召开座谈会 1 次，形成调研报告');
    const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-duty-')), '调研现场.png');
    fs.writeFileSync(photo, PNG);
    await dialog.locator('input[type=file]').setInputFiles(photo);
    await shot(office, 'duty-office-entry-form');
    await finish(office, dialog, '提交');
    const [r] = await queryRows<{ kind: string; files: number }>(
      h.db.db,
      sql`select kind, jsonb_array_length(evidence)::int as files from duty_records where deputy_id = ${deputy.id} and title = ${TITLE} and deleted_at is null`,
    );
    expect(r).toEqual({ kind: 'research', files: 1 });

    // Who is short: the deputies short of a duty the deputy lacks, the deputy among them; their row's tags.
    await office.getByLabel('未完成的目标任务').click();
    await office.locator('.ant-select-dropdown:visible').getByText(`未完成：${lacking}`, { exact: true }).click();
    await expect.poll(() => office.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(office, 'duty-office-list');
    // The rulebook: the year's own (the demo may set one), else the seed's 1 point a problem, at most 5, for the hotline.
    const [own] = await queryRows<{ cap: number | null }>(
      h.db.db,
      sql`select (r->>'cap')::numeric::float8 as cap from duty_point_rules p, jsonb_array_elements(p.rules) r
          where p.congress_id = ${deputy.congress_id} and p.year = ${yearOf(todayInShanghai())} and r->>'kind' = 'hotlineCall'`,
    );
    await office.getByRole('button', { name: /积分规则/ }).click();
    const rules = office.getByRole('dialog');
    await rules.getByText('通过专线反映问题').waitFor({ timeout: PATIENCE });
    expect(await rules.getByLabel('通过专线反映问题累计上限').inputValue()).toBe(own ? String(own.cap ?? '') : '5');
    await shot(office, 'duty-office-rules');
    await rules.getByRole('button', { name: label('取消') }).click();
    await expect.poll(() => office.getByRole('dialog').count(), { timeout: PATIENCE }).toBe(0);
    // The deputy's row, found by name (the ranking is paged): short of that duty, not of research any more.
    await office.getByLabel('代表姓名').fill(deputy.name);
    await office.getByLabel('代表姓名').press('Enter');
    const row = office.locator('.ant-table-row', { hasText: deputy.name });
    // The deputy may already show on the unfiltered first page: wait for the filtered answer, one row.
    await expect.poll(() => office.locator('.ant-table-row').count(), { timeout: PATIENCE }).toBe(1);
    await row.waitFor({ timeout: PATIENCE });
    expect(await row.innerText()).toContain(lacking);
    expect(await row.innerText()).not.toContain('调研一个问题');
    // The deputy's page: the record with its photo.
    await row.getByRole('link', { name: deputy.name }).click();
    await office.getByText(TITLE).waitFor({ timeout: PATIENCE });
    await expect.poll(() => office.getByRole('link', { name: /调研现场\.png/ }).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(office, 'duty-office-deputy');

    // 2. The deputy on a phone: 我的履职 with the targets, the points and the hotline order.
    const phone = await signIn(h, 'deputy', { width: 375, height: 812 });
    await phone.goto(`${h.base}/duty/me`);
    await phone.getByRole('heading', { name: '我的履职' }).waitFor({ timeout: PATIENCE });
    await phone.getByText('年度目标任务').waitFor({ timeout: PATIENCE });
    expect(await phone.getByLabel('调研一个问题已完成').count()).toBe(1);
    expect(await phone.getByLabel('通过专线反映问题已完成').count()).toBe(1);
    expect(await phone.getByLabel(`${lacking}未完成`).count()).toBe(1);
    const points = Number(await phone.getByLabel('年度积分').innerText());
    expect(points).toBeGreaterThanOrEqual(2);
    await phone.getByText('小区路灯损坏多日，夜间出行不便').waitFor({ timeout: PATIENCE });
    expect(await phone.getByText('办理中').count()).toBeGreaterThan(0);
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(phone, 'duty-deputy-phone');
    for (const p of [office, phone]) await p.context().close();
  }, 300_000);
});
