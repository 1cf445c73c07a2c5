import { describe, expect, it } from 'vitest';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';

for (const kind of DB_KINDS) {
  describe(`a deputy's drafts (草稿) [${kind}]`, () => {
    let { c, liaison, deputies } = {} as CongressSetup;
    useCongress(kind, { deputies: 2, units: 0 }, (s) => ({ c, liaison, deputies } = s));

    it('keeps a draft, saves it again with its version, and submits it: the draft goes with the submission', async () => {
      const [dep, other] = deputies;
      const created = await dep.request('POST', '/api/suggestion-drafts', {
        sessionId: c.sessionId,
        title: '关于加强乡村医生队伍建设的建议',
        body: '一、基本情况……',
        cosignerDeputyIds: [c.deputyIds[1]],
      });
      expect(created.status).toBe(201);
      const draft = created.body;
      expect(draft).toMatchObject({ title: '关于加强乡村医生队伍建设的建议', version: 1, cosignerDeputyIds: [c.deputyIds[1]] });
      const listed = await dep.ok('GET', '/api/suggestion-drafts');
      expect(listed).toHaveLength(1);
      expect(listed[0].cosigners).toEqual([{ id: c.deputyIds[1], name: expect.any(String) }]);
      // Nobody else sees or touches it.
      expect(await other.ok('GET', '/api/suggestion-drafts')).toEqual([]);
      expect((await other.request('PUT', `/api/suggestion-drafts/${draft.id}`, { title: 'x', version: 1 })).status).toBe(404);
      expect((await liaison.request('GET', '/api/suggestion-drafts')).status).toBe(403);

      const again = await dep.ok('PUT', `/api/suggestion-drafts/${draft.id}`, {
        sessionId: c.sessionId,
        title: '关于加强乡村医生队伍建设的建议',
        body: '一、基本情况……二、存在的问题……三、建议……',
        version: 1,
      });
      expect(again.version).toBe(2);
      // A save from a tab that still holds version 1 would overwrite: refused.
      const stale = await dep.request('PUT', `/api/suggestion-drafts/${draft.id}`, { title: '旧的', body: '', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');

      const item = await dep.ok('POST', '/api/items', {
        sessionId: c.sessionId,
        title: again.title,
        body: again.body,
        categoryId: c.categoryIds[0],
        draftId: draft.id,
      });
      expect(item.number).toBeTruthy();
      expect(await dep.ok('GET', '/api/suggestion-drafts')).toEqual([]);
    });

    it('refuses an empty draft and a stale delete, with Chinese messages; deletes with the version seen', async () => {
      const [dep] = deputies;
      const empty = await dep.request('POST', '/api/suggestion-drafts', { title: ' ', body: '' });
      expect(empty.status).toBe(400);
      expect(empty.body.message).toMatch(/草稿至少要有标题或正文/);
      const d = await dep.ok('POST', '/api/suggestion-drafts', { title: '关于规范农村集体资产管理的建议' });
      expect((await dep.request('DELETE', `/api/suggestion-drafts/${d.id}?version=${d.version + 1}`)).status).toBe(409);
      await dep.ok('DELETE', `/api/suggestion-drafts/${d.id}?version=${d.version}`);
      expect(await dep.ok('GET', '/api/suggestion-drafts')).toEqual([]);
      expect((await dep.request('DELETE', `/api/suggestion-drafts/${d.id}?version=1`)).status).toBe(404);
    });
  });
}
