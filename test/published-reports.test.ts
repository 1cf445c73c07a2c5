/**
 * Issue 17: the figures published handling reports print, reproduced from items built through the API and
 * asserted to two decimals — the county report of seed 001 (衡南县, 2019: 149 items, A/B/C, satisfaction, 268
 * contacts, 32 units, all answered and closed), a report that marks four classes (D 留作参考, the rules
 * profile's four-class scheme), and a report that splits the routing between the government system and the
 * courts and procuratorate, with received beside accepted, lead beside handling units and first-round beside
 * final satisfaction. And the cause of the 108% on-time rate: a split item one unit answered is not "on time"
 * before it is "replied".
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { todayInShanghai } from '../domain/deadlines';
import { FOUR_CLASSES } from '../domain/stats/result-classes';
import type { Database } from '../server/db/client';
import { Client, loginUnit, useServer, type Unit } from './helpers/client';
import { DB_KINDS } from './helpers/db';
import { createCongress, type Congress } from './helpers/factories';
import { accept, assign, contact, draftAndSign, item, send, sendCoOpinion, submit } from './helpers/flow';

interface World {
  c: Congress;
  liaison: Client;
  admin: Client;
  deputies: Client[];
  units: Unit[];
}

async function world(d: Database, app: FastifyInstance, units?: { name: string; isGovernment?: boolean }[]): Promise<World> {
  const c = await createCongress(d.db, { units });
  const login = (u: { username: string }) => Client.login(app, u.username);
  return {
    c,
    liaison: await login(c.users.liaison),
    admin: await login(c.users.admin),
    deputies: await Promise.all(c.users.deputies.map(login)),
    units: await Promise.all(c.users.units.map((x) => loginUnit(app, x))),
  };
}

type Verdict = 'satisfied' | 'basicallySatisfied' | 'dissatisfied';

/** One suggestion from submission to the deputy's evaluation: accepted, assigned to `lead` (and `co`), contacted `contacts` times, answered in `cls`. */
async function handled(w: World, i: number, o: { lead: Unit; co?: Unit; cls: string; verdict: Verdict; contacts?: number }): Promise<number> {
  const dep = w.deputies[i % w.deputies.length];
  const x = await submit(dep, w.c, [], `关于改善第${i + 1}号民生事项的建议`);
  await accept(w.liaison, x.id);
  const units = [{ unitId: o.lead.unitId, role: 'lead' }, ...(o.co ? [{ unitId: o.co.unitId, role: 'co' }] : [])];
  await assign(w.liaison, x.id, o.co ? 'leadCo' : 'single', units);
  if (o.co) await sendCoOpinion(o.co, x.id, '会办意见：同意主办单位的办理意见。');
  for (let k = 0; k < (o.contacts ?? 1); k++) await contact(o.lead.handler, x.id, k === 0 ? 'visit' : 'phone');
  const extra = o.cls === 'B' ? { commitments: [{ content: '列入明年工作计划', targetDate: '2027-06-30' }] } : {};
  expect((await send(o.lead.office, x.id, await draftAndSign(o.lead, x.id, o.cls, extra))).status).toBe(200);
  await dep.ok('POST', `/api/items/${x.id}/evaluations`, { result: o.verdict, comment: o.verdict === 'dissatisfied' ? '答复未解决实际问题' : '' });
  return x.id;
}

/** Runs `n` flows a few at a time (each item is its own transaction; the order does not matter to the figures). */
async function inBatches(n: number, f: (i: number) => Promise<unknown>, size = 6) {
  for (let i = 0; i < n; i += size) await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, k) => f(i + k)));
}

