import { beforeEach, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { createCppcc, type Cppcc } from './helpers/cppcc';
import { DB_KINDS } from './helpers/db';
import { contact, draftAndSign, item, send } from './helpers/flow';

/**
 * Who hears of a proposal (§7, §8): the proposal committee and the government office of the congress beside
 * it, never the congress's liaison office; members in a proposal's words (提案, 委员).
 */
describe.each(DB_KINDS)('notices of CPPCC proposals on %s', (kind) => {
  let { d, app, c, liaison, gov, u } = {} as CongressSetup;
  useCongress(kind, { gov: true }, (s) => ({ d, app, c, liaison, gov, u } = s));
  let p: Cppcc;
  let office: Client;
  let member: Client;

  beforeEach(async () => {
    p = await createCppcc(d.db, c);
    office = await Client.login(app, p.users.proposalOffice.username);
    member = await Client.login(app, p.users.members[0].username);
  });

  const inbox = async (who: Client, itemId: number) =>
    (await who.ok('GET', '/api/notifications')).rows.filter((r: { itemId: number }) => r.itemId === itemId) as { type: string; title: string; body: string }[];

  it('a unit’s adjustment request on a proposal waits on the proposal committee and the government office; the member hears of acceptance and the reply as 提案', async () => {
    const created = await member.ok('POST', '/api/items', {
      sessionId: p.sessionId,
      title: '关于加快发展县域职业教育的提案',
      body: '一、现状……二、建议……',
      categoryId: p.categoryIds[0],
      cosignerDeputyIds: [],
    });
    let v = (await item(office, created.id)).item.version;
    await office.ok('POST', `/api/items/${created.id}/review`, { decision: 'accept', version: v, categoryId: p.categoryIds[0] });
    v = (await item(office, created.id)).item.version;
    await office.ok('POST', `/api/items/${created.id}/assignment`, { version: v, mode: 'single', units: [{ unitId: u[0].unitId, role: 'lead' }] });
    const task = (await item(u[0].office, created.id)).tasks[0];
    await u[0].office.ok('POST', `/api/items/${created.id}/adjustment-requests`, { taskVersion: task.version, reason: '主要职责在交通运输部门' });
    await dispatchOutbox(d.db, new Date());

    expect((await inbox(office, created.id)).map((m) => m.type)).toContain('adjustmentRequested');
    const govMsg = (await inbox(gov, created.id)).find((m) => m.type === 'adjustmentRequested');
    expect(govMsg?.body).toContain(`号提案《关于加快发展县域职业教育的提案》`);
    expect(await inbox(liaison, created.id)).toEqual([]);

    const accepted = (await inbox(member, created.id)).find((m) => m.type === 'acceptSuggestion');
    expect(accepted?.title).toBe('提案已立案');

    // The adjustment refused, the unit answers; the member is told in a proposal's words.
    const req = (await item(office, created.id)).requests[0];
    await office.ok('POST', `/api/items/${created.id}/adjustment-requests/${req.id}/decision`, { approve: false, note: '请主办' });
    await contact(u[0].handler, created.id);
    const signed = await draftAndSign(u[0], created.id, 'A');
    expect((await send(u[0].office, created.id, signed)).status).toBe(200);
    await dispatchOutbox(d.db, new Date());
    const received = (await inbox(member, created.id)).find((m) => m.type === 'replyReceived');
    expect(received).toEqual(
      expect.objectContaining({ title: '收到答复', body: expect.stringMatching(/^第 .+ 号提案《关于加快发展县域职业教育的提案》已答复/) }),
    );
    for (const m of await inbox(member, created.id)) expect(m.title + m.body).not.toMatch(/建议|代表/);
  });
});
