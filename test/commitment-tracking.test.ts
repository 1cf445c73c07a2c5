import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/deadlines';
import { queryRows, type Db } from '../server/db/client';
import { sessions } from '../server/db/schema';
import { remindCommitments } from '../server/usecases/commitments/remind-commitments';
import { Client, loginUnit } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, assign, contact, draftAndSign, item, send, submit, submitAndAssign, sendCoOpinion } from './helpers/flow';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
type Unit = Awaited<ReturnType<typeof loginUnit>>;
type Row = Record<string, any>;

/** R-TRACK-1 (B commitments: evidence, strike-off approval, carry-over, reminders) and R-TRACK-2 (the look-back), through HTTP. */
describe.each(DB_KINDS)('commitment tracking on %s', (kind) => {
  let { d, app, c, liaison, gov, dep, u } = {} as CongressSetup;
  useCongress(kind, { units: 3, gov: true }, (s) => ({ d, app, c, liaison, gov, dep, u } = s));

  /** An item assigned to `units` (split when several), each replying with its class; B replies carry `commitments`. */
  async function replied(
    title: string,
    parts: { unit: Unit; cls: 'A' | 'B' | 'C' }[],
    commitments = [{ content: '2027年底前完成改造', targetDate: '2027-12-31' }],
  ) {
    const split = parts.length > 1;
    const id = await submitAndAssign(
      dep,
      liaison,
      c,
      title,
      split ? 'split' : 'single',
      parts.map((p) => ({ unitId: p.unit.unitId, role: split ? 'split' : 'lead' })),
    );
    for (const p of parts) {
      await contact(p.unit.handler, id);
      const r = await send(p.unit.office, id, await draftAndSign(p.unit, id, p.cls, p.cls === 'B' ? { commitments } : {}));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    return id;
  }
  const commitmentsOf = async (client: Client, id: number) => ((await item(client, id)).commitments as Row[]).sort((x, y) => x.id - y.id);
  const change = (client: Client, id: number, cm: Row, body: object) => client.post(`/api/items/${id}/commitments/${cm.id}`, { version: cm.version, ...body });
  const upload = (client: Client, id: number, filename: string) =>
    client.ok('POST', `/api/items/${id}/attachments`, { filename, mimeType: 'application/pdf', contentBase64: PDF });
  const outbox = (where: ReturnType<typeof sql>) => queryRows<Row>(d.db, sql`select * from outbox where ${where} order by id`);
  const events = (id: number, type: string) => queryRows<Row>(d.db, sql`select * from item_events where item_id = ${id} and type = ${type} order by id`);

  it('a progress report cites the item’s attachments as evidence; another item’s or another unit’s is refused (R-TRACK-1)', async () => {
    const id = await replied('关于分步改造老旧小区的建议', [
      { unit: u[0], cls: 'B' },
      { unit: u[1], cls: 'A' },
    ]);
    const other = await replied('关于加强校园安全的建议', [{ unit: u[0], cls: 'A' }]);
    const [cm] = await commitmentsOf(u[0].office, id);
    const own = await upload(u[0].office, id, '施工合同.pdf');
    const foreignItem = await upload(u[0].office, other, '另一件的材料.pdf');
    const otherUnit = await upload(u[1].office, id, '财政厅材料.pdf');
    for (const bad of [foreignItem.id, otherUnit.id, 999_999]) {
      const r = await change(u[0].office, id, cm, { action: 'progress', note: '已签订施工合同', attachmentIds: [own.id, bad] });
      expect(r.status, String(bad)).toBe(400);
      expect(r.body.code).toBe('EVIDENCE_NOT_FOUND');
      expect(r.body.message).toMatch(/佐证材料/);
    }
    // Nothing was written by the refused attempts.
    expect((await commitmentsOf(u[0].office, id))[0]).toMatchObject({ version: cm.version, progress: [] });
    const p = (await change(u[0].office, id, cm, { action: 'progress', note: '已签订施工合同，进场施工', attachmentIds: [own.id, own.id] })).body;
    expect(p.progress).toEqual([expect.objectContaining({ note: '已签订施工合同，进场施工', attachmentIds: [own.id], by: 'u0-office' })]);
    // The register and the item page show the evidence; the unit can download it.
    const reg = await u[0].office.ok('GET', `/api/commitments?state=open`);
    expect(reg.rows).toEqual([expect.objectContaining({ id: cm.id, evidence: [{ id: own.id, filename: '施工合同.pdf' }] })]);
    const onPage = await item(liaison, id);
    expect(onPage.commitments[0].progress[0].attachmentIds).toEqual([own.id]);
    expect(onPage.attachments.map((a: Row) => a.id)).toContain(own.id);
    expect((await u[0].office.raw(`/api/items/${id}/attachments/${own.id}`)).statusCode).toBe(200);
    expect((await events(id, 'updateCommitment'))[0].payload).toMatchObject({ commitmentId: cm.id, attachmentIds: [own.id] });
  });

  it('strike-off needs the office’s approval: request → approve, request → reject with a reason; stale 409; a unit cannot decide (R-TRACK-1)', async () => {
    const id = await replied(
      '关于建设城乡供水一体化工程的建议',
      [{ unit: u[0], cls: 'B' }],
      [
        { content: '2026年完成管网规划', targetDate: '2026-10-31' },
        { content: '2027年完成管网铺设', targetDate: '2027-10-31' },
        { content: '2028年实现城乡同网同价', targetDate: '2028-10-31' },
      ],
    );
    const [a0, b0, x] = await commitmentsOf(u[0].office, id);
    let [a, b] = [a0, b0];
    // Only the owning unit asks; a note is required.
    expect((await change(u[1].office, id, a, { action: 'requestStrikeOff', note: '已完成' })).status).toBe(404);
    expect((await change(u[0].office, id, a, { action: 'requestStrikeOff', note: ' ' })).body.code).toBe('VALIDATION_FAILED');
    const req = await change(u[0].office, id, a, { action: 'requestStrikeOff', note: '管网规划已经市政府批复' });
    expect(req.status).toBe(200);
    expect(req.body).toMatchObject({ state: 'strikeOffRequested', strikeOffRequestNote: '管网规划已经市政府批复' });
    expect(req.body.strikeOffRequestedAt).toBeTruthy();
    const toOffices = await outbox(sql`type = 'commitmentStrikeOffRequested' and item_id = ${id}`);
    expect(toOffices.map((o) => o.recipient_role).sort()).toEqual(['governmentOffice', 'liaisonOffice']);
    // A second request, a unit's approval, the office's stale approval: refused, nothing changes.
    expect((await change(u[0].office, id, req.body, { action: 'requestStrikeOff', note: '再次申请' })).status).toBe(409);
    const unitApproves = await change(u[0].office, id, req.body, { action: 'approveStrikeOff', note: '同意' });
    expect(unitApproves.status).toBe(403);
    expect(unitApproves.body.code).toBe('FORBIDDEN');
    const stale = await change(liaison, id, a, { action: 'approveStrikeOff', note: '同意' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const approved = await change(liaison, id, req.body, { action: 'approveStrikeOff' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'struckOff', closedNote: '管网规划已经市政府批复' });
    expect((await outbox(sql`type = 'commitmentStrikeOffDecided' and item_id = ${id}`)).map((o) => [o.recipient_org_id, o.payload.approve])).toEqual([
      [u[0].unitId, true],
    ]);

    // Rejection needs a reason and sends the commitment back to tracking.
    const req2 = (await change(u[0].office, id, b, { action: 'requestStrikeOff', note: '已完成铺设' })).body;
    expect((await change(gov, id, req2, { action: 'rejectStrikeOff' })).body.code).toBe('VALIDATION_FAILED');
    const rejected = await change(gov, id, req2, { action: 'rejectStrikeOff', note: '尚有两个乡镇未通水，请继续推进' });
    expect(rejected.body.state).toBe('registered');
    expect((await outbox(sql`type = 'commitmentStrikeOffDecided' and item_id = ${id}`)).at(-1)).toMatchObject({
      recipient_org_id: u[0].unitId,
      payload: expect.objectContaining({ approve: false }),
    });
    const reg = await u[0].office.ok('GET', `/api/commitments?state=registered`);
    expect(reg.rows.find((r: Row) => r.id === b.id)).toMatchObject({ lastRejection: '尚有两个乡镇未通水，请继续推进', strikeOffRequestNote: '已完成铺设' });
    // The office still converts to C (with a reason), also from a pending request, and strikes off directly.
    const req3 = (await change(u[0].office, id, x, { action: 'requestStrikeOff', note: '已出台价格政策' })).body;
    expect((await change(liaison, id, req3, { action: 'convertToC', note: '受国家价格政策调整影响，暂不具备条件' })).body.state).toBe('convertedToC');
    [a, b] = await commitmentsOf(liaison, id);
    expect((await change(liaison, id, b, { action: 'strikeOff', note: '经核查已全部通水' })).body.state).toBe('struckOff');
    expect((await change(liaison, id, a, { action: 'strikeOff', note: '再销一次' })).status).toBe(409);
    // Every step is on the item's history.
    const history = (await item(liaison, id)).history.map((e: Row) => e.type);
    for (const t of ['requestCommitmentStrikeOff', 'approveCommitmentStrikeOff', 'rejectCommitmentStrikeOff', 'convertCommitmentToC', 'strikeOffCommitment'])
      expect(history, t).toContain(t);
    expect(history.filter((t: string) => t === 'requestCommitmentStrikeOff')).toHaveLength(3);
  });

  it('carry-over moves the open commitments into the newest session, once; the register filters by tracked and origin session (R-TRACK-1)', async () => {
    const id = await replied(
      '关于推进县域医共体建设的建议',
      [{ unit: u[0], cls: 'B' }],
      [
        { content: '完成医共体组建', targetDate: '2026-06-30' },
        { content: '实现检查结果互认', targetDate: '2026-12-31' },
        { content: '建成远程会诊中心', targetDate: '2027-06-30' },
        { content: '推行总额付费', targetDate: '2027-12-31' },
      ],
    );
    const [a, b, x, y] = await commitmentsOf(liaison, id);
    await change(liaison, id, a, { action: 'strikeOff', note: '已完成' });
    await change(liaison, id, b, { action: 'convertToC', note: '医保政策调整' });
    await change(u[0].office, id, x, { action: 'requestStrikeOff', note: '中心已建成' });
    // No newer session yet: nothing to carry.
    expect(await liaison.ok('POST', '/api/commitments/carry-over')).toMatchObject({ toSessionId: c.sessionId, carried: 0 });
    const [next] = await d.db.insert(sessions).values({ congressId: c.congressId, name: '十四届人大四次会议', code: `14-4`, year: 2026 }).returning();
    expect((await u[0].office.post('/api/commitments/carry-over')).status).toBe(403);
    const first = await liaison.ok('POST', '/api/commitments/carry-over');
    expect(first).toEqual({ toSessionId: next.id, toSessionName: '十四届人大四次会议', carried: 2 });
    expect(await gov.ok('POST', '/api/commitments/carry-over')).toMatchObject({ carried: 0 });
    const after = await commitmentsOf(liaison, id);
    expect(after.map((m) => [m.state, m.trackedSessionId, !!m.carriedOverAt])).toEqual([
      ['struckOff', null, false],
      ['convertedToC', null, false],
      ['strikeOffRequested', next.id, true],
      ['registered', next.id, true],
    ]);
    const moved = await events(id, 'carryOverCommitment');
    expect(moved.map((e) => e.payload.commitmentId)).toEqual([x.id, y.id]);
    expect(moved[0].payload).toMatchObject({ fromSessionId: c.sessionId, toSessionId: next.id });
    expect(await outbox(sql`type = 'commitmentsCarriedOver' and recipient_org_id = ${u[0].unitId}`)).toHaveLength(1);
    // A carried-over commitment keeps its version discipline: the unit's stale version is refused.
    expect((await change(u[0].office, id, y, { action: 'progress', note: '进展' })).status).toBe(409);
    const reg = (q: string) => liaison.ok('GET', `/api/commitments?${q}`);
    expect((await reg(`trackedSessionId=${next.id}`)).rows.map((r: Row) => r.id)).toEqual([x.id, y.id]);
    expect((await reg(`trackedSessionId=${c.sessionId}`)).rows.map((r: Row) => r.id)).toEqual([a.id, b.id]);
    expect((await reg(`sessionId=${c.sessionId}`)).total).toBe(4);
    expect((await reg(`carriedOver=true`)).rows.map((r: Row) => [r.id, r.trackedSessionName, r.sessionName])).toEqual([
      [x.id, '十四届人大四次会议', '十四届人大三次会议'],
      [y.id, '十四届人大四次会议', '十四届人大三次会议'],
    ]);
    expect((await reg('state=open')).total).toBe(2);
    expect((await reg('state=strikeOffRequested')).rows.map((r: Row) => r.id)).toEqual([x.id]);
  });

  describe('reminders before each target date (R-TRACK-1)', () => {
    const at = (day: string) => new Date(`${day}T08:00:00+08:00`);
    const run = (day: string) => d.db.transaction((tx) => remindCommitments({ tx: tx as unknown as Db, now: at(day), scheduledFor: at(day) }));
    const sentFor = async (ids: number[]) =>
      (
        await outbox(
          sql`type = 'commitmentDue' and (payload->>'commitmentId')::int in (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )})`,
        )
      ).map((o) => [o.payload.commitmentId, o.payload.stage, o.payload.daysLeft]);

    it('sends the 30- and 7-day reminders and the overdue one once each, run day by day; none for a struck-off commitment', async () => {
      const target = '2027-05-20';
      const id = await replied(
        '关于完善农村养老服务的建议',
        [{ unit: u[0], cls: 'B' }],
        [
          { content: '建成乡镇养老服务中心', targetDate: target },
          { content: '出台运营补贴办法', targetDate: target },
        ],
      );
      const [open, done] = await commitmentsOf(liaison, id);
      await change(liaison, id, done, { action: 'strikeOff', note: '办法已出台' });
      for (let n = 33; n >= -3; n--) await run(addDays(target, -n));
      expect(await sentFor([open.id, done.id])).toEqual([
        [open.id, 30, 30],
        [open.id, 7, 7],
        [open.id, 'overdue', -1],
      ]);
      const rows = await outbox(sql`type = 'commitmentDue' and item_id = ${id}`);
      expect(rows.every((o) => o.recipient_org_id === u[0].unitId && o.dedupe_key.startsWith(`commitmentDue:${open.id}:${target}:`))).toBe(true);
      // Logged on the item's history by 系统, visible to the unit, not to the deputy.
      const logged = await events(id, 'remindCommitment');
      expect(logged.map((e) => [e.actor_name, e.actor_user_id, e.payload.stage])).toEqual([
        ['系统', null, 30],
        ['系统', null, 7],
        ['系统', null, 'overdue'],
      ]);
      expect((await item(u[0].office, id)).history.filter((e: Row) => e.type === 'remindCommitment')).toHaveLength(3);
      expect((await item(dep, id)).history.filter((e: Row) => e.type === 'remindCommitment')).toHaveLength(0);
      // Running the same day again sends nothing.
      await run(addDays(target, 3));
      expect(await sentFor([open.id])).toHaveLength(3);
    });

    it('catches up after downtime: a missed reminder goes out once at the next run; several missed at once give the most urgent only', async () => {
      const target = '2027-09-10';
      const id = await replied(
        '关于加快乡村道路建设的建议',
        [{ unit: u[1], cls: 'B' }],
        [
          { content: '完成通村公路硬化', targetDate: target },
          { content: '完成安防工程', targetDate: target },
          { content: '完成路灯安装', targetDate: addDays(target, -35) },
        ],
      );
      const [a, b, early] = await commitmentsOf(liaison, id);
      await run(addDays(target, -40));
      expect(await sentFor([a.id, b.id])).toEqual([]);
      // 5 days left at the first run: the 30-day reminder is superseded by the 7-day one.
      expect(await sentFor([early.id])).toEqual([[early.id, 7, 5]]);
      await run(addDays(target, -20)); // the 30-day day was missed
      await run(addDays(target, -19));
      expect(await sentFor([a.id])).toEqual([[a.id, 30, 20]]);
      await run(addDays(target, -2)); // the 7-day day was missed
      await run(addDays(target, -1));
      await run(addDays(target, 12)); // the first overdue day was missed
      await run(addDays(target, 13));
      expect(await sentFor([a.id])).toEqual([
        [a.id, 30, 20],
        [a.id, 7, 2],
        [a.id, 'overdue', -12],
      ]);
      expect(await sentFor([early.id])).toEqual([
        [early.id, 7, 5],
        [early.id, 'overdue', -15],
      ]);
      // b was reminded alongside a; a new target date starts its reminders anew.
      const [, b2] = await commitmentsOf(u[1].office, id);
      expect(b2.version).toBe(b.version);
      await change(u[1].office, id, b2, { action: 'progress', note: '工期顺延', targetDate: addDays(target, 40) });
      await run(addDays(target, 14));
      expect((await sentFor([b.id])).at(-1)).toEqual([b.id, 30, 26]);
    });

    it('uses the rules profile of the congress for the current year', async () => {
      const admin = await Client.login(app, c.users.admin.username);
      await admin.ok('PUT', '/api/rules-profiles/2027', { values: { commitmentReminderDays: [10] } });
      const target = '2027-11-30';
      const id = await replied('关于规范校外培训的建议', [{ unit: u[2], cls: 'B' }], [{ content: '出台监管办法', targetDate: target }]);
      const [cm] = await commitmentsOf(liaison, id);
      await run(addDays(target, -30));
      await run(addDays(target, -10));
      expect(await sentFor([cm.id])).toEqual([[cm.id, 10, 10]]);
    });
  });

  describe('the yearly look-back (R-TRACK-2)', () => {
    it('creates one review per past A/B item and replying unit, once; units fill their own; the counts add up', async () => {
      const aItem = await replied('关于治理城市内涝的建议', [{ unit: u[0], cls: 'A' }]);
      const bItem = await replied('关于建设智慧农业示范区的建议', [{ unit: u[1], cls: 'B' }]);
      await replied('关于提高最低工资标准的建议', [{ unit: u[2], cls: 'C' }]);
      const splitItem = await replied('关于完善城乡交通网络的建议', [
        { unit: u[0], cls: 'A' },
        { unit: u[1], cls: 'C' },
      ]);
      // A lead + co item: the co-handler reviews nothing (its opinion is not a reply).
      const lc = await submit(dep, c, [], '关于发展职业教育的建议');
      await accept(liaison, lc.id);
      await assign(liaison, lc.id, 'leadCo', [
        { unitId: u[2].unitId, role: 'lead' },
        { unitId: u[0].unitId, role: 'co' },
      ]);
      await sendCoOpinion(u[0], lc.id, '同意');
      await contact(u[2].handler, lc.id);
      expect((await send(u[2].office, lc.id, await draftAndSign(u[2], lc.id, 'A'))).status).toBe(200);
      // Not yet replied: nothing to review.
      const open = await submit(dep, c, [], '关于保护古村落的建议');
      await accept(liaison, open.id);
      await assign(liaison, open.id, 'single', [{ unitId: u[0].unitId, role: 'lead' }]);

      // The items are of 2025: a 2025 look-back has nothing past; units and future years are refused.
      expect(await liaison.ok('POST', '/api/look-backs', { year: 2025 })).toMatchObject({ year: 2025, created: 0 });
      expect((await u[0].office.post('/api/look-backs', { year: 2026 })).status).toBe(403);
      const future = await liaison.post('/api/look-backs', { year: 2099 });
      expect([future.status, future.body.code]).toEqual([400, 'LOOK_BACK_FUTURE_YEAR']);

      const started = await liaison.ok('POST', '/api/look-backs', { year: 2026 });
      expect(started).toMatchObject({ year: 2026, created: 4, units: 3 });
      expect(await gov.ok('POST', '/api/look-backs', { year: 2026 })).toMatchObject({ lookBackId: started.lookBackId, created: 0, units: 0 });
      const [{ n }] = await queryRows<{ n: number }>(d.db, sql`select count(*)::int as n from look_back_reviews where look_back_id = ${started.lookBackId}`);
      expect(n).toBe(4);
      const told = await outbox(sql`type = 'lookBackStarted' and congress_id = ${c.congressId} and payload->>'year' = '2026'`);
      expect(told.map((o) => o.recipient_org_id).sort()).toEqual([u[0].unitId, u[1].unitId, u[2].unitId].sort());

      const all = await liaison.ok('GET', '/api/look-back-reviews?year=2026&pageSize=50');
      expect(all.rows.map((r: Row) => [r.itemId, r.unitId, r.resultClass]).sort()).toEqual(
        [
          [aItem, u[0].unitId, 'A'],
          [bItem, u[1].unitId, 'B'],
          [splitItem, u[0].unitId, 'A'],
          [lc.id, u[2].unitId, 'A'],
        ].sort(),
      );
      expect(all.rows.find((r: Row) => r.itemId === bItem)).toMatchObject({ commitments: 1, openCommitments: 1, state: 'pending' });
      // A unit sees and fills only its own.
      const mine = await u[0].office.ok('GET', '/api/look-back-reviews?year=2026');
      expect(mine.rows.map((r: Row) => r.itemId).sort()).toEqual([aItem, splitItem].sort());
      const r0 = mine.rows.find((r: Row) => r.itemId === aItem);
      const theirs = all.rows.find((r: Row) => r.itemId === bItem);
      expect((await u[0].office.put(`/api/look-back-reviews/${theirs.id}`, { version: theirs.version, finding: 'delivered', note: '已落实' })).status).toBe(
        404,
      );
      expect((await liaison.put(`/api/look-back-reviews/${r0.id}`, { version: r0.version, finding: 'delivered', note: '已落实' })).status).toBe(403);
      expect((await u[0].office.put(`/api/look-back-reviews/${r0.id}`, { version: r0.version, finding: 'done', note: '已落实' })).body.code).toBe(
        'VALIDATION_FAILED',
      );
      const filled = await u[0].handler.ok('PUT', `/api/look-back-reviews/${r0.id}`, {
        version: r0.version,
        finding: 'delivered',
        note: '排水管网改造已完工，汛期未再发生内涝',
      });
      expect(filled).toMatchObject({ state: 'submitted', finding: 'delivered', version: r0.version + 1 });
      const stale = await u[0].office.put(`/api/look-back-reviews/${r0.id}`, { version: r0.version, finding: 'inProgress', note: '改' });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
      await u[1].office.ok('PUT', `/api/look-back-reviews/${theirs.id}`, { version: theirs.version, finding: 'notDelivered', note: '示范区用地尚未落实' });
      expect(await outbox(sql`type = 'lookBackNotDelivered' and item_id = ${bItem}`)).toHaveLength(1);
      expect((await item(liaison, aItem)).history.map((e: Row) => e.type)).toEqual(expect.arrayContaining(['startLookBack', 'submitLookBackReview']));

      // Progress: by state, finding and class, and per unit; a unit sees its own line.
      const p = await liaison.ok('GET', '/api/look-backs/2026');
      expect(p.totals).toEqual({ total: 4, pending: 2, submitted: 2, delivered: 1, inProgress: 0, notDelivered: 1, classA: 3, classB: 1 });
      expect(p.units.find((x: Row) => x.unitId === u[0].unitId)).toMatchObject({ total: 2, pending: 1, submitted: 1, delivered: 1 });
      expect(p.units).toHaveLength(3);
      const own = await u[0].leader.ok('GET', '/api/look-backs/2026');
      expect(own.units.map((x: Row) => x.unitId)).toEqual([u[0].unitId]);
      expect(own.totals.total).toBe(2);
      expect((await liaison.ok('GET', '/api/look-backs/2030')).lookBack).toBeNull();
      // Filters.
      expect((await liaison.ok('GET', '/api/look-back-reviews?year=2026&state=pending')).total).toBe(2);
      expect((await liaison.ok('GET', '/api/look-back-reviews?year=2026&finding=notDelivered')).rows.map((r: Row) => r.itemId)).toEqual([bItem]);
      expect((await liaison.ok('GET', `/api/look-back-reviews?year=2026&unitId=${u[0].unitId}&resultClass=A`)).total).toBe(2);
      // The register shows the unit's latest finding beside its commitment.
      const reg = await liaison.ok('GET', `/api/commitments?unitId=${u[1].unitId}`);
      expect(reg.rows[0].lookBack).toEqual({ year: 2026, state: 'submitted', finding: 'notDelivered' });
    });
  });
});
