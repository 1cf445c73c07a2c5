import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../domain/deadlines';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit } from './helpers/flow';

describe.each(DB_KINDS)('rules profiles, calendar and statistics on %s', (kind) => {
  let { d, app, c, liaison, admin, dep, u0 } = {} as CongressSetup;
  useCongress(kind, { units: 1, admin: true }, (s) => ({ d, app, c, liaison, admin, dep, u0 } = s));

  it('a preset recomputes the open items of its year, and the item says how (R-CO-1, R-REPLY-7)', async () => {
    const it0 = await submit(dep, c);
    await accept(liaison, it0.id);
    await assign(
      liaison,
      it0.id,
      'leadCo',
      [
        { unitId: c.unitIds[0], role: 'lead' },
        { unitId: c.unitIds[1], role: 'co' },
      ],
      { assignedOn: '2025-03-10' },
    );
    let co = (await item(liaison, it0.id)).deadlines.find((x: { kind: string }) => x.kind === 'coOpinion');
    expect(co.dueDate).toBe('2025-05-10');
    const presets = await admin.ok('GET', '/api/rules-presets');
    expect(presets.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['shanghai', 'beijing', 'shandong', 'qingdao', 'henan', 'zhejiang', 'chongqing']),
    );
    const saved = await admin.ok('PUT', '/api/rules-profiles/2025', { preset: 'shanghai' });
    expect(saved.recomputed).toBe(1);
    const after = await item(liaison, it0.id);
    co = after.deadlines.find((x: { kind: string }) => x.kind === 'coOpinion');
    expect(co.dueDate).toBe('2025-04-10'); // Shanghai: 1 month
    expect(co.rule).toMatchObject({ rule: 'coOpinion', duration: { amount: 1, unit: 'months' }, profileYear: 2025 });
    expect(after.history.at(-1).type).toBe('deadlinesRecomputed');
    // Custom values on top; a bad one is refused with a Chinese message and nothing changes.
    const bad = await admin.put('/api/rules-profiles/2025', { values: { yellowDays: -3 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/规则配置有误/);
    const got = await admin.ok('GET', '/api/rules-profiles/2025');
    expect(got.values.coOpinion).toEqual({ amount: 1, unit: 'months' });
  });

  it('the 2027 schedule can be entered now; provisional deadlines are flagged and then recomputed', async () => {
    const status = await admin.ok('GET', '/api/calendar?from=2026&to=2027');
    expect(status.years.find((y: { year: number }) => y.year === 2026).source).toBe('builtin');
    expect(status.years.find((y: { year: number }) => y.year === 2027).source).toBeNull();
    expect(status.warnings.join()).toMatch(/2027年尚无官方节假日安排/);
    // An item assigned at the end of 2026: its 10-working-day window reaches into 2027.
    const it0 = await submit(dep, c);
    await accept(liaison, it0.id);
    await assign(liaison, it0.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }], { assignedOn: '2026-11-20' });
    // Move the base into late December through the database to simulate the year end.
    await d.db.execute(sql`update items set assigned_on = '2026-12-24' where id = ${it0.id}`);
    const bad = await admin.put('/api/calendar/2027', { holidays: ['2027-01-01', '2026-12-31'], makeupWorkdays: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('BAD_SCHEDULE');
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: {} }); // recompute with the moved base
    let w = (await item(liaison, it0.id)).deadlines.find((x: { kind: string }) => x.kind === 'adjustmentWindow');
    expect(w.provisional).toBe(true);
    expect(w.rule.missingYears).toEqual([2027]);
    const provisionalBefore = (await admin.ok('GET', '/api/calendar?from=2027&to=2027')).provisionalItems;
    expect(provisionalBefore).toBeGreaterThanOrEqual(1);
    const saved = await admin.ok('PUT', '/api/calendar/2027', { holidays: ['2027-01-01'], makeupWorkdays: [], note: '国务院办公厅通知' });
    expect(saved.recomputed).toBeGreaterThanOrEqual(1);
    w = (await item(liaison, it0.id)).deadlines.find((x: { kind: string }) => x.kind === 'adjustmentWindow');
    expect(w.provisional).toBe(false);
    // 24 Dec 2026 (Thu) + 10 working days, with 1 Jan 2027 a holiday → 8 Jan 2027.
    expect(w.dueDate).toBe('2027-01-08');
  });

  it('statistics for a scope: classes, satisfaction and contacts with shares adding up to 100.00 (R-STAT-1)', async () => {
    const classes = ['A', 'A', 'B'];
    for (const [i, cls] of classes.entries()) {
      const x = await submit(dep, c, [], `关于第${i + 1}项民生实事的建议`);
      await accept(liaison, x.id);
      await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
      await contact(u0.handler, x.id, i === 0 ? 'visit' : 'phone');
      const extra = cls === 'B' ? { commitments: [{ content: '明年完成', targetDate: '2026-12-31' }] } : {};
      expect((await send(u0.office, x.id, await draftAndSign(u0, x.id, cls, extra))).status).toBe(200);
      await dep.ok('POST', `/api/items/${x.id}/evaluations`, { result: i === 2 ? 'basicallySatisfied' : 'satisfied' });
    }
    const waiting = await submit(dep, c, [], '关于尚在审核中的建议');
    expect(waiting.state).toBe('submitted');
    const s = await liaison.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(s.items).toBe(3); // not-yet-accepted items are not counted
    expect(s.replied).toBe(3);
    expect(s.replyRate).toBe(100);
    expect(s.resultClasses.A).toEqual({ count: 2, share: 66.67 });
    expect(s.resultClasses.B).toEqual({ count: 1, share: 33.33 });
    expect(s.resultClasses.A.share + s.resultClasses.B.share + s.resultClasses.C.share).toBeCloseTo(100, 10);
    expect(s.evaluations.satisfied).toEqual({ count: 2, share: 66.67 });
    expect(s.contacts).toBe(3);
    expect(s.contactRate).toBe(100);
    expect(s.faceToFaceRate).toBe(33.33);
    expect(s.commitments).toBe(1);
    const byUnit = await liaison.ok('GET', `/api/statistics/units?sessionId=${c.sessionId}`);
    expect(byUnit.find((r: { unitId: number }) => r.unitId === c.unitIds[0])).toMatchObject({ leadItems: 3, done: 3 });
    // A unit's statistics are its own.
    const unitStats = await u0.office.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(unitStats.items).toBe(3);
    const otherUnit = await Client.login(app, c.users.units[1].office.username);
    expect((await otherUnit.ok('GET', `/api/statistics?sessionId=${c.sessionId}`)).items).toBe(0);
  });

  it('the yellow light follows the rules profile, not a fixed 10 days (R-SUP-1)', async () => {
    const x = await submit(dep, c, [], '关于黄灯阈值的建议');
    await accept(liaison, x.id);
    // Reply due = base + 3 months; a base 50 days ago leaves about 40 days.
    await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }], { assignedOn: addDays(todayInShanghai(), -50) });
    const lightOf = async () => (await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}`)).rows.find((r: { id: number }) => r.id === x.id).light;
    expect(await lightOf()).toBe('green');
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: { yellowDays: 60 } });
    expect(await lightOf()).toBe('yellow');
    expect((await item(liaison, x.id)).item.light).toBe('yellow');
  });

  it('the ledger filters, sorts and paginates with a total (R-SUP-1)', async () => {
    for (let i = 0; i < 5; i++) {
      const x = await submit(dep, c, [], `关于加强第${i + 1}片区交通治理的建议`);
      if (i < 3) {
        await accept(liaison, x.id);
        await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[i % 2], role: 'lead' }], { assignedOn: `2025-0${i + 2}-10` });
      }
    }
    const page = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&state=handling&sort=due&order=asc&pageSize=2`);
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(2);
    expect(page.rows.map((r: { replyDue: string }) => r.replyDue)).toEqual(['2025-05-10', '2025-06-10']);
    const page2 = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&state=handling&sort=due&order=asc&pageSize=2&page=2`);
    expect(page2.rows.map((r: { replyDue: string }) => r.replyDue)).toEqual(['2025-07-10']);
    expect(page2.total).toBe(3);
    const byUnit = await liaison.ok('GET', `/api/items?unitId=${c.unitIds[1]}`);
    expect(byUnit.total).toBe(1);
    const text = await liaison.ok('GET', `/api/items?q=${encodeURIComponent('第4片区')}`);
    expect(text.total).toBe(1);
    const red = await liaison.ok('GET', `/api/items?light=red&sessionId=${c.sessionId}`);
    expect(red.total).toBe(3); // 2025 deadlines are long past
    expect(red.rows.every((r: { light: string; daysLeft: number }) => r.light === 'red' && r.daysLeft < 0)).toBe(true);
    const bad = await liaison.get('/api/items?pageSize=5000');
    expect(bad.status).toBe(400);
  });
});
