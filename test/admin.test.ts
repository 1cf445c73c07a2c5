import { describe, expect, it } from 'vitest';
import { Client } from './helpers/client';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { createCongress } from './helpers/factories';

describe.each(DB_KINDS)('directory administration and audit on %s', (kind) => {
  let { app, c } = {} as CongressSetup;
  useCongress(kind, { once: true, liaison: false, deputies: 0, units: 0 }, (s) => ({ app, c } = s));

  it('an administrator creates a unit, a division, a deputy and scoped users; the new unit can then be assigned', async () => {
    const admin = await Client.login(app, c.users.admin.username);
    const unit = await admin.ok('POST', '/api/admin/organizations', { kind: 'unit', name: `省水利厅-${c.tag}`, shortName: '省水利厅' });
    const div = await admin.ok('POST', '/api/admin/organizations', { kind: 'division', name: `省水利厅农村水利处-${c.tag}`, parentId: unit.id });
    expect(div.parentId).toBe(unit.id);
    const orphan = await admin.post('/api/admin/organizations', { kind: 'division', name: '无上级处室' });
    expect(orphan.status).toBe(400);
    expect(orphan.body.code).toBe('DIVISION_NEEDS_UNIT');
    const dep = await admin.ok('POST', '/api/admin/deputies', { name: '赵红梅', delegationId: c.delegationIds[0], gender: '女' });
    const noUnit = await admin.post('/api/admin/users', { username: `handler-${c.tag}`, password: 'Strong#Pass1', displayName: '钱七', role: 'unitHandler' });
    expect(noUnit.body.code).toBe('UNIT_REQUIRED');
    const handler = await admin.ok('POST', '/api/admin/users', {
      username: `handler-${c.tag}`,
      password: 'Strong#Pass1',
      displayName: '钱七',
      role: 'unitHandler',
      organizationId: unit.id,
    });
    expect(handler.passwordHash).toBeUndefined();
    await admin.ok('POST', '/api/admin/users', { username: `dep-${c.tag}`, password: 'Strong#Pass1', displayName: '赵红梅', role: 'deputy', deputyId: dep.id });
    const dup = await admin.post('/api/admin/users', {
      username: `dep-${c.tag}`,
      password: 'Strong#Pass1',
      displayName: 'x',
      role: 'deputy',
      deputyId: dep.id,
    });
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const units = await (await Client.login(app, c.users.liaison.username)).ok('GET', '/api/units');
    expect(units.find((u: { id: number }) => u.id === unit.id).divisions.map((x: { id: number }) => x.id)).toEqual([div.id]);
    // The new handler can sign in; once disabled, their session ends.
    const h = await Client.login(app, `handler-${c.tag}`, 'Strong#Pass1');
    expect((await h.get('/api/items')).status).toBe(200);
    await admin.ok('PUT', `/api/admin/users/${handler.id}/disabled`, { disabled: true });
    expect((await h.get('/api/items')).status).toBe(401);
    // Non-admins cannot administer.
    const liaison = await Client.login(app, c.users.liaison.username);
    expect((await liaison.post('/api/admin/organizations', { kind: 'unit', name: 'x' })).status).toBe(403);
  });

  it('only the auditor reads the audit log, which records logins and administration', async () => {
    const admin = await Client.login(app, c.users.admin.username);
    expect((await admin.get('/api/audit-log')).status).toBe(403);
    const auditor = await Client.login(app, c.users.auditor.username);
    const rows = await auditor.ok('GET', '/api/audit-log?limit=500');
    const actions = rows.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['login', 'createOrganization', 'createUser', 'disableUser']));
    expect((await auditor.get('/api/items')).status).toBe(403);
  });
});

