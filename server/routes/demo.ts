import type { FastifyInstance } from 'fastify';
import { domainError } from '../../domain/errors';
import * as a from '../../domain/contracts/demo-answers';
import type { DemoSeeding } from '../seed/demo-seeding';
import { operation, type RouteEnv } from './define';

/** Methods that change nothing: answered while the demo loads. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The first start's demo, loading in the background (issue 18 §4): its progress for the login page and the
 * workbench's banner, and every write but signing in and out refused until it is done.
 */
export function demoRoutes(app: FastifyInstance, env: RouteEnv, seeding: DemoSeeding | undefined) {
  operation(app, env, {
    method: 'GET',
    url: '/api/demo-status',
    operationId: 'getDemoStatus',
    response: a.demoStatus,
    summary: '演示数据生成进度（首次启动时在后台生成）',
    tags: ['系统'],
    policy: 'public',
    handler: async () => seeding?.status() ?? { state: 'none' as const, percent: 100, streams: [], seconds: 0 },
  });
  if (!seeding) return;
  app.addHook('onRequest', async (req) => {
    if (seeding.running && !READS.has(req.method) && !req.url.startsWith('/api/auth/')) throw domainError('DEMO_SEEDING', { percent: seeding.percent() });
  });
}
