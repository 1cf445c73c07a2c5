import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, PROPOSAL_IMPORT_COLUMNS } from '../domain/contracts/imports';
import { sessions } from '../server/db/schema';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { createCppcc, type Cppcc } from './helpers/cppcc';
import { DB_KINDS } from './helpers/db';
import { item, submitAndAssign } from './helpers/flow';
import { fileName, proposalSteps, readXlsx, sheetBase64 } from './helpers/proposal-flow';

const HEADERS = PROPOSAL_IMPORT_COLUMNS.map((c) => c.header);
type Row = Record<string, string | undefined>;

/**
 * Excel of CPPCC proposals (issue 14 §6, §8): the proposal committee imports proposals — alone, joint and
 * collective — in the proposal template with its errors by row in Chinese, exports them back in its shape; the
 * ledger export says 类别 (建议/提案) where it holds both streams and speaks each body's words.
 */
describe.each(DB_KINDS)('proposals in Excel on %s', (kind) => {
  let { d, app, c, liaison, gov, dep, u } = {} as CongressSetup;
  useCongress(kind, { gov: true }, (s) => ({ d, app, c, liaison, gov, dep, u } = s));
  let p: Cppcc;
  let office: Client;

  beforeEach(async () => {
    p = await createCppcc(d.db, c);
    office = await Client.login(app, p.users.proposalOffice.username);
  });

  const unit = (i: number) => `省${['教育厅', '财政厅', '交通运输厅', '高级人民法院'][i]}-${c.tag}`;
  const sector = (i: number) => [`中国民主同盟界-${c.tag}`, `教育界-${c.tag}`][i];
  const good = (): Row[] => [
    {
      编号: '2025-0101',
      标题: '关于发展县域职业教育的提案',
      内容: '建议完善产教融合政策。',
      类别: '职业教育',
      第一提案人: '周明远',
      提出时段: '大会期间',
      提出日期: '2025-01-15',
    },
    {
      编号: '2025-0102',
      标题: '关于加强生态环境保护的提案',
      内容: '建议加大湘江保护力度。',
      类别: '生态环境',
      提出方式: '联名',
      第一提案人: '吴丽华',
      联名委员: '郑国栋、孙晓梅',
      提出时段: '大会期间',
      提出日期: '2025-01-16',
      办理方式: '主办会办',
      主办单位: unit(2),
      会办单位: unit(1),
      交办日期: '2025-03-10',
    },
    {
      编号: '2025-0103',
      标题: '关于支持民营企业高质量发展的提案',
      内容: '建议优化营商环境。',
      提出方式: '集体',
      提案单位: `民盟测试省委员会-${c.tag}`,
      提出时段: '闭会期间',
      提出日期: '2025-04-01',
      办理方式: '单独办理',
      主办单位: unit(0),
      交办日期: '2025-04-10',
    },
  ];
  const importRows = async (rows: Row[], headers: readonly string[] = HEADERS, sessionId = p.sessionId) =>
    (await office.post('/api/imports', { filename: '提案清单.xlsx', contentBase64: await sheetBase64('提案清单', headers, rows), sessionId, wait: true })).body;

  it('imports proposals alone, joint and collective from the proposal template; every bad row is named in Chinese and nothing is written', async () => {
    const template = await office.raw(`/api/imports/template.xlsx?sessionId=${p.sessionId}`);
    expect(template.statusCode).toBe(200);
    expect(fileName(template)).toBe('提案导入模板.xlsx');
    const sheets = await readXlsx(template.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual(['提案清单', '选项', '说明']);
    expect(sheets[0].rows[0]).toEqual(HEADERS);
    expect(sheets[0].rows[0]).toEqual(expect.arrayContaining(['第一提案人', '联名委员', '界别', '提出方式', '提案单位']));
    const options = sheets[1].rows;
    expect(options[0]).toEqual(['类别', '委员', '界别', '承办单位', '提案单位']);
    expect(options.flat()).toEqual(expect.arrayContaining(['周明远', sector(1), unit(0), `民盟测试省委员会-${c.tag}`, `教科卫体委员会-${c.tag}`]));
    expect(sheets[2].rows.flat().join('\n')).toContain('政协提案导入模板');

    const done = await importRows(good());
    expect(done).toMatchObject({ state: 'done', imported: 3, errorCount: 0 });
    const list = await office.ok('GET', '/api/items?q=2025-010&pageSize=50');
    const byNumber = new Map<string, number>(list.rows.map((x: { number: string; id: number }) => [x.number, x.id]));
    const alone = await item(office, byNumber.get('2025-0101')!);
    expect(alone.item).toMatchObject({ kind: 'proposal', state: 'accepted', submitterOrgId: null });
    const joint = await item(office, byNumber.get('2025-0102')!);
    expect(joint.item).toMatchObject({ kind: 'proposal', state: 'handling', handlingMode: 'leadCo', replyDue: '2025-06-10' });
    expect(joint.tasks.map((t: { unitId: number; role: string }) => [t.unitId, t.role])).toEqual([
      [u[2].unitId, 'lead'],
      [u[1].unitId, 'co'],
    ]);
    // A collective proposal: the organization submits it, its contact member (周明远) leads it for it.
    const collective = await item(office, byNumber.get('2025-0103')!);
    expect(collective.item).toMatchObject({
      kind: 'proposal',
      state: 'handling',
      submitterOrgId: p.participatingOrganizationIds[0],
      leadDeputyId: p.memberIds[0],
    });
    // The congress's unit sees the proposal it handles.
    expect((await u[0].office.ok('GET', '/api/items?q=民营企业')).total).toBe(1);

    const bad: Row[] = [
      { ...good()[0], 编号: '2025-0101' }, // row 2: the number is taken
      { ...good()[0], 编号: '2025-0201', 第一提案人: '无名氏' }, // row 3: no such member
      { ...good()[1], 编号: '2025-0202', 联名委员: '郑国栋、郑国栋' }, // row 4: a co-signer twice
      { ...good()[2], 编号: '2025-0203', 联名委员: '孙晓梅' }, // row 5: a collective proposal has no co-signers
      { ...good()[2], 编号: '2025-0204', 提案单位: '不存在的党派' }, // row 6: no such organization
      { ...good()[0], 编号: '2025-0205', 提出方式: '联名' }, // row 7: joint without co-signers
      { ...good()[0], 编号: '2025-0206', 第一提案人: undefined }, // row 8: no lead member
      { ...good()[0], 编号: '2025-0207', 界别: '不存在的界别' }, // row 9: no such sector
      { ...good()[1], 编号: '2025-0208', 主办单位: '不存在的厅' }, // row 10: no such unit
      { ...good()[0], 编号: '2025-0209', 提出方式: '代表' }, // row 11: not a way of submitting
    ];
    const failed = await importRows(bad);
    expect(failed.state).toBe('failed');
    const errors = (await office.ok('GET', `/api/imports/${failed.id}`)).errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '编号'],
      [3, '第一提案人'],
      [4, '联名委员'],
      [5, '联名委员'],
      [6, '提案单位'],
      [7, '联名委员'],
      [8, '第一提案人'],
      [9, '界别'],
      [10, '主办单位'],
      [11, '提出方式'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      '第 2 行“编号”：编号 2025-0101 在本届次会议中已存在',
      '第 3 行“第一提案人”：委员“无名氏”不存在',
      '第 4 行“联名委员”：联名委员“郑国栋”重复',
      '第 5 行“联名委员”：集体提案不设联名委员',
      '第 6 行“提案单位”：提案单位“不存在的党派”不存在，应为本届政协的党派、人民团体或专门委员会',
      '第 7 行“联名委员”：联名提案须填写联名委员',
      '第 8 行“第一提案人”：不能为空',
      '第 9 行“界别”：界别“不存在的界别”不存在',
      `第 10 行“主办单位”：承办单位“不存在的厅”不存在或已停用`,
      '第 11 行“提出方式”：“代表”无效，应为“个人”“联名”或“集体”',
    ]);
    // A suggestion list is not a proposal list.
    const wrong = await importRows(
      [{ 编号: 'X-1', 标题: '关于……的建议', 内容: '……', 领衔代表: '张建国', 提出时段: '大会期间', 提出日期: '2025-01-15' }],
      IMPORT_COLUMNS.map((x) => x.header),
    );
    expect((await office.ok('GET', `/api/imports/${wrong.id}`)).errors).toEqual([
      { row: 1, column: '领衔代表', message: '第 1 行表头有“领衔代表”列，这不是政协提案的导入模板，请下载政协提案导入模板填写' },
    ]);
    expect((await office.ok('GET', '/api/items?pageSize=50')).total).toBe(3);
  });

  it('exports the session’s proposals in the template’s shape, and the round trip gives the same rows', async () => {
    await importRows(good());
    const exported = await office.raw(`/api/imports/items.xlsx?sessionId=${p.sessionId}`);
    expect(exported.statusCode).toBe(200);
    expect(fileName(exported)).toMatch(/^政协测试省.+第十三届委员会第三次会议提案清单_/);
    const a = (await readXlsx(exported.rawPayload)).find((s) => s.name === '提案清单')!.rows;
    expect(a[0]).toEqual(HEADERS);
    const at = (h: string) => HEADERS.indexOf(h);
    const row = (n: string) => a.find((r) => r[0] === n)!;
    expect([row('2025-0101')[at('提出方式')], row('2025-0102')[at('提出方式')], row('2025-0103')[at('提出方式')]]).toEqual(['个人', '联名', '集体']);
    expect(row('2025-0103')[at('提案单位')]).toBe(`民盟测试省委员会-${c.tag}`);
    expect(row('2025-0102')[at('联名委员')]).toBe('郑国栋、孙晓梅');
    const [other] = await d.db
      .insert(sessions)
      .values({ congressId: p.cppccId, name: '十三届四次会议', code: `13-4-${c.tag}`, year: 2025 })
      .returning();
    const again = await office.post('/api/imports', {
      filename: 'round.xlsx',
      contentBase64: exported.rawPayload.toString('base64'),
      sessionId: other.id,
      wait: true,
    });
    expect(again.body).toMatchObject({ state: 'done', imported: 3 });
    const b = (await readXlsx((await office.raw(`/api/imports/items.xlsx?sessionId=${other.id}`)).rawPayload)).find((s) => s.name === '提案清单')!.rows;
    expect(b).toEqual(a);
  });

  it('the ledger export: 类别 (建议/提案) for the government office’s both streams; 提案, 第一提案人 and 界别 for the proposal committee', async () => {
    const steps = proposalSteps(office, p);
    const member = await Client.login(app, p.users.members[0].username);
    await steps.assigned(member, '关于发展县域职业教育的提案', u[0].unitId);
    await submitAndAssign(dep, liaison, c, '关于乡村学校校车的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const sheet = async (who: Client, q = '') => {
      const res = await who.raw(`/api/ledger/export?columns=number,title,leadDeputy,delegation,category${q}`);
      expect(res.statusCode).toBe(200);
      const rows = (await readXlsx(res.rawPayload))[0].rows;
      return { name: fileName(res), title: rows[0][0], headers: rows[2], data: rows.slice(3) };
    };
    const both = await sheet(gov);
    expect(both.title).toBe('建议提案办理台账');
    expect(both.headers).toEqual(['编号', '类别', '标题', '领衔代表（第一提案人）', '代表团（界别）', '分类']);
    const kinds = new Map(both.data.map((r) => [r[2], r[1]]));
    expect(kinds.get('关于发展县域职业教育的提案')).toBe('提案');
    expect(kinds.get('关于乡村学校校车的建议')).toBe('建议');
    expect(both.data.find((r) => r[1] === '提案')!.slice(3, 5)).toEqual(['周明远', sector(0)]);
    // A unit handles both streams too.
    expect((await sheet(u[0].office)).headers).toEqual(['编号', '类别', '标题', '领衔代表（第一提案人）', '代表团（界别）', '分类']);

    const proposals = await sheet(office);
    expect(proposals.name).toMatch(/^提案办理台账_/);
    expect(proposals.headers).toEqual(['编号', '标题', '第一提案人', '界别', '类别']);
    expect(proposals.data.map((r) => r[1])).toEqual(['关于发展县域职业教育的提案']);
    expect((await sheet(member)).title).toBe('我的提案');
    const suggestions = await sheet(liaison);
    expect(suggestions.title).toBe('建议办理台账');
    expect(suggestions.headers).toEqual(['编号', '标题', '领衔代表', '代表团', '类别']);
  });
});
