import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlingLine, sharesOf } from '../domain/stats';
import { congresses } from '../server/db/schema';
import { Client, loginUnit } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { createCppcc, type Cppcc } from './helpers/cppcc';
import { DB_KINDS } from './helpers/db';
import { createCongress } from './helpers/factories';
import { accept, assign, contact, draftAndSign, item, send, submit } from './helpers/flow';

type Figures = {
  items: number;
  assigned: number;
  replied: number;
  onTime: number;
  referenceItems: number;
  resultClasses: Record<'A' | 'B' | 'C', { count: number; share: number }>;
  evaluations: Record<'satisfied' | 'basicallySatisfied' | 'dissatisfied', { count: number; share: number }>;
  contacts: number;
  commitments: number;
  commitmentsStruckOff: number;
  rehandled: number;
};
type Row = { name: string; items: number; share: number; replied: number };

/** The counts of a statistics answer (rates and shares follow from them). */
const counts = (f: Figures) => ({
  items: f.items,
  assigned: f.assigned,
  replied: f.replied,
  onTime: f.onTime,
  referenceItems: f.referenceItems,
  classes: [f.resultClasses.A.count, f.resultClasses.B.count, f.resultClasses.C.count],
  evaluations: [f.evaluations.satisfied.count, f.evaluations.basicallySatisfied.count, f.evaluations.dissatisfied.count],
  contacts: f.contacts,
  commitments: f.commitments,
  struckOff: f.commitmentsStruckOff,
  rehandled: f.rehandled,
});
const add = (x: ReturnType<typeof counts>, y: ReturnType<typeof counts>) =>
  Object.fromEntries(
    Object.entries(x).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((n, i) => n + (y[k as keyof typeof y] as number[])[i]) : v + (y[k as keyof typeof y] as number),
    ]),
  );
/** Shares printed to two decimals add up to exactly 100.00 (R-STAT-1). */
const sumOfShares = (rows: { share: number }[]) => Math.round(rows.reduce((a, r) => a + r.share * 100, 0));

/**
 * Statistics of CPPCC proposals (issue 14 §5/§7, R-STAT-1): real proposals of every submission type
 * driven through HTTP beside the congress's suggestions; the proposal committee's figures and its
 * breakdowns by 提出方式, 界别 and 党派; the government office's figures over both streams, by kind
 * and by body; who sees what.
 */
