import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, contact, draftAndSign, item, send, submit, submitAndAssign } from './helpers/flow';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe.each(DB_KINDS)('handling details on %s', (kind) => {
  let { d, app, c, liaison, dep, u0 } = {} as CongressSetup;
  useCongress(kind, { units: 1 }, (s) => ({ d, app, c, liaison, dep, u0 } = s));

  const assigned = (title: string) => submitAndAssign(dep, liaison, c, title, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);

  it('a unit marks at most two key items per session (R-HANDLE-2) and breaks down responsibility to its own divisions only (R-HANDLE-1)', async () => {
    const ids = [await assigned('关于甲的建议'), await assigned('关于乙的建议'), await assigned('关于丙的建议')];
    for (const [i, id] of ids.entries()) {
      const t = (await item(u0.office, id)).tasks[0];
      const r = await u0.office.put(`/api/items/${id}/key-item`, { taskVersion: t.version, isKeyItem: true });
      if (i < 2) expect(r.status).toBe(200);
      else {
        expect(r.status).toBe(422);
        expect(r.body.code).toBe('KEY_ITEM_LIMIT');
      }
    }
    const t = (await item(u0.office, ids[2])).tasks[0];
    const foreignDivision = c.divisionIds.get(c.unitIds[1])![0];
    const bad = await u0.office.put(`/api/items/${ids[2]}/responsibility`, {
      taskVersion: t.version,
      divisionId: foreignDivision,
      handlerName: '李明',
      responsibleLeader: '王',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('UNKNOWN_DIVISION');
    // A stale task version is a conflict, not a clobber.
    const ok = await u0.office.put(`/api/items/${ids[2]}/responsibility`, {
      taskVersion: t.version,
      divisionId: c.divisionIds.get(c.unitIds[0])![0],
      handlerName: '李明',
      responsibleLeader: '王',
    });
    expect(ok.status).toBe(200);
    const stale = await u0.office.put(`/api/items/${ids[2]}/responsibility`, {
      taskVersion: t.version,
      divisionId: c.divisionIds.get(c.unitIds[0])![1],
      handlerName: '张华',
      responsibleLeader: '王',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const after = (await item(u0.office, ids[2])).tasks[0];
    expect(after.handlerName).toBe('李明');
  });

  it('a proxy evaluation needs the scanned form; attachments are checked by type and content (R-EVAL-1, §6)', async () => {
    const id = await assigned('关于代录评价的建议');
    await contact(u0.handler, id);
    await send(u0.office, id, await draftAndSign(u0, id, 'A'));
    const noForm = await liaison.post(`/api/items/${id}/evaluations`, { result: 'satisfied', deputyId: c.deputyIds[0] });
    expect(noForm.status).toBe(400);
    expect(noForm.body.code).toBe('PROXY_FORM_REQUIRED');
    const fake = await liaison.post(`/api/items/${id}/attachments`, {
      filename: '评价表.pdf',
      mimeType: 'application/pdf',
      contentBase64: Buffer.from('not a pdf').toString('base64'),
    });
    expect(fake.status).toBe(400);
    expect(fake.body.code).toBe('ATTACHMENT_CONTENT');
    const exe = await liaison.post(`/api/items/${id}/attachments`, { filename: 'x.exe', mimeType: 'application/x-msdownload', contentBase64: PDF });
    expect(exe.body.code).toBe('ATTACHMENT_TYPE');
    const form = await liaison.ok('POST', `/api/items/${id}/attachments`, {
      filename: '评价表.pdf',
      mimeType: 'application/pdf',
      purpose: 'proxyEvaluationForm',
      contentBase64: PDF,
    });
    const ev = await liaison.ok('POST', `/api/items/${id}/evaluations`, { result: 'satisfied', deputyId: c.deputyIds[0], proxyAttachmentId: form.id });
    expect(ev.proxy).toBe(true);
    const detail = await item(liaison, id);
    expect(detail.item.state).toBe('closed');
    expect(detail.attachments[0]).toMatchObject({ filename: '评价表.pdf', size: Buffer.from(PDF, 'base64').length });
    const file = await liaison.raw(`/api/items/${id}/attachments/${form.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString('base64')).toBe(PDF);
    const stranger = await Client.login(app, c.users.deputies[4].username);
    expect((await stranger.get(`/api/items/${id}/attachments/${form.id}`)).status).toBe(404);
  });

  it('B commitments: progress, conversion to C with a reason, no second strike-off (R-TRACK-1)', async () => {
    const id = await assigned('关于分步实施的建议');
    await contact(u0.handler, id);
    const commitments = [
      { content: '2026年完成规划编制', targetDate: '2026-06-30' },
      { content: '2027年启动建设', targetDate: '2027-12-31' },
    ];
    await send(u0.office, id, await draftAndSign(u0, id, 'B', { commitments }));
    let cms = (await item(liaison, id)).commitments;
    expect(cms).toHaveLength(2);
    const p = await u0.office.ok('POST', `/api/items/${id}/commitments/${cms[0].id}`, {
      action: 'progress',
      version: cms[0].version,
      note: '规划初稿已完成',
      targetDate: '2026-09-30',
    });
    expect(p.progress).toHaveLength(1);
    expect(p.targetDate).toBe('2026-09-30');
    const unitTries = await u0.office.post(`/api/items/${id}/commitments/${cms[1].id}`, { action: 'strikeOff', version: cms[1].version, note: '完成' });
    expect(unitTries.status).toBe(403);
    const conv = await liaison.ok('POST', `/api/items/${id}/commitments/${cms[1].id}`, {
      action: 'convertToC',
      version: cms[1].version,
      note: '受国家政策调整影响，暂不具备实施条件',
    });
    expect(conv.state).toBe('convertedToC');
    const again = await liaison.post(`/api/items/${id}/commitments/${cms[1].id}`, { action: 'strikeOff', version: conv.version, note: '完成' });
    expect(again.status).toBe(409);
    cms = (await item(liaison, id)).commitments;
    expect(cms.map((x: { state: string }) => x.state).sort()).toEqual(['convertedToC', 'registered']);
    // The register lists them across items; a unit sees its own; overdue ones are flagged.
    const reg = await liaison.ok('GET', `/api/commitments?sessionId=${c.sessionId}`);
    expect(reg.total).toBe(2);
    expect(reg.rows.map((r: { targetDate: string }) => r.targetDate)).toEqual(['2026-09-30', '2027-12-31']);
    expect((await liaison.ok('GET', `/api/commitments?sessionId=${c.sessionId}&state=registered`)).total).toBe(1);
    expect((await u0.office.ok('GET', '/api/commitments')).total).toBe(2);
    const otherUnit = await Client.login(app, c.users.units[1].office.username);
    expect((await otherUnit.ok('GET', '/api/commitments')).total).toBe(0);
  });

  it('an item closes as not evaluated only after the evaluation window (R-EVAL-3)', async () => {
    const id = await assigned('关于评价期限的建议');
    await contact(u0.handler, id);
    await send(u0.office, id, await draftAndSign(u0, id, 'A'));
    const v = (await item(liaison, id)).item.version;
    const early = await liaison.post(`/api/items/${id}/close`, { version: v, note: '代表逾期未评价' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('EVALUATION_WINDOW_OPEN');
    // Let 31 days pass for this item: move its reply date back and recompute through the profile.
    await d.db.execute(sql`update items set replied_on = replied_on - 31 where id = ${id}`);
    const admin = await Client.login(app, c.users.admin.username);
    await admin.ok('PUT', '/api/rules-profiles/2025', { values: {} });
    const v2 = (await item(liaison, id)).item.version;
    const closed = await liaison.ok('POST', `/api/items/${id}/close`, { version: v2, note: '代表逾期未评价' });
    expect(closed.closeReason).toBe('notEvaluated');
  });
  it('a deputy confirms or disputes each contact logged with them, once; a dispute needs a reason and reaches the unit (R-TALK-1)', async () => {
    const id = await assigned('关于沟通确认的建议');
    await contact(u0.handler, id);
    await contact(u0.handler, id, 'phone', '2025-03-05');
    let d1 = await item(dep, id);
    expect(d1.actions).toContain('respondContact');
    const [first, second] = d1.contacts;
    const ok = await dep.request('POST', `/api/items/${id}/contacts/${first.id}/response`, { response: 'confirmed' });
    expect(ok.status).toBe(201);
    const twice = await dep.request('POST', `/api/items/${id}/contacts/${first.id}/response`, { response: 'disputed', note: '改主意了' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_RESPONDED');
    const bare = await dep.request('POST', `/api/items/${id}/contacts/${second.id}/response`, { response: 'disputed' });
    expect(bare.status).toBe(400);
    expect(bare.body.message).toContain('不符');
    expect((await u0.office.request('POST', `/api/items/${id}/contacts/${second.id}/response`, { response: 'confirmed' })).status).toBe(403);
    const stranger = await Client.login(app, c.users.deputies[4].username);
    expect((await stranger.request('POST', `/api/items/${id}/contacts/${second.id}/response`, { response: 'confirmed' })).status).toBe(404);
    expect((await dep.request('POST', `/api/items/${id}/contacts/${second.id}/response`, { response: 'disputed', note: '当天并未通电话' })).status).toBe(201);

    d1 = await item(dep, id);
    expect(d1.actions).not.toContain('respondContact');
    const staff = await item(u0.office, id);
    expect(staff.contacts.map((x: { responses: { response: string }[] }) => x.responses.map((r) => r.response))).toEqual([['confirmed'], ['disputed']]);
    expect(staff.contacts[1].responses[0].note).toBe('当天并未通电话');
    const types = staff.history.map((e: { type: string }) => e.type);
    expect(types).toContain('confirmContact');
    expect(types).toContain('disputeContact');
    const sent = await d.db.execute(sql`select recipient_org_id from outbox where type = 'contactDisputed' and item_id = ${id}`);
    expect((sent as unknown as { rows: { recipient_org_id: number | null }[] }).rows.map((r) => r.recipient_org_id).sort()).toEqual(
      [c.unitIds[0], null].sort(),
    );
  });

  it('a unit office acknowledges (签收) a new assignment once, draft or formal; the history and the inbox show it', async () => {
    const id = await assigned('关于签收的建议');
    let d1 = await item(u0.office, id);
    expect(d1.actions).toContain('acknowledgeAssignment');
    expect((await item(u0.handler, id)).actions).not.toContain('acknowledgeAssignment');
    const t = d1.tasks[0];
    expect((await u0.handler.request('PUT', `/api/items/${id}/acknowledgement`, { taskVersion: t.version })).status).toBe(403);
    expect((await u0.office.request('PUT', `/api/items/${id}/acknowledgement`, { taskVersion: t.version + 1 })).status).toBe(409);
    const ok = await u0.office.ok('PUT', `/api/items/${id}/acknowledgement`, { taskVersion: t.version });
    expect(ok.acknowledgedAt).toBeTruthy();
    const twice = await u0.office.request('PUT', `/api/items/${id}/acknowledgement`, { taskVersion: ok.version });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('ALREADY_ACKNOWLEDGED');
    d1 = await item(u0.office, id);
    expect(d1.actions).not.toContain('acknowledgeAssignment');
    expect(d1.history.map((e: { type: string }) => e.type)).toContain('acknowledgeAssignment');
    const inbox = await u0.office.ok('GET', '/api/items?inbox=assignments');
    expect(inbox.rows.find((r: { id: number }) => r.id === id).myTask.acknowledgedAt).toBeTruthy();
    // A draft assignment is acknowledged too (no objection to the plan).
    const x = await submit(dep, c, [], '关于预交办签收的建议');
    await accept(liaison, x.id);
    const v = (await item(liaison, x.id)).item.version;
    await liaison.ok('POST', `/api/items/${x.id}/draft-assignment`, { version: v, mode: 'single', units: [{ unitId: c.unitIds[0], role: 'lead' }] });
    const dt = (await item(u0.office, x.id)).tasks[0];
    expect(dt.state).toBe('draft');
    expect((await u0.office.ok('PUT', `/api/items/${x.id}/acknowledgement`, { taskVersion: dt.version })).state).toBe('draft');
  });
});
