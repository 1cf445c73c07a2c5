import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Client, type Unit } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit, submitAndAssign, sendCoOpinion } from './helpers/flow';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

/** Regressions found in review: each case names the rule it protects. */
describe.each(DB_KINDS)('edge cases on %s', (kind) => {
  let { d, app, c, liaison, dep, u } = {} as CongressSetup;
  useCongress(kind, (s) => ({ d, app, c, liaison, dep, u } = s));

  const handled = (mode: string, units: { unitId: number; role: string }[], title = '关于完善社区养老服务设施的建议') =>
    submitAndAssign(dep, liaison, c, title, mode, units);
  async function replyAs(unit: Unit, id: number, cls = 'A') {
    await contact(unit.handler, id);
    const r = await send(
      unit.office,
      id,
      await draftAndSign(unit, id, cls, cls === 'B' ? { commitments: [{ content: '明年完成', targetDate: '2026-12-31' }] } : {}),
    );
    expect(r.status).toBe(200);
  }

  it('a reassignment keeps the parts already done: a split item still gets replied (R-ASSIGN-3)', async () => {
    const id = await handled('split', [
      { unitId: u[0].unitId, role: 'split' },
      { unitId: u[1].unitId, role: 'split' },
    ]);
    await replyAs(u[0], id);
    const v = (await item(liaison, id)).item.version;
    await liaison.ok('POST', `/api/items/${id}/reassignment`, {
      version: v,
      mode: 'split',
      reason: '增加分办单位',
      units: [
        { unitId: u[0].unitId, role: 'split' },
        { unitId: u[1].unitId, role: 'split' },
        { unitId: u[2].unitId, role: 'split' },
      ],
    });
    const tasks = (await item(liaison, id)).tasks.filter((t: { state: string }) => t.state !== 'withdrawn');
    expect(tasks.find((t: { unitId: number }) => t.unitId === u[0].unitId).state).toBe('replied');
    await replyAs(u[1], id);
    await replyAs(u[2], id);
    expect((await item(liaison, id)).item.state).toBe('replied');
  });

  it('a formal assignment closes a pending objection to the draft, so nothing is left undecidable (R-ASSIGN-2/3)', async () => {
    const x = await submit(dep, c);
    await accept(liaison, x.id);
    const v = (await item(liaison, x.id)).item.version;
    await liaison.ok('POST', `/api/items/${x.id}/draft-assignment`, { version: v, mode: 'single', units: [{ unitId: u[0].unitId, role: 'lead' }] });
    const t = (await item(u[0].office, x.id)).tasks[0];
    const req = await u[0].office.ok('POST', `/api/items/${x.id}/adjustment-requests`, { taskVersion: t.version, reason: '请考虑由财政厅主办' });
    await assign(liaison, x.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    const after = await item(liaison, x.id);
    expect(after.requests.find((r: { id: number }) => r.id === req.id).state).toBe('rejected');
    expect(after.tasks[0].state).toBe('assigned');
    // The unit may still object inside the window.
    const t2 = (await item(u[0].office, x.id)).tasks[0];
    expect((await u[0].office.post(`/api/items/${x.id}/adjustment-requests`, { taskVersion: t2.version, reason: '请考虑由财政厅主办' })).status).toBe(201);
  });

  it('statistics leave reference items out of the reply and contact rates, and a unit sees only its own part (R-STAT-1, R-CO-2)', async () => {
    const id = await handled('leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    await contact(u[1].handler, id); // the co-handler's own contact
    await sendCoOpinion(u[1], id, '同意');
    await replyAs(u[0], id);
    const r = await submit(dep, c, [], '关于参阅事项的建议');
    await liaison.ok('POST', `/api/items/${r.id}/review`, { decision: 'reference', version: r.version, reason: '参阅', unitId: u[2].unitId });
    await contact(u[2].handler, r.id, 'phone');
    const s = await liaison.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(s.replyRate).toBe(100);
    expect(s.contactRate).toBe(100);
    expect(s.referenceItems).toBe(1);
    expect(s.contacts).toBe(2); // the reference item's contact is not counted against assigned items
    const lead = await u[0].office.ok('GET', `/api/statistics?sessionId=${c.sessionId}`);
    expect(lead.contacts).toBe(1);
    const peek = await u[0].office.ok('GET', `/api/statistics?sessionId=${c.sessionId}&unitId=${u[1].unitId}`);
    expect(peek.contacts).toBe(1); // still its own figures
    // A deputy whose only item is a reference item gets figures, not an error.
    const refOnly = await Client.login(app, c.users.deputies[5].username);
    const r2 = await submit(refOnly, c, [], '关于另一个参阅事项的建议');
    await liaison.ok('POST', `/api/items/${r2.id}/review`, { decision: 'reference', version: r2.version, reason: '参阅', unitId: u[2].unitId });
    const mine = await refOnly.ok('GET', '/api/statistics');
    expect(mine.replyRate).toBeNull();
  });

  it('when the window ends, a dissatisfied evaluation sends the item to re-handling instead of closing it (R-EVAL-2/3)', async () => {
    const x = await submit(dep, c, [c.deputyIds[1]]);
    const d1 = await Client.login(app, c.users.deputies[1].username);
    await d1.ok('POST', `/api/items/${x.id}/cosignature`, { confirm: true });
    await accept(liaison, x.id);
    await assign(liaison, x.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await replyAs(u[0], x.id, 'C');
    await d1.ok('POST', `/api/items/${x.id}/evaluations`, { result: 'dissatisfied', comment: '未解决' });
    await d.db.execute(sql`update items set replied_on = replied_on - 31 where id = ${x.id}`);
    await (await Client.login(app, c.users.admin.username)).ok('PUT', '/api/rules-profiles/2025', { values: {} });
    const v = (await item(liaison, x.id)).item.version;
    const res = await liaison.ok('POST', `/api/items/${x.id}/close`, { version: v, note: '评价期满' });
    expect(res.state).toBe('dissatisfied');
  });

  it('a re-handled reply needs a face-to-face meeting after the feedback (R-EVAL-2)', async () => {
    const id = await handled('single', [{ unitId: u[0].unitId, role: 'lead' }]);
    await replyAs(u[0], id, 'C');
    await dep.ok('POST', `/api/items/${id}/evaluations`, { result: 'dissatisfied', comment: '答复未回应所提问题' });
    await liaison.ok('POST', `/api/items/${id}/rehandling`, { version: (await item(liaison, id)).item.version, note: '请重新办理' });
    const signed = await draftAndSign(u[0], id, 'A');
    const r = await send(u[0].office, id, signed);
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('FACE_TO_FACE_REQUIRED');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await u[0].handler.ok('POST', `/api/items/${id}/contacts`, {
      contactedOn: today,
      method: 'phone',
      phase: 'after',
      participants: '处长',
      summary: '电话沟通',
    });
    expect((await send(u[0].office, id, signed)).body.code).toBe('FACE_TO_FACE_REQUIRED');
    await u[0].handler.ok('POST', `/api/items/${id}/contacts`, {
      contactedOn: today,
      method: 'visit',
      phase: 'after',
      participants: '分管厅长',
      summary: '登门面商',
    });
    expect((await send(u[0].office, id, signed)).status).toBe(200);
  });

  it('concurrent key-item markings never exceed the limit (R-HANDLE-2)', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await handled('single', [{ unitId: u[0].unitId, role: 'lead' }], `关于第${i}项重点工作的建议`));
    const tasks = await Promise.all(ids.map(async (id) => (await item(u[0].office, id)).tasks[0]));
    const res = await Promise.all(ids.map((id, i) => u[0].office.put(`/api/items/${id}/key-item`, { taskVersion: tasks[i].version, isKeyItem: true })));
    expect(res.filter((r) => r.status === 200)).toHaveLength(2);
    expect(res.filter((r) => r.status === 422).every((r) => r.body.code === 'KEY_ITEM_LIMIT')).toBe(true);
  });

  it('a reply draft is never overwritten unseen; a co-opinion is returned only while the lead has not replied', async () => {
    const id = await handled('leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    const draft = { body: '初稿', resultClass: 'A', publicity: 'public', docNumber: '湘教函〔2025〕3号', contactPerson: '李', contactPhone: '0731-1234567' };
    await u[0].handler.ok('PUT', `/api/items/${id}/reply-draft`, draft);
    const blind = await u[0].office.put(`/api/items/${id}/reply-draft`, { ...draft, body: '覆盖' });
    expect(blind.status).toBe(409);
    await sendCoOpinion(u[1], id, '同意');
    await liaison.ok('POST', `/api/items/${id}/replies/${(await item(u[0].office, id)).replies[0].id}/override`, {
      version: (await item(u[0].office, id)).replies[0].version,
      check: 'contact',
      reason: '代表因病住院，先行书面答复',
    });
    const cur = (await item(u[0].office, id)).replies[0];
    let r = await u[0].handler.ok('POST', `/api/items/${id}/replies/${cur.id}/submit`, { version: cur.version });
    r = await u[0].office.ok('POST', `/api/items/${id}/replies/${r.id}/approve`, { version: r.version });
    r = await u[0].leader.ok('POST', `/api/items/${id}/replies/${r.id}/sign-off`, { version: r.version });
    await u[0].office.ok('POST', `/api/items/${id}/replies/${r.id}/send`, { version: r.version });
    const coTask = (await item(u[0].office, id)).tasks.find((t: { role: string }) => t.role === 'co');
    const late = await u[0].office.post(`/api/items/${id}/co-tasks/${coTask.id}/return`, { coTaskVersion: coTask.version, reason: '请补充' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('LEAD_ALREADY_REPLIED');
  });

  it('a reference item is closed by the office only after its contact date, marked as such (R-REVIEW-1)', async () => {
    const r = await submit(dep, c, [], '关于参阅的建议');
    await liaison.ok('POST', `/api/items/${r.id}/review`, { decision: 'reference', version: r.version, reason: '参阅', unitId: u[0].unitId });
    let v = (await item(liaison, r.id)).item.version;
    const early = await liaison.post(`/api/items/${r.id}/close`, { version: v, note: '办结' });
    // The demo session is 2025: 31 October 2025 has passed, so the office may close it now.
    expect(early.status).toBe(200);
    expect(early.body.closeReason).toBe('closedByOffice');
    // In a session whose contact date is still ahead, it may not.
    const later = await (
      await Client.login(app, c.users.admin.username)
    ).ok('POST', '/api/admin/sessions', { name: '十四届人大五次会议', code: `14-5-${c.tag}`, year: 2027 });
    const x = await dep.ok('POST', '/api/items', { sessionId: later.id, title: '关于来年参阅事项的建议', body: '正文', cosignerDeputyIds: [] });
    await liaison.ok('POST', `/api/items/${x.id}/review`, { decision: 'reference', version: x.version, reason: '参阅', unitId: u[0].unitId });
    v = (await item(liaison, x.id)).item.version;
    const refused = await liaison.post(`/api/items/${x.id}/close`, { version: v, note: '办结' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('REFERENCE_CONTACT_OPEN');
  });

  it('opposite merges at once never answer 500', async () => {
    const a = await submit(dep, c, [], '关于甲的建议');
    const b = await submit(dep, c, [], '关于乙的建议');
    const av = await accept(liaison, a.id);
    const bv = await accept(liaison, b.id);
    const [r1, r2] = await Promise.all([
      liaison.post(`/api/items/${a.id}/merge`, { primaryVersion: av.version, merged: [{ itemId: b.id, version: bv.version }] }),
      liaison.post(`/api/items/${b.id}/merge`, { primaryVersion: bv.version, merged: [{ itemId: a.id, version: av.version }] }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
  });

  it('NUL characters are refused with 400, never a 500', async () => {
    expect((await dep.post('/api/items', { sessionId: c.sessionId, title: '关于\u0000的建议', body: '正文' })).status).toBe(400);
    expect((await liaison.get('/api/items?q=%00abc')).status).toBe(400);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ab\u0000c', password: 'x' } });
    expect(login.statusCode).toBe(400);
  });

  it("a cosigner who declined no longer sees the item; units do not see each other's attachments", async () => {
    const x = await submit(dep, c, [c.deputyIds[2]]);
    const d2 = await Client.login(app, c.users.deputies[2].username);
    await d2.ok('POST', `/api/items/${x.id}/cosignature`, { confirm: false });
    expect((await d2.get(`/api/items/${x.id}`)).status).toBe(404);
    const id = await handled('leadCo', [
      { unitId: u[0].unitId, role: 'lead' },
      { unitId: u[1].unitId, role: 'co' },
    ]);
    const a = await u[0].office.ok('POST', `/api/items/${id}/attachments`, {
      filename: '内部请示.pdf',
      mimeType: 'application/pdf',
      purpose: 'scan',
      contentBase64: PDF,
    });
    expect((await item(u[1].office, id)).attachments).toEqual([]);
    expect((await u[1].office.get(`/api/items/${id}/attachments/${a.id}`)).status).toBe(404);
    expect((await dep.get(`/api/items/${id}/attachments/${a.id}`)).status).toBe(404);
    expect((await u[0].office.raw(`/api/items/${id}/attachments/${a.id}`)).statusCode).toBe(200);
    expect((await liaison.raw(`/api/items/${id}/attachments/${a.id}`)).statusCode).toBe(200);
  });

  it('classified items keep their text offline, in the history too (R-REPLY-8)', async () => {
    const x = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title: '关于某涉密事项的建议', body: '机密正文', classified: true });
    expect(x.body).not.toContain('机密');
    const ret = await liaison.ok('POST', `/api/items/${x.id}/review`, { decision: 'return', version: x.version, reason: '请补充' });
    await dep.ok('POST', `/api/items/${x.id}/resubmit`, { version: ret.version, title: '关于某涉密事项的建议', body: '新的机密正文' });
    const detail = await item(liaison, x.id);
    expect(JSON.stringify(detail)).not.toContain('机密正文');
    expect((await dep.post(`/api/items/${x.id}/attachments`, { filename: 'a.pdf', mimeType: 'application/pdf', contentBase64: PDF })).body.code).toBe(
      'CLASSIFIED_OFFLINE',
    );
  });

  it('a classified item takes a proxy evaluation without a scan, and offers no upload (R-REPLY-8, R-EVAL-1)', async () => {
    const x = await dep.ok('POST', '/api/items', { sessionId: c.sessionId, title: '关于某涉密事项的建议', body: '机密正文', classified: true });
    await accept(liaison, x.id);
    await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
    expect((await item(u[0].office, x.id)).actions).not.toContain('uploadAttachment');
    await contact(u[0].handler, x.id);
    await send(u[0].office, x.id, await draftAndSign(u[0], x.id, 'A'));
    const detail = await item(liaison, x.id);
    expect(detail.actions).toContain('evaluateReply');
    expect(detail.actions).not.toContain('uploadAttachment');
    const withScan = await liaison.post(`/api/items/${x.id}/evaluations`, { result: 'satisfied', deputyId: c.deputyIds[0], proxyAttachmentId: 1 });
    expect(withScan.body.code).toBe('CLASSIFIED_OFFLINE');
    const ev = await liaison.ok('POST', `/api/items/${x.id}/evaluations`, { result: 'satisfied', deputyId: c.deputyIds[0] });
    expect(ev.proxy).toBe(true);
    expect((await item(liaison, x.id)).item.state).toBe('closed');
  });

  it("offers only what the server accepts: the government office acts on government units' replies only; a reference item closes after its window; a contacted reference task has no breakdown", async () => {
    const gov = await Client.login(app, c.users.gov.username);
    const inReview = async (unit: Unit, title: string) => {
      const x = await submit(dep, c, [], title);
      await accept(liaison, x.id);
      await assign(liaison, x.id, 'single', [{ unitId: unit.unitId, role: 'lead' }]);
      const id = x.id as number;
      await contact(unit.handler, id);
      let r = await unit.handler.ok('PUT', `/api/items/${id}/reply-draft`, {
        body: '答复如下……',
        resultClass: 'A',
        publicity: 'public',
        docNumber: '〔2025〕1号',
        contactPerson: '李明',
        contactPhone: '0731-88888888',
      });
      r = await unit.handler.ok('POST', `/api/items/${id}/replies/${r.id}/submit`, { version: r.version });
      return { id, reply: r };
    };
    const court = await inReview(u[3], '关于法院承办事项的建议');
    const courtActions = (await item(gov, court.id)).actions;
    expect(courtActions).not.toContain('sendBackReply');
    expect(courtActions).not.toContain('overrideReplyCheck');
    expect((await gov.post(`/api/items/${court.id}/replies/${court.reply.id}/send-back`, { version: court.reply.version, reason: '请修改' })).status).toBe(403);
    const edu = await inReview(u[0], '关于政府部门承办事项的建议');
    expect((await item(gov, edu.id)).actions).toContain('sendBackReply');
    // The unit's leader sends back a reply still in review (R-REPLY-1).
    expect(
      (await u[0].leader.ok('POST', `/api/items/${edu.id}/replies/${edu.reply.id}/send-back`, { version: edu.reply.version, reason: '请补充数据' })).state,
    ).toBe('draft');

    // A reference item: closeItem is offered exactly when the server would close it (its contact date of 10-31 has passed).
    const ref = await submit(dep, c, [], '关于参阅事项的建议');
    await liaison.ok('POST', `/api/items/${ref.id}/review`, { decision: 'reference', version: ref.version, reason: '作为参阅件', unitId: c.unitIds[1] });
    const refDetail = await item(liaison, ref.id);
    const window = refDetail.deadlines.find((x: { kind: string }) => x.kind === 'referenceContact');
    expect(refDetail.actions.includes('closeItem')).toBe(window.dueDate < new Date().toISOString().slice(0, 10));
    await contact(u[1].office, ref.id);
    const done = await item(u[1].office, ref.id);
    expect(done.item.state).toBe('closed');
    expect(done.actions).not.toContain('setResponsibility');
  });

  it('the server refuses what the item page does not offer: a second pending extension, uploads by a pending cosigner, on a finished item or on a draft task', async () => {
    const x = await submit(dep, c, [c.deputyIds[1]], '关于服务端规则的建议');
    const cosigner = await Client.login(app, c.users.deputies[1].username);
    const file = { filename: 'a.pdf', mimeType: 'application/pdf', contentBase64: PDF };
    expect((await cosigner.post(`/api/items/${x.id}/attachments`, file)).status).toBe(403);
    await cosigner.ok('POST', `/api/items/${x.id}/cosignature`, { confirm: true });
    await accept(liaison, x.id);
    const v = (await item(liaison, x.id)).item.version;
    await liaison.ok('POST', `/api/items/${x.id}/draft-assignment`, { version: v, mode: 'single', units: [{ unitId: c.unitIds[0], role: 'lead' }] });
    expect((await u[0].office.post(`/api/items/${x.id}/attachments`, file)).body.code).toBe('TASK_NOT_ACTIVE');
    await assign(liaison, x.id, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);
    expect((await u[0].office.post(`/api/items/${x.id}/attachments`, file)).status).toBe(201);
    await u[0].office.ok('POST', `/api/items/${x.id}/extension-requests`, { reason: '情况复杂' });
    const again = await u[0].office.post(`/api/items/${x.id}/extension-requests`, { reason: '再次申请' });
    expect(again.body.code).toBe('EXTENSION_PENDING');
    await contact(u[0].handler, x.id);
    await send(u[0].office, x.id, await draftAndSign(u[0], x.id, 'A'));
    await dep.ok('POST', `/api/items/${x.id}/evaluations`, { result: 'satisfied' });
    await cosigner.ok('POST', `/api/items/${x.id}/evaluations`, { result: 'satisfied' });
    expect((await item(liaison, x.id)).item.state).toBe('closed');
    expect((await dep.post(`/api/items/${x.id}/attachments`, file)).body.code).toBe('ITEM_FINISHED');
  });
});
