import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, contact, item, submit, submitAndAssign } from './helpers/flow';

/** The number of events of one type in an item's history. */
async function eventsOf(d: CongressSetup['d'], itemId: number, type: string) {
  const [r] = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from item_events where item_id = ${itemId} and type = ${type}`);
  return r.n;
}

for (const kind of DB_KINDS) {
  describe(`batch actions (批量处理) [${kind}]`, () => {
    let { d, c, liaison, dep, u, gov } = {} as CongressSetup;
    useCongress(kind, { units: 2, gov: true }, (s) => ({ d, c, liaison, dep, u, gov } = s));

    it('accepts many at review: each row its own transaction and event; a stale or wrong row says why and the others go on', async () => {
      const ids = [];
      for (const t of ['关于加强农村寄宿制学校建设的建议', '关于提高乡村教师待遇的建议', '关于推进县域高中振兴的建议'])
        ids.push((await submit(dep, c, [], t)).id);
      const rows = [];
      for (const id of ids) rows.push({ itemId: id, version: (await item(liaison, id)).item.version });
      rows[1].version += 5; // someone else changed it meanwhile
      const done = await accept(liaison, ids[2]).then(() => null); // already accepted: its state no longer allows it
      expect(done).toBeNull();
      const r = await liaison.ok('POST', '/api/batch', { action: 'accept', rows, categoryId: c.categoryIds[1] });
      expect(r).toMatchObject({ action: 'accept', succeeded: 1, failed: 2 });
      expect(r.results[0]).toEqual({ itemId: ids[0], ok: true });
      expect(r.results[1]).toMatchObject({ itemId: ids[1], ok: false, code: 'STALE_VERSION', message: '数据已被他人修改，请刷新后重试' });
      expect(r.results[2]).toMatchObject({ itemId: ids[2], ok: false });
      expect(r.results[2].message).toMatch(/[\u4e00-\u9fa5]/);
      expect((await item(liaison, ids[0])).item.state).toBe('accepted');
      expect((await item(liaison, ids[1])).item.state).toBe('submitted');
      expect(await eventsOf(d, ids[0], 'acceptSuggestion')).toBe(1);
      expect(await eventsOf(d, ids[1], 'acceptSuggestion')).toBe(0);
    });

    it('assigns one plan to many items, each with its own tasks, deadlines and notices', async () => {
      const ids = [];
      for (const t of ['关于完善城市公交线网的建议', '关于加快农村公路提档升级的建议']) {
        const x = await submit(dep, c, [], t);
        await accept(liaison, x.id);
        ids.push(x.id);
      }
      const rows = [];
      for (const id of ids) rows.push({ itemId: id, version: (await item(liaison, id)).item.version });
      const plan = {
        mode: 'leadCo',
        units: [
          { unitId: u[0].unitId, role: 'lead' },
          { unitId: u[1].unitId, role: 'co' },
        ],
      };
      const r = await gov.ok('POST', '/api/batch', { action: 'assign', rows, plan });
      expect(r).toMatchObject({ succeeded: 2, failed: 0 });
      for (const id of ids) {
        const x = await item(liaison, id);
        expect(x.item.state).toBe('handling');
        expect(x.tasks.map((t: { unitId: number; role: string }) => [t.unitId, t.role])).toEqual([
          [u[0].unitId, 'lead'],
          [u[1].unitId, 'co'],
        ]);
        expect(x.item.replyDue).toBeTruthy();
        expect(await eventsOf(d, id, 'assignSuggestion')).toBe(1);
      }
      const [n] = await queryRows<{ n: number }>(
        d.db,
        sql`select count(*)::int as n from outbox where type = 'assignSuggestion' and item_id in (${ids[0]}, ${ids[1]})`,
      );
      expect(n.n).toBe(4);
    });

    it('the leader signs and the office sends many replies from the queue rows; urging reaches every open unit', async () => {
      const ids: number[] = [];
      for (const t of ['关于规范校外培训机构的建议', '关于加强中小学心理健康教育的建议']) {
        const id = await submitAndAssign(dep, liaison, c, t, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
        await contact(u[0].handler, id);
        const r = await u[0].handler.ok('PUT', `/api/items/${id}/reply-draft`, {
          body: '您提出的建议收悉，现答复如下……',
          resultClass: 'A',
          publicity: 'public',
          docNumber: `湘教函〔2025〕${id}号`,
          contactPerson: '李明',
          contactPhone: '0731-88888888',
        });
        await u[0].handler.ok('POST', `/api/items/${id}/replies/${r.id}/submit`, { version: r.version });
        ids.push(id);
      }
      // The office approves both from its queue, then the leader signs both from theirs.
      const toRows = (page: { rows: { id: number; myReply: { id: number; version: number } }[] }) =>
        page.rows.filter((x) => ids.includes(x.id)).map((x) => ({ itemId: x.id, replyId: x.myReply.id, version: x.myReply.version }));
      const approved = await u[0].office.ok('POST', '/api/batch', {
        action: 'approveReply',
        rows: toRows(await u[0].office.ok('GET', '/api/queues/repliesToReview')),
      });
      expect(approved.succeeded).toBe(2);
      // The office may not sign: the whole request is refused before any row runs.
      const leaderRows = toRows(await u[0].leader.ok('GET', '/api/queues/repliesToSign'));
      expect(leaderRows).toHaveLength(2);
      expect((await u[0].office.request('POST', '/api/batch', { action: 'signOffReply', rows: leaderRows })).status).toBe(403);
      expect((await u[0].leader.ok('POST', '/api/batch', { action: 'signOffReply', rows: leaderRows })).succeeded).toBe(2);
      const sent = await u[0].office.ok('POST', '/api/batch', { action: 'sendReply', rows: toRows(await u[0].office.ok('GET', '/api/queues/repliesToSend')) });
      expect(sent.succeeded).toBe(2);
      for (const id of ids) expect((await item(dep, id)).item.state).toBe('replied');

      const open = await submitAndAssign(dep, liaison, c, '关于改善城乡供水设施的建议', 'leadCo', [
        { unitId: u[0].unitId, role: 'lead' },
        { unitId: u[1].unitId, role: 'co' },
      ]);
      const urged = await liaison.ok('POST', '/api/batch', { action: 'urge', rows: [{ itemId: open }, { itemId: ids[0] }], note: '请加快办理进度' });
      expect(urged.results[0]).toEqual({ itemId: open, ok: true });
      expect(urged.results[1]).toMatchObject({ ok: false, code: 'NOT_URGEABLE' }); // replied: nothing to urge
      const [reminders] = await queryRows<{ n: number }>(
        d.db,
        sql`select count(*)::int as n from reminders where kind = 'manual' and item_ids @> ${JSON.stringify([open])}::jsonb`,
      );
      expect(reminders.n).toBe(2);
    });

    it('refuses a bad batch whole, with a Chinese message: nothing selected, an item twice, too many, an unknown action', async () => {
      const x = await submit(dep, c);
      const v = (await item(liaison, x.id)).item.version;
      for (const body of [
        { action: 'accept', rows: [] },
        {
          action: 'accept',
          rows: [
            { itemId: x.id, version: v },
            { itemId: x.id, version: v },
          ],
        },
        { action: 'accept', rows: Array.from({ length: 21 }, (_, i) => ({ itemId: i + 1, version: 1 })) },
        { action: 'delete', rows: [{ itemId: x.id, version: v }] },
      ]) {
        const r = await liaison.request('POST', '/api/batch', body);
        expect(r.status).toBe(400);
        expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      expect((await item(liaison, x.id)).item.state).toBe('submitted');
      // A deputy has no batch action at all.
      expect((await dep.request('POST', '/api/batch', { action: 'accept', rows: [{ itemId: x.id, version: v }] })).status).toBe(403);
    });

    it('exports the selected rows only (导出所选)', async () => {
      const a = (await submit(dep, c, [], '关于发展托育服务的建议')).id;
      const b = (await submit(dep, c, [], '关于完善养老服务体系的建议')).id;
      await submit(dep, c, [], '关于加强食品安全监管的建议');
      const res = await liaison.raw(`/api/ledger/export?ids=${a},${b}&sort=number`);
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(String(ws.getRow(2).getCell(1).value)).toContain('所选 2 件');
      expect(ws.rowCount).toBe(3 + 2);
      expect((await liaison.request('GET', '/api/ledger/export?ids=1,abc')).status).toBe(400);
    });
  });
}
