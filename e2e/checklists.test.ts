import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayInShanghai } from '../domain/deadlines';
import { queryRows } from '../server/db/client';
import { shot, signIn, useHarness, type Harness } from './harness';
import { finish, label, pick } from './steps';

/**
 * Issue 16 §5–§9 in the browser, on the demo's 华容县: the county's liaison office drafts and issues a
 * checklist, 东山镇's presidium reports an entry with a photo, the county leader paired with 东山镇
 * records a visit, and the 2025 ranking shows. Screenshots in e2e/screenshots/checklists-*.png.
 */
const PATIENCE = 60_000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TITLE = '东山镇等乡镇人大工作专项指导清单';

describe('township checklists in the browser', () => {
  let h: Harness;
  useHarness(40, async (x) => {
    h = x;
  });

  it('the county issues a checklist, a township reports with a photo, the leader records a visit, the ranking shows', async () => {
    const due = addDays(todayInShanghai(), 3);

    // 1. The county's liaison office drafts the checklist and issues it.
    const county = await signIn(h, 'county');
    await county.getByRole('menuitem', { name: '指导清单' }).click();
    await county.getByRole('button', { name: /新建清单/ }).click();
    await county.getByText('清单信息').waitFor({ timeout: PATIENCE });
    // Saved empty: each message beside its field, the entry's too.
    await county.getByRole('button', { name: label('保存草稿') }).click();
    await expect
      .poll(() => county.locator('.ant-form-item-explain-error').allInnerTexts(), { timeout: PATIENCE })
      .toEqual(expect.arrayContaining(['清单标题不能为空', '清单事项不能为空', '佐证材料要求不能为空']));
    await shot(county, 'checklists-county-form-errors');
    await county.getByLabel('清单标题').fill(TITLE);
    await county.getByLabel('第 1 项清单事项').fill('组织代表进站接待选民，收集群众对农村公路养护的意见');
    await county.getByLabel('第 1 项佐证材料要求').fill('接待登记表和现场照片');
    await pickDate(county, '第 1 项完成时限', due);
    await county.getByRole('button', { name: label('保存草稿') }).click();
    await county.getByRole('button', { name: label('下发') }).waitFor({ timeout: PATIENCE });
    await county.getByRole('button', { name: label('下发') }).click();
    await county
      .locator('.ant-popconfirm')
      .getByRole('button', { name: label('下发') })
      .click();
    await expect.poll(() => county.getByText('各乡镇落实情况').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(county, 'checklists-county-issued');
    const [c] = await queryRows<{ id: number; state: string }>(h.db.db, sql`select id, state from checklists where title = ${TITLE}`);
    expect(c.state).toBe('issued');

    // 2. 东山镇's presidium reports the entry done, with a photo of the reception.
    const town = await signIn(h, 'township');
    await town.getByText(TITLE).waitFor({ timeout: PATIENCE });
    await shot(town, 'checklists-township-list');
    await town.goto(`${h.base}/checklists/${c.id}`);
    await town.getByText('本乡镇落实情况').waitFor({ timeout: PATIENCE });
    await town
      .getByRole('button', { name: label('报送') })
      .first()
      .click();
    const dialog = town.getByRole('dialog');
    await dialog.getByRole('radio', { name: '完成', exact: true }).locator('xpath=ancestor::label[1]').click();
    await dialog.getByLabel('情况说明').fill('已组织 5 名代表进站接待选民 32 人次，收集意见 6 条并交镇政府办理');
    const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-photo-')), '代表接待现场.png');
    fs.writeFileSync(photo, PNG);
    await dialog.locator('input[type=file]').setInputFiles(photo);
    await finish(town, dialog, '提交');
    await expect.poll(() => town.getByRole('link', { name: /代表接待现场\.png/ }).count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(town, 'checklists-township-reported');
    const [r] = await queryRows<{ status: string; files: number }>(
      h.db.db,
      sql`select r.status, (select count(*)::int from evidence_files f where f.checklist_report_id = r.id) as files
          from checklist_reports r join congresses t on t.id = r.township_congress_id
          where r.checklist_id = ${c.id} and t.name like '东山镇%'`,
    );
    expect(r).toEqual({ status: 'done', files: 1 });

    // 3. The leader paired with 东山镇 records an on-site visit.
    const leader = await signIn(h, 'county-leader');
    await leader.goto(`${h.base}/guidance`);
    await leader.getByRole('button', { name: /登记联点指导/ }).click();
    const visit = leader.getByRole('dialog');
    await pick(leader, visit, '联点乡镇', '东山镇');
    await visit.getByLabel('走访代表人数').fill('5');
    await visit.getByLabel('走访选民人数').fill('21');
    await visit.getByLabel('查阅台账').fill('代表联络站接待登记和交办反馈台账');
    await visit.getByLabel('工作评价').fill('清单事项落实及时，接待台账规范');
    await visit.getByLabel('要求和指导意见').fill('对群众反映的农村公路养护问题跟踪督办到位');
    await finish(leader, visit, '提交');
    await expect.poll(() => leader.getByText('对群众反映的农村公路养护问题跟踪督办到位').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    await shot(leader, 'checklists-leader-visit');

    // 4. The 2025 assessment: its ranking, finalized.
    await county.getByRole('menuitem', { name: '年度考核' }).click();
    await county.getByLabel('年度').click();
    await county.locator('.ant-select-dropdown:visible').getByText('2025年度', { exact: true }).click();
    await expect.poll(() => county.getByText('已定稿').count(), { timeout: PATIENCE }).toBeGreaterThan(0);
    const ranks = await county.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(ranks[0]).toBe('1');
    expect(ranks.length).toBeGreaterThanOrEqual(12);
    await shot(county, 'checklists-ranking-2025');
    await county.getByRole('menuitem', { name: '清单总览' }).click();
    await county.getByText('各乡镇完成情况').waitFor({ timeout: PATIENCE });
    await shot(county, 'checklists-overview');
    for (const p of [county, town, leader]) await p.context().close();
  }, 300_000);
});

/** Picks a day in an antd DatePicker (typing is off: the calendar is clicked, a month on when needed). */
async function pickDate(page: Page, field: string, day: string): Promise<void> {
  await page.getByLabel(field).click();
  const panel = page.locator('.ant-picker-dropdown:visible');
  await panel.locator('.ant-picker-cell').first().waitFor({ timeout: PATIENCE });
  const cell = panel.locator(`td[title="${day}"]`);
  if (!(await cell.count())) await panel.locator('.ant-picker-header-next-btn').click();
  await cell.click();
  await expect.poll(() => page.getByLabel(field).inputValue()).toBe(day);
}
