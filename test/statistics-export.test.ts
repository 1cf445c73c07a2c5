import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { contact, draftAndSign, send, submitAndAssign } from './helpers/flow';

describe.each(DB_KINDS)('the statistics breakdowns as .xlsx on %s (§6, R-STAT-1)', (kind) => {
  let { app, c, liaison, dep, u0 } = {} as CongressSetup;
  useCongress(kind, { once: true, units: 1 }, (s) => ({ app, c, liaison, dep, u0 } = s));
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

  it('holds every breakdown with the figures of the API, lead and co-handling on their own rows', async () => {
    const wb = await workbook(liaison, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按承办单位', '按类别', '按代表团', '按代表', '满意与解决']);
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

  it('keeps a unit to its own rows and refuses a deputy', async () => {
    const u1 = await Client.login(app, c.users.units[1].office.username);
    const wb = await workbook(u1, `/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`);
    const names = new Set(rowsOf(wb.getWorksheet('按承办单位')!).map((r) => r[0]));
    expect(names.size).toBe(1);
    expect((await dep.raw(`/api/statistics/breakdowns.xlsx?sessionId=${c.sessionId}`)).statusCode).toBe(403);
    expect((await liaison.raw(`/api/statistics/breakdowns.xlsx?from=2026-12-31&to=2026-01-01`)).statusCode).toBe(400);
  });
});
