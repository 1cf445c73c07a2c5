/**
 * Issue 17 §4: the targets panel. A rules profile names targets — here Qinghai's 七个百分之百 (seed 003) —
 * and GET /api/statistics/targets gives each with the scope's figure, numerator and denominator (the same
 * counts as GET /api/statistics) and the units short of it, each by its own part.
 */
import { describe, expect, it } from 'vitest';
import { SEVEN_HUNDREDS } from '../domain/stats/targets';
import { type CongressSetup, useCongress } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, send, submit } from './helpers/flow';

describe.each(DB_KINDS)('targets (%s)', (kind) => {
  let { c, liaison, dep, u, admin } = {} as CongressSetup;
  useCongress(kind, { admin: true }, (s) => ({ c, liaison, dep, u, admin } = s));

  it('七个百分之百: each target with its figure, numerator and denominator, and the units short of it', { timeout: 120_000 }, async () => {
    // No targets in the profile: nothing to show.
    expect(await liaison.ok('GET', `/api/statistics/targets?sessionId=${c.sessionId}`)).toEqual({ title: null, targets: [] });
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: { targets: SEVEN_HUNDREDS } });
    // Unit 0: two items met face to face, answered on time; unit 1: one by phone only; unit 2: one answered late.
    const plan = [
      { unit: u[0], method: 'visit', assignedOn: undefined },
      { unit: u[0], method: 'visit', assignedOn: undefined },
      { unit: u[1], method: 'phone', assignedOn: undefined },
      { unit: u[2], method: 'visit', assignedOn: '2025-01-10' },
    ];
    for (const [i, p] of plan.entries()) {
      const x = await submit(dep, c, [], `关于第${i + 1}项目标考核事项的建议`);
      await accept(liaison, x.id);
      await assign(liaison, x.id, 'single', [{ unitId: p.unit.unitId, role: 'lead' }], p.assignedOn ? { assignedOn: p.assignedOn } : {});
      await contact(p.unit.handler, x.id, p.method);
      await send(p.unit.office, x.id, await draftAndSign(p.unit, x.id, 'A'));
      await dep.ok('POST', `/api/items/${x.id}/evaluations`, i === 3 ? { result: 'dissatisfied', comment: '答复迟缓' } : { result: 'satisfied' });
    }
    const t = await liaison.ok('GET', `/api/statistics/targets?sessionId=${c.sessionId}`);
    expect(t.title).toBe('七个百分之百');
    expect(t.targets.map((x: { label: string }) => x.label)).toEqual([
      '答复率',
      '按期答复率',
      '沟通联系率',
      '见面沟通率',
      '满意率',
      '答复公开率',
      '重点督办件A类率',
    ]);
    const by = (figure: string) => t.targets.find((x: { figure: string }) => x.figure === figure);
    const names = (figure: string) => by(figure).unitsShort.map((x: { unitId: number }) => x.unitId);
    expect(by('replied')).toMatchObject({ target: 100, value: 100, numerator: 4, denominator: 4, met: true, unitsShort: [] });
    expect(by('onTime')).toMatchObject({ value: 75, numerator: 3, denominator: 4, met: false });
    expect(by('onTime').unitsShort).toEqual([{ unitId: u[2].unitId, unitName: expect.any(String), figure: 0, numerator: 0, denominator: 1 }]);
    expect(by('faceToFace')).toMatchObject({ value: 75, numerator: 3, denominator: 4, met: false });
    expect(names('faceToFace')).toEqual([u[1].unitId]);
    expect(by('satisfied')).toMatchObject({ value: 75, numerator: 3, denominator: 4, met: false });
    expect(names('satisfied')).toEqual([u[2].unitId]);
    // The public replies are not yet published on the portal: every unit is short.
    expect(by('published')).toMatchObject({ value: 0, numerator: 0, denominator: 4, met: false });
    expect(names('published').sort()).toEqual([u[0].unitId, u[1].unitId, u[2].unitId].sort());
    // No key-supervised item: nothing to count, nothing missed.
    expect(by('keyClassA')).toMatchObject({ value: null, numerator: 0, denominator: 0, met: true, unitsShort: [] });
    // The figures are those of GET /api/statistics.
    const s = await liaison.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(by('onTime').value).toBe(s.onTimeRate);
    expect(by('contacted').value).toBe(s.contactRate);
    expect(by('satisfied').value).toBe(s.evaluations.satisfactionRate);
    // A unit sees its own row only.
    const own = await u[1].office.ok('GET', `/api/statistics/targets?sessionId=${c.sessionId}`);
    expect(own.targets.find((x: { figure: string }) => x.figure === 'faceToFace')).toMatchObject({ numerator: 0, denominator: 1 });
    // A deputy has no targets panel.
    expect((await dep.request('GET', `/api/statistics/targets?sessionId=${c.sessionId}`)).status).toBe(403);
  });
});