describe.each(DB_KINDS)('published handling reports reproduced (%s)', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  useServer(kind, (db, a) => ((d = db), (app = a)));

  it(
    'the county report of seed 001: 149 items, A 40 (26.85%), B 89 (59.73%), C 20 (13.42%), satisfied 117 (78.52%), 268 contacts, 32 units',
    { timeout: 600_000 },
    async () => {
      const w = await world(
        d,
        app,
        Array.from({ length: 32 }, (_, i) => ({ name: `衡南县第${i + 1}承办单位` })),
      );
      await inBatches(149, (i) =>
        handled(w, i, {
          lead: w.units[i % 32],
          cls: i < 40 ? 'A' : i < 129 ? 'B' : 'C',
          verdict: i % 149 < 117 ? 'satisfied' : 'basicallySatisfied',
          contacts: i < 119 ? 2 : 1,
        }),
      );
      const s = await w.liaison.ok('GET', `/api/statistics?sessionId=${w.c.sessionId}`);
      // 共接办代表建议149件，均已办结，回复率达100%
      expect(s).toMatchObject({ items: 149, assigned: 149, replied: 149, replyRate: 100, closed: 149, closeRate: 100 });
      expect(s.resultClasses).toEqual({ A: { count: 40, share: 26.85 }, B: { count: 89, share: 59.73 }, C: { count: 20, share: 13.42 } });
      expect(s.classScheme.map((x: { label: string }) => x.label)).toEqual(['A类', 'B类', 'C类']);
      expect(s.evaluations.satisfied).toEqual({ count: 117, share: 78.52 });
      expect(s.evaluations.basicallySatisfied).toEqual({ count: 32, share: 21.48 });
      expect(s.evaluations.satisfactionRate).toBe(100);
      // 沟通联系达268人次，沟通率达100%；将办理任务分解落实到32个承办单位
      expect(s).toMatchObject({ contacts: 268, contactRate: 100 });
      expect(s.units).toEqual({ lead: 32, handling: 32 });
      expect(s.intake).toMatchObject({ received: 149, registered: 149, reference: 0, returned: 0, merged: 0, notAccepted: 0 });
      expect(s.assignmentRate).toBe(100);
      expect(s.routing.government).toEqual({ count: 149, share: 100 });
      expect(s.dates.allRepliedOn).toBe(todayInShanghai());
    },
  );

  it(
    'a report with four classes: A 21 (56.76%), B 9 (24.32%), C 4 (10.81%), D 3 (8.11%) — D only where the rules profile has it',
    { timeout: 300_000 },
    async () => {
      const w = await world(d, app);
      const [u0] = w.units;
      // Under the default A/B/C profile a D reply is refused, with the classes in force named.
      const probe = await submit(w.deputies[0], w.c, [], '关于试行四类答复的建议');
      await accept(w.liaison, probe.id);
      await assign(w.liaison, probe.id, 'single', [{ unitId: u0.unitId, role: 'lead' }]);
      const refused = await u0.handler.request('PUT', `/api/items/${probe.id}/reply-draft`, {
        body: '答复正文',
        resultClass: 'D',
        publicity: 'public',
        docNumber: '湘教函〔2025〕1号',
        contactPerson: '李明',
        contactPhone: '0731-88888888',
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'RESULT_CLASS_NOT_IN_PROFILE', message: '本届办理结果只分 A类、B类、C类，请从中选择' });
      await w.admin.ok('PUT', '/api/rules-profiles/2025', { values: { resultClasses: FOUR_CLASSES } });
      expect((await item(u0.office, probe.id)).resultClasses.map((x: { code: string }) => x.code)).toEqual(['A', 'B', 'C', 'D']);
      await contact(u0.handler, probe.id);
      await send(u0.office, probe.id, await draftAndSign(u0, probe.id, 'D'));
      await w.deputies[0].ok('POST', `/api/items/${probe.id}/evaluations`, { result: 'satisfied' });
      // 36 more: A 21, B 9, C 4, D 2 (+ the probe's D); satisfied 30, basically 5, dissatisfied 2.
      await inBatches(36, (i) =>
        handled(w, i + 1, {
          lead: w.units[i % w.units.length],
          cls: i < 21 ? 'A' : i < 30 ? 'B' : i < 34 ? 'C' : 'D',
          verdict: i < 29 ? 'satisfied' : i < 34 ? 'basicallySatisfied' : 'dissatisfied',
        }),
      );
      const s = await w.liaison.ok('GET', `/api/statistics?sessionId=${w.c.sessionId}`);
      expect(s.classScheme.map((x: { code: string; definition: string }) => `${x.code}:${x.definition}`)).toEqual(
        FOUR_CLASSES.map((x) => `${x.code}:${x.definition}`),
      );
      expect(s.resultClasses).toEqual({
        A: { count: 21, share: 56.76 },
        B: { count: 9, share: 24.32 },
        C: { count: 4, share: 10.81 },
        D: { count: 3, share: 8.11 },
      });
      expect(s.evaluations.satisfied).toEqual({ count: 30, share: 81.08 });
      expect(s.evaluations.basicallySatisfied).toEqual({ count: 5, share: 13.51 });
      expect(s.evaluations.dissatisfied).toEqual({ count: 2, share: 5.41 });
      // The breakdowns follow the profile too: D beside A, B and C in every row.
      const byCategory = await w.liaison.ok('GET', `/api/statistics/by-category?sessionId=${w.c.sessionId}`);
      for (const row of byCategory) expect(Object.keys(row.resultClasses)).toEqual(['A', 'B', 'C', 'D']);
    },
  );

  it(
    'a report with a routing split, received beside accepted, lead beside handling units, first-round beside final satisfaction',
    { timeout: 300_000 },
    async () => {
      const w = await world(d, app, [
        { name: '市教育局' },
        { name: '市住房和城乡建设局' },
        { name: '市交通运输局' },
        { name: '市中级人民法院', isGovernment: false },
        { name: '市人民检察院', isGovernment: false },
      ]);
      const [edu, housing, transport, court, procuratorate] = w.units;
      // 23 assigned: 17 by government units alone, 4 by the court or the procuratorate alone, 2 jointly.
      const leads = [
        ...Array(17)
          .fill(null)
          .map((_, i) => [edu, housing, transport][i % 3]),
        court,
        court,
        procuratorate,
        procuratorate,
      ];
      await inBatches(21, (i) => handled(w, i, { lead: leads[i], cls: 'A', verdict: i < 19 ? 'satisfied' : 'basicallySatisfied' }));
      await handled(w, 21, { lead: transport, co: court, cls: 'A', verdict: 'satisfied' });
      const rehandled = await handled(w, 22, { lead: housing, co: procuratorate, cls: 'C', verdict: 'dissatisfied' });
      // The dissatisfied one is handled again after a face-to-face meeting, and satisfies.
      await w.liaison.ok('POST', `/api/items/${rehandled}/rehandling`, { version: (await item(w.liaison, rehandled)).item.version, note: '请重新办理' });
      await contact(housing.handler, rehandled, 'visit', todayInShanghai());
      await send(housing.office, rehandled, await draftAndSign(housing, rehandled, 'B', { commitments: [{ content: '明年实施', targetDate: '2027-06-30' }] }));
      await w.deputies[22 % w.deputies.length].ok('POST', `/api/items/${rehandled}/evaluations`, { result: 'satisfied' });
      // Received beside accepted: 2 made reference items, 1 returned, 1 merged, 2 not accepted, 1 still in review.
      const review = async (decision: string, extra: object) => {
        const x = await submit(w.deputies[0], w.c, [], `关于${decision}事项的建议${Math.random()}`);
        return w.liaison.ok('POST', `/api/items/${x.id}/review`, { decision, version: x.version, reason: '经审查', ...extra });
      };
      await review('reference', { unitId: edu.unitId });
      await review('reference', { unitId: transport.unitId });
      await review('return', {});
      await review('reject', {});
      await review('reject', {});
      const pending = await submit(w.deputies[1], w.c, [], '关于尚在审查中的建议');
      const primary = await accept(w.liaison, (await submit(w.deputies[2], w.c, [], '关于并案主件的建议')).id);
      await w.liaison.ok('POST', `/api/items/${primary.id}/merge`, {
        primaryVersion: primary.version,
        merged: [{ itemId: pending.id, version: pending.version }],
      });
      await submit(w.deputies[3], w.c, [], '关于仍在审查中的建议');
      const s = await w.liaison.ok('GET', `/api/statistics?sessionId=${w.c.sessionId}`);
      // 收到31件：立案24件（交办23件，1件待交办），转为参阅件2件，退回1件，并案1件，不予立案2件，待审查1件
      expect(s.intake).toEqual({ received: 31, registered: 24, reference: 2, returned: 1, merged: 1, notAccepted: 2, withdrawn: 0, pending: 1 });
      expect(s.assigned).toBe(23);
      expect(s.assignmentRate).toBe(95.83);
      expect(s.routing).toEqual({
        government: { count: 17, share: 73.91 },
        judicialAndOther: { count: 4, share: 17.39 },
        joint: { count: 2, share: 8.7 },
      });
      expect(s.units).toEqual({ lead: 5, handling: 5 });
      // 初次办理满意率 95.65% (22 of 23), after re-handling 100.00%.
      expect(s.firstRound.satisfactionRate).toBe(95.65);
      expect(s.firstRound.dissatisfied).toEqual({ count: 1, share: 4.35 });
      expect(s.evaluations.satisfactionRate).toBe(100);
      expect(s.rehandled).toBe(1);
    },
  );

  it('a split item one unit has answered is neither replied nor on time yet: on time never exceeds replied', { timeout: 120_000 }, async () => {
    const w = await world(d, app);
    const [a, b] = w.units;
    const x = await submit(w.deputies[0], w.c, [], '关于跨部门分办事项的建议');
    await accept(w.liaison, x.id);
    await assign(w.liaison, x.id, 'split', [
      { unitId: a.unitId, role: 'split' },
      { unitId: b.unitId, role: 'split' },
    ]);
    await contact(a.handler, x.id);
    expect((await send(a.office, x.id, await draftAndSign(a, x.id, 'A'))).status).toBe(200);
    for (const q of ['', `&unitId=${a.unitId}`, `&unitId=${b.unitId}`]) {
      const s = await w.liaison.ok('GET', `/api/statistics?sessionId=${w.c.sessionId}${q}`);
      expect(s.replied, q).toBe(0);
      expect(s.onTime, q).toBe(0);
    }
    // Unit a's own part is answered, on time: its row of the breakdown says so.
    const byUnit = await w.liaison.ok('GET', `/api/statistics/by-unit?sessionId=${w.c.sessionId}`);
    expect(byUnit.find((r: { unitId: number }) => r.unitId === a.unitId).lead).toMatchObject({ replied: 1, onTime: 1 });
    await contact(b.handler, x.id);
    await send(b.office, x.id, await draftAndSign(b, x.id, 'B', { commitments: [{ content: '明年实施', targetDate: '2027-06-30' }] }));
    const s = await w.liaison.ok('GET', `/api/statistics?sessionId=${w.c.sessionId}`);
    expect(s).toMatchObject({ replied: 1, onTime: 1, onTimeRate: 100 });
    expect(s.resultClasses.B.count).toBe(1); // the item's class is its least solved part's
  });
});