describe.each(DB_KINDS)('users, organizations, rules record, calendar year and audit paging on %s', (kind) => {
  let { d, app, c, admin } = {} as CongressSetup;
  useCongress(kind, { once: true, liaison: false, deputies: 0, units: 0, admin: true }, (s) => ({ d, app, c, admin } = s));

  it('lists users filtered by role, text, organization and status, paged, with names of their scope', async () => {
    const page = await admin.ok('GET', `/api/admin/users?role=unitHandler&pageSize=2`);
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
    // The factory creates unit staff concurrently, so ids do not follow the units' order.
    expect(page.rows.every((r: { organizationName: string }) => r.organizationName.endsWith(`-${c.tag}`))).toBe(true);
    expect(page.rows[0].passwordHash).toBeUndefined();
    const second = await admin.ok('GET', `/api/admin/users?role=unitHandler&pageSize=2&page=2`);
    expect(second.rows.map((r: { id: number }) => r.id)).not.toContain(page.rows[0].id);
    const byOrg = await admin.ok('GET', `/api/admin/users?organizationId=${c.unitIds[1]}`);
    expect(byOrg.rows.map((r: { role: string }) => r.role).sort()).toEqual(['unitHandler', 'unitLeader', 'unitOffice']);
    const byText = await admin.ok('GET', `/api/admin/users?q=deputy1-${c.tag}`);
    expect(byText.rows).toHaveLength(1);
    expect(byText.rows[0].deputyName).toBe('李秀英');
    // '%' is a character, not a wildcard.
    expect((await admin.ok('GET', '/api/admin/users?q=%25')).total).toBe(0);
    expect((await admin.get('/api/admin/users?role=king')).status).toBe(400);
    // Another congress's users are not listed.
    const other = await createCongress(d.db);
    expect((await admin.ok('GET', `/api/admin/users?q=${other.tag}`)).total).toBe(0);
    expect((await admin.put(`/api/admin/users/${other.users.liaison.id}`, { displayName: 'x', role: 'supervisor' })).body.code).toBe('UNKNOWN_USER');
  });

  it("changes a user's role and unit (their sessions end), refuses a scope that does not fit, and resets a password", async () => {
    const target = c.users.units[0].handler;
    const session = await Client.login(app, target.username);
    const noUnit = await admin.put(`/api/admin/users/${target.id}`, { displayName: '承办人', role: 'unitOffice', organizationId: c.delegationIds[0] });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body).toMatchObject({ code: 'UNIT_REQUIRED', message: expect.stringMatching(/承办单位/) });
    expect((await admin.put(`/api/admin/users/${target.id}`, { displayName: '承办人', role: 'deputy' })).body.code).toBe('DEPUTY_REQUIRED');
    const moved = await admin.ok('PUT', `/api/admin/users/${target.id}`, { displayName: '周八', role: 'unitOffice', organizationId: c.unitIds[2] });
    expect(moved).toMatchObject({ role: 'unitOffice', organizationId: c.unitIds[2], displayName: '周八', sessionsEnded: true });
    expect((await session.get('/api/items')).status).toBe(401);
    const again = await Client.login(app, target.username);
    expect((await again.ok('GET', '/api/auth/me')).user).toMatchObject({ role: 'unitOffice', organizationId: c.unitIds[2] });
    // A deputy account gets its deputy; leaving the deputy role clears it.
    const dep = await admin.ok('PUT', `/api/admin/users/${c.users.supervisor.id}`, { displayName: '杨春梅', role: 'deputy', deputyId: c.deputyIds[5] });
    expect(dep.deputyId).toBe(c.deputyIds[5]);
    const back = await admin.ok('PUT', `/api/admin/users/${c.users.supervisor.id}`, { displayName: '督办', role: 'supervisor', deputyId: c.deputyIds[5] });
    expect(back.deputyId).toBeNull();
    expect((await admin.put(`/api/admin/users/${c.users.admin.id}`, { displayName: 'x', role: 'auditor' })).body.code).toBe('SELF_ROLE_CHANGE');

    // Password reset: the old password stops working, the new one works, the lockout is lifted.
    const short = await admin.put(`/api/admin/users/${target.id}/password`, { password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('VALIDATION_FAILED');
    for (let i = 0; i < 5; i++)
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target.username, password: 'wrong-password' } });
    const locked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target.username, password: 'Test@12345' } });
    expect(locked.statusCode).toBe(423);
    await admin.ok('PUT', `/api/admin/users/${target.id}/password`, { password: 'New#Password2025' });
    expect((await again.get('/api/items')).status).toBe(401);
    const old = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target.username, password: 'Test@12345' } });
    expect(old.statusCode).toBe(401);
    await Client.login(app, target.username, 'New#Password2025');
    const liaison = await Client.login(app, c.users.liaison.username);
    expect((await liaison.put(`/api/admin/users/${target.id}/password`, { password: 'New#Password2026' })).status).toBe(403);
  });

  it('lists the organization tree, renames, moves a division to another unit, and refuses what does not fit', async () => {
    const orgs = await admin.ok('GET', '/api/admin/organizations');
    const kinds = new Set(orgs.map((o: { kind: string }) => o.kind));
    expect([...kinds].sort()).toEqual(['delegation', 'division', 'governmentOffice', 'liaisonOffice', 'unit']);
    const court = orgs.find((o: { id: number }) => o.id === c.unitIds[3]);
    expect(court).toMatchObject({ isGovernment: false, userCount: 3 });
    expect(orgs.find((o: { id: number }) => o.id === c.delegationIds[0]).deputyCount).toBe(3);
    const divId = c.divisionIds.get(c.unitIds[1])![0];
    const moved = await admin.ok('PUT', `/api/admin/organizations/${divId}`, {
      name: `省交通运输厅预算处-${c.tag}`,
      shortName: '预算处',
      parentId: c.unitIds[2],
    });
    expect(moved).toMatchObject({ parentId: c.unitIds[2], name: `省交通运输厅预算处-${c.tag}` });
    const units = await admin.ok('GET', '/api/units');
    expect(units.find((u: { id: number }) => u.id === c.unitIds[2]).divisions.map((x: { id: number }) => x.id)).toContain(divId);
    const renamed = await admin.ok('PUT', `/api/admin/organizations/${c.unitIds[0]}`, { name: `省教育厅（新）-${c.tag}`, isGovernment: true });
    expect(renamed.name).toBe(`省教育厅（新）-${c.tag}`);
    const dup = await admin.put(`/api/admin/organizations/${c.unitIds[0]}`, { name: `省财政厅-${c.tag}` });
    expect(dup.status).toBe(400);
    expect(dup.body).toMatchObject({ code: 'NAME_TAKEN', message: expect.stringMatching(/同名/) });
    expect((await admin.post('/api/admin/organizations', { kind: 'unit', name: `省财政厅-${c.tag}` })).body.code).toBe('NAME_TAKEN');
    expect((await admin.put(`/api/admin/organizations/${c.unitIds[0]}`, { name: 'x', parentId: c.unitIds[1] })).body.code).toBe('UNEXPECTED_PARENT');
    expect((await admin.put(`/api/admin/organizations/${divId}`, { name: 'y', parentId: c.delegationIds[0] })).body.code).toBe('DIVISION_NEEDS_UNIT');
    expect((await admin.put(`/api/admin/organizations/${c.delegationIds[0]}`, { name: `长沙市代表团-${c.tag}`, isGovernment: false })).body.code).toBe(
      'NOT_A_UNIT',
    );
    expect((await admin.put('/api/admin/organizations/999999', { name: 'z' })).body.code).toBe('UNKNOWN_ORGANIZATION');
  });

  it('reads the stored rules profile with its preset and version; a stale version is refused', async () => {
    const none = await admin.ok('GET', '/api/admin/rules-profiles/2025');
    expect(none).toMatchObject({ stored: false, preset: null, version: null });
    expect(none.values.reply).toEqual({ amount: 3, unit: 'months' });
    const saved = await admin.ok('PUT', '/api/rules-profiles/2025', { preset: 'shanghai', values: { yellowDays: 7 } });
    expect(saved.recomputed).toBe(0);
    const rec = await admin.ok('GET', '/api/admin/rules-profiles/2025');
    expect(rec).toMatchObject({ stored: true, preset: 'shanghai', version: 1, updatedBy: 'admin' });
    expect(rec.values).toMatchObject({ yellowDays: 7, coOpinion: { amount: 1, unit: 'months' } });
    await admin.ok('PUT', '/api/rules-profiles/2025', { preset: 'shanghai', values: { ...rec.values, yellowDays: 8 }, version: 1 });
    const stale = await admin.put('/api/rules-profiles/2025', { values: rec.values, version: 1 });
    expect(stale.status).toBe(409);
  });

  it("shows a year's official schedule beside the local one; the local one can be removed again", async () => {
    const y = await admin.ok('GET', '/api/admin/calendar/2025');
    expect(y.source).toBe('builtin');
    expect(y.override).toBeNull();
    expect(y.official.holidays).toContain('2025-10-01');
    expect(y.official.makeupWorkdays).toContain('2025-01-26');
    expect(y.official.names['2025-10-01']).toBe('国庆节');
    const holidays = [...y.official.holidays, '2025-12-31'];
    await admin.ok('PUT', '/api/calendar/2025', { holidays, makeupWorkdays: y.official.makeupWorkdays, note: '本地增加一天' });
    const local = await admin.ok('GET', '/api/admin/calendar/2025');
    expect(local).toMatchObject({ source: 'admin', override: { version: 1, note: '本地增加一天', updatedBy: 'admin' } });
    expect(local.override.holidays).toContain('2025-12-31');
    expect((await admin.request('DELETE', '/api/admin/calendar/2025?version=9')).status).toBe(409);
    const removed = await admin.ok('DELETE', '/api/admin/calendar/2025?version=1');
    expect(removed).toMatchObject({ year: 2025, source: 'builtin' });
    expect((await admin.ok('GET', '/api/admin/calendar/2025')).source).toBe('builtin');
    const again = await admin.request('DELETE', '/api/admin/calendar/2025');
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('NO_OVERRIDE');
    expect((await admin.ok('GET', '/api/admin/calendar/2030')).official).toBeNull();
  });

  it('the auditor pages through the log with `before` and filters by action; passwords never appear', async () => {
    const auditor = await Client.login(app, c.users.auditor.username);
    const first = await auditor.ok('GET', '/api/audit-log?limit=3');
    expect(first).toHaveLength(3);
    const next = await auditor.ok('GET', `/api/audit-log?limit=3&before=${first[2].id}`);
    expect(next[0].id).toBeLessThan(first[2].id);
    const all = await auditor.ok('GET', '/api/audit-log?limit=500');
    expect(all.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['updateUser', 'resetPassword', 'updateOrganization', 'saveRulesProfile', 'saveCalendarYear', 'deleteCalendarYear']),
    );
    expect(JSON.stringify(all)).not.toMatch(/New#Password/);
    const resets = await auditor.ok('GET', '/api/audit-log?action=resetPassword');
    expect(resets.length).toBeGreaterThan(0);
    expect(resets.every((r: { action: string }) => r.action === 'resetPassword')).toBe(true);
    const mine = await auditor.ok('GET', `/api/audit-log?username=${c.users.admin.username}&limit=500`);
    expect(mine.every((r: { username: string }) => r.username === c.users.admin.username)).toBe(true);
  });
});
