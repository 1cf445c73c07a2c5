import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { sessions } from '../server/db/schema';
import { shot, signIn, type Harness, useHarness } from './harness';
import { chooseRadio, finish, label, openItem, pick, startAction } from './steps';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * R-TRACK-1 and R-TRACK-2 in the browser: a unit asks for a strike-off, the
 * liaison office rejects it with a reason; the unit reports progress citing an
 * uploaded document; the office carries the open commitments into a new
 * session; the office starts the look-back and a unit fills a review.
 */
describe('commitment tracking and the look-back in the browser', () => {
  let h: Harness;
  let target: { id: number; itemId: number; content: string; targetDate: string; unitId: number; office: string };
  useHarness(40, async (x) => {
    h = x;
    // A registered commitment and the office account of its unit.
    const [row] = await queryRows<typeof target>(
      h.db.db,
      sql`select cm.id, cm.item_id as "itemId", cm.content, cm.target_date::text as "targetDate", cm.unit_id as "unitId", u.username as office
          from commitments cm join users u on u.organization_id = cm.unit_id and u.role = 'unitOffice'
          where cm.state = 'registered' order by cm.id limit 1`,
    );
    target = row;
  });
  const stateOf = async () => (await queryRows<{ state: string }>(h.db.db, sql`select state from commitments where id = ${target.id}`))[0].state;
  const rowOf = (page: Page) => page.locator('tr', { hasText: target.content }).first();

  it('a unit asks for a strike-off; the office rejects it with a reason; the unit reports progress with evidence (R-TRACK-1)', async () => {
    expect(target, '演示数据中应有已挂号的承诺事项').toBeTruthy();
    const unit = await signIn(h, target.office);
    await unit.goto(`${h.base}/commitments`);
    await rowOf(unit)
      .getByRole('button', { name: label('申请销号') })
      .click();
    let dialog = unit.getByRole('dialog');
    await dialog.getByLabel('落实情况').fill('项目已完成竣工验收，承诺事项全部落实。');
    await finish(unit, dialog, '提交');
    await expect.poll(stateOf).toBe('strikeOffRequested');
    await unit.context().close();

    const liaison = await signIn(h, 'liaison');
    await liaison.goto(`${h.base}/commitments`);
    await liaison.getByText('待审批销号').click();
    await rowOf(liaison)
      .getByRole('button', { name: label('审批销号') })
      .click();
    dialog = liaison.getByRole('dialog');
    await expect.poll(() => dialog.getByText('承办单位申请销号：项目已完成竣工验收，承诺事项全部落实。').count()).toBe(1);
    await chooseRadio(dialog, '驳回销号申请');
    await dialog.getByLabel('驳回理由').fill('尚缺竣工验收报告，请补充后再申请。');
    await finish(liaison, dialog, '提交');
    await expect.poll(stateOf).toBe('registered');
    await shot(liaison, 'liaison-commitments-requests');
    await liaison.context().close();

    // The unit sees the rejection, uploads the report and cites it in a progress report from the item page.
    const page = await openItem(h, target.office, target.itemId);
    await expect.poll(() => page.getByText('尚缺竣工验收报告，请补充后再申请。').count()).toBeGreaterThan(0);
    dialog = await startAction(page, '上传附件');
    await dialog.locator('input[type=file]').setInputFiles({ name: '竣工验收报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await finish(page, dialog, '上传');
    dialog = await startAction(page, '承诺事项');
    await pick(page, dialog, '承诺事项', '', `${target.content}（${target.targetDate}前 · 已挂号）`);
    await dialog.getByLabel('进展情况').fill('已补充竣工验收报告。');
    await pick(page, dialog, '佐证材料（可选）', '', '竣工验收报告.pdf');
    await finish(page, dialog, '提交');
    const [{ progress }] = await queryRows<{ progress: { note: string; attachmentIds?: number[] }[] }>(
      h.db.db,
      sql`select progress from commitments where id = ${target.id}`,
    );
    expect(progress.at(-1)?.note).toBe('已补充竣工验收报告。');
    expect(progress.at(-1)?.attachmentIds).toHaveLength(1);
    await expect
      .poll(() =>
        page
          .locator('.ant-card', { hasText: '承诺事项（B类）' })
          .getByRole('link', { name: /竣工验收报告\.pdf/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await shot(page, 'unit-item-commitments');
    await page.context().close();
  });

  it('the office carries the open commitments over into a new session (R-TRACK-1)', async () => {
    const [{ congressId }] = await queryRows<{ congressId: number }>(h.db.db, sql`select congress_id as "congressId" from items where id = ${target.itemId}`);
    await h.db.db.insert(sessions).values({ congressId, name: '十四届人大四次会议', code: '14-4', year: 2026 });
    const [{ open }] = await queryRows<{ open: number }>(
      h.db.db,
      sql`select count(*)::int as open from commitments c join items i on i.id = c.item_id
          where c.state in ('registered', 'strikeOffRequested') and i.congress_id = ${congressId}`,
    );
    const liaison = await signIn(h, 'liaison');
    await liaison.goto(`${h.base}/commitments`);
    await liaison.getByRole('button', { name: '结转到新会次' }).click();
    await liaison.getByRole('button', { name: label('结转') }).click();
    await expect.poll(() => liaison.getByText(`已将 ${open} 项未销号的承诺事项结转到十四届人大四次会议`).count()).toBe(1);
    const [{ carried }] = await queryRows<{ carried: number }>(
      h.db.db,
      sql`select count(*)::int as carried from commitments c join items i on i.id = c.item_id
          where c.carried_over_at is not null and i.congress_id = ${congressId}`,
    );
    expect(carried).toBe(open);
    await expect.poll(() => liaison.getByText('结转·十四届人大四次会议').count()).toBeGreaterThan(0);
    await shot(liaison, 'liaison-commitments-carried');
    await liaison.context().close();
  });

  it('the office starts the look-back; a unit fills a review; the progress counts it (R-TRACK-2)', async () => {
    const year = new Date().getFullYear();
    const liaison = await signIn(h, 'liaison');
    await liaison.goto(`${h.base}/look-back`);
    await liaison.getByRole('button', { name: `启动${year}年度回头看` }).click();
    await liaison.getByRole('button', { name: label('生成') }).click();
    await expect.poll(() => liaison.getByText('复查进度').count()).toBe(1);
    const [{ n }] = await queryRows<{ n: number }>(h.db.db, sql`select count(*)::int as n from look_back_reviews`);
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => liaison.getByText(`共 ${n} 份`).count()).toBe(1);
    await shot(liaison, 'liaison-look-back');
    await liaison.context().close();

    const [review] = await queryRows<{ id: number; number: string; office: string }>(
      h.db.db,
      sql`select lr.id, i.number, u.username as office from look_back_reviews lr join items i on i.id = lr.item_id
          join users u on u.organization_id = lr.unit_id and u.role = 'unitOffice' order by lr.id limit 1`,
    );
    const unit = await signIn(h, review.office);
    await unit.goto(`${h.base}/look-back`);
    await unit
      .locator('tr', { hasText: review.number })
      .getByRole('button', { name: label('填报') })
      .click();
    const dialog = unit.getByRole('dialog');
    await chooseRadio(dialog, '已落实');
    await dialog.getByLabel('复查情况').fill('答复事项已全部落实，群众反映良好。');
    await finish(unit, dialog, '提交');
    await expect
      .poll(async () => (await queryRows<{ state: string }>(h.db.db, sql`select state from look_back_reviews where id = ${review.id}`))[0].state)
      .toBe('submitted');
    await unit.locator('.ant-segmented').getByText('已填报', { exact: true }).click();
    await expect.poll(() => unit.getByText('答复事项已全部落实，群众反映良好。').count()).toBe(1);
    await shot(unit, 'unit-look-back');
    await unit.context().close();
  });
});
