import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../server/db/client';
import { backoffMs, deliverPending, MAX_ATTEMPTS } from '../server/jobs/deliver';
import { dispatchOutbox } from '../server/jobs/outbox-dispatch';
import type { OutgoingMessage, Senders } from '../server/notifications/senders';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { submitAndAssign } from './helpers/flow';

/** A sender that records what it was given and fails while `failures` > 0. */
function recorder() {
  const sent: OutgoingMessage[] = [];
  const s = { sent, failures: 0 };
  const sender = {
    send: async (m: OutgoingMessage) => {
      if (s.failures > 0) {
        s.failures--;
        throw new Error('网关暂时不可用');
      }
      sent.push(m);
    },
  };
  return { state: s, senders: { email: sender, sms: sender } as Senders };
}

describe.each(DB_KINDS)('notifications on %s', (kind) => {
  let { d, c, liaison, dep, u0: unit } = {} as CongressSetup;
  useCongress(kind, { units: 1 }, (s) => ({ d, c, liaison, dep, u0: unit } = s));

  const assigned = (title: string) => submitAndAssign(dep, liaison, c, title, 'single', [{ unitId: c.unitIds[0], role: 'lead' }]);

  it('a state change reaches each recipient’s inbox once, after commit, with unread counts (§7)', async () => {
    const id = await assigned('关于增设公交线路的建议');
    // Nothing in the inbox before the worker ran: the outbox holds it.
    expect((await unit.office.ok('GET', '/api/notifications/unread-count')).unread).toBe(0);
    await dispatchOutbox(d.db, new Date());
    await dispatchOutbox(d.db, new Date()); // a second pass writes nothing
    const inbox = await unit.office.ok('GET', '/api/notifications');
    const assignedMsg = inbox.rows.find((r: { type: string; itemId: number }) => r.type === 'assignSuggestion' && r.itemId === id);
    expect(assignedMsg).toMatchObject({ title: '新交办建议', readAt: null });
    expect(assignedMsg.body).toContain('关于增设公交线路的建议');
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    // Every staff member of the unit has it, once.
    const [counts] = await queryRows<{ n: number; users: number }>(
      d.db,
      sql`select count(*)::int as n, count(distinct user_id)::int as users from notifications where item_id = ${id} and type = 'assignSuggestion'`,
    );
    expect(counts).toEqual({ n: 3, users: 3 });
    // The deputy was told of the acceptance (in the deputy's inbox, not the unit's).
    const deputyInbox = await dep.ok('GET', '/api/notifications?unread=true');
    expect(deputyInbox.rows.map((r: { type: string }) => r.type)).toContain('acceptSuggestion');
    // Mark read: one, then all; someone else's message is not found.
    await unit.office.ok('POST', `/api/notifications/${assignedMsg.id}/read`);
    const other = await dep.post(`/api/notifications/${assignedMsg.id}/read`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('NOT_FOUND');
    const after = await unit.office.ok('GET', '/api/notifications');
    expect(after.unread).toBe(inbox.unread - 1);
    const all = await unit.office.ok('POST', '/api/notifications/read-all');
    expect(all.marked).toBe(inbox.unread - 1);
    expect((await unit.office.ok('GET', '/api/notifications/unread-count')).unread).toBe(0);
  });

  it('a message with no named recipient goes to the office queue of the item’s congress', async () => {
    const id = await assigned('关于老旧小区加装电梯的建议');
    const t = (await unit.office.ok('GET', `/api/items/${id}`)).tasks[0];
    await unit.office.ok('POST', `/api/items/${id}/adjustment-requests`, {
      taskVersion: t.version,
      reason: '不属于本单位职责',
      suggestedUnitIds: [c.unitIds[1]],
    });
    await dispatchOutbox(d.db, new Date());
    const inbox = await liaison.ok('GET', '/api/notifications');
    expect(inbox.rows.map((r: { type: string }) => r.type)).toContain('adjustmentRequested');
  });

  it('a message written in the same millisecond as the dispatcher’s clock is due (the database keeps microseconds)', async () => {
    await dispatchOutbox(d.db, new Date());
    const at = '2026-12-05T10:00:00.123456Z';
    await d.db.execute(
      sql`insert into outbox (type, recipient_user_id, payload, next_attempt_at) values ('manualReminder', ${c.users.units[0].office.id}, '{}', ${at}::timestamptz)`,
    );
    expect(await dispatchOutbox(d.db, new Date('2026-12-05T10:00:00.122Z'))).toBe(0);
    expect(await dispatchOutbox(d.db, new Date('2026-12-05T10:00:00.123Z'))).toBe(1);
  });

  it('preferences: validated, versioned; e-mail and SMS delivered once, muted types only in-app', async () => {
    const bad = await unit.office.put('/api/notification-preferences', { emailEnabled: true, email: '', smsEnabled: true, mobile: '12345', mutedTypes: [] });
    expect(bad.status).toBe(400);
    const first = await unit.office.ok('PUT', '/api/notification-preferences', {
      emailEnabled: true,
      email: 'office@example.org',
      smsEnabled: true,
      mobile: '13800138000',
      mutedTypes: ['assignSuggestion'],
    });
    expect(first).toMatchObject({ version: 1, emailEnabled: true, mutedTypes: ['assignSuggestion'] });
    expect(first.types.find((t: { type: string }) => t.type === 'weeklyReminder').label).toBe('每周催办提醒');
    const unknown = await unit.office.put('/api/notification-preferences', { emailEnabled: false, smsEnabled: false, mutedTypes: ['nonsense'], version: 1 });
    expect(unknown.body.code).toBe('UNKNOWN_MESSAGE_TYPE');
    const again = await unit.office.put('/api/notification-preferences', {
      emailEnabled: true,
      email: 'office@example.org',
      smsEnabled: true,
      mobile: '13800138000',
      mutedTypes: [],
    });
    expect(again.status).toBe(409);
    await unit.office.ok('PUT', '/api/notification-preferences', {
      emailEnabled: true,
      email: 'office@example.org',
      smsEnabled: true,
      mobile: '13800138000',
      mutedTypes: ['assignSuggestion'],
      version: 1,
    });
    const stale = await unit.office.put('/api/notification-preferences', { emailEnabled: false, smsEnabled: false, mutedTypes: [], version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    const id = await assigned('关于加强校园周边交通安全的建议');
    // A message of a type the office did not mute.
    await d.db.execute(
      sql`insert into outbox (type, item_id, recipient_org_id, payload) values ('manualReminder', ${id}, ${c.unitIds[0]}, '{"note":"请于本周内报送进展"}')`,
    );
    await dispatchOutbox(d.db, new Date());
    const rows = await queryRows<{ type: string; channel: string; address: string; body: string }>(
      d.db,
      sql`select o.type, dl.channel, dl.address, dl.body from deliveries dl join outbox o on o.id = dl.outbox_id where dl.user_id = ${c.users.units[0].office.id} order by dl.id`,
    );
    // The muted assignment notice went only to the inbox; the reminder by e-mail and SMS.
    expect(rows.map((r) => [r.type, r.channel, r.address])).toEqual([
      ['manualReminder', 'email', 'office@example.org'],
      ['manualReminder', 'sms', '13800138000'],
    ]);
    expect(rows[0].body).toContain('请于本周内报送进展');
    const { state, senders } = recorder();
    const r = await deliverPending(d.db, senders, () => new Date());
    expect(r).toEqual({ sent: 2, failed: 0 });
    expect(state.sent.map((m) => m.to).sort()).toEqual(['13800138000', 'office@example.org']);
    expect(await deliverPending(d.db, senders, () => new Date())).toEqual({ sent: 0, failed: 0 });
  });

  it('a failing gateway is retried with back-off and given up after the last attempt', async () => {
    await assigned('关于农村公路养护的建议');
    await unit.handler.ok('PUT', '/api/notification-preferences', { emailEnabled: false, smsEnabled: true, mobile: '13900139000', mutedTypes: [] });
    // One clock from dispatch on: a delivery is due from the moment it is dispatched.
    let now = new Date();
    await dispatchOutbox(d.db, now);
    const { state, senders } = recorder();
    state.failures = 2;
    const clock = () => now;
    expect(await deliverPending(d.db, senders, clock)).toEqual({ sent: 0, failed: 1 });
    // Not yet due again.
    expect(await deliverPending(d.db, senders, clock)).toEqual({ sent: 0, failed: 0 });
    now = new Date(now.getTime() + backoffMs(1));
    expect(await deliverPending(d.db, senders, clock)).toEqual({ sent: 0, failed: 1 });
    now = new Date(now.getTime() + backoffMs(2));
    expect(await deliverPending(d.db, senders, clock)).toEqual({ sent: 1, failed: 0 });
    const [row] = await queryRows<{ state: string; attempts: number; lastError: string | null }>(
      d.db,
      sql`select state, attempts, last_error as "lastError" from deliveries where user_id = ${c.users.units[0].handler.id}`,
    );
    expect(row).toEqual({ state: 'sent', attempts: 3, lastError: null });
    // One that never gets through stops after MAX_ATTEMPTS and keeps its error.
    await d.db.execute(sql`insert into outbox (type, recipient_user_id, payload) values ('manualReminder', ${c.users.units[0].handler.id}, '{}')`);
    await dispatchOutbox(d.db, now);
    state.failures = 1000;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverPending(d.db, senders, clock);
      now = new Date(now.getTime() + 3_600_000);
    }
    const [failed] = await queryRows<{ state: string; attempts: number; lastError: string }>(
      d.db,
      sql`select state, attempts, last_error as "lastError" from deliveries where user_id = ${c.users.units[0].handler.id} order by id desc limit 1`,
    );
    expect(failed).toEqual({ state: 'failed', attempts: MAX_ATTEMPTS, lastError: '网关暂时不可用' });
  });
});
