import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client';
import { appFor, Client } from './helpers/client';
import { DB_KINDS, freshDatabase } from './helpers/db';
import { createCongress, type Congress } from './helpers/factories';

describe.each(DB_KINDS)('directory administration and audit on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  let c: Congress;
  beforeAll(async () => {
    d = await freshDatabase(kind);
    app = await appFor(d);
    c = await createCongress(d.db);
  });
  afterAll(async () => {
    await app?.close();
    await d?.close();
  });

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
    const handler = await admin.ok('POST', '/api/admin/users', { username: `handler-${c.tag}`, password: 'Strong#Pass1', displayName: '钱七', role: 'unitHandler', organizationId: unit.id });
    expect(handler.passwordHash).toBeUndefined();
    await admin.ok('POST', '/api/admin/users', { username: `dep-${c.tag}`, password: 'Strong#Pass1', displayName: '赵红梅', role: 'deputy', deputyId: dep.id });
    const dup = await admin.post('/api/admin/users', { username: `dep-${c.tag}`, password: 'Strong#Pass1', displayName: 'x', role: 'deputy', deputyId: dep.id });
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
