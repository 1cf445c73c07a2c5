import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { shot, signIn, type Harness, useHarness } from './harness';
import { as, chooseRadio, expectState, finish, label, pick, startAction } from './steps';

const PHONE = { width: 375, height: 812 };

/**
 * The whole lifecycle clicked through in Debian's Chromium, each role in its
 * own browser session, against the real server: joint submission → cosign →
 * accept → lead + co assignment → co-opinion → contact, draft, send-back,
 * redraft, sign-off, B reply with a commitment → 不满意 → re-handling → 满意 → closed.
 */
describe('the whole lifecycle in the browser', () => {
  let h: Harness;
  let cosigner: { username: string; name: string; id: number };
  useHarness(30, async (x) => {
    h = x;
    // A cosigning deputy whose name is unique, so the search finds exactly them.
    [cosigner] = await queryRows<{ username: string; name: string; id: number }>(
      h.db.db,
      sql`select u.username, d.name, d.id from users u join deputies d on d.id = u.deputy_id
          where u.role = 'deputy' and u.username <> 'deputy' and d.name in (select name from deputies group by name having count(*) = 1)
          order by u.id limit 1`,
    );
  });

  async function units() {
    return queryRows<{ code: string; name: string }>(
      h.db.db,
      sql`select u.username as code, o.name from users u join organizations o on o.id = u.organization_id where u.username in ('unit-office', 'u-finance-office') order by u.username`,
    );
  }

  it('joint submission to closing, every step clicked by its role', async () => {
    const [finance, edu] = await units();
    expect(edu.code).toBe('unit-office');
    expect(finance.code).toBe('u-finance-office');
    const title = '关于扩大农村学校营养餐覆盖范围的建议';

    // 1. The deputy submits jointly, inviting a cosigner (on a phone).
    const deputy = await signIn(h, 'deputy', PHONE);
    await deputy.goto(`${h.base}/submit`);
    await deputy.getByLabel('标题').fill(title);
    await deputy
      .getByLabel('正文')
      .fill('一、基本情况：部分农村学校尚未纳入营养改善计划。二、存在的问题：资金来源单一。三、建议：省级财政加大投入，逐步扩大覆盖范围。');
    const cosign = deputy.getByLabel('附议代表（联名）');
    await cosign.click();
    await cosign.fill(cosigner.name);
    await deputy.locator('.ant-select-dropdown:visible').getByText(cosigner.name, { exact: true }).first().click();
    await deputy.keyboard.press('Escape');
    await deputy.getByRole('button', { name: /提交建议/ }).click();
    await deputy.waitForURL(/\/items\/\d+/);
    const id = Number(new URL(deputy.url()).pathname.split('/').pop());
    await deputy.context().close();
    const signers = await queryRows<{ deputy_id: number; status: string }>(
      h.db.db,
      sql`select deputy_id, status from item_signers where item_id = ${id} and not is_lead`,
    );
    expect(signers).toEqual([{ deputy_id: cosigner.id, status: 'pending' }]);

    // 2. The cosigner confirms on their side.
    await as(h, cosigner.username, id, async (p) => {
      const d = await startAction(p, '附议确认');
      await chooseRadio(d, '确认附议（联名提出）');
      await finish(p, d, '提交');
    });
    await expectState(h, id, 'submitted');
    const [confirmed] = await queryRows<{ status: string }>(h.db.db, sql`select status from item_signers where item_id = ${id} and deputy_id = ${cosigner.id}`);
    expect(confirmed.status).toBe('confirmed');

    // 3. The liaison office accepts and assigns: the education department leads, finance co-handles.
    await as(h, 'liaison', id, async (p) => {
      let d = await startAction(p, '审核');
      // 立案 needs a category: the deputy chose none, the office picks one.
      await pick(p, d, '类别', '教育', '教育');
      await finish(p, d, '提交');
      await expectState(h, id, 'accepted');
      d = await startAction(p, '正式交办');
      await chooseRadio(d, '主办会办');
      await pick(p, d, '主办单位', '教育厅', edu.name);
      // The shared plan rule is checked before sending, its message beside the field (R-ASSIGN-1).
      await d.getByRole('button', { name: label('正式交办') }).click();
      await expect.poll(() => d.locator('.ant-form-item-explain-error').getByText('主办会办须有一个主办单位和至少一个会办单位').count()).toBe(1);
      await pick(p, d, '会办单位', '财政厅', finance.name);
      await shot(p, 'liaison-assign-form');
      await finish(p, d, '正式交办');
    });
    await expectState(h, id, 'handling');

    // 4. The co-handler sends its opinion.
    await as(h, 'u-finance-office', id, async (p) => {
      const d = await startAction(p, '报送会办意见');
      await d.getByLabel('会办意见').fill('我厅将在年度预算中统筹安排营养改善资金，支持扩大覆盖范围。');
      // R-CO-1: the contact the letter prints; the person is prefilled with the user's name, as on the reply form.
      expect(await d.getByLabel('联系人').inputValue()).not.toBe('');
      await d.getByLabel('联系人').fill('钱立');
      await d.getByLabel('联系电话').fill('0731-85160000');
      await finish(p, d, '提交');
      await expect.poll(() => p.getByText('联系电话：0731-85160000').count()).toBe(1);
    });
    const [op] = await queryRows<{ contact_person: string; contact_phone: string }>(
      h.db.db,
      sql`select contact_person, contact_phone from co_opinions where item_id = ${id}`,
    );
    expect(op).toEqual({ contact_person: '钱立', contact_phone: '0731-85160000' });

    // 5. The lead unit's office acknowledges the assignment (签收) on the item page.
    await as(h, 'unit-office', id, async (p) => finish(p, await startAction(p, '签收'), '签收'));
    const [ack] = await queryRows<{ acknowledged_at: Date | null }>(
      h.db.db,
      sql`select t.acknowledged_at from tasks t join users u on u.organization_id = t.unit_id where t.item_id = ${id} and u.username = 'unit-office'`,
    );
    expect(ack.acknowledged_at).not.toBeNull();

    // The lead's handler logs a contact, drafts a B reply with a commitment and submits it for review.
    const draft = async (body: string) =>
      as(h, 'unit-handler', id, async (p) => {
        const d = await startAction(p, '起草答复');
        await chooseRadio(d, /^B/);
        // The letter prints the addressees itself: shown above the body, with a warning when the body types them again.
        const salutation = d.getByTestId('reply-salutation');
        await expect.poll(() => salutation.textContent()).toMatch(/^信函开头将自动印出：\S+代表：/);
        const repeated = () => d.getByText('正文第一行与信函开头的称呼重复').count();
        await d.getByLabel('答复正文').fill(`${await salutation.locator('strong').textContent()}\n${body}`);
        await expect.poll(repeated).toBe(1);
        await d.getByLabel('答复正文').fill(body);
        await expect.poll(repeated).toBe(0);
        if (!(await d.getByPlaceholder('承诺事项 1').count())) await d.getByRole('button', { name: /增加承诺事项/ }).click();
        await d.getByPlaceholder('承诺事项 1').fill('2027年秋季学期前将营养改善计划扩大到全省农村义务教育学校');
        const date = d.getByPlaceholder('完成时限');
        await date.click();
        await date.fill('2027-08-31');
        await date.press('Enter');
        await d.getByLabel('文号（发出前必填）').fill('湘教函〔2026〕18号');
        await d.getByLabel('联系电话').fill('0731-84720000');
        await finish(p, d, '保存草稿');
        const s = await startAction(p, '提交审核');
        await finish(p, s, '提交审核');
      });
    await as(h, 'unit-handler', id, async (p) => {
      const d = await startAction(p, '登记沟通联系');
      await pick(p, d, '沟通方式', '', '走访/登门');
      await d.getByLabel('参加人员').fill('省教育厅财务处处长、承办人；领衔代表');
      await d.getByLabel('沟通内容').fill('登门走访代表，介绍营养改善计划实施情况，听取意见。');
      await finish(p, d, '提交');
    });
    await draft('您提出的关于扩大农村学校营养餐覆盖范围的建议收悉。经研究，拟分步扩大覆盖范围。');

    // 6. Its office sends the draft back; the handler redrafts.
    await as(h, 'unit-office', id, async (p) => {
      const d = await startAction(p, '退回重办');
      await d.getByLabel('退回理由').fill('请补充资金测算和分年度实施计划。');
      await finish(p, d, '退回');
    });
    const [back] = await queryRows<{ state: string; send_back_reason: string }>(
      h.db.db,
      sql`select state, send_back_reason from replies where item_id = ${id}`,
    );
    expect(back).toEqual({ state: 'draft', send_back_reason: '请补充资金测算和分年度实施计划。' });
    await draft('您提出的关于扩大农村学校营养餐覆盖范围的建议收悉。经测算，需省级资金约2.3亿元，拟于2027年秋季学期前分两年实施。');

    // 7. The office approves, the leader signs, the office sends the B reply.
    await as(h, 'unit-office', id, async (p) => finish(p, await startAction(p, '审核通过'), '审核通过，报领导签发'));
    await as(h, 'unit-leader', id, async (p) => finish(p, await startAction(p, '领导签发'), '签发'));
    await as(h, 'unit-office', id, async (p) => {
      const d = await startAction(p, '答复代表');
      await finish(p, d, '发出答复');
    });
    await expectState(h, id, 'replied');
    const commitments = await queryRows<{ content: string; target_date: string }>(
      h.db.db,
      sql`select content, target_date::text from commitments where item_id = ${id}`,
    );
    expect(commitments).toEqual([{ content: '2027年秋季学期前将营养改善计划扩大到全省农村义务教育学校', target_date: '2027-08-31' }]);

    // 8. The lead deputy (phone) is dissatisfied; the cosigner basically satisfied → dissatisfied.
    const evaluate = (username: string, result: string, comment: string, viewport?: typeof PHONE) =>
      as(
        h,
        username,
        id,
        async (p) => {
          const d = await startAction(p, '评价答复');
          await chooseRadio(d, result);
          await d.getByLabel('意见和建议').fill(comment);
          if (viewport) await shot(p, 'deputy-evaluate-375');
          await finish(p, d, '提交');
        },
        viewport,
      );
    await as(
      h,
      'deputy',
      id,
      async (p) => {
        // The contact the unit logged is shown to the deputy, who confirms it.
        const d = await startAction(p, '确认沟通记录');
        await finish(p, d, '提交');
      },
      PHONE,
    );
    await evaluate('deputy', '不满意', '资金安排不明确，希望明确省级财政的具体投入。', PHONE);
    await evaluate(cosigner.username, '基本满意', '');
    await expectState(h, id, 'dissatisfied');

    // 9. The liaison office forwards for re-handling; the unit meets the deputy and answers again.
    await as(h, 'liaison', id, async (p) => {
      const d = await startAction(p, '转交重新办理');
      await d.getByLabel('转办说明').fill('代表希望明确省级财政投入，请当面沟通后再次答复。');
      await finish(p, d, '提交');
    });
    await expectState(h, id, 'rehandling');
    await as(h, 'unit-handler', id, async (p) => {
      const d = await startAction(p, '登记沟通联系');
      await pick(p, d, '沟通方式', '', '座谈');
      await d.getByLabel('参加人员').fill('省教育厅、省财政厅负责同志；领衔代表');
      await d.getByLabel('沟通内容').fill('召开座谈会，逐项说明省级财政投入安排。');
      await finish(p, d, '提交');
    });
    await draft('经与省财政厅共同研究，省级财政2027年安排专项资金1.5亿元，2028年安排0.8亿元。');
    await as(h, 'unit-office', id, async (p) => finish(p, await startAction(p, '审核通过'), '审核通过，报领导签发'));
    await as(h, 'unit-leader', id, async (p) => finish(p, await startAction(p, '领导签发'), '签发'));
    await as(h, 'unit-office', id, async (p) => finish(p, await startAction(p, '答复代表'), '发出答复'));
    await expectState(h, id, 'replied');

    // 10. Both deputies are satisfied: the item is closed.
    await evaluate('deputy', '满意', '答复具体，感谢。', PHONE);
    await evaluate(cosigner.username, '满意', '');
    await expectState(h, id, 'closed');
    const [closed] = await queryRows<{ close_reason: string; round: number }>(h.db.db, sql`select close_reason, round from items where id = ${id}`);
    expect(closed).toEqual({ close_reason: 'rehandledEvaluated', round: 2 });
    await as(h, 'liaison', id, async (p) => {
      await expect.poll(() => p.getByText('已办结').count()).toBeGreaterThan(0);
      const earlier = p.getByText(/显示更早的 \d+ 条记录/);
      if (await earlier.count()) await earlier.click();
      await shot(p, 'liaison-item-closed');
    });
  }, 600_000);

  it('a unit requests an adjustment within its window (days left shown) and the office reassigns the item', async () => {
    const [ndrc] = await queryRows<{ name: string }>(
      h.db.db,
      sql`select o.name from users u join organizations o on o.id = u.organization_id where u.username = 'u-ndrc-office'`,
    );
    const [edu] = await queryRows<{ name: string }>(
      h.db.db,
      sql`select o.name from users u join organizations o on o.id = u.organization_id where u.username = 'unit-office'`,
    );
    const deputy = await signIn(h, 'deputy');
    await deputy.goto(`${h.base}/submit`);
    await deputy.getByLabel('标题').fill('关于支持县域职业教育产教融合的建议');
    await deputy.getByLabel('正文').fill('建议支持县域职业学校与本地企业共建实训基地。');
    await deputy.getByRole('button', { name: /提交建议/ }).click();
    await deputy.waitForURL(/\/items\/\d+/);
    const id = Number(new URL(deputy.url()).pathname.split('/').pop());
    await deputy.context().close();

    await as(h, 'liaison', id, async (p) => {
      const review = await startAction(p, '审核');
      await pick(p, review, '类别', '教育', '教育');
      await finish(p, review, '提交');
      const d = await startAction(p, '正式交办');
      await pick(p, d, '主办单位', '发展', ndrc.name);
      await finish(p, d, '正式交办');
    });
    await expectState(h, id, 'handling');

    await as(h, 'u-ndrc-office', id, async (p) => {
      const d = await startAction(p, '申请调整');
      await expect.poll(() => d.getByText(/调整申请期限至 \d{4}-\d{2}-\d{2}（剩 \d+ 天）/).count()).toBe(1);
      await d.getByLabel('申请理由').fill('职业教育产教融合属教育部门职责，建议改由省教育厅主办。');
      await pick(p, d, '建议改由哪些单位承办（可选）', '教育厅', edu.name);
      await shot(p, 'unit-request-adjustment');
      await finish(p, d, '提交');
    });
    const [pending] = await queryRows<{ state: string }>(h.db.db, sql`select state from requests where item_id = ${id} and kind = 'adjustment'`);
    expect(pending.state).toBe('pending');

    await as(h, 'liaison', id, async (p) => {
      const d = await startAction(p, '审批调整申请');
      await expect.poll(() => d.getByText(`建议改由：${edu.name}`).count()).toBe(1);
      await pick(p, d, '改由单位承办', '教育厅', edu.name);
      await d.getByLabel('审批意见').fill('同意，改由省教育厅主办。');
      await finish(p, d, '提交');
    });
    const tasks = await queryRows<{ name: string; role: string; state: string }>(
      h.db.db,
      sql`select o.name, t.role, t.state from tasks t join organizations o on o.id = t.unit_id where t.item_id = ${id} order by t.id`,
    );
    expect(tasks).toEqual([
      { name: ndrc.name, role: 'lead', state: 'withdrawn' },
      { name: edu.name, role: 'lead', state: 'assigned' },
    ]);
    // The new lead sees the item with its own actions; the withdrawn unit no longer does.
    await as(h, 'unit-office', id, async (p) => {
      await expect.poll(() => p.getByRole('button', { name: /办理责任分解/ }).count()).toBeGreaterThan(0);
      // A complex item: the new lead asks for more time (R-REPLY-7).
      const d = await startAction(p, '申请延期');
      await d.getByLabel('延期理由').fill('涉及多部门资金统筹，需与省财政厅会商后答复。');
      await finish(p, d, '提交');
    });
    await as(h, 'liaison', id, async (p) => {
      const d = await startAction(p, '审批延期申请');
      await expect.poll(() => d.getByText('延期理由：涉及多部门资金统筹，需与省财政厅会商后答复。').count()).toBe(1);
      await d.getByLabel('审批意见').fill('同意延期。');
      await finish(p, d, '提交');
    });
    const [ext] = await queryRows<{ reply_extended: boolean }>(h.db.db, sql`select reply_extended from items where id = ${id}`);
    expect(ext.reply_extended).toBe(true);
  }, 300_000);

  it('the liaison office merges a near-duplicate after comparing the two side by side (R-REVIEW-2)', async () => {
    const submitAs = async (username: string, title: string) => {
      const p = await signIn(h, username);
      await p.goto(`${h.base}/submit`);
      await p.getByLabel('标题').fill(title);
      await p.getByLabel('正文').fill(`${title}：建议在县域推广社区食堂，解决老年人吃饭难问题。`);
      await p.getByRole('button', { name: /提交建议/ }).click();
      await p.waitForURL(/\/items\/\d+/);
      const id = Number(new URL(p.url()).pathname.split('/').pop());
      await p.context().close();
      return id;
    };
    const primary = await submitAs('deputy', '关于推广老年助餐服务的建议');
    const other = await submitAs(cosigner.username, '关于发展社区老年食堂的建议');
    await as(h, 'liaison', primary, async (p) => {
      const review = await startAction(p, '审核');
      await pick(p, review, '类别', '教育', '教育');
      await finish(p, review, '提交');
      const d = await startAction(p, '并案');
      await d.getByPlaceholder('按标题、编号或正文查找候选建议').fill('老年食堂');
      const candidate = d.getByRole('checkbox', { name: /关于发展社区老年食堂的建议/ });
      await expect.poll(() => candidate.count()).toBe(1);
      // The candidate's text is shown beside the primary's before deciding.
      await expect
        .poll(() =>
          d
            .locator('.merge-text')
            .getByText(/关于发展社区老年食堂的建议：/)
            .count(),
        )
        .toBe(1);
      await candidate.check();
      await shot(p, 'liaison-merge');
      await finish(p, d, '并入本件');
    });
    await expectState(h, other, 'merged');
    const signers = await queryRows<{ deputy_id: number }>(
      h.db.db,
      sql`select deputy_id from item_signers where item_id = ${primary} and deputy_id = ${cosigner.id}`,
    );
    expect(signers).toHaveLength(1);
  }, 300_000);
});
