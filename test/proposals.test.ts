import { beforeEach, describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { createCppcc, type Cppcc } from './helpers/cppcc';
import { DB_KINDS } from './helpers/db';
import { contact, draftAndSign, item, send, sendCoOpinion, submit } from './helpers/flow';

/**
 * CPPCC proposals beside suggestions (issue 14, §8): the same lifecycle in a second body, whose members
 * submit and evaluate and whose proposal committee reviews and assigns, handled by the congress's units
 * and government office.
 */
describe.each(DB_KINDS)('CPPCC proposals on %s', (kind) => {
  let { d, app, c, liaison, gov, dep, u } = {} as CongressSetup;
  useCongress(kind, { gov: true }, (s) => ({ d, app, c, liaison, gov, dep, u } = s));
  let p: Cppcc;
  let office: Client;
  let members: Client[];

  beforeEach(async () => {
    p = await createCppcc(d.db, c);
    office = await Client.login(app, p.users.proposalOffice.username);
    members = await Promise.all(p.users.members.slice(0, 4).map((m) => Client.login(app, m.username)));
  });

  const propose = (member: Client, extra: object = {}, title = '关于加快职业教育产教融合的提案') =>
    member.ok('POST', '/api/items', {
      sessionId: p.sessionId,
      title,
      body: '一、现状……二、问题……三、建议……',
      categoryId: p.categoryIds[0],
      cosignerDeputyIds: [],
      ...extra,
    });
  const acceptProposal = async (id: number) => {
    const v = (await item(office, id)).item.version;
    return office.ok('POST', `/api/items/${id}/review`, { decision: 'accept', version: v, categoryId: p.categoryIds[0] });
  };
  const assignProposal = async (id: number, mode: string, units: { unitId: number; role: string }[]) => {
    const v = (await item(office, id)).item.version;
    return office.ok('POST', `/api/items/${id}/assignment`, { version: v, mode, units });
  };

  it('a joint proposal: co-signers confirm, the proposal committee accepts and assigns lead + co, the co-opinion and the reply are copied to the proposal committee and the government office, the lead member alone evaluates (R-CPPCC-1/2)', async () => {
    const created = await propose(members[0], { cosignerDeputyIds: [p.memberIds[1], p.memberIds[2]] });
    expect(created.kind).toBe('proposal');
    expect(created.state).toBe('awaitingCosigners');
    await members[1].ok('POST', `/api/items/${created.id}/cosignature`, { confirm: true });
    expect((await members[2].ok('POST', `/api/items/${created.id}/cosignature`, { confirm: true })).state).toBe('submitted');

    // The proposal committee reviews it; the congress's liaison office does not even see it.
    expect((await item(office, created.id)).actions).toContain('reviewSuggestion');
    expect((await liaison.request('GET', `/api/items/${created.id}`)).status).toBe(404);
    await acceptProposal(created.id);
    // The congress's units: a government department leads, another co-handles.
    const [lead, co] = u;
    expect((await office.ok('GET', '/api/units')).map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([lead.unitId, co.unitId]));
    expect(
      (
        await assignProposal(created.id, 'leadCo', [
          { unitId: lead.unitId, role: 'lead' },
          { unitId: co.unitId, role: 'co' },
        ])
      ).state,
    ).toBe('handling');
    // One government office, two bodies: it sees the proposal and its deadlines come from the CPPCC's profile.
    const govView = await item(gov, created.id);
    expect(govView.item.kind).toBe('proposal');

    const opinion = await sendCoOpinion(co, created.id, '我厅同意主办单位的办理意见。');
    expect(opinion.id).toBeGreaterThan(0);
    await contact(lead.handler, created.id, 'visit');
    const signed = await draftAndSign(lead, created.id, 'A');
    expect((await send(lead.office, created.id, signed)).status).toBe(200);

    const replied = await item(office, created.id);
    expect(replied.item.state).toBe('replied');
    // R-CPPCC-2: answered to the lead member only, copied to the proposal committee and the government office.
    const letter = await office.ok('GET', `/api/items/${created.id}/replies/${signed.id}/letter`);
    expect(letter.addressees).toEqual(['周明远委员']);
    expect(letter.title).toContain('提案的答复');
    expect(letter.title).toContain(`政协测试省`);
    expect(letter.copies).toEqual([`政协测试省${c.tag}委员会提案委员会`, expect.stringContaining('人民政府办公厅')]);
    expect(letter.copies.join()).not.toContain('人大常委会');
    // The item page lists the same offices on the sent reply.
    expect(replied.replies.find((r: { id: number }) => r.id === signed.id).copies).toEqual(['政协提案委员会', '政府办公厅']);

    // A co-signer does not evaluate a proposal; the lead member does, and that closes it.
    expect((await item(members[1], created.id)).actions).not.toContain('evaluateReply');
    const byCosigner = await members[1].request('POST', `/api/items/${created.id}/evaluations`, { result: 'satisfied' });
    expect(byCosigner.status).toBeGreaterThanOrEqual(400);
    expect(byCosigner.status).toBeLessThan(500);
    await members[0].ok('POST', `/api/items/${created.id}/evaluations`, { result: 'satisfied', comment: '办理认真' });
    const closed = await item(office, created.id);
    expect(closed.item.state).toBe('closed');
    // The history names the member and the proposal committee by their own roles.
    const roles = new Set(closed.history.map((e: { actorRole: string }) => e.actorRole));
    expect([...roles]).toEqual(expect.arrayContaining(['member', 'proposalCommittee', 'unitOffice']));
  });

  it('every handling mode, to government units and to a court: single, split (each unit answers), and a dissatisfied lead member gets it re-handled', async () => {
    const court = u[3]; // 省高级人民法院: not a government department
    const single = await propose(members[0], {}, '关于规范涉企执法检查的提案');
    await acceptProposal(single.id);
    await assignProposal(single.id, 'single', [{ unitId: court.unitId, role: 'lead' }]);
    await contact(court.handler, single.id, 'phone');
    const r1 = await draftAndSign(court, single.id, 'B', {
      commitments: [{ content: '年底前出台涉企检查清单', targetDate: '2027-12-31' }],
    });
    const sentB = await send(court.office, single.id, r1);
    expect(sentB.body).toEqual(expect.objectContaining({ state: 'sent' }));
    await members[0].ok('POST', `/api/items/${single.id}/evaluations`, { result: 'dissatisfied', comment: '措施不够具体' });
    expect((await item(office, single.id)).item.state).toBe('dissatisfied');
    const v = (await item(office, single.id)).item.version;
    expect((await office.ok('POST', `/api/items/${single.id}/rehandling`, { version: v, note: '请进一步研究办理' })).state).toBe('rehandling');

    const split = await propose(members[3], {}, '关于完善城乡养老服务体系的提案');
    await acceptProposal(split.id);
    await assignProposal(split.id, 'split', [
      { unitId: u[0].unitId, role: 'split' },
      { unitId: u[1].unitId, role: 'split' },
    ]);
    for (const unit of [u[0], u[1]]) {
      await contact(unit.handler, split.id, 'visit');
      expect((await send(unit.office, split.id, await draftAndSign(unit, split.id, 'A'))).status).toBe(200);
    }
    expect((await item(office, split.id)).item.state).toBe('replied');
  });

  it('review: 不予立案 with a reason, 转为意见 to a unit for reference, 并案 of two proposals; never with a suggestion (R-CPPCC-3), which may be linked instead', async () => {
    const a = await propose(members[0], {}, '关于加强耕地保护的提案');
    const rejected = await office.ok('POST', `/api/items/${a.id}/review`, {
      decision: 'reject',
      version: a.version,
      reason: '属于个人诉求，不符合提案立案条件',
    });
    expect(rejected.state).toBe('notAccepted');

    const b = await propose(members[1], {}, '关于发展低空经济的提案');
    const opinion = await office.ok('POST', `/api/items/${b.id}/review`, {
      decision: 'reference',
      version: b.version,
      reason: '作为意见转有关部门参考',
      unitId: u[2].unitId,
    });
    expect(opinion.state).toBe('referenceItem');
    expect((await item(u[2].office, b.id)).item.kind).toBe('proposal');

    const primary = await propose(members[2], {}, '关于推进老旧小区改造的提案');
    const second = await propose(members[3], {}, '关于老旧小区加装电梯的提案');
    await acceptProposal(primary.id);
    const pv = (await item(office, primary.id)).item.version;
    const merged = await office.ok('POST', `/api/items/${primary.id}/merge`, { primaryVersion: pv, merged: [{ itemId: second.id, version: second.version }] });
    expect(merged.id).toBe(primary.id);
    expect((await item(office, second.id)).item.state).toBe('merged');

    // A deputy's suggestion on the same matter: never merged, by either office.
    const suggestion = await submit(dep, c, [], '关于加快老旧小区改造的建议');
    const pv2 = (await item(office, primary.id)).item.version;
    for (const [who, target, other] of [
      [office, primary.id, suggestion.id],
      [liaison, suggestion.id, primary.id],
    ] as const) {
      const version = (await item(who, target)).item.version;
      const r = await who.request('POST', `/api/items/${target}/merge`, { primaryVersion: version, merged: [{ itemId: other, version: 1 }] });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('MERGE_KIND_MISMATCH');
      expect(r.body.message).toMatch(/代表建议与政协提案不能并案/);
    }
    expect((await item(office, primary.id)).item.version).toBe(pv2);

    // Linked as related by the government office, who sees both; each side reads the other if its scope holds it.
    expect((await gov.ok('POST', `/api/items/${suggestion.id}/related`, { relatedId: primary.id })).linked).toBe(true);
    expect((await gov.request('POST', `/api/items/${primary.id}/related`, { relatedId: suggestion.id })).body.code).toBe('ALREADY_LINKED');
    const fromGov = await gov.ok('GET', `/api/items/${suggestion.id}/related`);
    expect(fromGov).toEqual([expect.objectContaining({ id: primary.id, kind: 'proposal', kindLabel: '提案', readable: true, body: expect.any(String) })]);
    const fromLiaison = await liaison.ok('GET', `/api/items/${suggestion.id}/related`);
    expect(fromLiaison).toEqual([expect.objectContaining({ id: primary.id, readable: false, body: null, stateLabel: null })]);
    // The liaison office cannot link what it does not see.
    expect((await liaison.request('POST', `/api/items/${suggestion.id}/related`, { relatedId: second.id })).status).toBe(404);
    const history = (await item(office, primary.id)).history.map((e: { type: string }) => e.type);
    expect(history).toContain('linkRelated');
    expect((await gov.ok('DELETE', `/api/items/${primary.id}/related/${suggestion.id}`)).linked).toBe(false);
    expect(await gov.ok('GET', `/api/items/${suggestion.id}/related`)).toEqual([]);
  });

  it('a collective proposal is submitted by an organization through its contact member, answered to the organization and evaluated by it; others may not submit for it', async () => {
    const org = p.participatingOrganizationIds[0];
    const orgs = await members[0].ok('GET', '/api/submitter-organizations');
    expect(orgs).toEqual([expect.objectContaining({ id: org, kind: 'participatingOrganization' })]);
    expect(await members[1].ok('GET', '/api/submitter-organizations')).toEqual([]);
    const notContact = await members[1].request('POST', '/api/items', {
      sessionId: p.sessionId,
      title: '关于支持民营企业发展的提案',
      body: '……',
      cosignerDeputyIds: [],
      submitterOrgId: org,
    });
    expect(notContact.status).toBe(403);
    const withCosigners = await members[0].request('POST', '/api/items', {
      sessionId: p.sessionId,
      title: '关于支持民营企业发展的提案',
      body: '……',
      cosignerDeputyIds: [p.memberIds[1]],
      submitterOrgId: org,
    });
    expect(withCosigners.status).toBe(400);
    expect(withCosigners.body.code).toBe('COLLECTIVE_NO_COSIGNERS');
    // A deputy cannot submit a collective proposal to the congress.
    const toCongress = await dep.request('POST', '/api/items', { sessionId: c.sessionId, title: '关于……的建议', body: '……', submitterOrgId: org });
    expect(toCongress.status).toBe(400);
    expect(toCongress.body.code).toBe('COLLECTIVE_CPPCC_ONLY');

    const collective = await propose(members[0], { submitterOrgId: org }, '关于支持民营企业高质量发展的提案');
    expect(collective.submitterOrgId).toBe(org);
    await acceptProposal(collective.id);
    await assignProposal(collective.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await contact(u[0].handler, collective.id);
    const signed = await draftAndSign(u[0], collective.id, 'A');
    await send(u[0].office, collective.id, signed);
    const letter = await office.ok('GET', `/api/items/${collective.id}/replies/${signed.id}/letter`);
    expect(letter.addressees).toEqual([`民盟测试省委员会-${c.tag}`]);
    await members[0].ok('POST', `/api/items/${collective.id}/evaluations`, { result: 'basicallySatisfied' });
    expect((await item(office, collective.id)).item.state).toBe('closed');
  });

  it('who sees what: a member their own proposals, the proposal committee proposals and not suggestions, the liaison office the reverse, the government office both', async () => {
    const mine = await propose(members[0], {}, '关于提升基层医疗服务能力的提案');
    const theirs = await propose(members[1], {}, '关于加强生态环境保护的提案');
    const suggestion = await submit(dep, c, [], '关于加强基层医疗的建议');
    expect((await members[0].request('GET', `/api/items/${theirs.id}`)).status).toBe(404);
    expect((await item(members[0], mine.id)).item.id).toBe(mine.id);
    expect((await office.request('GET', `/api/items/${suggestion.id}`)).status).toBe(404);
    expect((await liaison.request('GET', `/api/items/${mine.id}`)).status).toBe(404);
    // Before acceptance nothing is the government office's yet, in either stream; then both are.
    await acceptProposal(mine.id);
    const sv = (await item(liaison, suggestion.id)).item.version;
    await liaison.ok('POST', `/api/items/${suggestion.id}/review`, { decision: 'accept', version: sv, categoryId: c.categoryIds[0] });
    for (const id of [mine.id, suggestion.id]) expect((await gov.request('GET', `/api/items/${id}`)).status).toBe(200);
    // A member's ledger holds only their own, the proposal committee's only proposals.
    const ledger = async (who: Client) => (await who.ok('GET', '/api/items?pageSize=100')).rows.map((r: { id: number }) => r.id);
    expect(await ledger(members[0])).toEqual([mine.id]);
    const ofOffice = await ledger(office);
    expect(ofOffice).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(ofOffice).not.toContain(suggestion.id);
    expect(await ledger(liaison)).not.toContain(mine.id);
    // The member's place says which body and role it is.
    const me = await members[0].ok('GET', '/api/auth/me');
    expect(me.user).toEqual(expect.objectContaining({ role: 'deputy', userRole: 'member', body: 'cppcc', roleLabel: '政协委员' }));
  });
});
