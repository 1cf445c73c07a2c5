import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../domain/deadlines';
import { describeError, ERRORS, FORBIDDEN_REASONS, type ErrorCode } from '../domain/error-codes';
import { JOBS } from '../server/jobs/registry';
import { MESSAGE_TYPE_LABELS, renderMessage } from '../server/notifications/templates';
import type { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { accept, assign, contact, draftAndSign, item, send, sendCoOpinion, submit } from './helpers/flow';
import { filesUnder, officeParts, RULE_ID, ruleIds, stringLiterals, workbenchBuild } from './helpers/scan';

/**
 * Issue 13 §6: no internal code in any screen or output. Rule ids (R-REPLY-8)
 * belong in code comments; what a user reads — the workbench, the server's
 * messages, every generated Word and Excel file — says it in plain Chinese.
 */
const CHINESE = /[\u4e00-\u9fff]/;

describe('the built workbench', () => {
  it('has no rule id in any of its JS, CSS or HTML files (minified: every hit is a string a user could see)', async () => {
    const dist = await workbenchBuild();
    const files = filesUnder(dist).filter((f) => /\.(js|css|html)$/.test(f));
    expect(files.map((f) => path.basename(f))).toContain('index.html');
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
    const found = files.flatMap((f) => ruleIds(fs.readFileSync(f, 'utf8')).map((h) => `${path.relative(dist, f)}: ${h}`));
    expect(found).toEqual([]);
  }, 180_000);
});

/** Parameters for templated messages: the given ones, and a sample (a one-word list, which also prints as a word) for any other. */
const SAMPLE = Object.assign(['示例'], { toString: () => '示例' });
const sampled = (given: object) =>
  new Proxy(given as Record<string | symbol, unknown>, { get: (t, k) => (k in t ? t[k] : typeof k === 'string' ? SAMPLE : undefined) });

/** Messages whose cases are not named variants: each case's parameters. */
const CASES: Partial<Record<ErrorCode, object[]>> = {
  FORBIDDEN: [...Object.keys(FORBIDDEN_REASONS).map((reason) => ({ reason })), { action: '交办' }, { reason: undefined }],
  ACCOUNT_LOCKED: [
    { variant: 'stillLocked', minutes: 15 },
    { variant: 'justLocked', failures: 5, minutes: 15 },
  ],
  BAD_TARGET_DATE: [{ variant: 'replyCommitment', date: '2025-13-01' }, { variant: 'progress' }],
  VALIDATION_FAILED: [{ fields: [{ field: 'body.title', message: '必填' }] }],
};

describe('the server’s Chinese messages', () => {
  it('every message of the error catalog, each variant and case rendered, says no rule id', () => {
    const texts: string[] = [];
    for (const [code, entry] of Object.entries(ERRORS) as [ErrorCode, { message: unknown; variants?: string[] }][]) {
      if (typeof entry.message === 'string') {
        texts.push(`${code}: ${entry.message}`);
        continue;
      }
      // The template's own text, whatever branch it takes, and the texts rendered.
      texts.push(`${code} (template): ${String(entry.message)}`);
      const cases = [...(entry.variants ?? []).map((variant) => ({ variant })), ...(CASES[code] ?? (entry.variants ? [] : [{}]))];
      for (const p of cases) {
        const { message } = describeError(code, sampled(p));
        expect(message, `${code} ${JSON.stringify(p)}`).toMatch(CHINESE);
        texts.push(`${code}: ${message}`);
      }
    }
    expect(texts.length).toBeGreaterThan(Object.keys(ERRORS).length + 40);
    expect(texts.filter((t) => RULE_ID.test(t))).toEqual([]);
    // The two that said an id now say it in words.
    expect(describeError('CLASSIFIED_OFFLINE', { variant: 'letter' }).message).toBe('涉密件只在线下办理，系统不生成其答复函或会办意见函');
    expect(describeError('UNIT_ANALYSIS_NOT_REQUIRED', { scopeLabel: '省教育厅', items: 2, minItems: 20 }).message).toBe(
      '省教育厅本会次承办建议2件，不足20件；承办20件以上的单位才须报送综合分析报告，确需生成请选择“强制生成”',
    );
  });

  it('every notification template, rendered with sample payloads, is Chinese without rule ids', () => {
    const payloads = [
      { approve: true, role: 'co', count: 3, overdue: 1, daysLeft: 5, note: '请补充材料', reason: '意见空泛', numbers: '2025-0001' },
      {
        approve: false,
        role: 'lead',
        count: 1,
        overdue: 0,
        daysLeft: -2,
        deadline: '答复',
        due: '2025-06-30',
        content: '完成规划修编',
        targetDate: '2026-06-30',
      },
      { message: '已确定为重点督办件，请加快办理。', title: '重点督办', letterNumber: '督办〔2025〕1号', respondBy: '2025-06-30' },
    ];
    const types = [...Object.keys(MESSAGE_TYPE_LABELS), 'aTypeWithoutTemplate'];
    expect(types.length).toBeGreaterThan(30);
    const texts: string[] = Object.values(MESSAGE_TYPE_LABELS);
    for (const type of types) {
      for (const payload of payloads) {
        for (const number of [null, '2025-0001']) {
          const r = renderMessage({ type, number, title: number && '关于加强乡村学校师资的建议', payload });
          expect(r.title, type).toMatch(CHINESE);
          expect(`${r.title}${r.body}`.length, type).toBeGreaterThan(r.title.length);
          texts.push(`${type}: ${r.title} ${r.body}`);
        }
      }
    }
    expect(texts.filter((t) => RULE_ID.test(t))).toEqual([]);
  });

  it('every scheduled job has a Chinese label without rule ids (the 定时任务 page shows it, not the job’s name)', () => {
    expect(JOBS.length).toBeGreaterThan(5);
    for (const j of JOBS) {
      expect(j.label, j.name).toMatch(CHINESE);
      expect(j.label, j.name).not.toMatch(RULE_ID);
    }
  });

  it('every label in domain/: the exported strings, lists and tables of its modules', async () => {
    const modules = filesUnder('domain').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const texts: string[] = [];
    const seen = new Set<unknown>();
    const collect = (v: unknown, where: string, depth: number): void => {
      if (typeof v === 'string') texts.push(`${where}: ${v}`);
      else if (depth < 8 && v && typeof v === 'object' && !seen.has(v) && [Object.prototype, Array.prototype, null].includes(Object.getPrototypeOf(v))) {
        seen.add(v);
        for (const [k, x] of Object.entries(v)) collect(x, `${where}.${k}`, depth + 1);
      }
    };
    for (const f of modules) {
      for (const [name, value] of Object.entries(await import(pathToFileURL(path.resolve(f)).href))) collect(value, `${f} ${name}`, 0);
    }
    expect(texts.some((t) => t.includes('ITEM_STATE_LABELS'))).toBe(true);
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => RULE_ID.test(t))).toEqual([]);
  });

  it('no string in the server’s or the domain’s sources holds a rule id (OpenAPI summaries, logs and messages alike)', () => {
    const literals = stringLiterals(['server', 'domain']);
    expect(literals.length).toBeGreaterThan(3000);
    expect(literals.filter((l) => RULE_ID.test(l.text)).map((l) => `${l.where}: ${l.text}`)).toEqual([]);
  });
});

