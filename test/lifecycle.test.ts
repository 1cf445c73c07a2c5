import { describe, expect, it } from 'vitest';
import { addMonths, todayInShanghai } from '../domain/deadlines';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit, sendCoOpinion } from './helpers/flow';

describe.each(DB_KINDS)('lifecycle on %s', (kind) => {
  let { c, liaison, deputies, u: units } = {} as CongressSetup;
  useCongress(kind, { deputies: 3 }, (s) => ({ c, liaison, deputies, u: units } = s));

  it('single mode, joint suggestion: submit → cosign → accept → assign → breakdown → contact → reply → evaluate → closed (R-SUBMIT-1 … R-EVAL-3)', async () => {
    const created = await submit(deputies[0], c, [c.deputyIds[1], c.deputyIds[2]]);
    expect(created.state).toBe('awaitingCosigners');
    expect(created.number).toMatch(/^2025-\d{4}$/);
    expect((await item(deputies[1], created.id)).actions).toContain('respondCosignature');
    expect((await item(liaison, created.id)).actions).not.toContain('reviewSuggestion');
    // Not reviewable before cosigners confirm.
    const early = await liaison.post(`/api/items/${created.id}/review`, { decision: 'accept', version: created.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ILLEGAL_TRANSITION');
    expect((await deputies[1].ok('POST', `/api/items/${created.id}/cosignature`, { confirm: true })).state).toBe('awaitingCosigners');
    expect((await deputies[2].ok('POST', `/api/items/${created.id}/cosignature`, { confirm: true })).state).toBe('submitted');
    expect((await item(liaison, created.id)).actions).toContain('reviewSuggestion');
    expect((await item(deputies[1], created.id)).actions).not.toContain('respondCosignature');
    await accept(liaison, created.id);
    expect((await item(liaison, created.id)).actions).toEqual(expect.arrayContaining(['assignSuggestion', 'draftAssignment']));
    const unit = units[0];
    const assigned = await assign(liaison, created.id, 'single', [{ unitId: unit.unitId, role: 'lead' }], { assignedOn: '2025-02-12' });
    expect(assigned.state).toBe('handling');

    const detail = await item(unit.office, created.id);
    const reply = detail.deadlines.find((x: { kind: string }) => x.kind === 'reply');
    expect(reply.dueDate).toBe('2025-05-12'); // R-REPLY-7: 3 calendar months, same day
    expect(reply.baseDate).toBe('2025-02-12');
    expect(reply.rule.rule).toBe('reply');
    const task = detail.tasks[0];
    await unit.office.ok('PUT', `/api/items/${created.id}/responsibility`, {
      taskVersion: task.version,
      divisionId: c.divisionIds.get(unit.unitId)![0],
      handlerName: '李明',
      responsibleLeader: '王副厅长',
    });
    expect((await item(unit.handler, created.id)).actions).toEqual(expect.arrayContaining(['recordContact', 'saveReplyDraft']));
    expect((await item(unit.leader, created.id)).actions).not.toContain('signOffReply');
    await contact(unit.handler, created.id);
    const signed = await draftAndSign(unit, created.id, 'A');
    expect((await item(unit.office, created.id)).actions).toContain('sendReply');
    expect((await item(unit.handler, created.id)).actions).not.toContain('sendReply');
    expect(signed.state).toBe('signed');
    expect(signed.signer).toBeTruthy();
    const sent = await send(unit.office, created.id, signed);
    expect(sent.status).toBe(200);
    expect(sent.body.state).toBe('sent');
    expect((await item(liaison, created.id)).item.state).toBe('replied');

    // R-EVAL-1: one evaluation per deputy; the last one closes the item.
    expect((await item(deputies[0], created.id)).actions).toContain('evaluateReply');
    await deputies[0].ok('POST', `/api/items/${created.id}/evaluations`, { result: 'satisfied', comment: '办理认真' });
    expect((await item(deputies[0], created.id)).actions).not.toContain('evaluateReply');
    const twice = await deputies[0].post(`/api/items/${created.id}/evaluations`, { result: 'satisfied' });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('ALREADY_EVALUATED');
    await deputies[1].ok('POST', `/api/items/${created.id}/evaluations`, { result: 'basicallySatisfied' });
    expect((await item(liaison, created.id)).item.state).toBe('replied');
    await deputies[2].ok('POST', `/api/items/${created.id}/evaluations`, { result: 'satisfied' });
    const closed = await item(liaison, created.id);
    expect(closed.item.state).toBe('closed');
    expect(closed.item.closeReason).toBe('evaluated');
    const types = closed.history.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'submitSuggestion',
        'confirmCosignature',
        'acceptSuggestion',
        'assignSuggestion',
        'setResponsibility',
        'recordContact',
        'signOffReply',
        'sendReply',
        'allRepliesSent',
        'evaluateReply',
      ]),
    );
    for (const e of closed.history) {
      expect(e.actorRole).toBeTruthy();
      expect(e.at).toBeTruthy();
    }
    const accepted = closed.history.find((e: { type: string }) => e.type === 'acceptSuggestion');
    expect([accepted.fromState, accepted.toState]).toEqual(['submitted', 'accepted']);
  });

  it('lead + co: the lead cannot reply before the co-opinion (R-CO-1) or before contact (R-TALK-2) unless an office overrides; the lead may return an opinion (R-CO-3)', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    const [lead, co] = units;
    await assign(liaison, it0.id, 'leadCo', [
      { unitId: lead.unitId, role: 'lead' },
      { unitId: co.unitId, role: 'co' },
    ]);
    const signed = await draftAndSign(lead, it0.id, 'C');
    let r = await send(lead.office, it0.id, signed);
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('CONTACT_REQUIRED');
    await contact(lead.handler, it0.id, 'phone');
    r = await send(lead.office, it0.id, signed);
    expect(r.body.code).toBe('CO_OPINION_MISSING');
    // A co-handler sees only its own part.
    const coView = await item(co.office, it0.id);
    expect(coView.tasks).toHaveLength(1);
    // R-CO-1: the opinion names a contact person and phone (its letter prints them); without them nothing is written.
    const opinion = { taskVersion: coView.tasks[0].version, body: '无', publicity: 'public' };
    for (const [missing, message] of [
      [{}, /联系人|contactPerson/],
      [{ contactPerson: '赵敏' }, /contactPhone/],
      [{ contactPerson: ' ', contactPhone: '0731-84567890' }, /联系人不能为空/],
      [{ contactPerson: '赵敏', contactPhone: '无' }, /联系电话格式不正确/],
    ] as const) {
      const bad = await co.office.post(`/api/items/${it0.id}/co-opinions`, { ...opinion, ...missing });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(bad.body.message).toMatch(message);
    }
    const unsent = await item(co.office, it0.id);
    expect(unsent.coOpinions).toEqual([]);
    expect(unsent.tasks[0]).toMatchObject({ state: 'assigned', version: coView.tasks[0].version });
    expect(unsent.history.filter((e: { type: string }) => e.type === 'sendCoOpinion')).toEqual([]);
    await co.office.ok('POST', `/api/items/${it0.id}/co-opinions`, { ...opinion, contactPerson: ' 赵敏 ', contactPhone: '0731-84567890' });
    const sent = await item(co.office, it0.id);
    expect(sent.coOpinions).toMatchObject([{ contactPerson: '赵敏', contactPhone: '0731-84567890', state: 'sent' }]);
    expect(sent.history.find((e: { type: string }) => e.type === 'sendCoOpinion').payload).toMatchObject({
      coOpinionId: sent.coOpinions[0].id,
      publicity: 'public',
      contactPerson: '赵敏',
      contactPhone: '0731-84567890',
    });
    const leadView = await item(lead.office, it0.id);
    expect(leadView.coOpinions[0]).toMatchObject({ contactPerson: '赵敏', contactPhone: '0731-84567890' });
    const coTask = leadView.tasks.find((t: { role: string }) => t.role === 'co');
    expect(coTask.state).toBe('opinionSent');
    await lead.office.ok('POST', `/api/items/${it0.id}/co-tasks/${coTask.id}/return`, {
      coTaskVersion: coTask.version,
      reason: '意见过于简单，请补充具体措施',
    });
    r = await send(lead.office, it0.id, signed);
    expect(r.body.code).toBe('CO_OPINION_MISSING');
    // The office overrides with a reason.
    await liaison.ok('POST', `/api/items/${it0.id}/replies/${signed.id}/override`, {
      version: signed.version,
      check: 'coOpinion',
      reason: '会办单位已书面说明，主办单位先行答复',
    });
    const fresh = (await item(lead.office, it0.id)).replies[0];
    r = await send(lead.office, it0.id, fresh);
    expect(r.status).toBe(200);
    const after = await item(liaison, it0.id);
    expect(after.item.state).toBe('replied');
    expect(after.item.resultClass).toBe('C');
  });

  it('split: each unit replies on its part; the item is replied when all parts are', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    await assign(liaison, it0.id, 'split', [
      { unitId: units[0].unitId, role: 'split' },
      { unitId: units[1].unitId, role: 'split' },
    ]);
    for (const [i, u] of [units[0], units[1]].entries()) {
      await contact(u.handler, it0.id);
      const s = await draftAndSign(
        u,
        it0.id,
        i === 0 ? 'A' : 'B',
        i === 1 ? { commitments: [{ content: '2026年底前完成改造', targetDate: '2026-12-31' }] } : {},
      );
      expect((await send(u.office, it0.id, s)).status).toBe(200);
      expect((await item(liaison, it0.id)).item.state).toBe(i === 0 ? 'handling' : 'replied');
    }
    const done = await item(liaison, it0.id);
    expect(done.item.resultClass).toBe('B');
    expect(done.commitments).toHaveLength(1);
    // R-TRACK-1: strike the commitment off.
    const cm = done.commitments[0];
    const struck = await liaison.ok('POST', `/api/items/${it0.id}/commitments/${cm.id}`, {
      action: 'strikeOff',
      version: cm.version,
      note: '已完成改造并验收',
    });
    expect(struck.state).toBe('struckOff');
  });

  it('leader-led needs a leader; a B reply needs commitments (R-ASSIGN-1, R-TRACK-1)', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    const v = (await item(liaison, it0.id)).item.version;
    const bad = await liaison.post(`/api/items/${it0.id}/assignment`, { version: v, mode: 'leaderLed', units: [{ unitId: units[0].unitId, role: 'lead' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('LEADER_REQUIRED');
    await assign(
      liaison,
      it0.id,
      'leaderLed',
      [
        { unitId: units[0].unitId, role: 'lead' },
        { unitId: units[1].unitId, role: 'co' },
      ],
      { leadingLeader: '副省长 王某某' },
    );
    await contact(units[0].handler, it0.id);
    await sendCoOpinion(units[1], it0.id, '同意主办单位意见', { publicity: 'private', privateReason: '涉及未公开规划' });
    const s = await draftAndSign(units[0], it0.id, 'B');
    const r = await send(units[0].office, it0.id, s);
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('COMMITMENT_REQUIRED');
  });

  it('draft assignment, adjustment request and reassignment (R-ASSIGN-2/3)', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    const v = (await item(liaison, it0.id)).item.version;
    await liaison.ok('POST', `/api/items/${it0.id}/draft-assignment`, { version: v, mode: 'single', units: [{ unitId: units[0].unitId, role: 'lead' }] });
    const t = (await item(units[0].office, it0.id)).tasks[0];
    expect(t.state).toBe('draft');
    const req = await units[0].office.ok('POST', `/api/items/${it0.id}/adjustment-requests`, { taskVersion: t.version, reason: '该事项属省财政厅职责' });
    await liaison.ok('POST', `/api/items/${it0.id}/adjustment-requests/${req.id}/decision`, {
      approve: true,
      note: '同意调整',
      addUnits: [{ unitId: units[1].unitId, role: 'lead' }],
    });
    // The first unit no longer sees the item.
    expect((await units[0].office.get(`/api/items/${it0.id}`)).status).toBe(404);
    await assign(liaison, it0.id, 'single', [{ unitId: units[1].unitId, role: 'lead' }]);
    // Within the window the new unit may ask too; the office rejects.
    const t2 = (await item(units[1].office, it0.id)).tasks[0];
    const req2 = await units[1].office.ok('POST', `/api/items/${it0.id}/adjustment-requests`, { taskVersion: t2.version, reason: '建议由交通厅办理' });
    await liaison.ok('POST', `/api/items/${it0.id}/adjustment-requests/${req2.id}/decision`, { approve: false, note: '属于本单位职责，请继续办理' });
    expect((await item(units[1].office, it0.id)).tasks[0].state).toBe('assigned');
    // After the window only the office can reassign (R-ASSIGN-3).
    const old = await submit(deputies[0], c, [], '关于完善城乡公交一体化的建议');
    await accept(liaison, old.id);
    await assign(liaison, old.id, 'single', [{ unitId: units[2].unitId, role: 'lead' }], { assignedOn: '2025-02-12' });
    const t3 = (await item(units[2].office, old.id)).tasks[0];
    const late = await units[2].office.post(`/api/items/${old.id}/adjustment-requests`, { taskVersion: t3.version, reason: '非本单位职责' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('ADJUSTMENT_WINDOW_CLOSED');
    const v3 = (await item(liaison, old.id)).item.version;
    await liaison.ok('POST', `/api/items/${old.id}/reassignment`, {
      version: v3,
      mode: 'single',
      units: [{ unitId: units[1].unitId, role: 'lead' }],
      reason: '职责调整',
    });
    const after = await item(liaison, old.id);
    expect(after.item.assignedOn).toBe('2025-02-12'); // the base is kept
    expect(after.tasks.filter((x: { state: string }) => x.state !== 'withdrawn').map((x: { unitId: number }) => x.unitId)).toEqual([units[1].unitId]);
  });

  it('dissatisfied → forwarded → re-handled → evaluated again → closed (R-EVAL-2/3)', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    await assign(liaison, it0.id, 'single', [{ unitId: units[0].unitId, role: 'lead' }]);
    await contact(units[0].handler, it0.id);
    await send(units[0].office, it0.id, await draftAndSign(units[0], it0.id, 'C'));
    await deputies[0].ok('POST', `/api/items/${it0.id}/evaluations`, { result: 'dissatisfied', comment: '答复空泛' });
    let d0 = await item(liaison, it0.id);
    expect(d0.item.state).toBe('dissatisfied');
    await liaison.ok('POST', `/api/items/${it0.id}/rehandling`, { version: d0.item.version, note: '请重新研究办理并当面沟通' });
    d0 = await item(liaison, it0.id);
    expect(d0.item.state).toBe('rehandling');
    expect(d0.item.round).toBe(2);
    const rehandle = d0.deadlines.find((x: { kind: string }) => x.kind === 'rehandle');
    expect(rehandle.rule.duration).toEqual({ amount: 30, unit: 'calendarDays' });
    // R-EVAL-2: the unit meets the deputy face to face after the feedback, then replies again.
    await contact(units[0].handler, it0.id, 'visit', todayInShanghai());
    const again = await send(
      units[0].office,
      it0.id,
      await draftAndSign(units[0], it0.id, 'B', { commitments: [{ content: '列入明年计划', targetDate: '2026-06-30' }] }),
    );
    expect(again.status).toBe(200);
    await deputies[0].ok('POST', `/api/items/${it0.id}/evaluations`, { result: 'dissatisfied', comment: '承诺事项时间太晚' });
    d0 = await item(liaison, it0.id);
    expect(d0.item.state).toBe('closed');
    expect(d0.item.closeReason).toBe('rehandledEvaluated');
  });

  it('review: return and resubmit, not accepted, reference item closed by contact, merge (R-REVIEW-1/2)', async () => {
    const a = await submit(deputies[0], c);
    const ret = await liaison.ok('POST', `/api/items/${a.id}/review`, { decision: 'return', version: a.version, reason: '请补充具体问题和建议' });
    expect(ret.state).toBe('returned');
    const other = await deputies[1].post(`/api/items/${a.id}/resubmit`, { version: ret.version, title: 'x', body: 'y' });
    expect(other.status).toBe(404); // not their item
    const re = await deputies[0].ok('POST', `/api/items/${a.id}/resubmit`, {
      version: ret.version,
      title: '关于加强农村饮水工程管护的建议',
      body: '补充后的正文',
    });
    expect(re.state).toBe('submitted');
    const b = await submit(deputies[1], c, [], '关于个人房屋纠纷的建议');
    expect((await liaison.ok('POST', `/api/items/${b.id}/review`, { decision: 'reject', version: b.version, reason: '属于个人诉求' })).state).toBe(
      'notAccepted',
    );
    const r = await submit(deputies[2], c, [], '关于研究设立乡村教师专项津贴的建议');
    const ref = await liaison.ok('POST', `/api/items/${r.id}/review`, {
      decision: 'reference',
      version: r.version,
      reason: '供有关部门研究参考',
      unitId: units[0].unitId,
    });
    expect(ref.state).toBe('referenceItem');
    expect((await item(liaison, r.id)).item.currentDue).toBe('2025-10-31'); // R-REVIEW-1 default contact date
    await contact(units[0].handler, r.id, 'phone');
    const refClosed = await item(liaison, r.id);
    expect(refClosed.item.state).toBe('closed');
    expect(refClosed.item.currentDue).toBeNull();
    // Merge two near-duplicates; the merged item's deputy joins the primary.
    const p = await submit(deputies[0], c, [], '关于加快高速公路建设的建议');
    const m = await submit(deputies[1], c, [], '关于加快推进高速公路建设的建议');
    const early = await liaison.post(`/api/items/${p.id}/merge`, { primaryVersion: p.version, merged: [{ itemId: m.id, version: m.version }] });
    expect(early.body.code).toBe('MERGE_PRIMARY_STATE'); // the primary must be accepted first
    const pa = await accept(liaison, p.id);
    const merged = await liaison.ok('POST', `/api/items/${p.id}/merge`, { primaryVersion: pa.version, merged: [{ itemId: m.id, version: m.version }] });
    expect(merged.id).toBe(p.id);
    expect((await item(liaison, m.id)).item.state).toBe('merged');
    const signers = (await item(liaison, p.id)).signers.map((s: { deputyId: number }) => s.deputyId);
    expect(signers).toContain(c.deputyIds[1]);
  });

  it('an approved extension moves the reply deadline so the item is no longer overdue (R-REPLY-7, R-SUP-1)', async () => {
    const it0 = await submit(deputies[0], c);
    await accept(liaison, it0.id);
    const today = todayInShanghai();
    const assignedOn = addMonths(today, -4);
    await assign(liaison, it0.id, 'single', [{ unitId: units[0].unitId, role: 'lead' }], { assignedOn });
    let row = (await liaison.ok('GET', `/api/items?light=red&sessionId=${c.sessionId}`)).rows.find((x: { id: number }) => x.id === it0.id);
    expect(row.light).toBe('red');
    const req = await units[0].office.ok('POST', `/api/items/${it0.id}/extension-requests`, { reason: '涉及面广，需跨部门协调' });
    await liaison.ok('POST', `/api/items/${it0.id}/extension-requests/${req.id}/decision`, { approve: true, note: '同意延期' });
    const d0 = await item(liaison, it0.id);
    expect(d0.item.replyDue).toBe(addMonths(assignedOn, 6));
    expect(d0.item.light).not.toBe('red');
    row = (await liaison.ok('GET', `/api/items?light=red&sessionId=${c.sessionId}`)).rows.find((x: { id: number }) => x.id === it0.id);
    expect(row).toBeUndefined();
  });

  it('50 concurrent conflicting transitions on one item: exactly one wins, the rest get 409, history consistent', async () => {
    const it0 = await submit(deputies[0], c);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => liaison.post(`/api/items/${it0.id}/review`, { decision: 'accept', version: it0.version })),
    );
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const r of conflicts) expect(['STALE_VERSION', 'ILLEGAL_TRANSITION']).toContain(r.body.code);
    const d0 = await item(liaison, it0.id);
    expect(d0.item.state).toBe('accepted');
    expect(d0.item.version).toBe(it0.version + 1);
    expect(d0.history.filter((e: { type: string }) => e.type === 'acceptSuggestion')).toHaveLength(1);
  });
});
