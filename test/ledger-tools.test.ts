import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPORT_ROW_LIMIT, ledgerExportQuery } from '../domain/contracts/ledger-tools';
import { actorOf } from '../server/auth/actor';
import { exportLedger } from '../server/queries/ledger-export';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit, submitAndAssign } from './helpers/flow';

const CHINESE = /[\u4e00-\u9fa5]/;

async function readSheet(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { ws, title: String(rows[0][0]), description: String(rows[1][0]), headers: rows[2].map(String), data: rows.slice(3) };
}

describe.each(DB_KINDS)('ledger tools on %s', (kind) => {
  let { d, app, c, liaison, dep, u } = {} as CongressSetup;
  useCongress(kind, { units: 2 }, (s) => ({ d, app, c, liaison, dep, u } = s));

  const assigned = (title: string, units: { unitId: number; role: string }[], mode = 'single', extra: object = {}) =>
    submitAndAssign(dep, liaison, c, title, mode, units, extra);

  describe('saved views', () => {
    it('create, list, rename with a version, delete; names unique per user; only one’s own', async () => {
      const created = await u[0].office.request('POST', '/api/ledger/views', {
        name: '红灯件',
        query: { light: 'red', state: 'handling,rehandling', page: '3' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: '红灯件', query: { light: 'red', state: 'handling,rehandling' }, version: 1 });
      expect(created.body.query.page).toBeUndefined(); // the page is not part of a filter

      const dup = await u[0].office.request('POST', '/api/ledger/views', { name: ' 红灯件 ', query: {} });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('VIEW_NAME_TAKEN');
      expect(dup.body.message).toMatch(CHINESE);
      // Another user may use the same name.
      expect((await u[1].office.request('POST', '/api/ledger/views', { name: '红灯件', query: {} })).status).toBe(201);

      await u[0].office.ok('POST', '/api/ledger/views', { name: '会办件', query: { taskRole: 'co' } });
      const list = await u[0].office.ok('GET', '/api/ledger/views');
      expect(list.map((v: { name: string }) => v.name).sort()).toEqual(['会办件', '红灯件']);
      expect((await u[1].office.ok('GET', '/api/ledger/views')).map((v: { name: string }) => v.name)).toEqual(['红灯件']);

      const id = created.body.id;
      const renamed = await u[0].office.request('PATCH', `/api/ledger/views/${id}`, { version: 1, name: '超期件' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '超期件', version: 2, query: { light: 'red' } });
      const stale = await u[0].office.request('PATCH', `/api/ledger/views/${id}`, { version: 1, name: '别的名字' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const clash = await u[0].office.request('PATCH', `/api/ledger/views/${id}`, { version: 2, name: '会办件' });
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('VIEW_NAME_TAKEN');

      // Another user's view does not exist for them.
      expect((await u[1].office.request('PATCH', `/api/ledger/views/${id}`, { version: 2, name: '偷看' })).status).toBe(404);
      expect((await u[1].office.request('DELETE', `/api/ledger/views/${id}`)).status).toBe(404);
      expect((await liaison.request('DELETE', `/api/ledger/views/${id}`)).status).toBe(404);

      expect((await u[0].office.request('DELETE', `/api/ledger/views/${id}`)).status).toBe(200);
      expect((await u[0].office.request('DELETE', `/api/ledger/views/${id}`)).status).toBe(404);
      expect((await u[0].office.ok('GET', '/api/ledger/views')).map((v: { name: string }) => v.name)).toEqual(['会办件']);
    });

    it('a stored query must be a valid ledger query (400 with a Chinese message)', async () => {
      for (const query of [{ light: 'purple' }, { nonsense: '1' }, { sort: 'title' }, { pageSize: '5000' }, { inbox: 'all' }]) {
        const r = await dep.request('POST', '/api/ledger/views', { name: '坏的', query });
        expect(r.status, JSON.stringify(query)).toBe(400);
        expect(r.body.code).toBe('VALIDATION_FAILED');
        expect(r.body.message).toMatch(CHINESE);
      }
      expect((await dep.request('POST', '/api/ledger/views', { name: '', query: {} })).status).toBe(400);
      expect((await dep.request('POST', '/api/ledger/views', { name: '甲'.repeat(51), query: {} })).status).toBe(400);
      const v = await dep.ok('POST', '/api/ledger/views', { name: '我的', query: { q: '饮水' } });
      expect((await dep.request('PATCH', `/api/ledger/views/${v.id}`, { version: 1 })).status).toBe(400);
      expect((await dep.request('PATCH', `/api/ledger/views/${v.id}`, { version: 1, query: { order: 'sideways' } })).status).toBe(400);
      // Admins have no ledger, so no views either (deny by default).
      const admin = await Client.login(app, c.users.admin.username);
      expect((await admin.request('GET', '/api/ledger/views')).status).toBe(403);
    });
  });

  describe('export', () => {
    it('writes every matching row in the chosen columns, with Chinese headers, dates as dates and lights in words', async () => {
      const ids = [
        await assigned('关于改善乡村学校寄宿条件的建议', [{ unitId: c.unitIds[0], role: 'lead' }]),
        await assigned('关于增加农村公路养护资金的建议', [{ unitId: c.unitIds[1], role: 'lead' }]),
        await assigned(
          '关于加强校车安全管理的建议',
          [
            { unitId: c.unitIds[0], role: 'lead' },
            { unitId: c.unitIds[1], role: 'co' },
          ],
          'leadCo',
        ),
      ];
      const secret = 'THE-CLASSIFIED-TEXT-绝密正文';
      const cls = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title: '关于某涉密事项的建议', body: secret, classified: true });
      await accept(liaison, cls.id);
      await assign(liaison, cls.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);

      const cols = 'title,number,due,leadUnits,submittedAt';
      const res = await liaison.raw(`/api/ledger/export?sessionId=${c.sessionId}&columns=${cols}&sort=number&order=desc`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const cd = String(res.headers['content-disposition']);
      expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(cd.split("UTF-8''")[1])).toMatch(/^建议办理台账_\d{4}-\d{2}-\d{2}\.xlsx$/);

      const sheet = await readSheet(res.rawPayload);
      expect(sheet.title).toBe('建议办理台账');
      expect(sheet.description).toMatch(/筛选条件：届次 测试省第十四届人民代表大会第三次会议.*按编号降序.*导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      expect(sheet.headers).toEqual(['标题', '编号', '期限', '红黄绿灯', '剩余天数', '主办单位', '会办单位', '提出时间']);
      const ledger = await liaison.ok('GET', `/api/items?sessionId=${c.sessionId}&pageSize=1`);
      expect(sheet.data).toHaveLength(ledger.total);
      expect(sheet.data).toHaveLength(4);
      // Sorted as asked (number descending), dates are date cells, lights in words.
      const numbers = sheet.data.map((r) => String(r[1]));
      expect(numbers).toEqual([...numbers].sort().reverse());
      for (const r of sheet.data) {
        expect(r[2]).toBeInstanceOf(Date);
        expect(['绿', '黄', '红']).toContain(r[3]);
        expect(typeof r[4]).toBe('number');
        expect(r[7]).toBeInstanceOf(Date);
      }
      const co = sheet.data.find((r) => String(r[0]).includes('校车'))!;
      expect(co[6]).toContain('省财政厅');
      // R-REPLY-8: the classified item is listed by its metadata only.
      expect(sheet.data.find((r) => String(r[0]).startsWith('关于某涉密事项'))![0]).toContain('涉密');
      expect(res.rawPayload.toString('latin1')).not.toContain('THE-CLASSIFIED-TEXT');
      expect(JSON.stringify(sheet.data)).not.toContain(secret);
      expect(ids).toHaveLength(3);
    });

    it('keeps the ledger’s scope: a unit exports only its own items, a deputy only theirs', async () => {
      await assigned('关于改善乡村学校寄宿条件的建议', [{ unitId: c.unitIds[0], role: 'lead' }]);
      await assigned('关于增加农村公路养护资金的建议', [{ unitId: c.unitIds[1], role: 'lead' }]);
      const other = await Client.login(app, c.users.deputies[1].username);
      await submit(other, c, [], '关于别人的建议');

      const unit = await readSheet((await u[0].office.raw('/api/ledger/export')).rawPayload);
      expect(unit.title).toBe('本单位台账');
      expect(unit.headers).toEqual(['编号', '标题', '状态', '本单位任务', '领衔代表', '主办单位', '会办单位', '期限', '红黄绿灯', '剩余天数', '类别']);
      const titles = unit.data.map((r) => String(r[1]));
      expect(titles).toEqual(['关于改善乡村学校寄宿条件的建议']);
      expect(unit.data[0][3]).toBe('主办·办理中');

      const mine = await readSheet((await dep.raw('/api/ledger/export?columns=title,myTask')).rawPayload);
      expect(mine.headers).toEqual(['标题']); // the unit's task column means nothing to a deputy
      expect(mine.data.map((r) => String(r[0])).sort()).toEqual(['关于增加农村公路养护资金的建议', '关于改善乡村学校寄宿条件的建议']);
    });

    it('refuses bad columns and bad filters with a 400, and names the row limit', async () => {
      const bad = await liaison.get('/api/ledger/export?columns=title,password');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/未知的列/);
      expect((await liaison.get('/api/ledger/export?light=purple')).status).toBe(400);
      expect(EXPORT_ROW_LIMIT).toBe(20_000);
      // Beyond the limit: a clear 422, checked here with a limit of 1.
      await assigned('关于甲的建议', [{ unitId: c.unitIds[0], role: 'lead' }]);
      await assigned('关于乙的建议', [{ unitId: c.unitIds[0], role: 'lead' }]);
      const actor = actorOf({
        userId: c.users.liaison.id,
        username: c.users.liaison.username,
        name: '联工委',
        role: 'liaisonOffice' as const,
        congressId: c.congressId,
        organizationId: c.liaisonOfficeId,
        deputyId: null,
      });
      const q = ledgerExportQuery.parse({ sessionId: String(c.sessionId) });
      await expect(exportLedger(d.db, actor, q, { limit: 1 })).rejects.toMatchObject({
        kind: 'rule',
        code: 'EXPORT_TOO_LARGE',
        message: expect.stringMatching(/共 2 件，超过单次导出上限 1 件/),
      });
      expect((await exportLedger(d.db, actor, q, { limit: 2 })).total).toBe(2);
      const admin = await Client.login(app, c.users.admin.username);
      expect((await admin.get('/api/ledger/export')).status).toBe(403);
    });
  });

  describe('unit inbox filter', () => {
    it('lists new assignments with the adjustment days left, co-opinions to write and re-handling tasks', async () => {
      const draft = await submit(dep, c, [], '关于预交办事项的建议');
      await accept(liaison, draft.id);
      const dv = (await item(liaison, draft.id)).item.version;
      await liaison.ok('POST', `/api/items/${draft.id}/draft-assignment`, { version: dv, mode: 'single', units: [{ unitId: c.unitIds[0], role: 'lead' }] });
      const fresh = await assigned(
        '关于新交办事项的建议',
        [
          { unitId: c.unitIds[0], role: 'lead' },
          { unitId: c.unitIds[1], role: 'co' },
        ],
        'leadCo',
      );
      const old = await assigned('关于早已交办事项的建议', [{ unitId: c.unitIds[0], role: 'lead' }], 'single', { assignedOn: '2025-02-12' });
      const re = await assigned('关于需要重新办理事项的建议', [{ unitId: c.unitIds[0], role: 'lead' }], 'single', { assignedOn: '2025-02-12' });
      await contact(u[0].handler, re, 'visit', '2025-03-01');
      await send(u[0].office, re, await draftAndSign(u[0], re, 'C'));
      await dep.ok('POST', `/api/items/${re}/evaluations`, { result: 'dissatisfied', comment: '答复空泛' });
      await liaison.ok('POST', `/api/items/${re}/rehandling`, { version: (await item(liaison, re)).item.version, note: '请重新研究办理' });

      const tab = async (who: Client, inbox: string) => (await who.ok('GET', `/api/items?inbox=${inbox}&sort=number`)).rows;
      const a0 = await tab(u[0].office, 'assignments');
      expect(a0.map((r: { id: number }) => r.id)).toEqual([draft.id, fresh]);
      expect(a0[0]).toMatchObject({ state: 'draftAssigned', adjustmentDue: null, adjustmentDaysLeft: null, myTask: { state: 'draft' } });
      expect(a0[1].adjustmentDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a0[1].adjustmentDaysLeft).toBeGreaterThanOrEqual(10); // 10 working days from today
      expect(a0[1].replyDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(old).toBeGreaterThan(0);

      // The co-handler sees the fresh item both as a new assignment and as an opinion to write, until it sends it.
      expect((await tab(u[1].office, 'assignments')).map((r: { id: number }) => r.id)).toEqual([fresh]);
      const co = await tab(u[1].office, 'coOpinions');
      expect(co.map((r: { id: number }) => r.id)).toEqual([fresh]);
      expect(co[0].myTask).toMatchObject({ role: 'co', state: 'assigned' });
      expect(await tab(u[0].office, 'coOpinions')).toEqual([]);
      await u[1].office.ok('POST', `/api/items/${fresh}/co-opinions`, {
        taskVersion: co[0].myTask.version,
        body: '同意主办单位意见。',
        publicity: 'public',
        contactPerson: '赵敏',
        contactPhone: '0731-84567890',
      });
      expect(await tab(u[1].office, 'coOpinions')).toEqual([]);

      expect((await tab(u[0].handler, 'rehandling')).map((r: { id: number }) => r.id)).toEqual([re]);
      expect(await tab(u[1].office, 'rehandling')).toEqual([]);
      // Offices narrow it by unit; without one it spans every unit of their scope.
      // (the co-handler has answered, so the fresh item is no longer new to it)
      expect((await liaison.ok('GET', `/api/items?inbox=assignments&unitId=${c.unitIds[1]}`)).rows).toEqual([]);
      expect((await liaison.ok('GET', `/api/items?inbox=assignments&unitId=${c.unitIds[0]}&sort=number`)).rows.map((r: { id: number }) => r.id)).toEqual([
        draft.id,
        fresh,
      ]);
      expect((await liaison.ok('GET', `/api/items?inbox=rehandling&sessionId=${c.sessionId}`)).total).toBe(1);
      expect((await u[0].office.get('/api/items?inbox=everything')).status).toBe(400);
    });
  });

  it("filters by 承办系统: government units (the government office's ledger) or the others (courts, procuratorates)", async () => {
    const court = c.unitIds[3]; // 省高级人民法院: not a government unit
    const gov = await assigned('关于政府部门承办事项的建议', [{ unitId: c.unitIds[0], role: 'lead' }]);
    const other = await assigned('关于法院承办事项的建议', [{ unitId: court, role: 'lead' }]);
    const both = await assigned(
      '关于法院与政府部门共同承办事项的建议',
      [
        { unitId: court, role: 'lead' },
        { unitId: c.unitIds[1], role: 'co' },
      ],
      'leadCo',
    );
    const govOffice = await Client.login(app, c.users.gov.username);
    const ids = async (system: string) => (await govOffice.ok('GET', `/api/items?unitSystem=${system}&sort=number`)).rows.map((r: { id: number }) => r.id);
    expect(await ids('government')).toEqual([gov, both]);
    expect(await ids('other')).toEqual([other, both]);
    expect((await govOffice.get('/api/items?unitSystem=army')).status).toBe(400);
  });
});