/** The session as the factories store it, and as every document must name it (domain/documents/full-names.ts). */
const BARE_SESSION = '十四届人大三次会议';
const FULL_SESSION = '测试省第十四届人民代表大会第三次会议';

describe.each(DB_KINDS)('every generated .docx and .xlsx on %s', (kind) => {
  let { d, c, liaison, gov, deputies, u } = {} as CongressSetup;
  useCongress(kind, { once: true, deputies: 'all', gov: true }, (s) => ({ d, c, liaison, gov, deputies, u } = s));
  let itemId: number;
  let replyId: number;
  let coOpinionId: number;
  let bulletinId: number;
  const year = Number(todayInShanghai().slice(0, 4));
  const salutation = '张建国代表、李秀英代表、王志强代表：';

  beforeAll(async () => {
    // A joint suggestion, led and co-handled, a key item under key supervision, replied (B) with the salutation typed again.
    itemId = (await submit(deputies[0], c, [c.deputyIds[1], c.deputyIds[2]])).id;
    for (const dep of deputies.slice(1, 3)) await dep.ok('POST', `/api/items/${itemId}/cosignature`, { confirm: true });
    await accept(liaison, itemId);
    await assign(liaison, itemId, 'leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    const task = (await item(u[0].office, itemId)).tasks.find((t: { unitId: number }) => t.unitId === u[0].unitId);
    await u[0].office.ok('PUT', `/api/items/${itemId}/key-item`, { taskVersion: task.version, isKeyItem: true });
    await liaison.ok('POST', `/api/items/${itemId}/key-supervision`, { kind: 'leaderLed', leaders: ['王副省长'] });
    await sendCoOpinion(u[1], itemId, '同意主办单位的办理思路。');
    coOpinionId = (await item(u[0].office, itemId)).coOpinions[0].id;
    await contact(u[0].handler, itemId);
    const signed = await draftAndSign(u[0], itemId, 'B', {
      body: `${salutation}\n您们提出的建议收悉，现答复如下。\n一、基本情况\n我厅已将农村饮水安全纳入规划。`,
      commitments: [{ content: '完成全省农村供水工程规划修编', targetDate: `${year + 1}-06-30` }],
    });
    replyId = signed.id;
    expect((await send(u[0].office, itemId, signed)).status).toBe(200);
    await deputies[0].ok('POST', `/api/items/${itemId}/evaluations`, { result: 'satisfied' });
    bulletinId = (await liaison.ok('POST', '/api/bulletins', { sessionId: c.sessionId })).id;
    // The session is of 2025: this year's look-back reviews its B reply.
    expect((await liaison.ok('POST', '/api/look-backs', { year })).created).toBeGreaterThan(0);
  });

  /** Every file the server generates: what it is, where, who downloads it, whether it names the session. */
  const files = (): [string, string, Client, boolean][] => {
    const s = `sessionId=${c.sessionId}`;
    const forms = ['responsibility', 'keyItems', 'visitCard', 'referenceContacts'].map((f): [string, string, Client, boolean] => [
      `标准表格 ${f}`,
      `/api/forms/${f}?${s}`,
      liaison,
      false,
    ]);
    return [
      ['答复函', `/api/items/${itemId}/replies/${replyId}/letter.docx`, deputies[1], true],
      ['会办意见函', `/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`, u[0].office, true],
      ['办理情况报告', `/api/reports/document.docx?kind=handlingReport&${s}`, liaison, true],
      ['重点督办建议报告', `/api/reports/document.docx?kind=keyItemsReport&${s}`, liaison, true],
      ['单位综合分析报告', `/api/reports/document.docx?kind=unitAnalysis&${s}&scope=unit:${u[0].unitId}&force=true`, liaison, true],
      ['办理进度通报', `/api/reports/bulletins/${bulletinId}/document.docx`, liaison, true],
      ['导入模板', `/api/imports/template.xlsx?${s}`, liaison, true],
      ['建议清单导出', `/api/imports/items.xlsx?${s}`, liaison, true],
      ['台账导出', `/api/ledger/export?${s}`, liaison, true],
      ['期限台账', `/api/deadlines/export.xlsx?${s}`, liaison, false],
      ['承诺事项台账', '/api/commitments/export.xlsx', liaison, true],
      ['各单位办理情况', `/api/statistics/units/export.xlsx?${s}`, liaison, false],
      ['分项统计', `/api/statistics/breakdowns.xlsx?${s}`, liaison, false],
      ['承办单位考核', `/api/statistics/unit-scores.xlsx?${s}`, liaison, true],
      ...forms,
      ['回头看复查表', `/api/forms/lookBack?year=${year}`, liaison, true],
    ];
  };

  it('no rule id anywhere in their XML; the session named in full, never bare, also in their file names', async () => {
    const all = files();
    expect(all).toHaveLength(19);
    for (const [what, url, client, namesSession] of all) {
      const res = await client.raw(url);
      expect(res.statusCode, `${what} ${url}`).toBe(200);
      const file = decodeURIComponent(String(res.headers['content-disposition']));
      const { xml, text, parts } = await officeParts(res.rawPayload);
      expect(parts, what).toBeGreaterThan(3);
      expect(text, what).toMatch(CHINESE);
      expect(ruleIds(xml), what).toEqual([]);
      expect(text.includes(BARE_SESSION), `${what} names the session without its congress`).toBe(false);
      expect(file.includes(BARE_SESSION), `${what}: ${file}`).toBe(false);
      if (namesSession) expect(text, what).toContain(FULL_SESSION);
    }
  });

  it('the reply letter prints the salutation the item page shows, once, and copies both offices by their full names', async () => {
    const detail = await item(u[0].handler, itemId);
    expect(detail.replySalutation).toBe(salutation);
    const doc = await readDocx((await liaison.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).rawPayload);
    expect(doc.find('号建议的答复')!.text).toBe(`关于对${FULL_SESSION}第${detail.item.number}号建议的答复`);
    expect(doc.texts.filter((t) => t.replace(/\s/g, '') === salutation)).toHaveLength(1);
    expect(doc.texts[doc.texts.indexOf(salutation) + 1]).toBe('您们提出的建议收悉，现答复如下。');
    expect(doc.texts).toContain('抄送：测试省人大常委会选举任免联络工作委员会，测试省人民政府办公厅。');
  });

  it('offices stored by a short name (人民政府办公厅) are printed in full all the same: letters’ copies, a report’s issuer', async () => {
    const shortNames = async (gov: string, liaisonOffice: string) => {
      await d.db.execute(sql`update organizations set name = ${gov} where id = ${c.governmentOfficeId}`);
      await d.db.execute(sql`update organizations set name = ${liaisonOffice} where id = ${c.liaisonOfficeId}`);
    };
    await shortNames('人民政府办公厅', '人大常委会选举任免联络工作委员会');
    try {
      const letter = await readDocx((await liaison.raw(`/api/items/${itemId}/replies/${replyId}/letter.docx`)).rawPayload);
      expect(letter.texts).toContain('抄送：测试省人大常委会选举任免联络工作委员会，测试省人民政府办公厅。');
      const opinion = await readDocx((await u[0].office.raw(`/api/items/${itemId}/co-opinions/${coOpinionId}/letter.docx`)).rawPayload);
      expect(opinion.texts).toContain('抄送：测试省人民政府办公厅。');
      expect(opinion.find('号建议的会办意见')!.text).toContain(`关于对${FULL_SESSION}第`);
      const report = await readDocx((await gov.raw(`/api/reports/document.docx?kind=handlingReport&sessionId=${c.sessionId}`)).rawPayload);
      expect(report.texts).toContain('测试省人民政府办公厅');
      expect(report.texts[0]).toBe(`关于${FULL_SESSION}代表建议、批评和意见办理情况的报告`);
    } finally {
      await shortNames('测试省人民政府办公厅', '测试省人大常委会选举任免联络工作委员会');
    }
  });
});
