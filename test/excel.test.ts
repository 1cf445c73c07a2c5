import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_COLUMNS } from '../domain/contracts/imports';
import type { Database } from '../server/db/client';
import { sessions } from '../server/db/schema';
import { importCommand } from '../server/usecases/imports/import-cli';
import { Client, loginUnit } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, item, submit } from './helpers/flow';

type Row = Record<string, string | Date | number | undefined>;

/** A workbook as the liaison office fills it: row 1 the headers, then the rows (by Chinese header). */
export async function workbook(rows: Row[], headers: string[] = IMPORT_COLUMNS.map((c) => c.header)): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('建议清单');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function parse(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as text arrays (1-based columns dropped). */
export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    out.push(
      (row.values as ExcelJS.CellValue[])
        .slice(1)
        .map((v) =>
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : v === null || v === undefined
              ? ''
              : typeof v === 'object' && 'richText' in v
                ? v.richText.map((t) => t.text).join('')
                : String(v),
        ),
    ),
  );
  return out;
}

export async function itemCount(d: Database, congressId: number): Promise<number> {
  const r = (await d.db.execute(`select count(*)::int as n from items where congress_id = ${congressId}` as never)) as unknown as { rows: { n: number }[] };
  return r.rows[0].n;
}

describe.each(DB_KINDS)('Excel import and export on %s', (kind) => {
  let { d, app, c, liaison } = {} as CongressSetup;
  useCongress(kind, { deputies: 0, units: 0 }, (s) => ({ d, app, c, liaison } = s));
  const unit = (i: number) => `省${['教育厅', '财政厅', '交通运输厅', '高级人民法院'][i]}-${c.tag}`;
  const delegation = (i: number) => `${['长沙市', '株洲市'][i]}代表团-${c.tag}`;
  const good = (): Row[] => [
    {
      编号: '2025-0101',
      标题: '关于加强乡村学校师资的建议',
      内容: '建议增加乡村教师编制。',
      类别: '基础教育',
      领衔代表: '张建国',
      附议代表: '李秀英、王志强',
      代表团: delegation(0),
      提出时段: '大会期间',
      提出日期: new Date('2025-01-15T00:00:00Z'),
    },
    {
      编号: '2025-0102',
      标题: '关于改善城乡公交的建议',
      内容: '建议加密班次。',
      类别: '交通',
      领衔代表: '刘海燕',
      提出时段: '闭会期间',
      提出日期: '2025/3/2',
      办理方式: '主办会办',
      主办单位: unit(2),
      会办单位: `${unit(1)}、${unit(0)}`,
      交办日期: '2025-03-10',
    },
    {
      编号: '2025-0103',
      标题: '关于司法公开的建议',
      内容: '建议公开庭审。',
      领衔代表: '陈立新',
      提出时段: '大会期间',
      提出日期: '2025年1月20日',
      办理方式: '单独办理',
      主办单位: unit(3),
      交办日期: new Date('2025-02-12T00:00:00Z'),
    },
  ];

  it('downloads the template: headers in Chinese, 说明 for every column, drop-down lists', async () => {
    const res = await liaison.raw('/api/imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await parse(res.rawPayload);
    const [data, , help] = [wb.getWorksheet('建议清单')!, wb.getWorksheet('选项')!, wb.getWorksheet('说明')!];
    expect(sheetRows(data)[0]).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    const helpText = sheetRows(help)
      .map((r) => r.join(' '))
      .join('\n');
    for (const col of IMPORT_COLUMNS) expect(helpText).toContain(col.header);
    expect(helpText).toContain('大会期间');
    expect(sheetRows(wb.getWorksheet('选项')!).flat()).toContain(unit(0));
    const dv = (data as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(dv).some((v) => v.type === 'list' && v.formulae[0].includes('大会期间'))).toBe(true);
    // The template itself imports as "no data rows".
    const r = await liaison.post('/api/imports', { filename: 'template.xlsx', contentBase64: res.rawPayload.toString('base64'), wait: true });
    expect(r.body).toMatchObject({ state: 'failed', errors: [{ message: '文件中没有数据行' }] });
    // Only the liaison office imports.
    const unitOffice = await Client.login(app, c.users.units[0].office.username);
    expect((await unitOffice.raw('/api/imports/template.xlsx')).statusCode).toBe(403);
  });

  it('imports good rows: accepted items, assigned ones with tasks, deadlines and history', async () => {
    const before = await itemCount(d, c.congressId);
    const r = await liaison.post('/api/imports', { filename: '建议清单.xlsx', contentBase64: await workbook(good()), wait: true });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ state: 'done', total: 3, processed: 3, imported: 3, errorCount: 0 });
    expect(await itemCount(d, c.congressId)).toBe(before + 3);
    const list = await liaison.ok('GET', '/api/items?q=2025-010&pageSize=50');
    const byNumber = new Map<string, { id: number; state: string }>(list.rows.map((x: { number: string; id: number; state: string }) => [x.number, x]));
    const first = await liaison.ok('GET', `/api/items/${byNumber.get('2025-0101')!.id}`);
    expect(first.item).toMatchObject({ title: '关于加强乡村学校师资的建议', state: 'accepted', period: 'plenary' });
    const second = await liaison.ok('GET', `/api/items/${byNumber.get('2025-0102')!.id}`);
    expect(second.item).toMatchObject({ state: 'handling', handlingMode: 'leadCo', assignedOn: '2025-03-10', replyDue: '2025-06-10' });
    const third = await liaison.ok('GET', `/api/items/${byNumber.get('2025-0103')!.id}`);
    expect(third.item).toMatchObject({ state: 'handling', handlingMode: 'single', assignedOn: '2025-02-12', replyDue: '2025-05-12' });
    const dl = (await d.db.execute(
      `select kind, due_date::text as due from deadlines where item_id = ${byNumber.get('2025-0102')!.id} order by kind, due_date` as never,
    )) as unknown as { rows: { kind: string; due: string }[] };
    expect(dl.rows.map((x) => x.kind)).toEqual(expect.arrayContaining(['adjustmentWindow', 'coOpinion', 'reply']));
    expect(dl.rows.find((x) => x.kind === 'coOpinion')!.due).toBe('2025-05-10');
    const ev = (await d.db.execute(`select type, payload from item_events where item_id = ${byNumber.get('2025-0102')!.id}` as never)) as unknown as {
      rows: { type: string; payload: { batchId: number; row: number } }[];
    };
    expect(ev.rows).toEqual([{ type: 'importItem', payload: expect.objectContaining({ batchId: r.body.id, row: 3, mode: 'leadCo' }) }]);
    const tasks = (await d.db.execute(
      `select unit_id, role, state, due_date::text as due from tasks where item_id = ${byNumber.get('2025-0102')!.id} order by role desc` as never,
    )) as unknown as { rows: { role: string; state: string; due: string }[] };
    expect(tasks.rows.map((t) => [t.role, t.state])).toEqual([
      ['lead', 'assigned'],
      ['co', 'assigned'],
      ['co', 'assigned'],
    ]);
    // The units see their new items.
    const u2 = await Client.login(app, c.users.units[2].office.username);
    expect((await u2.ok('GET', '/api/items?q=公交')).total).toBe(1);
    // The batch is listed; the next submission numbers after the imported ones.
    expect((await liaison.ok('GET', '/api/imports'))[0]).toMatchObject({ id: r.body.id, state: 'done', imported: 3 });
    const dep = await Client.login(app, c.users.deputies[0].username);
    const next = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title: '又一件建议', body: '内容', period: 'interim', cosignerDeputyIds: [] });
    expect(next.number).toBe('2025-0104');
  });

  it('rejects a malformed file whole, with a Chinese message per bad row, and writes nothing', async () => {
    await liaison.post('/api/imports', { filename: 'a.xlsx', contentBase64: await workbook([good()[0]]), wait: true });
    const before = await itemCount(d, c.congressId);
    const rows = [
      ...good().slice(1),
      { ...good()[0], 编号: '2025-0101' }, // row 5: already in the session
      { ...good()[0], 编号: '2025-0201', 提出日期: '2025-13-45' }, // row 5: bad date
      { ...good()[1], 编号: '2025-0202', 主办单位: '不存在的厅' }, // row 6: unknown unit
      { ...good()[2], 编号: '2025-0102' }, // row 7: repeats row 2
      { ...good()[2], 编号: '2025-0203', 标题: '' }, // row 8: missing title
      { ...good()[0], 编号: '2025-0204', 类别: '不存在的类别', 领衔代表: '无名氏' }, // row 9: unknown category and deputy
    ];
    const r = await liaison.post('/api/imports', { filename: 'bad.xlsx', contentBase64: await workbook(rows), wait: true });
    expect(r.body.state).toBe('failed');
    const errors = (await liaison.ok('GET', `/api/imports/${r.body.id}`)).errors as { row: number; column?: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, '编号'],
      [5, '提出日期'],
      [6, '主办单位'],
      [7, '编号'],
      [8, '标题'],
      [9, '类别'],
      [9, '领衔代表'],
    ]);
    expect(errors[0].message).toBe('第 4 行“编号”：编号 2025-0101 在本届次会议中已存在');
    expect(errors[1].message).toContain('不是有效日期');
    expect(errors[2].message).toContain('承办单位“不存在的厅”不存在');
    expect(errors[3].message).toContain('与第 2 行重复');
    expect(errors[4].message).toBe('第 8 行“标题”：不能为空');
    expect(await itemCount(d, c.congressId)).toBe(before);

    // A missing column is reported once, from the header row.
    const noTitle = await liaison.post('/api/imports', {
      filename: 'c.xlsx',
      contentBase64: await workbook(
        good(),
        IMPORT_COLUMNS.map((x) => x.header).filter((h) => h !== '提出日期'),
      ),
      wait: true,
    });
    expect(noTitle.body.state).toBe('failed');
    expect((await liaison.ok('GET', `/api/imports/${noTitle.body.id}`)).errors).toEqual([
      { row: 1, column: '提出日期', message: '第 1 行表头缺少必填列“提出日期”' },
    ]);
    // Not a workbook at all.
    const junk = await liaison.post('/api/imports', { filename: 'd.xlsx', contentBase64: Buffer.from('hello').toString('base64'), wait: true });
    expect(junk.body).toMatchObject({ state: 'failed', errorCount: 1 });
    expect(await itemCount(d, c.congressId)).toBe(before);
  });

  it('export in the template shape → import into another session gives the same items', async () => {
    await liaison.post('/api/imports', { filename: 'a.xlsx', contentBase64: await workbook(good()), wait: true });
    const exported = await liaison.raw(`/api/imports/items.xlsx?sessionId=${c.sessionId}`);
    expect(exported.statusCode).toBe(200);
    const [other] = await d.db.insert(sessions).values({ congressId: c.congressId, name: '十四届人大四次会议', code: `14-4`, year: 2025 }).returning();
    const r = await liaison.post('/api/imports', {
      filename: 'round.xlsx',
      contentBase64: exported.rawPayload.toString('base64'),
      sessionId: other.id,
      wait: true,
    });
    expect(r.body).toMatchObject({ state: 'done', imported: 3 });
    const again = await liaison.raw(`/api/imports/items.xlsx?sessionId=${other.id}`);
    const a = sheetRows((await parse(exported.rawPayload)).getWorksheet('建议清单')!);
    const b = sheetRows((await parse(again.rawPayload)).getWorksheet('建议清单')!);
    expect(b).toEqual(a);
    expect(a).toHaveLength(4);
    expect(a[2]).toEqual(
      expect.arrayContaining(['2025-0102', '交通', '刘海燕', '闭会期间', '2025-03-02', '主办会办', unit(2), `${unit(1)}、${unit(0)}`, '2025-03-10']),
    );
  });

  it('imports 10,000 generated rows in one batch', { timeout: 240_000 }, async () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
      编号: `G-${String(i + 1).padStart(5, '0')}`,
      标题: `关于第 ${i + 1} 项民生事项的建议`,
      内容: '建议有关部门加大工作力度，切实解决群众关心的问题。'.repeat(4),
      类别: i % 2 ? '交通' : '基础教育',
      领衔代表: ['张建国', '李秀英', '王志强', '刘海燕', '陈立新', '杨春梅'][i % 6],
      附议代表: i % 3 ? undefined : '杨春梅',
      提出时段: i % 4 ? '大会期间' : '闭会期间',
      提出日期: new Date('2025-01-15T00:00:00Z'),
      ...(i % 2
        ? {
            办理方式: i % 4 === 1 ? '单独办理' : '主办会办',
            主办单位: unit(i % 3),
            会办单位: i % 4 === 1 ? undefined : unit(3),
            交办日期: new Date('2025-02-12T00:00:00Z'),
          }
        : {}),
    })).map((r, i) => (i % 3 === 0 && r.领衔代表 === '杨春梅' ? { ...r, 附议代表: '张建国' } : r));
    const before = await itemCount(d, c.congressId);
    const content = await workbook(rows);
    const t = Date.now();
    const r = await liaison.post('/api/imports', { filename: 'big.xlsx', contentBase64: content });
    expect(r.body.state).toBe('running');
    const seen = new Set<number>();
    let b = r.body;
    while (b.state === 'running') {
      seen.add(b.processed);
      await new Promise((ok) => setTimeout(ok, 100));
      b = await liaison.ok('GET', `/api/imports/${r.body.id}`);
    }
    const ms = Date.now() - t;
    console.log(`[bench] 10,000-row import on ${kind}: ${(ms / 1000).toFixed(1)} s (polled progress values: ${[...seen].sort((x, y) => x - y).join(', ')})`);
    expect(b).toMatchObject({ state: 'done', total: 10_000, processed: 10_000, imported: 10_000 });
    expect(await itemCount(d, c.congressId)).toBe(before + 10_000);
    const dl = (await d.db.execute(
      `select count(distinct d.item_id)::int as n from deadlines d join items i on i.id = d.item_id where i.import_batch_id = ${r.body.id}` as never,
    )) as unknown as { rows: { n: number }[] };
    expect(dl.rows[0].n).toBe(5_000);
  });
  it('ledgers, statistics and the standard forms download as .xlsx with their headers and rows', { timeout: 120_000 }, async () => {
    const dep = await Client.login(app, c.users.deputies[0].username);
    const u0 = await loginUnit(app, c.users.units[0]);
    const x = await submit(dep, c, [], '关于乡村学校校车的建议');
    await accept(liaison, x.id);
    await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }], { assignedOn: '2025-03-03' });
    let t = (await item(u0.office, x.id)).tasks[0];
    await u0.office.ok('PUT', `/api/items/${x.id}/responsibility`, {
      taskVersion: t.version,
      divisionId: c.divisionIds.get(c.unitIds[0])![0],
      handlerName: '李明',
      responsibleLeader: '王副厅长',
    });
    t = (await item(u0.office, x.id)).tasks[0];
    await u0.office.ok('PUT', `/api/items/${x.id}/key-item`, { taskVersion: t.version, isKeyItem: true });
    await contact(u0.handler, x.id, 'visit', '2025-03-10');
    const r = await submit(dep, c, [], '关于图书馆开放时间的建议');
    await liaison.ok('POST', `/api/items/${r.id}/review`, {
      decision: 'reference',
      version: (await item(liaison, r.id)).item.version,
      reason: '供参考',
      unitId: c.unitIds[0],
    });
    await contact(u0.office, r.id, 'phone', '2025-04-01');

    const table = async (client: Client, url: string) => {
      const res = await client.raw(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = await parse(res.rawPayload);
      return wb.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) }));
    };
    const form = async (client: Client, f: string, q = '') => (await table(client, `/api/forms/${f}?sessionId=${c.sessionId}${q}`))[0].rows;

    const breakdown = await form(u0.office, 'responsibility');
    expect(breakdown[0][0]).toContain('办理责任分解表');
    expect(breakdown[2]).toEqual(['序号', '建议编号', '建议标题', '领衔代表', '承办方式', '承办处室', '承办人', '责任领导', '办理期限', '分解时间']);
    expect(breakdown[3].slice(0, 8)).toEqual(['1', x.number, '关于乡村学校校车的建议', '张建国', '主办', `${unit(0)}基础教育处`, '李明', '王副厅长']);
    expect(breakdown[3][8]).toBe('2025-06-03');

    const key = await form(liaison, 'keyItems');
    expect(key[2].slice(0, 4)).toEqual(['序号', '承办单位', '建议编号', '建议标题']);
    expect(key.slice(3).filter((row) => row[2] === x.number)).toHaveLength(1);

    const card = await form(u0.office, 'visitCard');
    expect(card[2]).toEqual(expect.arrayContaining(['代表姓名', '走访时间', '走访方式', '沟通情况', '代表意见', '代表签字']));
    expect(card[3].slice(0, 7)).toEqual([x.number, '关于乡村学校校车的建议', unit(0), '张建国', delegation(0), '2025-03-10', '走访/登门']);
    // For one item not yet visited: a blank card per item and unit to take along.
    const blank = await form(liaison, 'visitCard', `&itemId=${x.id}`);
    expect(blank.length).toBeGreaterThanOrEqual(4);

    const reference = await form(liaison, 'referenceContacts');
    expect(reference[2][0]).toBe('承办单位');
    expect(reference[3].slice(0, 3)).toEqual([unit(0), r.number, '关于图书馆开放时间的建议']);
    expect(reference[3][6]).toBe('电话');

    const look = await form(liaison, 'lookBack', '&year=2026');
    expect(look[0][0]).toContain('回头看');
    expect(look[2]).toEqual(expect.arrayContaining(['建议编号', '答复类别', '复查结论']));

    // A unit sees only its own rows; another unit's breakdown is empty.
    const u1 = await loginUnit(app, c.users.units[1]);
    expect((await form(u1.office, 'responsibility')).slice(3).filter((row) => row[1] === x.number)).toEqual([]);
    expect((await u1.office.raw('/api/forms/nonsense')).statusCode).toBe(400);
    expect((await dep.raw('/api/forms/visitCard')).statusCode).toBe(403);

    const deadlines = await table(u0.office, `/api/deadlines/export.xlsx?sessionId=${c.sessionId}`);
    expect(deadlines.map((s) => s.name)).toEqual(['期限台账', '各单位亮灯']);
    expect(deadlines[0].rows[2]).toEqual(['编号', '标题', '承办单位', '承办方式', '期限类别', '承诺事项', '到期日', '剩余天数', '红黄绿灯']);
    expect(deadlines[0].rows.slice(3).map((row) => [row[0], row[4]])).toEqual([[x.number, '答复']]);
    expect(deadlines[0].rows[3][6]).toBe('2025-06-03');
    expect(deadlines[1].rows.find((row) => row[0] === unit(0))).toBeTruthy();

    const commitments = await table(liaison, '/api/commitments/export.xlsx?state=open');
    expect(commitments[0].rows[2].slice(0, 5)).toEqual(['编号', '标题', '承办单位', '承诺事项', '承诺完成时间']);

    const stats = await table(liaison, `/api/statistics/units/export.xlsx?sessionId=${c.sessionId}`);
    expect(stats[0].rows[2]).toEqual(['承办单位', '主办件数', '主办件数'.replace('主办', '会办'), '已完成', '完成率', '逾期']);
    expect(stats[0].rows.at(-1)![0]).toBe('合计');
    expect(stats[0].rows.find((row) => row[0] === unit(0))?.[1]).toBe('1');
  });
  it('CLI: import <file> --session prints progress and every row error, exit code 1 on failure and 0 when done', async () => {
    const file = (name: string, b64: string) => {
      const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianyi-import-')), name);
      fs.writeFileSync(f, Buffer.from(b64, 'base64'));
      return f;
    };
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
    const err = vi.spyOn(console, 'error').mockImplementation((m: string) => void out.push(m));
    try {
      const bad = file('bad.xlsx', await workbook([good()[0], { ...good()[1], 提出日期: '昨天' }]));
      expect(await importCommand(d.db, ['import', bad, '--session', '14-3', '--user', c.users.liaison.username])).toBe(1);
      expect(out.join('\n')).toContain('导入失败，未写入任何数据（1 处错误）');
      expect(out.join('\n')).toContain('第 3 行“提出日期”：“昨天”不是有效日期');
      out.length = 0;
      const ok = file('ok.xlsx', await workbook(good()));
      expect(await importCommand(d.db, ['import', ok, '--session', '14-3', '--user', c.users.liaison.username])).toBe(0);
      expect(out.join('\n')).toContain('已校验 3/3 行');
      expect(out.join('\n')).toContain('导入完成：3 件建议');
      expect(await importCommand(d.db, ['import', ok, '--session', 'nope', '--user', c.users.liaison.username])).toBe(2);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });
});
