import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../server/db/client';
import { shot, signIn, type Harness, useHarness } from './harness';
import { as, chooseRadio, expectState, finish, label, pick, startAction } from './steps';

const PHONE = { width: 375, height: 812 };

/** The menu's entries as the user sees them (on a phone, in the drawer). */
async function menu(page: Page, phone = false): Promise<string[]> {
  if (phone) await page.getByRole('button', { name: '打开菜单' }).click();
  const items = page.locator(phone ? '.ant-drawer .ant-menu-item' : '.app-sider .ant-menu-item');
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  return (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, '').replace(/\d+$/, ''));
}

/**
 * CPPCC proposals in the workbench (issue 14 §5, §8), each role in its own browser session on the demo's
 * 政协湖南省委员会: a member on a phone submits a joint proposal, the co-signer confirms, the proposal
 * committee accepts (立案) and assigns it to a province unit, the unit replies to the member (答复委员), the
 * lead member evaluates; the government office tells proposals from suggestions in its ledger and links the
 * proposal to a suggestion as related; the CPPCC's administrator gives only the CPPCC's roles.
 */
describe('CPPCC proposals in the browser', () => {
  let h: Harness;
  let cosigner: { name: string; id: number };
  let unit: { name: string };
  useHarness(30, async (x) => {
    h = x;
    [cosigner] = await queryRows<{ name: string; id: number }>(
      h.db.db,
      sql`select d.name, d.id from users u join deputies d on d.id = u.deputy_id where u.username = 'member2'`,
    );
    [unit] = await queryRows<{ name: string }>(
      h.db.db,
      sql`select o.name from users u join organizations o on o.id = u.organization_id where u.username = 'unit-office'`,
    );
  });

  it('joint proposal to evaluation: the member on a phone, the co-signer, the proposal committee, the unit', async () => {
    const title = '关于推进县域医共体建设提升基层诊疗能力的提案';

    // 1. The member's menu speaks of proposals; they submit a joint one on a phone.
    const member = await signIn(h, 'member', PHONE);
    expect(await menu(member, true)).toEqual(['待办', '我的提案', '提出提案']);
    await member.locator('.ant-drawer .ant-menu-item').filter({ hasText: '提出提案' }).click();
    await member.waitForURL(/\/submit$/);
    await expect.poll(() => member.locator('.app-content h1').innerText()).toBe('提出提案');
    await chooseRadio(member.locator('form'), '联名提案');
    await member.getByLabel('标题').fill(title);
    await member
      .getByLabel('正文')
      .fill('一、现状：县域内医疗资源分散。二、问题：基层诊疗能力不足，群众看病仍往城里跑。三、建议：以县医院为龙头组建紧密型医共体，统一管理人员和医保资金。');
    const cosign = member.getByLabel('联名委员');
    await cosign.click();
    await cosign.fill(cosigner.name);
    await member.locator('.ant-select-dropdown:visible').getByText(cosigner.name, { exact: true }).first().click();
    await member.keyboard.press('Escape');
    await shot(member, 'member-submit-375');
    await member.getByRole('button', { name: /提交提案/ }).click();
    await member.waitForURL(/\/items\/\d+/);
    const id = Number(new URL(member.url()).pathname.split('/').pop());
    // The item page in the proposal's words.
    await expect.poll(() => member.getByText('提案内容').count()).toBeGreaterThan(0);
    expect(await member.getByText('联名提案', { exact: true }).count()).toBeGreaterThan(0);
    expect(await member.getByText('待联名确认').count()).toBeGreaterThan(0);
    await shot(member, 'member-proposal-375');
    await member.context().close();
    const [row] = await queryRows<{ kind: string; state: string }>(h.db.db, sql`select kind, state from items where id = ${id}`);
    expect(row).toEqual({ kind: 'proposal', state: 'awaitingCosigners' });

    // 2. The co-signer confirms from the invitation on the item page (a phone too).
    await as(
      h,
      'member2',
      id,
      async (p) => {
        await expect.poll(() => p.getByText(/邀请您联名本提案/).count()).toBe(1);
        await p.getByRole('button', { name: label('确认联名') }).click();
      },
      PHONE,
    );
    await expectState(h, id, 'submitted');

    // 3. The proposal committee: its menu, its review queue, 立案 with a category, then 交办 to one unit.
    const office = await signIn(h, 'proposal-office');
    const entries = await menu(office);
    expect(entries.slice(0, 3)).toEqual(['待办', '提案审核', '提案台账']);
    expect(entries).toContain('统计');
    expect(entries.join()).not.toMatch(/建议/);
    await office.context().close();
    await as(h, 'proposal-office', id, async (p) => {
      let d = await startAction(p, '审核');
      expect(await d.locator('.ant-modal-title').innerText()).toBe('审核提案');
      expect(await d.getByRole('radio', { name: '转为意见' }).count()).toBe(1);
      await pick(p, d, '类别', '教育', '教育');
      await shot(p, 'proposal-office-review');
      await finish(p, d, '提交');
      await expectState(h, id, 'accepted');
      d = await startAction(p, '正式交办');
      await pick(p, d, '主办单位', unit.name, unit.name);
      await finish(p, d, '正式交办');
    });
    await expectState(h, id, 'handling');

    // 4. The unit (the congress's, which handles both streams): the proposal is tagged in its queue; it replies.
    const unitOffice = await signIn(h, 'unit-office');
    await unitOffice.goto(`${h.base}/inbox?tab=assignments`);
    const queueRow = unitOffice.locator('.ant-table-row').filter({ hasText: title });
    await expect.poll(() => queueRow.count()).toBe(1);
    expect(
      await queueRow
        .locator('.ant-tag')
        .filter({ hasText: /^提案$/ })
        .count(),
    ).toBe(1);
    await shot(unitOffice, 'unit-queue-proposal-tag');
    await unitOffice.context().close();
    await as(h, 'unit-handler', id, async (p) => {
      const d = await startAction(p, '登记沟通联系');
      await pick(p, d, '沟通方式', '', '走访/登门');
      await d.getByLabel('参加人员').fill('承办处室负责人、承办人；第一提案人');
      await d.getByLabel('沟通内容').fill('登门走访委员，介绍医共体建设进展，听取意见。');
      expect(await d.getByLabel('委员意见').count()).toBe(1);
      await finish(p, d, '提交');
      const r = await startAction(p, '起草答复');
      await chooseRadio(r, /^A/);
      await r.getByLabel('答复正文').fill('您提出的关于推进县域医共体建设的提案收悉。经研究，我厅已在全省推开紧密型医共体建设。');
      await r.getByLabel('文号（发出前必填）').fill('湘卫函〔2026〕9号');
      await r.getByLabel('联系电话').fill('0731-84820000');
      await finish(p, r, '保存草稿');
      await finish(p, await startAction(p, '提交审核'), '提交审核');
    });
    await as(h, 'unit-office', id, async (p) => finish(p, await startAction(p, '审核通过'), '审核通过，报领导签发'));
    await as(h, 'unit-leader', id, async (p) => finish(p, await startAction(p, '领导签发'), '签发'));
    await as(h, 'unit-office', id, async (p) => {
      const d = await startAction(p, '答复委员');
      expect(await d.getByText(/抄送政协提案委员会和政府办公厅/).count()).toBe(1);
      await finish(p, d, '发出答复');
    });
    await expectState(h, id, 'replied');

    // 5. The co-signer does not evaluate a proposal (R-CPPCC-2); the lead member does, on the phone.
    await as(h, 'member2', id, async (p) => {
      await expect.poll(() => p.getByText('提案人').count()).toBeGreaterThan(0);
      expect(await p.getByRole('button', { name: label('评价答复') }).count()).toBe(0);
    });
    await as(
      h,
      'member',
      id,
      async (p) => {
        const d = await startAction(p, '评价答复');
        await chooseRadio(d, '满意');
        await d.getByLabel('意见和建议').fill('答复具体，措施有力。');
        await shot(p, 'member-evaluate-375');
        await finish(p, d, '提交');
      },
      PHONE,
    );
    await expectState(h, id, 'closed');
    await as(h, 'proposal-office', id, async (p) => {
      await expect.poll(() => p.getByText('答复委员').count()).toBeGreaterThan(0);
      const earlier = p.getByText(/显示更早的 \d+ 条记录/);
      if (await earlier.count()) await earlier.click();
      for (const step of ['提出提案', '确认联名', '立案']) expect(await p.locator('.history').getByText(step, { exact: true }).count()).toBeGreaterThan(0);
      await shot(p, 'proposal-office-item-closed');
    });
  }, 600_000);

  it('the government office filters its ledger by 建议 or 提案, links a proposal to a suggestion and reads them side by side', async () => {
    const [proposal] = await queryRows<{ id: number; number: string; title: string }>(
      h.db.db,
      sql`select id, number, title from items where kind = 'proposal' and state in ('handling', 'replied', 'closed') order by id limit 1`,
    );
    const [suggestion] = await queryRows<{ id: number; number: string; title: string }>(
      h.db.db,
      sql`select id, number, title from items where kind = 'suggestion' and state in ('handling', 'replied', 'closed')
            and congress_id = (select id from congresses where level = 'province' and body = 'congress') order by id limit 1`,
    );
    const gov = await signIn(h, 'govoffice');
    await gov.goto(`${h.base}/items?system=all`);
    const kinds = gov.locator('.ant-table-tbody .ant-table-row .ant-tag').filter({ hasText: /^(建议|提案)$/ });
    await expect.poll(() => kinds.count()).toBeGreaterThan(0);
    await gov.getByLabel('类型', { exact: true }).click();
    await gov.locator('.ant-select-dropdown:visible').getByText('提案', { exact: true }).click();
    await gov.waitForURL(/kind=proposal/);
    // Every row is a proposal (the 类型 column goes when one kind is chosen).
    const kindsShown = async () => {
      const titles = await gov.locator('.ant-table-tbody .ant-table-row a.ledger-title').allInnerTexts();
      if (!titles.length) return [];
      const rows = await queryRows<{ kind: string }>(
        h.db.db,
        sql`select distinct kind from items where title in (${sql.join(
          titles.map((t) => sql`${t}`),
          sql`, `,
        )})`,
      );
      return rows.map((r) => r.kind);
    };
    await expect.poll(kindsShown).toEqual(['proposal']);
    await shot(gov, 'gov-ledger-proposals');

    await gov.goto(`${h.base}/items/${proposal.id}`);
    const card = gov.locator('.ant-card').filter({ has: gov.getByText('相关件', { exact: true }) });
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: /关\s*联/ }).click();
    const dialog = gov.getByRole('dialog');
    await dialog.getByLabel('查找要关联的件').fill(suggestion.number);
    await dialog.getByLabel('查找要关联的件').press('Enter');
    await dialog.getByText(suggestion.title).click();
    await finish(gov, dialog, '关联');
    await expect.poll(() => card.getByText(suggestion.title).count()).toBe(1);
    await card.getByRole('button', { name: /对照阅读/ }).click();
    const side = gov.locator('.ant-modal').filter({ hasText: '对照阅读' });
    await expect.poll(() => side.locator('.side-label').filter({ hasText: '最近的答复' }).count()).toBe(2);
    await shot(gov, 'gov-related-side-by-side');
    await side
      .locator('.ant-modal-footer')
      .getByRole('button', { name: label('关闭') })
      .click();
    await expect.poll(() => side.count()).toBe(0);
    const [link] = await queryRows<{ n: number }>(
      h.db.db,
      sql`select count(*)::int as n from item_links where (item_id, related_id) = (${Math.min(proposal.id, suggestion.id)}, ${Math.max(proposal.id, suggestion.id)})`,
    );
    expect(link.n).toBe(1);
    await gov.context().close();
  }, 300_000);

  it("the CPPCC's administrator gives the CPPCC's roles only, and names a member for a member's account", async () => {
    const admin = await signIn(h, 'cppcc-admin');
    await admin.goto(`${h.base}/admin/users`);
    await admin.getByRole('button', { name: /新增用户/ }).click();
    const d = admin.getByRole('dialog');
    await d.getByLabel('角色').click();
    const options = admin.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The dropdown's list renders in steps: read it once it has settled.
    await expect.poll(() => options.allInnerTexts()).toEqual(['政协委员', '政协提案委员会', '督办领导', '系统管理员', '安全审计员']);
    await d.locator('.ant-modal-title').click();
    await pick(admin, d, '角色', '', '政协委员');
    await expect.poll(() => d.getByLabel('关联委员').count()).toBe(1);
    await shot(admin, 'cppcc-admin-user-form');
    await admin.context().close();
  });
});
