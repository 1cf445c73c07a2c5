import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOUR_CLASSES } from '../domain/stats/result-classes';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { contact, draftAndSign, send, submitAndAssign } from './helpers/flow';

describe.each(DB_KINDS)('the statistics breakdowns as .xlsx on %s (§6, R-STAT-1)', (kind) => {
  let { app, c, liaison, admin, dep, u0 } = {} as CongressSetup;
  useCongress(kind, { once: true, units: 1, admin: true }, (s) => ({ app, c, liaison, admin, dep, u0 } = s));
  beforeAll(async () => {
    await submitAndAssign(dep, liaison, c, '关于加强农村公路养护的建议', 'leadCo', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[1], role: 'co' },
    ]);
    const b = await submitAndAssign(dep, liaison, c, '关于增加乡村教师编制的建议', 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
    await contact(u0.handler, b);
    await send(u0.office, b, await draftAndSign(u0, b, 'A'));
  });

  async function workbook(client: Client, url: string) {
    const res = await client.raw(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 3) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };
  const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(3).values as unknown[]).slice(1);
  /** 办理概况 as 指标 → [数值, 分子, 分母, 说明]. */
  const overviewOf = (ws: ExcelJS.Worksheet) => new Map(rowsOf(ws).map((r) => [r[0] as string, r.slice(1)]));

  it('holds every breakdown with the figures of the API, lead and co-handling on their own rows', async () => {
    const wb = await workbook(liaison, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['办理概况', '按承办单位', '按类别', '按代表团', '按代表', '满意与解决']);
    // The classes of the rules profile: A/B/C, no D.
    const header = headerOf(wb.getWorksheet('按承办单位')!);
    expect(header.slice(7, 13)).toEqual(['A类', 'A类占比%', 'B类', 'B类占比%', 'C类', 'C类占比%']);
    expect(header).not.toContain('D类');
    const byUnit = await liaison.ok('GET', `/api/statistics/by-unit?sessionId=${c.sessionId}`);
    const unit0 = byUnit.find((u: { unitId: number }) => u.unitId === c.unitIds[0]);
    const sheet = rowsOf(wb.getWorksheet('按承办单位')!);
    const lead0 = sheet.find((r) => r[0] === unit0.unitName && r[1] === '主办/单办/分办')!;
    // 件数, 已答复, 答复率
    expect(lead0.slice(2, 5)).toEqual([unit0.lead.items, unit0.lead.replied, unit0.lead.replyRate]);
    expect(lead0.slice(2, 4)).toEqual([2, 1]);
    const co1 = sheet.find((r) => r[1] === '会办')!;
    expect(co1[0]).toBe(byUnit.find((u: { unitId: number }) => u.unitId === c.unitIds[1]).unitName);
    expect(co1[2]).toBe(1);
    const svr = rowsOf(wb.getWorksheet('满意与解决')!);
    expect(svr.find((r) => r[0] === unit0.unitName)![3]).toBe(1); // one A-class item
  });

  it('holds in 办理概况 every figure a handling report prints, with its numerator and denominator (issue 17 §3)', async () => {
    const wb = await workbook(liaison, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
    const ws = wb.getWorksheet('办理概况')!;
    expect(headerOf(ws)).toEqual(['指标', '数值', '分子', '分母', '说明']);
    const o = overviewOf(ws);
    const s = await liaison.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    // Two received and registered, both assigned; one answered (A) and contacted.
    expect(o.get('收到建议（件）')![0]).toBe(2);
    expect(o.get('立案（件）')![0]).toBe(2);
    expect(o.get('交办率%')!.slice(0, 3)).toEqual([100, 2, 2]);
    expect(o.get('答复率%')!.slice(0, 3)).toEqual([50, 1, 2]);
    expect(o.get('办结率%')!.slice(0, 3)).toEqual([s.closeRate, s.closed, 2]);
    expect(o.get('A类占比%')!.slice(0, 4)).toEqual([100, 1, 1, '所提问题已经得到解决或基本解决的']);
    expect(o.get('B类占比%')!.slice(0, 3)).toEqual([0, 0, 1]);
    expect(o.has('D类占比%')).toBe(false);
    expect(o.get('沟通联系率%')!.slice(0, 3)).toEqual([50, 1, 2]);
    expect(o.get('主办单位（个）')![0]).toBe(1);
    expect(o.get('承办单位（个）')![0]).toBe(2);
    expect(o.get('政府系统办理占比%')!.slice(0, 3)).toEqual([100, 2, 2]);
    expect(o.get('教育类占比%')!.slice(0, 3)).toEqual([100, 2, 2]);
    expect(o.get('全部答复日期')![3]).toBe('尚有已交办建议未答复');
    for (const [name, row] of o) expect(row[3], name).toMatch(/[\u4e00-\u9fff]/); // every figure explained in words
    // The per-unit export carries the same overview beside its table.
    const units = await workbook(liaison, `/api/statistics/units/export.xlsx?sessionId=${c.sessionId}`);
    expect(units.worksheets.map((w) => w.name)).toEqual(['各单位办理情况', '办理概况']);
    expect(overviewOf(units.getWorksheet('办理概况')!).get('答复率%')!.slice(0, 3)).toEqual([50, 1, 2]);
  });

  it('adds D类 and D类占比% wherever the rules profile has four classes (issue 17 §2)', async () => {
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: { resultClasses: FOUR_CLASSES } });
    try {
      const wb = await workbook(liaison, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
      for (const name of ['按承办单位', '按类别', '按代表团', '按代表']) {
        const ws = wb.getWorksheet(name)!;
        const header = headerOf(ws);
        const at = header.indexOf('D类');
        expect(header.slice(at - 6, at + 2), name).toEqual(['A类', 'A类占比%', 'B类', 'B类占比%', 'C类', 'C类占比%', 'D类', 'D类占比%']);
        for (const row of rowsOf(ws)) expect(row[at], name).toBe(0);
      }
      const o = overviewOf(wb.getWorksheet('办理概况')!);
      expect(o.get('D类占比%')!.slice(0, 4)).toEqual([0, 0, 1, '所提问题留作工作参考的']);
    } finally {
      await admin.ok('PUT', '/api/rules-profiles/2025', { values: { resultClasses: FOUR_CLASSES.slice(0, 3) } });
    }
  });

  it('keeps a unit to its own rows and refuses a deputy', async () => {
    const u1 = await Client.login(app, c.users.units[1].office.username);
    const wb = await workbook(u1, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
    const names = new Set(rowsOf(wb.getWorksheet('按承办单位')!).map((r) => r[0]));
    expect(names.size).toBe(1);
    expect((await dep.raw(`/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`)).statusCode).toBe(403);
    expect((await liaison.raw(`/api/statistics/breakdowns.xlsx?from=2026-12-31&to=2026-01-01`)).statusCode).toBe(400);
  });
});
