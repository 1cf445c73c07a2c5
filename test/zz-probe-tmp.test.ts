import { test } from 'vitest';
import { freshDatabase } from './helpers/db';
import { appFor } from './helpers/client';
test('x', async () => {
  const d = await freshDatabase('pglite');
  const app = await appFor(d);
  for (const url of ['/%61pi/items', '/api/items', '/API/items', '/api//items', '/%2Fapi/items', '/api/openapi.json/../items']) {
    const r = await app.inject({ method: 'GET', url });
    console.log(url, r.statusCode, r.body.slice(0, 150));
  }
  await app.close(); await d.close();
});
