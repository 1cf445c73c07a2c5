import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit, submitAndAssign } from './helpers/flow';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
const CHINESE = /[\u4e00-\u9fa5]/;
type Event = { type: string; payload: Record<string, unknown> };

/** Issue 13 "Daily work" §5 and §7: category at 立案, actions only while they make sense, people from the directory, the deputy's side. */
describe.each(DB_KINDS)('daily work fixes on %s', (kind) => {
  let { d, app, c, liaison, gov, deputies, u } = {} as CongressSetup;
  useCongress(kind, { deputies: 2, units: 2, gov: true }, (s) => ({ d, app, c, liaison, gov, deputies, u } = s));

  /** A suggestion the deputy submits without choosing a category. */
  const uncategorized = (title = '关于完善农村公路养护机制的建议') =>
    deputies[0].ok('POST', '/api/items', { sessionId: c.sessionId, title, body: '一、基本情况……二、建议……', cosignerDeputyIds: [] });
  const events = async (client: Client, id: number, type: string): Promise<Event[]> => (await item(client, id)).history.filter((e: Event) => e.type === type);

  it('立案 needs a category: the deputy’s, or one the office picks (any node of its tree), else a 400 beside the field', async () => {
    const [edu, basicEdu, transport] = c.categoryIds;
    const x = await uncategorized();
    const none = await liaison.post(`/api/items/${x.id}/review`, { decision: 'accept', version: x.version });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ code: 'CATEGORY_REQUIRED', details: [{ field: 'body.categoryId' }] });
    expect(none.body.message).toMatch(CHINESE);
    const foreign = await liaison.post(`/api/items/${x.id}/review`, { decision: 'accept', version: x.version, categoryId: 2_000_000_000 });
    expect(foreign.body.code).toBe('UNKNOWN_CATEGORY');
    expect((await item(liaison, x.id)).item).toMatchObject({ state: 'submitted', version: x.version, categoryId: null });
    // A sub-category (a leaf) is accepted and counted under its top level.
    const ok = await liaison.ok('POST', `/api/items/${x.id}/review`, { decision: 'accept', version: x.version, categoryId: basicEdu });
    expect(ok).toMatchObject({ state: 'accepted', categoryId: basicEdu });
    expect((await events(liaison, x.id, 'acceptSuggestion'))[0].payload).toMatchObject({ categoryId: basicEdu, categoryName: '基础教育' });
    // The deputy's own category is kept when the office names none, replaced (and recorded) when it names another.
    const own = await submit(deputies[0], c, [], '关于校车安全的建议');
    expect((await accept(liaison, own.id)).categoryId).toBe(edu);
    const other = await submit(deputies[0], c, [], '关于城乡公交的建议');
    expect((await accept(liaison, other.id, transport)).categoryId).toBe(transport);
    expect((await events(liaison, other.id, 'acceptSuggestion'))[0].payload).toMatchObject({
      categoryName: '交通',
      fromCategoryId: edu,
      fromCategoryName: '教育',
    });
    const cats = await liaison.ok('GET', `/api/statistics/categories?sessionId=${c.sessionId}`);
    expect(cats).toHaveLength(2);
    expect(cats).toEqual(
      expect.arrayContaining([
        { categoryId: edu, name: '教育', items: 2 },
        { categoryId: transport, name: '交通', items: 1 },
      ]),
    );
  });

  it('the offices change an accepted item’s category (PATCH, version-checked, in the history); nobody else, and not before 立案', async () => {
    const [edu, , transport] = c.categoryIds;
    const x = await submit(deputies[0], c);
    expect((await item(liaison, x.id)).actions).not.toContain('changeCategory');
    const early = await liaison.request('PATCH', `/api/items/${x.id}/category`, { version: x.version, categoryId: transport });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ILLEGAL_TRANSITION');
    const accepted = await accept(liaison, x.id);
    expect((await item(liaison, x.id)).actions).toContain('changeCategory');
    const same = await liaison.request('PATCH', `/api/items/${x.id}/category`, { version: accepted.version, categoryId: edu });
    expect(same.status).toBe(400);
    expect(same.body.code).toBe('CATEGORY_UNCHANGED');
    const changed = await liaison.ok('PATCH', `/api/items/${x.id}/category`, { version: accepted.version, categoryId: transport, note: '主要涉及公路' });
    expect(changed).toMatchObject({ state: 'accepted', categoryId: transport, version: accepted.version + 1 });
    const stale = await liaison.request('PATCH', `/api/items/${x.id}/category`, { version: accepted.version, categoryId: edu });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const [e] = await events(liaison, x.id, 'changeCategory');
    expect(e.payload).toMatchObject({ fromCategoryId: edu, fromCategoryName: '教育', categoryId: transport, categoryName: '交通', note: '主要涉及公路' });
    // The government office, which assigns too, may; a unit and the deputy may not.
    await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
    const v = (await item(gov, x.id)).item.version;
    expect((await item(gov, x.id)).actions).toContain('changeCategory');
    expect((await gov.ok('PATCH', `/api/items/${x.id}/category`, { version: v, categoryId: edu })).categoryId).toBe(edu);
    for (const who of [u[0].office, deputies[0]]) {
      const r = await who.request('PATCH', `/api/items/${x.id}/category`, { version: v + 1, categoryId: transport });
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(CHINESE);
    }
    expect((await item(u[0].office, x.id)).actions).not.toContain('changeCategory');
  });

  it('交办 asks the category of an item that has none (as one imported without it)', async () => {
    const x = await submit(deputies[0], c);
    await accept(liaison, x.id);
    await d.db.execute(sql`update items set category_id = null where id = ${x.id}`);
    const v = (await item(liaison, x.id)).item.version;
    const units = [{ unitId: c.unitIds[0], role: 'lead' }];
    const none = await liaison.post(`/api/items/${x.id}/assignment`, { version: v, mode: 'single', units });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ code: 'CATEGORY_REQUIRED', details: [{ field: 'body.categoryId' }] });
    expect((await item(liaison, x.id)).item.state).toBe('accepted');
    const ok = await liaison.ok('POST', `/api/items/${x.id}/assignment`, { version: v, mode: 'single', units, categoryId: c.categoryIds[2] });
    expect(ok).toMatchObject({ state: 'handling', categoryId: c.categoryIds[2] });
    expect((await events(liaison, x.id, 'assignSuggestion'))[0].payload).toMatchObject({ categoryName: '交通' });
  });

  it('after the unit’s reply: no breakdown, only the follow-up visit (办后回访); nothing once closed', async () => {
    const u0 = u[0];
    const id = await submitAndAssign(deputies[0], liaison, c, '关于乡村卫生室建设的建议', 'single', [{ unitId: u0.unitId, role: 'lead' }]);
    expect((await item(u0.office, id)).actions).toEqual(expect.arrayContaining(['setResponsibility', 'recordContact']));
    await contact(u0.handler, id);
    expect((await send(u0.office, id, await draftAndSign(u0, id, 'A'))).status).toBe(200);
    const after = await item(u0.office, id);
    expect(after.tasks[0].state).toBe('replied');
    expect(after.actions).not.toContain('setResponsibility');
    expect(after.actions).toContain('recordContact');
    const breakdown = await u0.office.put(`/api/items/${id}/responsibility`, {
      taskVersion: after.tasks[0].version,
      divisionId: c.divisionIds.get(u0.unitId)![0],
      handlerName: '李明',
      responsibleLeader: '王副厅长',
    });
    expect(breakdown.status).toBe(422);
    expect(breakdown.body.code).toBe('TASK_NOT_ACTIVE');
    expect(breakdown.body.message).toContain('已答复');
    const visit = { contactedOn: '2025-03-05', method: 'visit', participants: '承办处室负责同志', summary: '答复后登门回访，听取代表意见。' };
    const during = await u0.handler.post(`/api/items/${id}/contacts`, { ...visit, phase: 'during' });
    expect(during.status).toBe(422);
    expect(during.body).toMatchObject({ code: 'CONTACT_AFTER_REPLY_ONLY', details: [{ field: 'body.phase' }] });
    expect(during.body.message).toContain('办后回访');
    expect((await u0.handler.post(`/api/items/${id}/contacts`, { ...visit, phase: 'after' })).status).toBe(201);
    // Evaluated satisfied → closed: no more contacts.
    await deputies[0].ok('POST', `/api/items/${id}/evaluations`, { result: 'satisfied' });
    const closed = await item(u0.handler, id);
    expect(closed.item.state).toBe('closed');
    expect(closed.actions).not.toContain('recordContact');
    const late = await u0.handler.post(`/api/items/${id}/contacts`, { ...visit, phase: 'after' });
    expect(late.status).toBe(422);
    expect(late.body.message).toContain('已办结');
    expect(closed.contacts).toHaveLength(2);
    // Nor is a closed item filed anew.
    const done = await item(liaison, id);
    expect(done.actions).not.toContain('changeCategory');
    const refile = await liaison.request('PATCH', `/api/items/${id}/category`, { version: done.item.version, categoryId: c.categoryIds[2] });
    expect(refile.status).toBe(409);
    expect(refile.body.code).toBe('ILLEGAL_TRANSITION');
  });

  it('the breakdown picks the handler and the responsible leader from the unit’s own people; the printed form shows their names', async () => {
    const [u0, u1] = c.users.units;
    const people = await u[0].office.ok('GET', '/api/units/mine/people');
    expect(people.map((p: { id: number; role: string }) => [p.id, p.role]).sort()).toEqual(
      [
        [u0.office.id, 'unitOffice'],
        [u0.handler.id, 'unitHandler'],
        [u0.leader.id, 'unitLeader'],
      ].sort(),
    );
    expect((await u[1].handler.ok('GET', '/api/units/mine/people')).map((p: { id: number }) => p.id)).not.toContain(u0.handler.id);
    for (const who of [liaison, deputies[0]]) expect((await who.get('/api/units/mine/people')).status).toBe(403);
    // A disabled account is not offered.
    await d.db.execute(sql`update users set disabled_at = now() where id = ${u0.office.id}`);
    expect((await u[0].handler.ok('GET', '/api/units/mine/people')).map((p: { id: number }) => p.id)).not.toContain(u0.office.id);
    await d.db.execute(sql`update users set disabled_at = null where id = ${u0.office.id}`);

    const id = await submitAndAssign(deputies[0], liaison, c, '关于中小学课后服务的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const t = (await item(u[0].office, id)).tasks[0];
    const body = { taskVersion: t.version, divisionId: c.divisionIds.get(u[0].unitId)![0] };
    const put = (extra: object) => u[0].office.put(`/api/items/${id}/responsibility`, { ...body, ...extra });
    expect((await put({ handlerUserId: u1.handler.id, responsibleLeaderUserId: u0.leader.id })).body.code).toBe('UNKNOWN_HANDLER');
    expect((await put({ handlerUserId: u0.handler.id, responsibleLeaderUserId: u0.handler.id })).body.code).toBe('UNKNOWN_LEADER');
    const missing = await put({ handlerUserId: u0.handler.id });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ message: '请选择责任领导' })]));
    const ok = await put({ handlerUserId: u0.handler.id, responsibleLeaderUserId: u0.leader.id });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ handlerUserId: u0.handler.id, handlerName: 'u0-handler', responsibleLeader: 'u0-leader' });
    const [e] = await events(u[0].office, id, 'setResponsibility');
    expect(e.payload.after).toMatchObject({ handlerUserId: u0.handler.id, responsibleLeaderUserId: u0.leader.id, responsibleLeader: 'u0-leader' });
    // The 办理责任分解表 prints the stored names.
    const res = await u[0].office.raw(`/api/forms/responsibility?sessionId=${c.sessionId}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toEqual(expect.arrayContaining(['u0-handler', 'u0-leader']));
  });

  it('不满意 needs its reason, from the deputy and on a proxy entry alike', async () => {
    const id = await submitAndAssign(deputies[0], liaison, c, '关于农村饮水的建议', 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await contact(u[0].handler, id);
    await send(u[0].office, id, await draftAndSign(u[0], id, 'C'));
    for (const comment of [undefined, '   ']) {
      const r = await deputies[0].post(`/api/items/${id}/evaluations`, { result: 'dissatisfied', comment });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'DISSATISFIED_REASON_REQUIRED', details: [{ field: 'body.comment' }] });
      expect(r.body.message).toMatch(CHINESE);
    }
    const proxy = await liaison.post(`/api/items/${id}/evaluations`, { result: 'dissatisfied', deputyId: c.deputyIds[0], proxyAttachmentId: 1 });
    expect(proxy.body.code).toBe('DISSATISFIED_REASON_REQUIRED');
    expect((await item(liaison, id)).evaluations).toEqual([]);
    const ok = await deputies[0].ok('POST', `/api/items/${id}/evaluations`, { result: 'dissatisfied', comment: '答复所说的条件限制不符合实际' });
    expect(ok.comment).toBe('答复所说的条件限制不符合实际');
    expect((await item(liaison, id)).item.state).toBe('dissatisfied');
  });

  it('a co-signer is prompted to confirm (home page list, item actions) and adds no files to the lead deputy’s item', async () => {
    const [lead, cosigner] = deputies;
    const x = await submit(lead, c, [c.deputyIds[1]], '关于老旧小区加装电梯的建议');
    const invitations = await cosigner.ok('GET', '/api/items/cosignature-invitations');
    expect(invitations).toEqual([expect.objectContaining({ id: x.id, number: x.number, title: '关于老旧小区加装电梯的建议', leadDeputy: '张建国' })]);
    expect(await lead.ok('GET', '/api/items/cosignature-invitations')).toEqual([]);
    expect((await liaison.get('/api/items/cosignature-invitations')).status).toBe(403);
    expect((await item(cosigner, x.id)).actions).toContain('respondCosignature');
    await cosigner.ok('POST', `/api/items/${x.id}/cosignature`, { confirm: true });
    expect(await cosigner.ok('GET', '/api/items/cosignature-invitations')).toEqual([]);

    const file = { filename: '调研照片.pdf', mimeType: 'application/pdf', contentBase64: PDF };
    expect((await item(cosigner, x.id)).actions).not.toContain('uploadAttachment');
    const refused = await cosigner.post(`/api/items/${x.id}/attachments`, file);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(refused.body.message).toContain('附议代表');
    expect((await item(lead, x.id)).actions).toContain('uploadAttachment');
    expect((await lead.post(`/api/items/${x.id}/attachments`, file)).status).toBe(201);
    expect((await item(lead, x.id)).attachments).toHaveLength(1);
  });

  it('提醒设置 lists only the kinds of message the user’s role receives, and refuses muting another', async () => {
    const typesOf = async (client: Client) => (await client.ok('GET', '/api/notification-preferences')).types.map((t: { type: string }) => t.type);
    const deputy = await typesOf(deputies[0]);
    expect(deputy).toEqual(expect.arrayContaining(['cosignRequested', 'replyReceived', 'responsibilityForConfirmation']));
    expect(deputy).not.toContain('assignSuggestion');
    expect(deputy).not.toContain('weeklyReminder');
    const office = await typesOf(u[0].office);
    expect(office).toEqual(expect.arrayContaining(['assignSuggestion', 'weeklyReminder', 'replyForReview']));
    expect(office).not.toContain('replyReceived');
    const handler = await typesOf(u[0].handler);
    expect(handler).toContain('replySentBack');
    expect(handler).not.toContain('replyForReview');
    expect(await typesOf(liaison)).toEqual(expect.arrayContaining(['adjustmentRequested', 'dissatisfiedEvaluation']));
    expect(await typesOf(gov)).toContain('coOpinionCopied');
    // A supervisor (a special committee) hears only of the hotline orders it supervises (R-LINE-2).
    expect(await typesOf(await Client.login(app, c.users.supervisor.username))).toEqual(['hotlineOrderSupervised']);
    for (const t of (await deputies[0].ok('GET', '/api/notification-preferences')).types) expect(t.label).toMatch(CHINESE);

    const save = (mutedTypes: string[]) => deputies[0].put('/api/notification-preferences', { emailEnabled: false, smsEnabled: false, mutedTypes });
    const foreign = await save(['replyReceived', 'assignSuggestion']);
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('MESSAGE_TYPE_NOT_FOR_ROLE');
    expect(foreign.body.message).toContain('新交办建议');
    expect((await save(['nonsense'])).body.code).toBe('UNKNOWN_MESSAGE_TYPE');
    const ok = await save(['replyReceived']);
    expect(ok.status).toBe(200);
    expect(ok.body.mutedTypes).toEqual(['replyReceived']);
  });
});
