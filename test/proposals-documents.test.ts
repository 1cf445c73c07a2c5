import { beforeEach, describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { createCppcc, type Cppcc } from './helpers/cppcc';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { contact, draftAndSign, item, send, sendCoOpinion, submitAndAssign } from './helpers/flow';
import { fileName, PROPOSAL_REPLY, proposalSteps, readXlsx } from './helpers/proposal-flow';

/**
 * Documents of CPPCC proposals (issue 14 §6, §8): the reply and co-opinion letters, the five standard forms and
 * the annual report speak of 提案, 委员, 第一提案人 and 界别 and name the CPPCC session in full; the government
 * office's forms and report cover both streams.
 */
describe.each(DB_KINDS)('proposal documents on %s', (kind) => {
  let { d, app, c, liaison, gov, dep, u } = {} as CongressSetup;
  useCongress(kind, { gov: true }, (s) => ({ d, app, c, liaison, gov, dep, u } = s));
  let p: Cppcc;
  let office: Client;
  let members: Client[];
  let steps: ReturnType<typeof proposalSteps>;
  /** 政协测试省<tag>第十三届委员会第三次会议 */
  let session: string;
  let committee: string;

  beforeEach(async () => {
    p = await createCppcc(d.db, c);
    office = await Client.login(app, p.users.proposalOffice.username);
    members = await Promise.all(p.users.members.slice(0, 4).map((m) => Client.login(app, m.username)));
    steps = proposalSteps(office, p);
    session = `政协测试省${c.tag}第十三届委员会第三次会议`;
    committee = `政协测试省${c.tag}委员会提案委员会`;
  });

  const unitName = (i: number) => `省${['教育厅', '财政厅', '交通运输厅', '高级人民法院'][i]}-${c.tag}`;

  /** A proposal's reply, signed and sent by `unit` with a body about the proposal. */
  const answer = async (unit: (typeof u)[number], id: number, resultClass = 'A') => {
    await contact(unit.handler, id, 'visit', '2025-03-10');
    const signed = await draftAndSign(unit, id, resultClass, { body: PROPOSAL_REPLY });
    expect((await send(unit.office, id, signed)).status).toBe(200);
    return signed.id as number;
  };

  it('the reply and co-opinion letters: to the lead member (each merged proposal’s too), 关于对…第N号提案, copied to the proposal committee and the government office, never 代表 or 建议', async () => {
    const joint = await steps.propose(members[0], '关于加快职业教育产教融合的提案', { cosignerDeputyIds: [p.memberIds[1]] });
    await members[1].ok('POST', `/api/items/${joint.id}/cosignature`, { confirm: true });
    await steps.accept(joint.id);
    await steps.assign(joint.id, 'leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    await sendCoOpinion(u[1], joint.id, '我厅同意主办单位的办理意见，并将配合做好经费保障。');
    const replyId = await answer(u[0], joint.id);

    const json = await office.ok('GET', `/api/items/${joint.id}/replies/${replyId}/letter`);
    const government = json.copies[1];
    expect(government).toMatch(/人民政府办公厅$/);
    const res = await office.raw(`/api/items/${joint.id}/replies/${replyId}/letter.docx`);
    expect(res.statusCode).toBe(200);
    const letter = await readDocx(res.rawPayload);
    const title = `关于对${session}第${joint.number}号提案的答复`;
    expect(letter.texts).toContain(title);
    expect(letter.texts).toContain('周明远委员：');
    expect(letter.texts).toContain(`抄送：${committee}，${government}。`);
    expect(letter.texts.filter((t) => /代表|建议/.test(t))).toEqual([]);
    // The member reads the same letter; the co-signer is not its addressee.
    expect((await members[0].raw(`/api/items/${joint.id}/replies/${replyId}/letter.docx`)).statusCode).toBe(200);

    const coOpinionId = (await item(u[0].office, joint.id)).coOpinions[0].id;
    const coRes = await u[0].office.raw(`/api/items/${joint.id}/co-opinions/${coOpinionId}/letter.docx`);
    expect(coRes.statusCode).toBe(200);
    const co = await readDocx(coRes.rawPayload);
    expect(co.texts).toContain(`关于对${session}第${joint.number}号提案的会办意见`);
    expect(co.texts).toContain(`${unitName(0)}：`);
    expect(co.texts).toContain(`抄送：${committee}，${government}。`);
    expect(co.texts.filter((t) => /代表|建议|人大常委会/.test(t))).toEqual([]);

    // Merged proposals (R-REVIEW-2, seed 004): one letter lists every number and each proposal's lead member.
    const primary = await steps.propose(members[2], '关于推进老旧小区改造的提案');
    const second = await steps.propose(members[3], '关于老旧小区加装电梯的提案');
    await steps.accept(primary.id);
    const pv = (await item(office, primary.id)).item.version;
    await office.ok('POST', `/api/items/${primary.id}/merge`, { primaryVersion: pv, merged: [{ itemId: second.id, version: second.version }] });
    await steps.assign(primary.id, 'single', [{ unitId: u[2].unitId, role: 'lead' }]);
    const mergedReply = await answer(u[2], primary.id);
    const merged = await office.ok('GET', `/api/items/${primary.id}/replies/${mergedReply}/letter`);
    expect(merged.addressees).toEqual(['郑国栋委员', '孙晓梅委员']);
    expect(merged.title).toBe(`关于对${session}第${primary.number}、${second.number}号提案的答复`);
    // A suggestion's letter keeps its own words and copies.
    const sId = await submitAndAssign(dep, liaison, c, '关于改善乡村学校条件的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const sReply = await answer(u[0], sId);
    const suggestion = await liaison.ok('GET', `/api/items/${sId}/replies/${sReply}/letter`);
    expect(suggestion.title).toMatch(/^关于对测试省第十四届人民代表大会第三次会议第.+号建议的答复$/);
    expect(suggestion.addressees).toEqual(['张建国代表']);
  });

  it('the five standard forms: 提案, 委员, 第一提案人 and 界别 for the proposal committee; both streams with a 类别 column for the government office and units', async () => {
    const sector = `中国民主同盟界-${c.tag}`;
    const id = await steps.assigned(members[0], '关于发展县域职业教育的提案', u[0].unitId);
    let t = (await item(u[0].office, id)).tasks[0];
    const division = c.divisionIds.get(u[0].unitId)![0];
    await u[0].office.ok('PUT', `/api/items/${id}/responsibility`, {
      taskVersion: t.version,
      divisionId: division,
      handlerName: '李明',
      responsibleLeader: '王副厅长',
    });
    t = (await item(u[0].office, id)).tasks[0];
    await u[0].office.ok('PUT', `/api/items/${id}/key-item`, { taskVersion: t.version, isKeyItem: true });
    await contact(u[0].handler, id, 'visit', '2025-03-10');
    const opinion = await steps.propose(members[1], '关于发展低空经济的提案');
    await office.ok('POST', `/api/items/${opinion.id}/review`, {
      decision: 'reference',
      version: opinion.version,
      reason: '作为意见转有关部门参考',
      unitId: u[0].unitId,
    });
    await contact(u[0].office, opinion.id, 'phone', '2025-04-01');
    const sId = await submitAndAssign(dep, liaison, c, '关于乡村学校校车的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);

    // The forms' names as each reader's buttons say them.
    const labels = async (who: Client) =>
      Object.fromEntries((await who.ok('GET', '/api/forms')).forms.map((f: { key: string; label: string }) => [f.key, f.label]));
    expect((await office.ok('GET', '/api/forms')).kinds).toEqual(['proposal']);
    expect((await labels(office)).keyItems).toBe('重点处理提案登记表');
    expect((await labels(gov)).keyItems).toBe('重点处理建议提案登记表');
    expect((await labels(u[0].office)).keyItems).toBe('重点处理建议提案登记表');
    expect((await labels(liaison)).keyItems).toBe('重点处理建议登记表');

    const form = async (who: Client, f: string, q = `sessionId=${p.sessionId}`) => {
      const res = await who.raw(`/api/forms/${f}?${q}`);
      expect(res.statusCode, f).toBe(200);
      return { name: fileName(res), sheets: await readXlsx(res.rawPayload) };
    };
    const breakdown = (await form(office, 'responsibility')).sheets[0].rows;
    expect(breakdown[0][0]).toBe(`${unitName(0)}政协提案办理责任分解表`);
    expect(breakdown[2]).toEqual(['序号', '提案编号', '提案标题', '第一提案人', '承办方式', '承办处室', '承办人', '责任领导', '办理期限', '分解时间']);
    expect(breakdown[3].slice(0, 4)).toEqual(['1', expect.any(String), '关于发展县域职业教育的提案', '周明远']);
    const key = await form(office, 'keyItems');
    expect(key.name).toMatch(/^重点处理提案登记表_/);
    expect(key.sheets[0].rows[0][0]).toBe('重点处理政协提案登记表');
    expect(key.sheets[0].rows[2].slice(2, 6)).toEqual(['提案编号', '提案标题', '提案人', '界别']);
    expect(key.sheets[0].rows[3].slice(3, 6)).toEqual(['关于发展县域职业教育的提案', '周明远', sector]);
    const card = (await form(office, 'visitCard')).sheets[0].rows;
    expect(card[2]).toEqual(expect.arrayContaining(['委员姓名', '界别', '委员意见', '委员签字']));
    expect(card[3].slice(3, 5)).toEqual(['周明远', sector]);
    expect(card.at(-1)![0]).toContain('承办单位和委员各执一份');
    const reference = (await form(office, 'referenceContacts')).sheets[0].rows;
    expect(reference[2]).toEqual(expect.arrayContaining(['提案编号', '提案人', '委员意见']));
    expect(reference[3].slice(2, 4)).toEqual(['关于发展低空经济的提案', '吴丽华']);
    const look = (await form(office, 'lookBack', 'year=2026')).sheets[0].rows;
    expect(look[0][0]).toBe('2026 年政协提案办理“回头看”复查表');
    // No header of the proposal committee's forms speaks of deputies or suggestions.
    for (const f of ['responsibility', 'keyItems', 'visitCard', 'referenceContacts', 'lookBack']) {
      const headers = (await form(office, f, f === 'lookBack' ? 'year=2026' : `sessionId=${p.sessionId}`)).sheets.flatMap((s) => s.rows[2]);
      expect(
        headers.filter((h) => /代表|建议/.test(h)),
        f,
      ).toEqual([]);
    }

    // The government office and the unit: both streams on one form, 类别 saying which each row is.
    for (const who of [gov, u[0].office]) {
      const sheets = (await form(who, 'responsibility', `unitId=${u[0].unitId}`)).sheets;
      const rows = sheets.find((s) => s.rows[0][0].startsWith(unitName(0)))!.rows;
      expect(rows[0][0]).toBe(`${unitName(0)}代表建议政协提案办理责任分解表`);
      expect(rows[2].slice(0, 5)).toEqual(['序号', '类别', '编号', '标题', '领衔代表（第一提案人）']);
      const byTitle = new Map(rows.slice(3).map((r) => [r[3], r[1]]));
      expect(byTitle.get('关于发展县域职业教育的提案')).toBe('提案');
      expect(byTitle.get('关于乡村学校校车的建议')).toBe('建议');
    }
    const govKey = (await form(gov, 'keyItems', '')).sheets[0].rows;
    expect(govKey[0][0]).toBe('重点处理代表建议政协提案登记表');
    expect(govKey[2].slice(2, 7)).toEqual(['类别', '编号', '标题', '提出人', '代表团（界别）']);
    // The liaison office's forms stay as they were: its suggestions only, no 类别.
    const ofLiaison = (await form(liaison, 'responsibility', `sessionId=${c.sessionId}`)).sheets[0].rows;
    expect(ofLiaison[2].slice(0, 4)).toEqual(['序号', '建议编号', '建议标题', '领衔代表']);
    expect(ofLiaison.slice(3).flatMap((r) => (/^\d+$/.test(r[0]) ? [r[2]] : []))).toEqual(['关于乡村学校校车的建议']);
    expect(sId).toBeGreaterThan(0);
  });

  it('the proposal committee’s annual 提案办理情况报告 names the CPPCC session in full and speaks of 委员; the government office’s covers both streams', async () => {
    const id = await steps.assigned(members[0], '关于完善城乡养老服务体系的提案', u[0].unitId);
    await answer(u[0], id);
    await members[0].ok('POST', `/api/items/${id}/evaluations`, { result: 'satisfied', comment: '办理认真' });
    const sId = await submitAndAssign(dep, liaison, c, '关于加强农村饮水安全的建议', 'single', [{ unitId: u[1].unitId, role: 'lead' }]);
    await answer(u[1], sId);

    const scopes = await office.ok('GET', `/api/reports/scopes?sessionId=${p.sessionId}`);
    expect(scopes.kindLabels).toEqual({ handlingReport: '提案办理情况报告', keyItemsReport: '重点督办提案办理情况报告', unitAnalysis: '单位综合分析报告' });
    expect(scopes.groupLabel).toBe('界别');
    expect(scopes.delegations.map((x: { name: string }) => x.name)).toEqual(p.sectorIds.map((_, i) => [`中国民主同盟界-${c.tag}`, `教育界-${c.tag}`][i]));
    expect(scopes.units.find((x: { id: number }) => x.id === u[0].unitId)).toMatchObject({ items: 1 });

    const q = `kind=handlingReport&sessionId=${p.sessionId}`;
    const r = await office.ok('GET', `/api/reports/draft?${q}&scope=all`);
    expect(r.kindLabel).toBe('提案办理情况报告');
    expect(r.sessionFullName).toBe(session);
    expect(r.title).toBe(`关于${session}提案办理情况的报告`);
    expect(r.sections).toMatchObject({ addressee: '各位委员', issuer: committee, intro: `现将${session}提案的办理情况报告如下，请予审议。` });
    expect(r.basicSituation).toContain(`${session}共有提案1件，已答复1件，答复率100%`);
    expect(r.basicSituation).toContain('委员表示满意的1件，占100.00%');
    expect(r.streams.map((s: { kind: string }) => s.kind)).toEqual(['proposal']);
    const docRes = await office.raw(`/api/reports/document.docx?${q}&scope=all`);
    expect(docRes.statusCode).toBe(200);
    expect(fileName(docRes)).toBe(`提案办理情况报告-${session}.docx`);
    const doc = await readDocx(docRes.rawPayload);
    expect(doc.texts[0]).toBe(`关于${session}提案办理情况的报告`);
    expect(doc.texts).toContain('各位委员：');
    expect(doc.texts.filter((t) => /代表|建议/.test(t))).toEqual([]);
    // A unit's part, and the key-items report, in the same words.
    const ofUnit = await office.ok('GET', `/api/reports/draft?${q}&scope=unit:${u[0].unitId}`);
    expect(ofUnit.basicSituation).toContain(`交由${unitName(0)}承办的共有提案1件`);
    const key = await office.ok('GET', `/api/reports/draft?kind=keyItemsReport&sessionId=${p.sessionId}&scope=all`);
    expect(key.title).toBe(`关于${session}重点督办提案办理情况的报告`);
    const keyDoc = await readDocx((await office.raw(`/api/reports/document.docx?kind=keyItemsReport&sessionId=${p.sessionId}&scope=all`)).rawPayload);
    expect(keyDoc.texts).toContain(`${session}尚未确定重点督办提案。`);

    // The government office: 承办代表建议和政协提案 N 件, then each stream's figures in its own words.
    const both = await gov.ok('GET', `/api/reports/draft?kind=handlingReport&sessionId=${c.sessionId}&scope=all`);
    expect(both.title).toBe('关于2025年代表建议和政协提案办理情况的报告');
    expect(both.streams.map((s: { kind: string; figures: { items: number } }) => [s.kind, s.figures.items])).toEqual([
      ['suggestion', 1],
      ['proposal', 1],
    ]);
    const lines = both.basicSituation.split('\n');
    expect(lines[0]).toBe(`2025年，共承办代表建议和政协提案2件，其中测试省第十四届人民代表大会第三次会议代表建议1件，${session}提案1件。`);
    expect(lines[1]).toMatch(/^（一）代表建议。测试省第十四届人民代表大会第三次会议共有代表建议1件/);
    expect(lines[2]).toMatch(/^（二）政协提案。政协测试省.+共有提案1件，已答复1件.*委员表示满意的1件/);
    const govDoc = await readDocx((await gov.raw(`/api/reports/document.docx?kind=handlingReport&sessionId=${c.sessionId}&scope=all`)).rawPayload);
    expect(govDoc.texts[0]).toBe('关于2025年代表建议和政协提案办理情况的报告');
    expect(govDoc.texts.some((t) => t.startsWith('（二）政协提案。'))).toBe(true);
    // The liaison office's report is of its suggestions only, as before.
    const ofLiaison = await liaison.ok('GET', `/api/reports/draft?kind=handlingReport&sessionId=${c.sessionId}&scope=all`);
    expect(ofLiaison.streams).toHaveLength(1);
    expect(ofLiaison.basicSituation).toContain('共有代表建议1件');
    expect(ofLiaison.sections.addressee).toBe('各位代表');
  });
});
