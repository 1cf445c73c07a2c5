import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayInShanghai, yearOf } from '../domain/deadlines';
import type { Db } from '../server/db/client';
import { organizations } from '../server/db/schema';
import { JOBS } from '../server/jobs/registry';
import { generateScheduledBulletins } from '../server/usecases/supervision/generate-scheduled-bulletins';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { createCongress } from './helpers/factories';
import { accept, contact, draftAndSign, item, send, submit, submitAndAssign, sendCoOpinion } from './helpers/flow';

describe.each(DB_KINDS)('supervision (R-SUP-2/3/4) on %s', (kind) => {
  let { d, app, c, liaison, gov, supervisor: sup, dep, u } = {} as CongressSetup;
  let committees: number[];
  useCongress(kind, { gov: true, supervisor: true }, (s) => ({ d, app, c, liaison, gov, supervisor: sup, dep, u } = s));
  beforeEach(async () => {
    committees = (
      await d.db
        .insert(organizations)
        .values(
          ['教育科学文化卫生委员会', '财政经济委员会'].map((name) => ({
            congressId: c.congressId,
            kind: 'committee',
            name: `${name}-${c.tag}`,
            isGovernment: false,
          })),
        )
        .returning()
    ).map((o) => o.id);
  });

  const rows = async <T = Record<string, unknown>>(q: ReturnType<typeof sql>): Promise<T[]> => ((await d.db.execute(q)) as unknown as { rows: T[] }).rows;

  const assigned = (title: string, mode = 'single', units: { unitId: number; role: string }[] = [{ unitId: c.unitIds[0], role: 'lead' }]) =>
    submitAndAssign(dep, liaison, c, title, mode, units);
  const supervision = (client: Client, id: number) => client.get(`/api/items/${id}/supervision`);

  it('designates, updates and revokes a key supervision: stale versions 409, units and deputies refused, logged on the item (R-SUP-3)', async () => {
    const id = await assigned('关于加强乡村学校师资配备的建议');
    const body = { kind: 'committee', committeeIds: [committees[0]], leaders: [], note: '列为年度重点督办建议' };
    expect((await u[0].office.post(`/api/items/${id}/key-supervision`, body)).status).toBe(403);
    expect((await dep.post(`/api/items/${id}/key-supervision`, body)).status).toBe(403);
    const noCommittee = await liaison.post(`/api/items/${id}/key-supervision`, { ...body, committeeIds: [] });
    expect(noCommittee.status).toBe(400);
    expect(JSON.stringify(noCommittee.body)).toContain('专委会对口督办须选择督办专委会');
    const other = await createCongress(d.db);
    const foreign = await liaison.post(`/api/items/${id}/key-supervision`, { ...body, committeeIds: [other.liaisonOfficeId] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('UNKNOWN_COMMITTEE');
    // Another congress's office does not see the item at all.
    const otherLiaison = await Client.login(app, other.users.liaison.username);
    expect((await otherLiaison.post(`/api/items/${id}/key-supervision`, body)).status).toBe(404);

    const ks = await liaison.ok('POST', `/api/items/${id}/key-supervision`, body);
    expect(ks).toMatchObject({ kind: 'committee', committeeIds: [committees[0]], active: true, version: 1 });
    const twice = await gov.post(`/api/items/${id}/key-supervision`, body);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('ALREADY_KEY_SUPERVISED');

    const upd = await sup.ok('PUT', `/api/items/${id}/key-supervision`, {
      version: 1,
      kind: 'joint',
      leaders: ['王副主任'],
      committeeIds: [committees[0]],
      note: '领导与专委会联合督办',
    });
    expect(upd).toMatchObject({ kind: 'joint', leaders: ['王副主任'], version: 2 });
    const stale = await gov.put(`/api/items/${id}/key-supervision`, { version: 1, kind: 'leaderLed', leaders: ['李主任'], committeeIds: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await u[0].office.put(`/api/items/${id}/key-supervision`, { version: 2, kind: 'leaderLed', leaders: ['李主任'] })).status).toBe(403);

    // The unit on the item sees the designation; another unit does not see the item; deputies see no supervision.
    const seen = await u[0].handler.ok('GET', `/api/items/${id}/supervision`);
    expect(seen.keySupervision).toMatchObject({ kind: 'joint', leaders: ['王副主任'], committees: [{ id: committees[0] }] });
    expect(seen.actions).toEqual([]);
    expect((await supervision(u[1].office, id)).status).toBe(404);
    expect((await supervision(dep, id)).status).toBe(403);
    const forOffice = await liaison.ok('GET', `/api/items/${id}/supervision`);
    expect(forOffice.actions).toEqual(
      expect.arrayContaining(['updateKeySupervision', 'revokeKeySupervision', 'recordSupervisionActivity', 'sendManualReminder', 'issueUrgingLetter']),
    );
    expect(forOffice.actions).not.toContain('designateKeySupervision');

    expect((await sup.post(`/api/items/${id}/key-supervision/revocation`, { version: 1, reason: '已基本解决' })).status).toBe(409);
    expect((await sup.post(`/api/items/${id}/key-supervision/revocation`, { version: 2, reason: '' })).status).toBe(400);
    await sup.ok('POST', `/api/items/${id}/key-supervision/revocation`, { version: 2, reason: '问题已基本解决，转入常规督办' });
    const after = await liaison.ok('GET', `/api/items/${id}/supervision`);
    expect(after.keySupervision).toBeNull();
    expect(after.revoked).toHaveLength(1);
    expect(after.revoked[0]).toMatchObject({ active: false, revokeNote: '问题已基本解决，转入常规督办' });
    expect(after.actions).toContain('designateKeySupervision');
    // Revoked: no update, no activity; it may be designated again.
    expect((await sup.put(`/api/items/${id}/key-supervision`, { version: 3, kind: 'leaderLed', leaders: ['李主任'] })).status).toBe(404);
    expect(
      (await sup.post(`/api/items/${id}/supervision-activities`, { kind: 'meeting', heldOn: '2025-03-01', participants: '甲', notes: '乙' })).body.code,
    ).toBe('NOT_KEY_SUPERVISED');
    await gov.ok('POST', `/api/items/${id}/key-supervision`, { kind: 'leaderLed', leaders: ['张副省长'] });

    const history = (await item(liaison, id)).history.map((e: { type: string }) => e.type);
    expect(history.filter((t: string) => t.endsWith('KeySupervision'))).toEqual([
      'designateKeySupervision',
      'updateKeySupervision',
      'revokeKeySupervision',
      'designateKeySupervision',
    ]);
    const [outbox] = await rows<{ n: number }>(
      sql`select count(*)::int as n from outbox where item_id = ${id} and type = 'keySupervisionDesignated' and recipient_org_id = ${c.unitIds[0]}`,
    );
    expect(outbox.n).toBe(2);

    // Not before acceptance.
    const fresh = await submit(dep, c, [], '关于尚未立案事项的建议');
    const early = await liaison.post(`/api/items/${fresh.id}/key-supervision`, body);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('NOT_SUPERVISABLE');
  });

  it('records supervision activities and lists key-supervised items apart, with counts and progress (R-SUP-3)', async () => {
    const a = await assigned('关于推进城乡供水一体化的建议');
    const b = await assigned('关于完善县域医共体建设的建议');
    const cc = await assigned('关于加快高速公路互通建设的建议', 'single', [{ unitId: c.unitIds[1], role: 'lead' }]);
    const plain = await assigned('关于普通事项的建议');
    await liaison.ok('POST', `/api/items/${a}/key-supervision`, { kind: 'leaderLed', leaders: ['刘副主任'] });
    await sup.ok('POST', `/api/items/${b}/key-supervision`, { kind: 'committee', committeeIds: [committees[1]] });
    await gov.ok('POST', `/api/items/${cc}/key-supervision`, { kind: 'joint', leaders: ['陈副省长'], committeeIds: [committees[0], committees[1]] });

    const today = todayInShanghai();
    const future = await sup.post(`/api/items/${a}/supervision-activities`, { kind: 'meeting', heldOn: '2099-01-01', participants: '甲', notes: '乙' });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('HELD_IN_FUTURE');
    expect((await sup.post(`/api/items/${plain}/supervision-activities`, { kind: 'meeting', heldOn: today, participants: '甲', notes: '乙' })).status).toBe(
      422,
    );
    expect((await u[0].office.post(`/api/items/${a}/supervision-activities`, { kind: 'meeting', heldOn: today, participants: '甲', notes: '乙' })).status).toBe(
      403,
    );
    await sup.ok('POST', `/api/items/${a}/supervision-activities`, {
      kind: 'research',
      heldOn: '2025-03-01',
      participants: '刘副主任、教科文卫委',
      notes: '赴长沙县调研供水工程',
    });
    const act = await sup.ok('POST', `/api/items/${a}/supervision-activities`, {
      kind: 'siteVisit',
      heldOn: today,
      participants: '刘副主任、省水利厅',
      notes: '实地察看水厂建设进度',
    });
    expect(act).toMatchObject({ kind: 'siteVisit', heldOn: today });
    const detail = await liaison.ok('GET', `/api/items/${a}/supervision`);
    expect(detail.keySupervision.activities.map((x: { kind: string }) => x.kind)).toEqual(['siteVisit', 'research']);
    expect((await item(liaison, a)).history.filter((e: { type: string }) => e.type === 'recordSupervisionActivity')).toHaveLength(2);

    // a overdue (red), b replied.
    await d.db.execute(sql`update items set current_due = '2020-01-01' where id = ${a}`);
    await contact(u[0].handler, b);
    expect((await send(u[0].office, b, await draftAndSign(u[0], b, 'A'))).status).toBe(200);

    const list = await liaison.ok('GET', `/api/key-supervisions?sessionId=${c.sessionId}`);
    expect(list.counts).toEqual({ total: 3, byKind: { leaderLed: 1, committee: 1, joint: 1 }, replied: 1, closed: 0, red: 1, yellow: 0 });
    const rowA = list.rows.find((r: { itemId: number }) => r.itemId === a);
    expect(rowA).toMatchObject({
      light: 'red',
      activityCount: 2,
      lastActivity: { kind: 'siteVisit', heldOn: today },
      units: [{ unitId: c.unitIds[0], role: 'lead' }],
    });
    expect(rowA.daysLeft).toBeLessThan(0);
    expect(list.rows[0].itemId).toBe(a); // most urgent first
    expect(list.rows.find((r: { itemId: number }) => r.itemId === cc).committees.map((x: { id: number }) => x.id)).toEqual([committees[0], committees[1]]);
    expect(list.rows.map((r: { itemId: number }) => r.itemId)).not.toContain(plain);
    expect((await sup.ok('GET', '/api/key-supervisions?kind=committee')).counts.total).toBe(1);
    expect((await sup.ok('GET', `/api/key-supervisions?committeeId=${committees[0]}`)).rows.map((r: { itemId: number }) => r.itemId)).toEqual([cc]);
    // A unit sees only its own key-supervised items; deputies none.
    const own = await u[1].leader.ok('GET', '/api/key-supervisions');
    expect(own.rows.map((r: { itemId: number }) => r.itemId)).toEqual([cc]);
    expect((await dep.get('/api/key-supervisions')).status).toBe(403);
    const committeesList = await sup.ok('GET', '/api/committees');
    expect(committeesList.map((x: { id: number }) => x.id)).toEqual(committees);
  });

  it('sends manual reminders and urging letters: logged on the item, notified to the unit, each unit sees its own (R-SUP-2)', async () => {
    const id = await assigned('关于加强农村公路养护的建议', 'leadCo', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[1], role: 'co' },
    ]);
    expect((await u[0].office.post(`/api/items/${id}/reminders`, { note: '请加快' })).status).toBe(403);
    expect((await dep.post(`/api/items/${id}/reminders`, { note: '请加快' })).status).toBe(403);
    const toStranger = await liaison.post(`/api/items/${id}/reminders`, { unitId: c.unitIds[2], note: '请加快办理' });
    expect(toStranger.status).toBe(422);
    expect(toStranger.body.code).toBe('UNIT_NOT_OPEN');
    const all = await liaison.ok('POST', `/api/items/${id}/reminders`, { note: '答复期限临近，请抓紧办理' });
    expect(all.reminders.map((r: { unitId: number; kind: string }) => [r.unitId, r.kind])).toEqual([
      [c.unitIds[0], 'manual'],
      [c.unitIds[1], 'manual'],
    ]);
    await sup.ok('POST', `/api/items/${id}/reminders`, { unitId: c.unitIds[1], note: '请尽快报送会办意见' });

    const [r] = await rows<{ n: number }>(
      sql`select count(*)::int as n from reminders where item_ids @> ${JSON.stringify([id])}::jsonb and kind = 'manual' and week is null`,
    );
    expect(r.n).toBe(3);
    const notes = await rows<{ recipient: number; type: string }>(
      sql`select recipient_org_id as recipient, type from outbox where item_id = ${id} and type = 'manualReminder' order by id`,
    );
    expect(notes.map((n) => n.recipient)).toEqual([c.unitIds[0], c.unitIds[1], c.unitIds[1]]);
    const events = (await item(liaison, id)).history.filter((e: { type: string }) => e.type === 'sendManualReminder');
    expect(events).toHaveLength(3);
    expect(events[0].payload).toMatchObject({ note: '答复期限临近，请抓紧办理', unitId: c.unitIds[0] });

    // Urging letter: numbered, dated, logged and notified.
    const year = yearOf(todayInShanghai());
    const past = await liaison.post(`/api/items/${id}/urging-letters`, { unitId: c.unitIds[0], title: '督办函', body: '正文', respondBy: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('RESPOND_BY_PAST');
    expect((await liaison.post(`/api/items/${id}/urging-letters`, { unitId: c.unitIds[0], title: '', body: '正文' })).status).toBe(400);
    expect((await u[0].office.post(`/api/items/${id}/urging-letters`, { unitId: c.unitIds[0], title: '督办函', body: '正文' })).status).toBe(403);
    const letter = await gov.ok('POST', `/api/items/${id}/urging-letters`, {
      unitId: c.unitIds[0],
      title: '关于加快办理农村公路养护建议的督办函',
      body: '该件答复期限临近，请于期限前报告办理进展。',
      respondBy: `${year + 1}-01-15`,
    });
    expect(letter).toMatchObject({ number: `督办〔${year}〕1号`, seq: 1, year, unitId: c.unitIds[0], respondBy: `${year + 1}-01-15`, issuerName: 'gov' });
    const second = await liaison.ok('POST', `/api/items/${id}/urging-letters`, { unitId: c.unitIds[1], title: '督办函', body: '请尽快报送会办意见。' });
    expect(second.number).toBe(`督办〔${year}〕2号`);
    const [ob] = await rows<{ type: string; recipient: number; payload: { letterNumber: string } }>(
      sql`select type, recipient_org_id as recipient, payload from outbox where item_id = ${id} and type = 'urgingLetter' order by id limit 1`,
    );
    expect(ob).toMatchObject({ recipient: c.unitIds[0], payload: { letterNumber: `督办〔${year}〕1号` } });
    const history = (await item(liaison, id)).history.filter((e: { type: string }) => e.type === 'issueUrgingLetter');
    expect(history.map((e: { payload: { number: string } }) => e.payload.number)).toEqual([`督办〔${year}〕1号`, `督办〔${year}〕2号`]);

    // Each unit sees its own reminders and letters, on the item page and in its history.
    const lead = await u[0].office.ok('GET', `/api/items/${id}/supervision`);
    expect(lead.reminders).toHaveLength(1);
    expect(lead.urgingLetters.map((l: { number: string }) => l.number)).toEqual([`督办〔${year}〕1号`]);
    const co = await u[1].handler.ok('GET', `/api/items/${id}/supervision`);
    expect(co.reminders).toHaveLength(2);
    expect(co.urgingLetters.map((l: { number: string }) => l.number)).toEqual([`督办〔${year}〕2号`]);
    const coHistory = (await item(u[1].office, id)).history.filter((e: { type: string }) => e.type === 'sendManualReminder' || e.type === 'issueUrgingLetter');
    expect(coHistory).toHaveLength(3);
    const office = await liaison.ok('GET', `/api/items/${id}/supervision`);
    expect(office.reminders).toHaveLength(3);
    expect(office.urgingLetters).toHaveLength(2);
    // Deputies see none of it in the history either.
    expect((await item(dep, id)).history.filter((e: { type: string }) => e.type === 'sendManualReminder')).toEqual([]);

    // Once the co-handler's opinion is sent, it is no longer reminded; an unassigned item not at all.
    await sendCoOpinion(u[1], id, '同意主办单位意见。');
    expect((await liaison.post(`/api/items/${id}/reminders`, { unitId: c.unitIds[1], note: '再催' })).body.code).toBe('UNIT_NOT_OPEN');
    const waiting = await submit(dep, c, [], '关于未交办事项的建议');
    await accept(liaison, waiting.id);
    expect((await liaison.post(`/api/items/${waiting.id}/reminders`, { note: '请加快' })).body.code).toBe('NOT_URGEABLE');
  });

  it('numbers concurrent urging letters uniquely and in sequence per congress and year (R-SUP-2)', async () => {
    const ids = await Promise.all([0, 1, 2, 3, 4].map((i) => assigned(`关于并发督办第${i}件的建议`)));
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        liaison.request('POST', `/api/items/${ids[i % 5]}/urging-letters`, { unitId: c.unitIds[0], title: `督办函${i}`, body: '请加快办理。' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const numbers = answers.map((a) => a.body.number as string);
    expect(new Set(numbers).size).toBe(10);
    expect(answers.map((a) => a.body.seq as number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  /** The bulletin scenario: unit 0 replied on time and sent its co-opinion; unit 1 is late as lead; unit 2 is late as co-handler. */
  async function bulletinScenario() {
    const i1 = await assigned('关于通报甲的建议');
    const i2 = await assigned('关于通报乙的建议', 'leadCo', [
      { unitId: c.unitIds[1], role: 'lead' },
      { unitId: c.unitIds[0], role: 'co' },
    ]);
    const i3 = await assigned('关于通报丙的建议', 'leadCo', [
      { unitId: c.unitIds[0], role: 'lead' },
      { unitId: c.unitIds[2], role: 'co' },
    ]);
    await contact(u[0].handler, i1);
    expect((await send(u[0].office, i1, await draftAndSign(u[0], i1, 'A'))).status).toBe(200);
    await sendCoOpinion(u[0], i2, '会办意见：同意。');
    await d.db.execute(sql`update tasks set due_date = '2020-01-01' where item_id = ${i2} and unit_id = ${c.unitIds[1]}`);
    await d.db.execute(sql`update tasks set due_date = '2020-01-01' where item_id = ${i3} and unit_id = ${c.unitIds[2]}`);
  }

  it('generates bulletins on demand: lead and co-handling figures apart, the units behind schedule named, numbered per year (R-SUP-4)', async () => {
    await bulletinScenario();
    expect((await sup.post('/api/bulletins', {})).status).toBe(403);
    expect((await u[0].office.get('/api/bulletins')).status).toBe(403);
    expect((await liaison.post('/api/bulletins', { sessionId: 2_000_000_000 })).status).toBe(404);
    const year = yearOf(todayInShanghai());
    const b = await liaison.ok('POST', '/api/bulletins', {});
    expect(b).toMatchObject({ number: `${year}年第1期`, seq: 1, sessionId: c.sessionId, asOf: todayInShanghai(), scheduled: false });
    expect(b.title).toContain('第十四届人民代表大会第三次会议代表建议办理进度通报'); // the session in full
    const unit = (i: number) => b.content.units.find((x: { unitId: number }) => x.unitId === c.unitIds[i]);
    expect(unit(0)).toMatchObject({
      lead: { tasks: 2, replied: 1, onTime: 1, overdue: 0, replyRate: 50 },
      co: { tasks: 1, sent: 1, overdue: 0, sentRate: 100 },
      behindSchedule: false,
    });
    expect(unit(1)).toMatchObject({ lead: { tasks: 1, replied: 0, onTime: 0, overdue: 1 }, co: { tasks: 0, sent: 0, overdue: 0 }, behindSchedule: true });
    expect(unit(2)).toMatchObject({ lead: { tasks: 0, overdue: 0 }, co: { tasks: 1, sent: 0, overdue: 1 }, behindSchedule: true });
    expect(unit(3)).toBeUndefined();
    expect(b.content.totals).toMatchObject({
      lead: { tasks: 3, replied: 1, onTime: 1, overdue: 1 },
      co: { tasks: 2, sent: 1, overdue: 1 },
      units: 3,
      unitsBehind: 2,
    });
    expect(b.content.behind.map((x: { unitId: number }) => x.unitId).sort()).toEqual([c.unitIds[1], c.unitIds[2]].sort());

    const second = await gov.ok('POST', '/api/bulletins', { sessionId: c.sessionId });
    expect(second.number).toBe(`${year}年第2期`);
    const list = await sup.ok('GET', '/api/bulletins');
    expect(list.map((x: { number: string }) => x.number)).toEqual([`${year}年第2期`, `${year}年第1期`]);
    expect(list[0]).toMatchObject({ unitsBehind: 2, generatedByName: 'gov', scheduled: false });
    const one = await sup.ok('GET', `/api/bulletins/${b.id}`);
    expect(one.content.totals).toEqual(b.content.totals);
    // Another congress sees neither.
    const other = await createCongress(d.db);
    const otherLiaison = await Client.login(app, other.users.liaison.username);
    expect(await otherLiaison.ok('GET', '/api/bulletins')).toEqual([]);
    expect((await otherLiaison.get(`/api/bulletins/${b.id}`)).status).toBe(404);
  });

  it("the monthly bulletin job runs on the profile's day, once per congress and month, caught up after downtime (R-SUP-4)", async () => {
    await bulletinScenario();
    expect(JOBS.find((j) => j.name === 'monthlyBulletin')).toMatchObject({ schedule: 'daily 07:30', label: '月度办理进度通报' });
    const run = (now: string, scheduledFor = now) =>
      d.db.transaction((tx) => generateScheduledBulletins({ tx: tx as unknown as Db, now: new Date(now), scheduledFor: new Date(scheduledFor) }));
    const ours = async () =>
      rows<{ seq: number; as_of: string; month: string; generated_by: number | null }>(
        sql`select seq, as_of::text, content->>'scheduledMonth' as month, generated_by from bulletins where congress_id = ${c.congressId} order by seq`,
      );
    // Default profile: the 1st of the month.
    await run('2026-01-31T07:30:00+08:00');
    expect(await ours()).toEqual([]);
    const first = await run('2026-02-01T07:30:00+08:00');
    expect(first.generated).toBeGreaterThanOrEqual(1);
    await run('2026-02-01T07:35:00+08:00');
    await run('2026-02-02T07:30:00+08:00');
    expect(await ours()).toEqual([{ seq: 1, as_of: '2026-02-01', month: '2026-02', generated_by: null }]);
    // A missed slot (down on the 1st) is caught up once the next day.
    await run('2026-03-02T07:30:00+08:00', '2026-03-01T07:30:00+08:00');
    await run('2026-03-03T07:30:00+08:00');
    expect((await ours()).map((b) => [b.seq, b.month, b.as_of])).toEqual([
      [1, '2026-02', '2026-02-01'],
      [2, '2026-03', '2026-03-02'],
    ]);
    // The offices are told, once per bulletin.
    const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from outbox where congress_id = ${c.congressId} and type = 'bulletinGenerated'`);
    expect(n.n).toBe(4);

    // The profile moves the day to the 15th; 0 means none.
    const admin = await Client.login(app, c.users.admin.username);
    await admin.ok('PUT', '/api/rules-profiles/2026', { values: { bulletinDayOfMonth: 15 } });
    await run('2026-04-01T07:30:00+08:00');
    expect(await ours()).toHaveLength(2);
    await run('2026-04-15T07:30:00+08:00');
    await run('2026-04-15T08:30:00+08:00');
    expect((await ours()).map((b) => b.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    await admin.ok('PUT', '/api/rules-profiles/2026', { values: { bulletinDayOfMonth: 0 } });
    await run('2026-05-15T07:30:00+08:00');
    expect(await ours()).toHaveLength(3);
    // The stored figures are those of the scheduled day, for the latest session.
    const [content] = await rows<{ content: { sessionId: number; totals: { unitsBehind: number } } }>(
      sql`select content from bulletins where congress_id = ${c.congressId} order by seq limit 1`,
    );
    expect(content.content).toMatchObject({ sessionId: c.sessionId, totals: { unitsBehind: 2 } });
  });
});