describe.each(DB_KINDS)('statistics of CPPCC proposals on %s', (kind) => {
  let { d, app, c, liaison, gov, supervisor, dep, u } = {} as CongressSetup;
  useCongress(kind, { once: true, gov: true, supervisor: true }, (s) => ({ d, app, c, liaison, gov, supervisor, dep, u } = s));
  let p: Cppcc;
  let office: Client;
  let cppccSupervisor: Client;
  let members: Client[];
  const ids: Record<string, number> = {};

  const propose = (member: Client, title: string, extra: object = {}) =>
    member.ok('POST', '/api/items', {
      sessionId: p.sessionId,
      title,
      body: '一、现状……二、问题……三、建议……',
      categoryId: p.categoryIds[0],
      cosignerDeputyIds: [],
      ...extra,
    });
  const acceptP = (id: number) => accept(office, id, p.categoryIds[0]);
  const single = (id: number, unitId: number) => assign(office, id, 'single', [{ unitId, role: 'lead' }]);
  const answer = async (unit: (typeof u)[number], id: number, cls: string) => {
    await contact(unit.handler, id);
    const extra = cls === 'B' ? { commitments: [{ content: '年内出台实施方案', targetDate: '2027-12-31' }] } : {};
    expect((await send(unit.office, id, await draftAndSign(unit, id, cls, extra))).status).toBe(200);
  };

  beforeAll(async () => {
    p = await createCppcc(d.db, c);
    office = await Client.login(app, p.users.proposalOffice.username);
    cppccSupervisor = await Client.login(app, p.users.supervisor.username);
    members = await Promise.all(p.users.members.map((m) => Client.login(app, m.username)));
    // Members: 0 周明远 and 1 吴丽华 民盟, 5 冯雅琴 no party — sector 0; 2 郑国栋 中国共产党, 3 孙晓梅 无党派人士 — sector 1.
    // P1 individual (member 0), answered A and satisfied.
    ids.p1 = (await propose(members[0], '关于加快职业教育产教融合的提案')).id;
    await acceptP(ids.p1);
    await single(ids.p1, u[0].unitId);
    await answer(u[0], ids.p1, 'A');
    await members[0].ok('POST', `/api/items/${ids.p1}/evaluations`, { result: 'satisfied' });
    // P2 joint (member 2 leads, members 1 and 3 co-sign), answered B and basically satisfied.
    ids.p2 = (await propose(members[2], '关于完善城乡养老服务体系的提案', { cosignerDeputyIds: [p.memberIds[1], p.memberIds[3]] })).id;
    for (const m of [members[1], members[3]]) await m.ok('POST', `/api/items/${ids.p2}/cosignature`, { confirm: true });
    await acceptP(ids.p2);
    await single(ids.p2, u[1].unitId);
    await answer(u[1], ids.p2, 'B');
    await members[2].ok('POST', `/api/items/${ids.p2}/evaluations`, { result: 'basicallySatisfied' });
    // P3 collective (the first participating organization through member 0), answered C, dissatisfied.
    ids.p3 = (await propose(members[0], '关于支持民营企业高质量发展的提案', { submitterOrgId: p.participatingOrganizationIds[0] })).id;
    await acceptP(ids.p3);
    await single(ids.p3, u[0].unitId);
    await answer(u[0], ids.p3, 'C');
    await members[0].ok('POST', `/api/items/${ids.p3}/evaluations`, { result: 'dissatisfied', comment: '措施不够具体' });
    // P4 (member 5, no party) assigned, not answered; P5 (member 3) and P7 (member 1) accepted; P6 never accepted.
    ids.p4 = (await propose(members[5], '关于加强农村生活污水治理的提案')).id;
    await acceptP(ids.p4);
    await single(ids.p4, u[2].unitId);
    ids.p5 = (await propose(members[3], '关于发展普惠托育服务的提案')).id;
    await acceptP(ids.p5);
    ids.p7 = (await propose(members[1], '关于推进老旧小区改造的提案')).id;
    await acceptP(ids.p7);
    ids.p6 = (await propose(members[1], '关于规范校外培训的提案')).id;

    // The congress's suggestions: S1 answered A and satisfied, S2 accepted, S3 only submitted.
    ids.s1 = (await submit(dep, c, [], '关于改善农村学校办学条件的建议')).id;
    await accept(liaison, ids.s1);
    await assign(liaison, ids.s1, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await answer(u[0], ids.s1, 'A');
    await dep.ok('POST', `/api/items/${ids.s1}/evaluations`, { result: 'satisfied' });
    ids.s2 = (await submit(dep, c, [], '关于优化城乡公交线网的建议')).id;
    await accept(liaison, ids.s2);
    ids.s3 = (await submit(dep, c, [], '关于增设公共厕所的建议')).id;
  });

  it('the proposal committee’s figures: every accepted proposal, classes and evaluations with shares adding up to 100.00; its supervisor reads the same', async () => {
    const s = await office.ok('GET', '/api/statistics');
    expect(counts(s)).toEqual({
      items: 6,
      assigned: 4,
      replied: 3,
      onTime: 3,
      referenceItems: 0,
      classes: [1, 1, 1],
      evaluations: [1, 1, 1],
      contacts: 3,
      commitments: 1,
      struckOff: 0,
      rehandled: 0,
    });
    expect(s.replyRate).toBe(75);
    expect([s.resultClasses.A.share, s.resultClasses.B.share, s.resultClasses.C.share]).toEqual([33.34, 33.33, 33.33]);
    expect(s.evaluations.satisfactionRate).toBe(66.67);
    expect(await office.ok('GET', `/api/statistics?sessionId=${p.sessionId}`)).toEqual(s);
    expect(await office.ok('GET', '/api/statistics?kind=proposal')).toEqual(s);
    expect((await office.ok('GET', '/api/statistics?kind=suggestion')).items).toBe(0);
    expect(await cppccSupervisor.ok('GET', '/api/statistics')).toEqual(s);
  });

  it('by 提出方式: individual, joint and collective proposals, always the three rows, shares by largest remainder', async () => {
    const rows = await office.ok('GET', '/api/statistics/by-submission-type');
    expect(rows.map((r: Row & { submissionType: string }) => [r.submissionType, r.name, r.items, r.share])).toEqual([
      ['individual', '个人提案', 4, 66.67],
      ['joint', '联名提案', 1, 16.67],
      ['collective', '集体提案', 1, 16.66],
    ]);
    expect(sumOfShares(rows)).toBe(10000);
    const joint = rows[1];
    expect(joint).toMatchObject({ replied: 1, resultClasses: { B: { count: 1, share: 100 } }, evaluations: { basicallySatisfied: { count: 1 } } });
    expect(rows[2]).toMatchObject({ replied: 1, resultClasses: { C: { count: 1 } }, evaluations: { dissatisfied: { count: 1 } } });
    // The congress's liaison office has no proposal to count.
    const none = await liaison.ok('GET', '/api/statistics/by-submission-type');
    expect(none.map((r: Row) => r.items)).toEqual([0, 0, 0]);
    expect(none.map((r: Row) => r.share)).toEqual([0, 0, 0]);
  });

  it('by 界别: the by-delegation breakdown of a CPPCC committee is by sector; by 党派 of the first proposer, none recorded as 未填写, collective apart', async () => {
    const sectors = await office.ok('GET', '/api/statistics/by-delegation');
    expect(sectors.map((r: Row & { delegationId: number }) => [r.delegationId, r.items, r.share])).toEqual([
      [p.sectorIds[0], 4, 66.67],
      [p.sectorIds[1], 2, 33.33],
    ]);
    expect(sectors[0].name).toContain('中国民主同盟界');
    const parties = await office.ok('GET', '/api/statistics/by-party');
    expect(parties.map((r: Row & { party: string | null; collective: boolean }) => [r.name, r.party, r.collective, r.items])).toEqual([
      ['中国共产党', '中国共产党', false, 1],
      ['民盟', '民盟', false, 2],
      ['无党派人士', '无党派人士', false, 1],
      ['未填写', null, false, 1],
      [expect.stringContaining('集体提案'), null, true, 1],
    ]);
    expect(parties.map((r: Row) => r.share)).toEqual(sharesOf([1, 2, 1, 1, 1]));
    expect(parties.map((r: Row) => r.share)).toEqual([16.67, 33.33, 16.67, 16.67, 16.66]);
    expect(sumOfShares(parties)).toBe(10000);
    expect(parties[1]).toMatchObject({ replied: 1, resultClasses: { A: { count: 1 } } });
    // By member (委员): the joint proposal counts for its lead member and both co-signers.
    const byMember = await office.ok('GET', '/api/statistics/by-deputy');
    const of = (i: number) => byMember.find((r: { deputyId: number }) => r.deputyId === p.memberIds[i]);
    expect([of(0).items, of(0).led, of(1).items, of(1).led, of(3).items]).toEqual([2, 2, 2, 1, 2]);
  });

  it('the government office: one set of figures over both streams, the sum of its two bodies’ own, filterable by kind; by body with the handling line', async () => {
    const both = await gov.ok('GET', '/api/statistics');
    const suggestions = await liaison.ok('GET', '/api/statistics');
    const proposals = await office.ok('GET', '/api/statistics');
    expect(both.items).toBe(8);
    expect(counts(both)).toEqual(add(counts(suggestions), counts(proposals)));
    // By kind and by body: exactly what each body's own office reads.
    expect(await gov.ok('GET', '/api/statistics?kind=proposal')).toEqual(proposals);
    expect(await gov.ok('GET', '/api/statistics?kind=suggestion')).toEqual(suggestions);
    expect(await gov.ok('GET', '/api/statistics?body=cppcc')).toEqual(proposals);
    expect(await gov.ok('GET', '/api/statistics?body=congress')).toEqual(suggestions);
    // A year takes both bodies' sessions; a session is one body's.
    expect(await gov.ok('GET', '/api/statistics?year=2025')).toEqual(both);
    expect((await gov.ok('GET', '/api/statistics?year=2024')).items).toBe(0);
    expect((await gov.ok('GET', `/api/statistics?sessionId=${p.sessionId}`)).items).toBe(6);
    expect((await gov.ok('GET', `/api/statistics?sessionId=${c.sessionId}`)).items).toBe(2);
    expect((await gov.request('GET', '/api/statistics?kind=workOrder')).status).toBe(400);
    expect((await gov.request('GET', '/api/statistics/by-body?body=senate')).status).toBe(400);

    const bodies = await gov.ok('GET', '/api/statistics/by-body');
    expect(
      bodies.map((r: Row & { congressId: number; body: string; kind: string; handedDown: boolean }) => [
        r.congressId,
        r.body,
        r.kind,
        r.handedDown,
        r.items,
        r.share,
      ]),
    ).toEqual([
      [c.congressId, 'congress', 'suggestion', false, 2, 25],
      [p.cppccId, 'cppcc', 'proposal', false, 6, 75],
    ]);
    expect(bodies[0].label).toBe('测试省人大代表建议');
    expect(bodies[1].label).toMatch(/^测试省.*政协提案$/);
    for (const [i, own] of [suggestions, proposals].entries()) {
      expect(bodies[i]).toMatchObject({
        items: own.items,
        replied: own.replied,
        resultClasses: own.resultClasses,
        evaluations: own.evaluations,
        contacts: own.contacts,
      });
    }
    expect(handlingLine(bodies)).toBe(`承办测试省人大代表建议 2 件、${bodies[1].label} 6 件，共 8 件`);
    // By kind, the rows narrow too; the breakdowns by 提出方式 and 党派 count the proposals only.
    expect((await gov.ok('GET', '/api/statistics/by-body?kind=proposal')).map((r: Row) => [r.items, r.share])).toEqual([[6, 100]]);
    expect(await gov.ok('GET', '/api/statistics/by-party')).toEqual(await office.ok('GET', '/api/statistics/by-party'));
    expect((await gov.ok('GET', '/api/statistics/by-submission-type')).map((r: Row) => r.items)).toEqual([4, 1, 1]);
    // Delegations and sectors side by side; the dashboard's per-unit and per-category figures follow the kind.
    const groups = await gov.ok('GET', '/api/statistics/by-delegation');
    expect(groups.reduce((n: number, r: Row) => n + r.items, 0)).toBe(8);
    expect(sumOfShares(groups)).toBe(10000);
    const perf = await gov.ok('GET', '/api/statistics/unit-performance?kind=proposal');
    const lead = (unitId: number) => perf.units.find((x: { unitId: number }) => x.unitId === unitId)?.leadItems ?? 0;
    expect([lead(u[0].unitId), lead(u[1].unitId), lead(u[2].unitId)]).toEqual([2, 1, 1]);
    const cats = await gov.ok('GET', '/api/statistics/categories?kind=suggestion');
    expect(cats.reduce((n: number, r: { items: number }) => n + r.items, 0)).toBe(2);
    // The government office scores the units on the CPPCC committee's session too.
    const scores = await gov.ok('GET', `/api/statistics/unit-scores?sessionId=${p.sessionId}`);
    expect(scores.units.map((x: { unitId: number }) => x.unitId).sort()).toEqual([u[0].unitId, u[1].unitId, u[2].unitId].sort());
  });

  it('who sees what: the liaison office no proposal, the congress’s supervisor neither, a unit its own of both kinds, a member only their own', async () => {
    const own = await liaison.ok('GET', '/api/statistics');
    expect(own.items).toBe(2);
    expect(await liaison.ok('GET', '/api/statistics?kind=proposal')).toMatchObject({ items: 0, replied: 0, contacts: 0 });
    expect(await liaison.ok('GET', '/api/statistics/by-party')).toEqual([]);
    expect((await liaison.ok('GET', '/api/statistics/by-body')).map((r: { kind: string; items: number }) => [r.kind, r.items])).toEqual([['suggestion', 2]]);
    expect((await supervisor.ok('GET', '/api/statistics')).items).toBe(2);

    const unit = u[0].office;
    expect((await unit.ok('GET', '/api/statistics')).items).toBe(3);
    expect((await unit.ok('GET', '/api/statistics?kind=proposal')).items).toBe(2);
    expect((await unit.ok('GET', '/api/statistics?kind=suggestion')).items).toBe(1);
    expect((await unit.ok('GET', '/api/statistics/by-body')).map((r: Row & { kind: string }) => [r.kind, r.items, r.share])).toEqual([
      ['suggestion', 1, 33.33],
      ['proposal', 2, 66.67],
    ]);

    // Member 0: their individual proposal and the collective one they submitted for the organization.
    const m0 = await members[0].ok('GET', '/api/statistics');
    expect(m0).toMatchObject({ items: 2, replied: 2, resultClasses: { A: { count: 1 }, C: { count: 1 } } });
    expect((await members[0].ok('GET', '/api/statistics/by-submission-type')).map((r: Row) => r.items)).toEqual([1, 0, 1]);
    expect((await members[0].ok('GET', '/api/statistics/by-deputy')).map((r: { deputyId: number }) => r.deputyId)).toEqual([p.memberIds[0]]);
    // Member 3 co-signed the joint proposal and leads P5.
    expect((await members[3].ok('GET', '/api/statistics')).items).toBe(2);
    expect((await members[3].ok('GET', '/api/statistics/by-deputy')).map((r: { deputyId: number }) => r.deputyId)).toEqual([p.memberIds[3]]);
    expect(await members[3].ok('GET', `/api/statistics/by-deputy?deputyId=${p.memberIds[0]}`)).toEqual([]);
    // Members read no body breakdown; a proposal never shows in a deputy's figures.
    expect((await members[0].request('GET', '/api/statistics/by-body')).status).toBe(403);
    expect((await dep.ok('GET', '/api/statistics')).items).toBe(2);
    expect(await dep.ok('GET', '/api/statistics/by-party')).toEqual([]);
    expect((await item(office, ids.p6)).item.state).toBe('submitted');
  });

  it('items a higher level hands down to the congress are the government office’s to handle: a row of their own, outside its bodies’ figures (R-ASSIGN-4)', async () => {
    const national = await createCongress(d.db);
    await d.db
      .update(congresses)
      .set({ level: 'national', name: `全国人民代表大会${national.tag}` })
      .where(eq(congresses.id, national.congressId));
    await d.db.update(congresses).set({ parentId: national.congressId }).where(eq(congresses.id, c.congressId));
    const nationalLiaison = await Client.login(app, national.users.liaison.username);
    const x = await submit(await Client.login(app, national.users.deputies[0].username), national, [], '关于支持中西部职业教育发展的建议');
    await accept(nationalLiaison, x.id);
    const v = (await item(nationalLiaison, x.id)).item.version;
    await nationalLiaison.ok('POST', `/api/items/${x.id}/hand-down`, { version: v, congressId: c.congressId });
    await assign(gov, x.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);

    expect((await gov.ok('GET', '/api/statistics')).items).toBe(8);
    const bodies = await gov.ok('GET', '/api/statistics/by-body');
    expect(bodies.map((r: Row & { handedDown: boolean; label: string }) => [r.label.startsWith('全国'), r.handedDown, r.items, r.share])).toEqual([
      [false, false, 2, 22.22],
      [false, false, 6, 66.67],
      [true, true, 1, 11.11],
    ]);
    expect(bodies[2].label).toBe('全国人大代表建议');
    expect(handlingLine(bodies)).toMatch(/^承办测试省人大代表建议 2 件、.+政协提案 6 件、全国人大代表建议 1 件，共 9 件$/);
    // The unit counts it among its own (it handles it); the national body's own figures hold it.
    expect((await u[0].office.ok('GET', '/api/statistics?kind=suggestion')).items).toBe(2);
    expect((await nationalLiaison.ok('GET', '/api/statistics')).items).toBe(1);
    const unit = await loginUnit(app, c.users.units[0]);
    expect((await unit.office.ok('GET', '/api/statistics/by-body')).find((r: { handedDown: boolean }) => r.handedDown)).toMatchObject({ items: 1 });
  });
});
