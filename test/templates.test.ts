import { describe, expect, it } from 'vitest';
import { bodyDate } from '../domain/templates/placeholders';
import { Client, loginUnit } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { readDocx } from './helpers/docx';
import { createCongress, PASSWORD } from './helpers/factories';
import { contact, draftAndSign, item, send, submitAndAssign } from './helpers/flow';

const CHINESE = /[\u4e00-\u9fa5]/;
const RULE_ID = /R-[A-Z]+-\d/;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Chinese 4xx answer with its machine code, no rule id in what the user reads. */
function refused(r: { status: number; body: { code: string; message: string } }, status: number, code: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.body.code).toBe(code);
  expect(r.body.message).toMatch(CHINESE);
  expect(r.body.message).not.toMatch(RULE_ID);
}

const LETTER = '{代表姓名}：\n您在{会次}上提出的《{建议标题}》（第{建议编号}号）收悉。该建议于{交办日期}交我单位办理，现答复如下：\n……\n{承办单位}\n{今天}';

describe.each(DB_KINDS)('reply templates on %s', (kind) => {
  let { app, d, c, liaison, dep, u, gov } = {} as CongressSetup;
  useCongress(kind, { units: 2, gov: true }, (s) => ({ app, d, c, liaison, dep, u, gov } = s));

  const create = (client: Client, body: object) => client.request('POST', '/api/templates', body);
  const names = async (client: Client) =>
    ((await client.ok('GET', '/api/templates')) as { name: string; shared: boolean }[]).map((t) => `${t.shared ? '共用' : '本单位'}:${t.name}`);

  it('a unit’s staff create, edit with the version they saw (409 when stale) and delete; names unique per owner', async () => {
    const created = await create(u[0].handler, { kind: 'letter', name: '通用答复', body: LETTER });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'letter',
      name: '通用答复',
      body: LETTER,
      shared: false,
      editable: true,
      version: 1,
      updatedByName: 'u0-handler',
    });
    expect(created.body.unitName).toMatch(/^省教育厅/);
    const id = created.body.id;

    refused(await create(u[0].office, { kind: 'snippet', name: ' 通用答复 ', body: '段落' }), 409, 'TEMPLATE_NAME_TAKEN');
    // Another owner may use the same name: another unit, the shared ones.
    expect((await create(u[1].office, { kind: 'letter', name: '通用答复', body: '另一单位' })).status).toBe(201);
    expect((await create(liaison, { kind: 'letter', name: '通用答复', body: '共用' })).status).toBe(201);
    await u[0].office.ok('POST', '/api/templates', { kind: 'snippet', name: '结束语', body: '感谢您对我省教育工作的关心和支持。' });

    const edited = await u[0].office.request('PATCH', `/api/templates/${id}`, { version: 1, body: `${LETTER}\n附：办理情况` });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, name: '通用答复', updatedByName: 'u0-office' });
    refused(await u[0].handler.request('PATCH', `/api/templates/${id}`, { version: 1, name: '别的名字' }), 409, 'STALE_VERSION');
    refused(await u[0].handler.request('PATCH', `/api/templates/${id}`, { version: 2, name: '结束语' }), 409, 'TEMPLATE_NAME_TAKEN');
    expect((await u[0].handler.ok('PATCH', `/api/templates/${id}`, { version: 2, name: '通用答复（A类）', kind: 'letter' })).version).toBe(3);

    // The leader reads and uses them but does not write; other roles have none.
    expect(await names(u[0].leader)).toEqual(['本单位:通用答复（A类）', '本单位:结束语', '共用:通用答复']);
    expect((await u[0].leader.ok('GET', '/api/templates')).every((t: { editable: boolean }) => !t.editable)).toBe(true);
    refused(await u[0].leader.request('PATCH', `/api/templates/${id}`, { version: 3, name: '领导改' }), 403, 'FORBIDDEN');
    refused(await create(u[0].leader, { kind: 'snippet', name: '领导', body: '……' }), 403, 'FORBIDDEN');
    for (const other of [gov, dep]) refused(await other.request('GET', '/api/templates'), 403, 'FORBIDDEN');
    expect((await u[0].office.ok('GET', '/api/templates?kind=snippet')).map((t: { name: string }) => t.name)).toEqual(['结束语']);

    // Validation in Chinese, beside the fields.
    for (const bad of [
      { kind: 'letter', name: '', body: 'x' },
      { kind: 'letter', name: '甲'.repeat(51), body: 'x' },
      { kind: 'poem', name: '诗', body: 'x' },
      { kind: 'snippet', name: '空', body: '  ' },
    ]) {
      refused(await create(u[0].office, bad), 400, 'VALIDATION_FAILED');
    }
    refused(await u[0].office.request('PATCH', `/api/templates/${id}`, { version: 3 }), 400, 'VALIDATION_FAILED');

    refused(await u[0].office.request('DELETE', `/api/templates/${id}?version=2`), 409, 'STALE_VERSION');
    expect((await u[0].office.request('DELETE', `/api/templates/${id}?version=3`)).status).toBe(200);
    refused(await u[0].office.request('DELETE', `/api/templates/${id}`), 404, 'NOT_FOUND');
    expect(await names(u[0].office)).toEqual(['本单位:结束语', '共用:通用答复']);
  });

  it('scope: a unit sees its own and the shared ones, never another unit’s or another congress’s; only the liaison office edits shared ones', async () => {
    const own = await u[0].office.ok('POST', '/api/templates', { kind: 'snippet', name: '本单位段落', body: '我厅高度重视。' });
    const shared = await liaison.ok('POST', '/api/templates', { kind: 'letter', name: '共用答复', body: LETTER });
    expect(shared).toMatchObject({ shared: true, unitName: null, editable: true });

    expect(await names(u[1].office)).toEqual(['共用:共用答复']);
    expect((await u[1].office.ok('GET', '/api/templates'))[0].editable).toBe(false);
    expect(await names(liaison)).toEqual(['共用:共用答复']);
    refused(await u[1].office.request('PATCH', `/api/templates/${own.id}`, { version: 1, name: '偷改' }), 404, 'NOT_FOUND');
    refused(await u[1].handler.request('DELETE', `/api/templates/${own.id}`), 404, 'NOT_FOUND');
    refused(await liaison.request('PATCH', `/api/templates/${own.id}`, { version: 1, name: '联工委改' }), 404, 'NOT_FOUND');

    const r = await u[0].office.request('PATCH', `/api/templates/${shared.id}`, { version: 1, body: '单位改共用' });
    refused(r, 403, 'FORBIDDEN');
    expect(r.body.message).toContain('共用答复模板由联工委维护');
    refused(await u[0].handler.request('DELETE', `/api/templates/${shared.id}`), 403, 'FORBIDDEN');
    expect((await liaison.request('PATCH', `/api/templates/${shared.id}`, { version: 1, body: `${LETTER}\n特此答复。` })).status).toBe(200);

    // Another congress: none of these exist for its staff, and theirs not for ours.
    const other = await createCongress(d.db);
    const otherUnit = await loginUnit(app, other.users.units[0]);
    const otherLiaison = await Client.login(app, other.users.liaison.username, PASSWORD);
    expect(await names(otherUnit.office)).toEqual([]);
    expect(await names(otherLiaison)).toEqual([]);
    refused(await otherLiaison.request('PATCH', `/api/templates/${shared.id}`, { version: 2, name: '外省' }), 404, 'NOT_FOUND');
    await otherLiaison.ok('POST', '/api/templates', { kind: 'letter', name: '共用答复', body: '外省的共用模板' });
    expect(await names(u[0].office)).toEqual(['本单位:本单位段落', '共用:共用答复']);
    expect((await u[0].office.ok('GET', '/api/templates')).find((t: { shared: boolean }) => t.shared).body).toContain('特此答复');
  });

  it('fills a template with the item’s real values, reports what stays unfilled, and takes the draft’s commitments', async () => {
    const itemId = await submitAndAssign(dep, liaison, c, '关于加强农村学校食堂管理的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const detail = await item(u[0].office, itemId);
    const task = detail.tasks[0];
    const t = await liaison.ok('POST', '/api/templates', { kind: 'letter', name: '共用答复', body: `${LETTER}\n{承诺事项}\n{代表名字}` });

    const filled = await u[0].handler.ok('GET', `/api/items/${itemId}/template-fill?templateId=${t.id}`);
    expect(filled.text.split('\n').slice(0, 2)).toEqual([
      '张建国代表：',
      `您在测试省第十四届人民代表大会第三次会议上提出的《关于加强农村学校食堂管理的建议》（第${detail.item.number}号）收悉。该建议于${bodyDate(task.assignedOn)}交我单位办理，现答复如下：`,
    ]);
    expect(filled.text).toContain(`\n${task.unitName}\n`);
    expect(filled.text).toMatch(/\n\d{4}年\d{1,2}月\d{1,2}日\n\{承诺事项\}\n\{代表名字\}$/);
    expect(filled.unfilled).toEqual([
      { name: '承诺事项', token: '{承诺事项}', reason: 'noValue' },
      { name: '代表名字', token: '{代表名字}', reason: 'unknown' },
    ]);
    expect(filled.values).toMatchObject({ 代表姓名: '张建国代表', 建议编号: detail.item.number, 答复期限: bodyDate(task.dueDate), 承诺事项: null });

    // The draft's B commitments fill {承诺事项}.
    await u[0].handler.ok('PUT', `/api/items/${itemId}/reply-draft`, {
      body: '答复正文',
      resultClass: 'B',
      publicity: 'public',
      contactPerson: '李明',
      contactPhone: '0731-88888888',
      commitments: [{ content: '年内完成食堂改造', targetDate: '2025-12-31' }],
    });
    const again = await u[0].handler.ok('GET', `/api/items/${itemId}/template-fill?templateId=${t.id}`);
    expect(again.text).toContain('1．年内完成食堂改造（计划于2025年12月31日前完成）');
    expect(again.unfilled.map((x: { name: string }) => x.name)).toEqual(['代表名字']);

    // The liaison office fills the shared one with the item's lead unit; a unit without a part does not see the item.
    expect((await liaison.ok('GET', `/api/items/${itemId}/template-fill?templateId=${t.id}`)).values.承办单位).toBe(task.unitName);
    refused(await u[1].office.request('GET', `/api/items/${itemId}/template-fill?templateId=${t.id}`), 404, 'NOT_FOUND');
    const own = await u[1].office.ok('POST', '/api/templates', { kind: 'snippet', name: '段落', body: '{今天}' });
    refused(await u[0].office.request('GET', `/api/items/${itemId}/template-fill?templateId=${own.id}`), 404, 'NOT_FOUND');
    refused(await gov.request('GET', `/api/items/${itemId}/template-fill?templateId=${t.id}`), 403, 'FORBIDDEN');
  });

  describe('the preview of a draft’s reply letter', () => {
    /** A POST answered with a file: signed in as `username`, with the CSRF header. */
    const postFile = async (username: string, url: string, payload: object) => {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
      const headers = { cookie: String(login.headers['set-cookie']).split(';')[0], 'x-csrf-token': login.json().csrfToken as string };
      return app.inject({ method: 'POST', url, payload, headers });
    };
    const draft = {
      body: '您提出的关于加强农村学校食堂管理的建议收悉，现答复如下：\n一、关于食堂改造\n我厅已安排专项资金。',
      resultClass: 'B',
      publicity: 'public',
      docNumber: '湘教函〔2025〕12号',
      contactPerson: '李明',
      contactPhone: '0731-88888888',
      commitments: [{ content: '年内完成食堂改造', targetDate: '2025-12-31' }],
    };

    it('prints the unsaved draft as the letter will: addressees, body, commitments, issuer, contact, copies — the .docx and its text alike', async () => {
      const itemId = await submitAndAssign(dep, liaison, c, '关于加强农村学校食堂管理的建议', 'leadCo', [
        { unitId: u[0].unitId, role: 'lead' },
        { unitId: u[1].unitId, role: 'co' },
      ]);
      const res = await postFile(c.users.units[0].handler.username, `/api/items/${itemId}/reply-preview`, draft);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX);
      expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('答复函（预览）-');
      const doc = await readDocx(res.rawPayload);
      expect(doc.texts).toContain('张建国代表：');
      expect(doc.texts).toContain('我厅已安排专项资金。');
      expect(doc.texts).toContain('1．年内完成食堂改造（计划二〇二五年十二月三十一日前完成）');
      expect(doc.find('测试省第十四届人民代表大会第三次会议')).toBeDefined();
      expect(doc.texts).toContain('（联系人：李明，联系电话：0731-88888888）');

      const text = await u[0].handler.ok('POST', `/api/items/${itemId}/reply-preview/text`, draft);
      expect(text).toMatchObject({ publicityMark: '公开', resultClass: 'B', salutation: '张建国代表：', docNumber: '湘教函〔2025〕12号', signer: null });
      expect(text.paragraphs).toEqual(['您提出的关于加强农村学校食堂管理的建议收悉，现答复如下：', '一、关于食堂改造', '我厅已安排专项资金。']);
      expect(text.issuer).toMatch(/^省教育厅/);
      // Every line of the on-screen preview is a line of the .docx.
      for (const line of [
        text.title,
        text.salutation,
        ...text.paragraphs,
        ...text.commitments,
        text.issuer,
        text.date,
        text.contact,
        `抄送：${text.copies.join('，')}。`,
      ]) {
        expect(doc.texts.join('\n'), line).toContain(line);
      }

      // Only the unit that drafts the reply: not a co-handler, not another role.
      refused(await u[1].handler.request('POST', `/api/items/${itemId}/reply-preview/text`, draft), 403, 'FORBIDDEN');
      refused(await liaison.request('POST', `/api/items/${itemId}/reply-preview/text`, draft), 403, 'FORBIDDEN');
      expect((await postFile(c.users.deputies[0].username, `/api/items/${itemId}/reply-preview`, draft)).statusCode).toBe(403);
      refused(
        await u[0].handler.request('POST', `/api/items/${itemId}/reply-preview/text`, { ...draft, resultClass: 'D' }),
        422,
        'RESULT_CLASS_NOT_IN_PROFILE',
      );
      refused(await u[0].handler.request('POST', `/api/items/${itemId}/reply-preview/text`, { ...draft, resultClass: 'E' }), 400, 'VALIDATION_FAILED');
    });

    it('prints what the letter sent prints, and is refused once the reply is sent', async () => {
      const itemId = await submitAndAssign(dep, liaison, c, '关于改善农村道路的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
      await contact(u[0].handler, itemId);
      const signed = await draftAndSign(u[0], itemId, 'B', { body: draft.body, commitments: draft.commitments });
      const preview = await postFile(c.users.units[0].office.username, `/api/items/${itemId}/reply-preview`, draft);
      expect(preview.statusCode).toBe(200);
      expect((await send(u[0].office, itemId, signed)).status).toBe(200);
      const sent = await u[0].office.raw(`/api/items/${itemId}/replies/${signed.id}/letter.docx`);
      expect((await readDocx(preview.rawPayload)).texts).toEqual((await readDocx(sent.rawPayload)).texts);
      refused(await u[0].office.request('POST', `/api/items/${itemId}/reply-preview/text`, draft), 422, 'REPLY_ALREADY_SENT');
    });
  });
});
