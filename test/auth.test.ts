import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { PASSWORD } from './helpers/factories';

const CHINESE = /[\u4e00-\u9fa5]/;

describe.each(DB_KINDS)('%s', (kind) => {
  let { d, app, c } = {} as CongressSetup;
  useCongress(kind, { liaison: false, deputies: 0, units: 0 }, (s) => ({ d, app, c } = s));

  const rows = async <T = Record<string, unknown>>(q: ReturnType<typeof sql>): Promise<T[]> => ((await d.db.execute(q)) as unknown as { rows: T[] }).rows;
  const count = async (table: 'items' | 'item_events' | 'auth_sessions') =>
    Number((await rows<{ n: string | number }>(sql`select count(*) as n from ${sql.identifier(table)}`))[0].n);
  const userRow = async (username: string) =>
    (
      await rows<{ id: number; failed_logins: number; locked_until: Date | string | null }>(
        sql`select id, failed_logins, locked_until from users where username = ${username}`,
      )
    )[0];

  const login = (username: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  /** Signs in and returns the raw cookie pair and CSRF token. */
  const signIn = async (username: string) => {
    const res = await login(username, PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    return { cookie, csrf: res.json().csrfToken as string };
  };
  const me = (cookie?: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });
  const suggestion = () => ({ sessionId: c.sessionId, title: '关于加强农村义务教育师资的建议', body: '建议加大乡村教师补贴力度。' });

  it('login returns the user and a CSRF token and sets an httpOnly SameSite=Strict cookie', async () => {
    const u = c.users.deputies[0];
    const res = await login(u.username, PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ userId: u.id, username: u.username, role: 'deputy', congressId: c.congressId, deputyId: c.deputyIds[0] });
    expect(body.user.roleLabel).toMatch(CHINESE);
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    expect(body.user).not.toHaveProperty('passwordHash');

    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/^jy_sid=[^;]{20,};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);

    // The cookie works, and /me gives back the same CSRF token.
    const cookie = setCookie.split(';')[0];
    const m = await me(cookie);
    expect(m.statusCode).toBe(200);
    expect(m.json().user.username).toBe(u.username);
    expect(m.json().csrfToken).toBe(body.csrfToken);
  });

  it('a wrong password gives 401 BAD_CREDENTIALS with a Chinese message, and an unknown user the same', async () => {
    const u = c.users.liaison;
    const res = await login(u.username, 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('BAD_CREDENTIALS');
    expect(res.json().message).toMatch(CHINESE);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await userRow(u.username)).failed_logins).toBe(1);

    const unknown = await login(`nobody-${c.tag}`, PASSWORD);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('BAD_CREDENTIALS');
    expect(unknown.json().message).toBe(res.json().message);
  });

  it('locks the account after 5 failures; even the right password is refused while locked; unlocks once locked_until has passed', async () => {
    const u = c.users.gov;
    for (let i = 1; i <= 4; i++) {
      const r = await login(u.username, `wrong-${i}`);
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('BAD_CREDENTIALS');
      expect(r.json().details.attemptsLeft).toBe(5 - i);
    }
    const fifth = await login(u.username, 'wrong-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().message).toMatch(CHINESE);
    let row = await userRow(u.username);
    expect(row.failed_logins).toBe(5);
    expect(row.locked_until).not.toBeNull();
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const right = await login(u.username, PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    expect(right.json().message).toMatch(CHINESE);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(await rows(sql`select 1 from auth_sessions where user_id = ${u.id}`)).toHaveLength(0);

    await d.db.execute(sql`update users set locked_until = now() - interval '1 minute' where id = ${u.id}`);
    const again = await login(u.username, PASSWORD);
    expect(again.statusCode).toBe(200);
    expect(again.json().user.username).toBe(u.username);
    row = await userRow(u.username);
    expect(row.failed_logins).toBe(0);
    expect(row.locked_until).toBeNull();

    // The counter starts again from zero: one failure does not lock.
    const next = await login(u.username, 'wrong-again');
    expect(next.statusCode).toBe(401);
    expect(next.json().details.attemptsLeft).toBe(4);
  });

  it('GET /api/auth/me without a cookie, or with a made-up one, is 401', async () => {
    const none = await me();
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('UNAUTHENTICATED');
    expect(none.json().message).toMatch(CHINESE);
    const fake = await me('jy_sid=made-up-session-id');
    expect(fake.statusCode).toBe(401);
    expect(fake.json().code).toBe('UNAUTHENTICATED');
  });

  it('a POST with the cookie but without, or with a wrong, x-csrf-token is 403 CSRF_FAILED and writes nothing', async () => {
    const { cookie, csrf } = await signIn(c.users.deputies[0].username);
    const items0 = await count('items');
    const events0 = await count('item_events');
    const sessions0 = await count('auth_sessions');

    const attempts = [{ cookie }, { cookie, 'x-csrf-token': 'not-the-token' }, { cookie, 'x-csrf-token': '' }, { cookie, 'x-csrf-token': csrf.slice(0, -1) }];
    for (const headers of attempts) {
      const r = await app.inject({ method: 'POST', url: '/api/items', payload: suggestion(), headers });
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('CSRF_FAILED');
      expect(r.json().message).toMatch(CHINESE);
    }
    // Logout without the token is refused too, and the session stays valid.
    const lo = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(lo.statusCode).toBe(403);
    expect(lo.json().code).toBe('CSRF_FAILED');
    expect((await me(cookie)).statusCode).toBe(200);

    expect(await count('items')).toBe(items0);
    expect(await count('item_events')).toBe(events0);
    expect(await count('auth_sessions')).toBe(sessions0);
    expect(await rows(sql`select 1 from auth_sessions where user_id = ${c.users.deputies[0].id} and ended_at is not null`)).toHaveLength(0);

    // With the right token the same request goes through.
    const ok = await app.inject({ method: 'POST', url: '/api/items', payload: suggestion(), headers: { cookie, 'x-csrf-token': csrf } });
    expect(ok.statusCode).toBe(201);
    expect(await count('items')).toBe(items0 + 1);
  });

  it('logout ends the session on the server: the old cookie gets 401', async () => {
    const { cookie, csrf } = await signIn(c.users.supervisor.username);
    expect((await me(cookie)).statusCode).toBe(200);
    const lo = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(lo.statusCode).toBe(200);
    expect(lo.json()).toEqual({ ok: true });
    expect(String(lo.headers['set-cookie'])).toMatch(/^jy_sid=;/);

    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
    expect(await rows(sql`select 1 from auth_sessions where user_id = ${c.users.supervisor.id} and ended_at is not null`)).toHaveLength(1);
  });

  it('ends a session idle for more than 30 minutes, keeps one idle for 29', async () => {
    const a = await signIn(c.users.units[0].office.username);
    const b = await signIn(c.users.units[1].office.username);
    await d.db.execute(sql`update auth_sessions set last_seen_at = now() - interval '29 minutes' where user_id = ${c.users.units[0].office.id}`);
    await d.db.execute(sql`update auth_sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${c.users.units[1].office.id}`);

    const alive = await me(a.cookie);
    expect(alive.statusCode).toBe(200);
    expect(alive.json().user.username).toBe(c.users.units[0].office.username);
    // The request touched the session: it is fresh again.
    const [touched] = await rows<{ idle: string | number }>(
      sql`select extract(epoch from now() - last_seen_at) as idle from auth_sessions where user_id = ${c.users.units[0].office.id}`,
    );
    expect(Number(touched.idle)).toBeLessThan(60);

    const idle = await me(b.cookie);
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe('UNAUTHENTICATED');
    expect(idle.json().message).toMatch(CHINESE);
    // The session is ended for good, not just refused once.
    expect(await rows(sql`select 1 from auth_sessions where user_id = ${c.users.units[1].office.id} and ended_at is not null`)).toHaveLength(1);
    expect((await me(b.cookie)).statusCode).toBe(401);
  });

  it('the auditor and the administrator get 403 on GET /api/items; readers get 200', async () => {
    for (const u of [c.users.auditor, c.users.admin]) {
      const client = await Client.login(app, u.username);
      const r = await client.get('/api/items');
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('FORBIDDEN');
      expect(r.body.message).toMatch(CHINESE);
    }
    const deputy = await Client.login(app, c.users.deputies[0].username);
    expect((await deputy.get('/api/items')).status).toBe(200);
  });

  it('writes login, loginFailed, lockedOut and logout rows to audit_log', async () => {
    const u = c.users.units[2].handler;
    const { cookie, csrf } = await signIn(u.username);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) await login(u.username, 'wrong');
    expect((await login(u.username, PASSWORD)).statusCode).toBe(423);

    const log = await rows<{ action: string; user_id: number | null; username: string }>(
      sql`select action, user_id, username from audit_log where username = ${u.username} order by id`,
    );
    expect(log.map((r) => r.action)).toEqual(['login', 'logout', 'loginFailed', 'loginFailed', 'loginFailed', 'loginFailed', 'lockedOut']);
    expect(log.every((r) => r.user_id === u.id)).toBe(true);

    const unknown = `ghost-${c.tag}`;
    await login(unknown, 'whatever');
    const ghost = await rows<{ action: string; user_id: number | null }>(sql`select action, user_id from audit_log where username = ${unknown}`);
    expect(ghost).toEqual([{ action: 'loginFailed', user_id: null }]);
  });
});
