/**
 * The two congresses of the isolation test (test/congress-isolation.test.ts): each with data in every
 * area, every text carrying its marker, every organization's name its tag.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../server/db/client';
import { createUser, sharedDemoHash } from '../../server/usecases/admin/create-user';
import { Client, loginUnit } from './client';
import { createCongress, PASSWORD, type Congress } from './factories';
import { accept, contact, draftAndSign, item, send, sendCoOpinion, submit, submitAndAssign } from './flow';

export const MARKS = { a: '甲大会专用标记', b: '乙大会专用标记' };
const PDF = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`).toString('base64');
/** A look-back year with the session's (2025) items in the past. */
export const LOOK_BACK_YEAR = 2026;
export const SEARCH = '专用标记';

export type Items = Record<'submitted' | 'joint' | 'accepted' | 'handling' | 'replied', number>;
export interface Side {
  c: Congress;
  mark: string;
  /** What must never reach the other congress: the marker and the tag every name of this congress carries. */
  secrets: string[];
  roles: Record<string, Client>;
  items: Items;
}

/** A congress with data in every area, each text carrying `mark`. */
export async function populate(app: FastifyInstance, db: Db, mark: string): Promise<Side> {
  const c = await createCongress(db);
  const login = (u: { username: string }) => Client.login(app, u.username);
  const [liaison, gov, supervisor, admin, auditor, dep, cosigner] = await Promise.all(
    [c.users.liaison, c.users.gov, c.users.supervisor, c.users.admin, c.users.auditor, ...c.users.deputies.slice(0, 2)].map(login),
  );
  const [u0, u1] = await Promise.all(c.users.units.slice(0, 2).map((x) => loginUnit(app, x)));
  const contactPerson = await createUser(
    db,
    {
      username: `contact-${c.tag}`,
      password: PASSWORD,
      displayName: '联络员',
      role: 'delegationContact',
      congressId: c.congressId,
      organizationId: c.delegationIds[0],
    },
    sharedDemoHash,
  );
  const delegationContact = await login(contactPerson);

  // The directory: a committee, a deputy, a session and a user named with the marker.
  const committee = await admin.ok('POST', '/api/admin/organizations', { kind: 'committee', name: `${mark}委员会` });
  await admin.ok('POST', '/api/admin/deputies', { name: `${mark}代表`, delegationId: c.delegationIds[0] });
  await admin.ok('POST', '/api/admin/sessions', { name: `${mark}会议`, code: `m-${c.tag}`, year: 2024 });
  await admin.ok('POST', '/api/admin/users', { username: `marked-${c.tag}`, password: 'Strong#Pass1', displayName: mark, role: 'supervisor' });

  // Suggestions in several states.
  const title = (what: string) => `${mark}：关于${what}的建议`;
  const submitted = (await submit(dep, c, [], title('已提交事项'))).id;
  const joint = (await submit(dep, c, [c.deputyIds[1]], title('联名事项'))).id;
  const accepted = (await submit(dep, c, [], title('已立案事项'))).id;
  await accept(liaison, accepted);

  // Handling, lead + co: a contact (disputed by the deputy), a co-opinion, a reply draft, an attachment, a note,
  // an edit lock, key supervision with an activity, a reminder, an urging letter, an extension request.
  const handling = await submitAndAssign(dep, liaison, c, title('办理中事项'), 'leadCo', [
    { unitId: u0.unitId, role: 'lead' },
    { unitId: u1.unitId, role: 'co' },
  ]);
  await contact(u0.handler, handling);
  const contactId = (await item(liaison, handling)).contacts[0].id;
  await dep.ok('POST', `/api/items/${handling}/contacts/${contactId}/response`, { response: 'disputed', note: mark });
  await sendCoOpinion(u1, handling, `${mark}会办意见`);
  await u0.handler.ok('PUT', `/api/items/${handling}/reply-draft`, {
    body: `${mark}答复草稿`,
    resultClass: 'A',
    publicity: 'public',
    contactPerson: '李明',
    contactPhone: '0731-88888888',
  });
  await u0.office.ok('POST', `/api/items/${handling}/attachments`, { filename: `${mark}.pdf`, mimeType: 'application/pdf', contentBase64: PDF(c.tag) });
  await u0.office.ok('POST', `/api/items/${handling}/notes`, { body: `${mark}内部备注` });
  await u0.handler.ok('PUT', `/api/items/${handling}/edit-locks/replyDraft`, {});
  await liaison.ok('POST', `/api/items/${handling}/key-supervision`, { kind: 'committee', committeeIds: [committee.id], note: mark });
  await liaison.ok('POST', `/api/items/${handling}/supervision-activities`, { kind: 'meeting', heldOn: '2025-04-01', participants: mark, notes: mark });
  await liaison.ok('POST', `/api/items/${handling}/reminders`, { note: `${mark}催办` });
  await liaison.ok('POST', `/api/items/${handling}/urging-letters`, { unitId: u0.unitId, title: `${mark}督办函`, body: mark });
  await u0.office.ok('POST', `/api/items/${handling}/extension-requests`, { reason: `${mark}延期理由` });

  // Replied after a refused adjustment request (B, with a commitment and its progress), and evaluated.
  const replied = await submitAndAssign(dep, liaison, c, title('已答复事项'), 'single', [{ unitId: u0.unitId, role: 'lead' }]);
  const [task] = (await item(u0.office, replied)).tasks;
  const adjustment = await u0.office.ok('POST', `/api/items/${replied}/adjustment-requests`, { taskVersion: task.version, reason: `${mark}调整理由` });
  await liaison.ok('POST', `/api/items/${replied}/adjustment-requests/${adjustment.id}/decision`, { approve: false, note: `${mark}审批意见` });
  await contact(u0.handler, replied);
  const signed = await draftAndSign(u0, replied, 'B', { body: `${mark}答复正文`, commitments: [{ content: `${mark}承诺事项`, targetDate: '2027-12-31' }] });
  expect((await send(u0.office, replied, signed)).status).toBe(200);
  await dep.ok('POST', `/api/items/${replied}/evaluations`, { result: 'satisfied', comment: `${mark}评价意见` });
  const [cm] = (await item(u0.office, replied)).commitments;
  await u0.office.ok('POST', `/api/items/${replied}/commitments/${cm.id}`, { action: 'progress', version: cm.version, note: `${mark}进展` });

  // Saved views, templates, a deputy's draft, a report draft, a bulletin, a look-back review, an import batch.
  await u0.office.ok('POST', '/api/ledger/views', { name: mark, query: { q: SEARCH } });
  await liaison.ok('POST', '/api/ledger/views', { name: mark, query: { q: SEARCH } });
  await u0.handler.ok('POST', '/api/templates', { kind: 'letter', name: mark, body: `${mark}{代表姓名}` });
  await liaison.ok('POST', '/api/templates', { kind: 'snippet', name: `${mark}共用`, body: mark });
  await dep.ok('POST', '/api/suggestion-drafts', { title: `${mark}草稿`, body: mark, sessionId: c.sessionId });
  const sections = { measures: `${mark}措施`, problems: `${mark}问题`, nextSteps: `${mark}下一步` };
  await liaison.ok('PUT', '/api/reports/draft', { kind: 'handlingReport', sessionId: c.sessionId, scope: 'all', sections });
  await liaison.ok('POST', '/api/bulletins', { sessionId: c.sessionId });
  expect((await liaison.ok('POST', '/api/look-backs', { year: LOOK_BACK_YEAR })).created).toBeGreaterThan(0);
  const [review] = (await u0.office.ok('GET', `/api/look-back-reviews?year=${LOOK_BACK_YEAR}`)).rows;
  await u0.office.ok('PUT', `/api/look-back-reviews/${review.id}`, { version: review.version, finding: 'inProgress', note: `${mark}复查` });
  const template = (await liaison.raw(`/api/imports/template.xlsx?sessionId=${c.sessionId}`)).rawPayload.toString('base64');
  await liaison.ok('POST', '/api/imports', { filename: `${mark}.xlsx`, contentBase64: template, wait: true });

  return {
    c,
    mark,
    secrets: [mark, c.tag],
    roles: {
      liaison,
      gov,
      supervisor,
      admin,
      auditor,
      deputy: dep,
      cosigner,
      delegationContact,
      unitOffice: u0.office,
      unitHandler: u0.handler,
      unitLeader: u0.leader,
      coUnitOffice: u1.office,
    },
    items: { submitted, joint, accepted, handling, replied },
  };
}
