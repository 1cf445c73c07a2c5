import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` puts the workbench (see vite.config.ts). */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/**
 * Serves the built workbench at `/`. Unknown non-API GET paths answer the
 * app's index.html, so client-side routes (/items/12) survive a reload.
 * Without a build (tests of the API alone) nothing is registered.
 */
export async function webRoutes(app: FastifyInstance, dist = WEB_DIST): Promise<boolean> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dist,
    // Look files up per request, so a rebuild is served without a restart.
    wildcard: true,
    // Hashed assets may be cached for long; index.html must always be fresh.
    setHeaders: (res, file) => {
      res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

/**
 * Whether a request that matched no file should get the app shell: a GET of
 * a client-side route, not an API path and not a missing asset (a missing
 * /assets/x.js must be a 404, or the browser would run HTML as script).
 */
export function wantsAppShell(method: string, url: string): boolean {
  const pathname = url.split('?')[0];
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/assets/')) return false;
  return !/\.[a-z0-9]+$/i.test(pathname);
}
