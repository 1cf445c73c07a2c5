import { beforeAll, describe, expect, it } from 'vitest';
import { useCongress, type CongressSetup } from './helpers/congress';
import { DB_KINDS } from './helpers/db';
import { accept, submit } from './helpers/flow';

/**
 * Cached reads (item page, ledger, statistics) carry a strong ETag of their bytes and
 * `Cache-Control: private, no-cache`: a browser revalidates every time and gets 304 when
 * nothing it may see has changed (issue 6 §4).
 */
describe.each(DB_KINDS)('conditional reads on %s', (kind) => {
  let { c, liaison, dep: deputy } = {} as CongressSetup;
  let id: number;
  useCongress(kind, { once: true, units: 0 }, (s) => ({ c, liaison, dep: deputy } = s));
  beforeAll(async () => {
    id = (await submit(deputy, c, [], '关于完善社区养老服务设施的建议')).id;
  });

  it('answers 304 to the tag it gave, 200 with a new tag after a change, and never across scopes', async () => {
    const first = await liaison.raw(`/api/items/${id}`);
    expect(first.statusCode).toBe(200);
    const tag = String(first.headers.etag);
    expect(tag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(Number(first.headers['content-length'])).toBe(Buffer.byteLength(first.body));
    expect(first.json().item.title).toBe('关于完善社区养老服务设施的建议');

    const again = await liaison.raw(`/api/items/${id}`, { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // A list of tags, a weak form of it and `*` match too; another tag does not.
    expect((await liaison.raw(`/api/items/${id}`, { 'if-none-match': `"other", W/${tag}` })).statusCode).toBe(304);
    expect((await liaison.raw(`/api/items/${id}`, { 'if-none-match': '*' })).statusCode).toBe(304);
    expect((await liaison.raw(`/api/items/${id}`, { 'if-none-match': '"other"' })).statusCode).toBe(200);

    // The deputy sees other actions on the same item: other bytes, other tag.
    const mine = await deputy.raw(`/api/items/${id}`, { 'if-none-match': tag });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers.etag).not.toBe(tag);

    await accept(liaison, id);
    const changed = await liaison.raw(`/api/items/${id}`, { 'if-none-match': tag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.json().item.state).toBe('accepted');
  });

  it('the ledger and the statistics are revalidated the same way', async () => {
    for (const url of [`/api/items?sessionId=${c.sessionId}`, `/api/statistics?sessionId=${c.sessionId}`]) {
      const first = await liaison.raw(url);
      expect(first.statusCode, url).toBe(200);
      const tag = String(first.headers.etag);
      expect((await liaison.raw(url, { 'if-none-match': tag })).statusCode, url).toBe(304);
    }
  });
});
