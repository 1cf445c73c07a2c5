import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayText } from '../domain/reports/report-text';
import { todayInShanghai } from '../domain/deadlines';
import { readFile } from 'node:fs/promises';
import { chineseDate } from '../server/documents/gbt9704';
import { reportCommand } from '../server/documents/report-cli';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import type { Database } from '../server/db/client';
import { GBT9704_PAGE, readDocx } from './helpers/docx';
import { accept, assign, contact, draftAndSign, item, send, submit } from './helpers/flow';

/** R-STAT-3 reports as .docx through HTTP: figures computed, sections edited (versioned), every kind and scope. */
describe.each(DB_KINDS)('reports on %s', (kind) => {
  let { d, app, c, liaison, supervisor, u } = {} as CongressSetup;
  const ids: number[] = [];
  const base = () => `kind=handlingReport&sessionId=${c.sessionId}`;
  useCongress(kind, { once: true, deputies: 0, supervisor: true }, (s) => ({ d, app, c, liaison, supervisor, u } = s));
  beforeAll(async () => {
    // Three suggestions: A and B by 省教育厅, C by 省财政厅; two satisfied, one basically satisfied.
    const plan: [number, 'A' | 'B' | 'C', string][] = [
      [0, 'A', 'satisfied'],
      [0, 'B', 'satisfied'],
      [1, 'C', 'basicallySatisfied'],
    ];
    for (const [i, [unit, cls, result]] of plan.entries()) {
      const deputy = await Client.login(app, c.users.deputies[i].username);
      const x = await submit(deputy, c, [], `关于改善农村交通条件的建议${i + 1}`);
      ids.push(x.id);
      await accept(liaison, x.id);
      await assign(liaison, x.id, 'single', [{ unitId: u[unit].unitId, role: 'lead' }]);
      if (i === 0) {
        await liaison.ok('POST', `/api/items/${x.id}/key-supervision`, { kind: 'leaderLed', leaders: ['王副省长'] });
        await liaison.ok('POST', `/api/items/${x.id}/supervision-activities`, {
          kind: 'siteVisit',
          heldOn: '2025-04-01',
          participants: '王副省长',
          notes: '实地视察',
        });
      }
      await contact(u[unit].handler, x.id);
      const signed = await draftAndSign(u[unit], x.id, cls, cls === 'B' ? { commitments: [{ content: '列入明年计划', targetDate: '2026-12-31' }] } : {});
      expect((await send(u[unit].office, x.id, signed)).status).toBe(200);
      await deputy.ok('POST', `/api/items/${x.id}/evaluations`, { result });
    }
  });

  it('computes the basic situation and prefills the sections; the offices and supervisors read it, units do not', async () => {
    const r = await liaison.ok('GET', `/api/reports/draft?${base()}`);
    expect(r.draft).toBeNull();
    expect(r.basicSituation).toContain('共有代表建议3件，已答复3件，答复率100%');
    expect(r.basicSituation).toContain('（A类件）有1件，占总数的33.34%');
    expect(r.basicSituation).toContain('（B类件）有1件，占总数的33.33%');
    expect(r.basicSituation).toContain('代表表示满意的2件，占66.67%，表示基本满意的1件，占33.33%');
    expect(r.basicSituation).toContain('沟通联系3人次，沟通联系率100%；共有2个承办单位参与办理');
    // What published reports state beside (issue 17 §3): received and registered, 交办率, closed, the lead units, the dates.
    expect(r.basicSituation.startsWith(`${r.sessionFullName}共有代表建议3件，已答复3件，答复率100%，已全部办结，办结率100%。`)).toBe(true);
    expect(r.basicSituation).toContain('从受理情况看，共收到代表建议3件，经审查全部立案；立案建议已全部交有关单位办理，交办率100%。');
    expect(r.basicSituation).toContain('共有2个承办单位参与办理，其中主办单位2个。');
    expect(r.basicSituation).toContain(
      `所有建议已于${dayText(todayInShanghai())}前全部答复代表，代表评价期将于${dayText(r.statistics.dates.evaluationWindowEnds)}截止。`,
    );
    expect(r.basicSituation).not.toContain('从承办单位看'); // every unit is the government's
    expect(r.basicSituation).not.toContain('从内容看'); // one category
    expect(r.basicSituation).not.toContain('初次办理满意率'); // nothing re-handled
    expect(r.sections.measures).toContain('重点督办建议1件，已答复1件，开展督办活动1次');
    expect(r.sections.nextSteps).toContain('承诺事项1项');
    expect((await supervisor.get(`/api/reports/draft?${base()}`)).status).toBe(200);
    expect((await u[0].office.get(`/api/reports/draft?${base()}`)).status).toBe(403);
    expect((await liaison.get(`/api/reports/draft?${base()}&scope=unit:999999`)).status).toBe(404);
  });

  it('splits the items by route and by category when they are spread (issue 17 §3), in the text and the .docx', async () => {
    const [cat] = await rowsOf<{ id: number; old: number }>(
      d,
      sql`select c.id, i.category_id as old from items i join categories c on c.congress_id = i.congress_id and c.name = '交通' where i.id = ${ids[2]}`,
    );
    await d.db.execute(sql`update organizations set is_government = false where id = ${u[1].unitId}`);
    await d.db.execute(sql`update items set category_id = ${cat.id} where id = ${ids[2]}`);
    try {
      const r = await liaison.ok('GET', `/api/reports/draft?${base()}`);
      const routing = '从承办单位看，交办的代表建议中由政府系统办理2件，占66.67%；由法院、检察院及其他单位办理1件，占33.33%。';
      const categories = '从内容看，教育类2件，占66.67%；交通类1件，占33.33%。';
      expect(r.basicSituation).toContain(routing);
      expect(r.basicSituation).toContain(categories);
      const doc = await readDocx((await liaison.raw(`/api/reports/document.docx?${base()}`)).rawPayload);
      const basic = doc.texts[doc.texts.indexOf('一、基本情况') + 1];
      expect(basic).toContain(routing);
      expect(basic).toContain(categories);
      expect(basic).toContain('交办率100%');
    } finally {
      await d.db.execute(sql`update organizations set is_government = true where id = ${u[1].unitId}`);
      await d.db.execute(sql`update items set category_id = ${cat.old} where id = ${ids[2]}`);
    }
  });

  it('saves the sections with a version: a stale save is refused with 409; supervisors may not save', async () => {
    const body = {
      kind: 'handlingReport',
      sessionId: c.sessionId,
      scope: 'all',
      sections: { measures: '（一）明责任，在办理流程上下功夫。全面落实三级责任制。', problems: '个别单位答复质量不高。', nextSteps: '持续跟踪B类件。' },
    };
    const first = await liaison.ok('PUT', '/api/reports/draft', body);
    expect(first.version).toBe(1);
    expect((await liaison.put('/api/reports/draft', body)).status).toBe(409); // a second "first" save
    const second = await liaison.ok('PUT', '/api/reports/draft', { ...body, version: 1, title: '关于代表建议办理情况的报告' });
    expect(second.version).toBe(2);
    const stale = await liaison.put('/api/reports/draft', { ...body, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await supervisor.put('/api/reports/draft', { ...body, version: 2 })).status).toBe(403);
    const r = await liaison.ok('GET', `/api/reports/draft?${base()}`);
    expect(r.draft.version).toBe(2);
    expect(r.title).toBe('关于代表建议办理情况的报告');
    expect(r.sections.problems).toBe('个别单位答复质量不高。');
  });

  it('the annual handling report .docx has the structure of seed 001 with the figures in 一、基本情况', async () => {
    const res = await supervisor.raw(`/api/reports/document.docx?${base()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const doc = await readDocx(res.rawPayload);
    expect(doc.page).toEqual(GBT9704_PAGE);
    expect(doc.texts[0]).toBe('关于代表建议办理情况的报告');
    expect(doc.paragraphs[0].xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(doc.texts).toContain('各位代表：');
    const headings = doc.texts.filter((t) => /^[一二三四]、/.test(t));
    expect(headings).toEqual(['一、基本情况', '二、主要做法及成效', '三、存在的问题', '四、下一步工作']);
    expect(doc.find('一、基本情况')!.xml).toContain('w:eastAsia="黑体"');
    const basic = doc.texts[doc.texts.indexOf('一、基本情况') + 1];
    expect(basic).toContain('占总数的33.34%');
    expect(basic).toContain('占66.67%');
    expect(doc.find('（一）明责任，在办理流程上下功夫。')!.xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(doc.texts).toContain('个别单位答复质量不高。');
    expect(doc.texts).toContain(chineseDate(todayInShanghai()));
    expect(doc.fontTable).toContain('w:name="仿宋_GB2312"');
  });

  it('takes any scope: a unit, a category, a delegation', async () => {
    const unit = await liaison.ok('GET', `/api/reports/draft?${base()}&scope=unit:${u[0].unitId}`);
    expect(unit.basicSituation).toContain('交由');
    expect(unit.basicSituation).toContain('共有代表建议2件');
    expect(unit.sections.issuer).toBe(unit.scopeLabel);
    // The office's intake, 交办率 and lead units are not a unit's figures.
    for (const whole of ['共收到', '交办率', '主办单位']) expect(unit.basicSituation).not.toContain(whole);
    expect(unit.basicSituation).toContain('已全部办结，办结率100%');
    for (const scope of [`category:${c.categoryIds[0]}`, `delegation:${(await item(liaison, ids[0])).item.delegationId}`]) {
      const res = await liaison.raw(`/api/reports/document.docx?${base()}&scope=${scope}`);
      expect(res.statusCode).toBe(200);
    }
  });

  it('a unit analysis is required from 20 items: below it is refused unless forced (R-STAT-3)', async () => {
    const q = `kind=unitAnalysis&sessionId=${c.sessionId}&scope=unit:${u[0].unitId}`;
    const refused = await liaison.raw(`/api/reports/document.docx?${q}`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'UNIT_ANALYSIS_NOT_REQUIRED', details: { items: 2, minItems: 20 } });
    const forced = await liaison.raw(`/api/reports/document.docx?${q}&force=true`);
    expect(forced.statusCode).toBe(200);
    const doc = await readDocx(forced.rawPayload);
    expect(doc.texts[0]).toContain('综合分析报告');
    expect(doc.texts).toContain('主要指标');
    expect(doc.texts).toContain('1（50.00%）');
    // Each class of the rules profile (no D under A/B/C), closed and the closing rate, first-round satisfaction.
    for (const label of ['A类（件，占比）', 'B类（件，占比）', 'C类（件，占比）', '办结率', '初次办理满意率']) expect(doc.texts).toContain(label);
    expect(doc.texts.some((t) => t.startsWith('D类'))).toBe(false);
    expect((await liaison.get(`/api/reports/draft?kind=unitAnalysis&sessionId=${c.sessionId}`)).status).toBe(422);
    const scopes = await liaison.ok('GET', `/api/reports/scopes?sessionId=${c.sessionId}`);
    expect(scopes.units.find((x: { id: number }) => x.id === u[0].unitId)).toMatchObject({ items: 2, analysisRequired: false });
  });

  it('the key-items report lists the key-supervised items with their supervision; a bulletin downloads as .docx', async () => {
    const res = await liaison.raw(`/api/reports/document.docx?kind=keyItemsReport&sessionId=${c.sessionId}`);
    expect(res.statusCode).toBe(200);
    const doc = await readDocx(res.rawPayload);
    expect(doc.find('共确定重点督办建议1件，其中领导领衔督办1件')).toBeTruthy();
    expect(doc.find('（一）加强督办。')).toBeTruthy(); // the prefill, printed
    expect(doc.texts.some((t) => t.includes('（请补充'))).toBe(false); // its prompts are not
    const number = (await item(liaison, ids[0])).item.number;
    expect(doc.texts).toContain(number);
    expect(doc.texts).toContain('领导领衔督办、王副省长');
    expect(doc.texts.some((t) => t.endsWith('（A类）'))).toBe(true); // the class as the rules profile names it
    const b = await liaison.ok('POST', '/api/bulletins', { sessionId: c.sessionId });
    const bres = await supervisor.raw(`/api/reports/bulletins/${b.id}/document.docx`);
    expect(bres.statusCode).toBe(200);
    const bdoc = await readDocx(bres.rawPayload);
    expect(bdoc.texts[0]).toContain('办理进度通报');
    expect(bdoc.texts).toContain('各承办单位：');
    expect(bdoc.find('个承办单位共承担主办（单办、分办）任务3件，已答复3件')).toBeTruthy();
    expect(bdoc.page).toEqual(GBT9704_PAGE);
  });

  it('the CLI writes a report by session id or code (npm run cli -- report …)', async () => {
    const out = `/tmp/jianyi-report-${kind}-${c.tag}.docx`;
    const logs: string[] = [];
    const log = { log: (m: string) => void logs.push(m), error: (m: string) => void logs.push(m) };
    expect(await reportCommand(d.db, ['report', String(c.sessionId), '--kind', 'keyItemsReport', '--out', out], log)).toBe(0);
    const doc = await readDocx(await readFile(out));
    expect(doc.texts[0]).toContain('重点督办建议办理情况');
    expect(await reportCommand(d.db, ['report', String(c.sessionId), '--kind', 'nonsense', '--out', out], log)).toBe(2);
    expect(await reportCommand(d.db, ['report', String(c.sessionId)], log)).toBe(2);
    await expect(
      reportCommand(d.db, ['report', String(c.sessionId), '--kind', 'unitAnalysis', '--scope', `unit:${u[0].unitId}`, '--out', out], log),
    ).rejects.toThrow('不足20件');
  });
});

async function rowsOf<T>(d: Database, q: ReturnType<typeof sql>): Promise<T[]> {
  const rows = await d.db.execute(q);
  return (Array.isArray(rows) ? rows : (rows as { rows: T[] }).rows) as T[];
}
