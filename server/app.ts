import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../domain/contracts/common';
import { registerAuth } from './auth/plugin';
import type { Db } from './db/client';
import { adminRoutes } from './routes/admin';
import { attachmentRoutes } from './routes/attachments';
import { authRoutes } from './routes/auth';
import { collaborationRoutes } from './routes/collaboration';
import { commitmentRoutes } from './routes/commitments';
import { dashboardRoutes } from './routes/dashboard';
import { delegationReviewRoutes } from './routes/delegation-review';
import { documentRoutes } from './routes/documents';
import { registerErrorHandler } from './routes/error-handler';
import { registerOpenApi } from './routes/openapi';
import { excelExportRoutes } from './routes/excel-exports';
import { importRoutes } from './routes/imports';
import { itemRoutes } from './routes/items';
import { itemHandlingRoutes } from './routes/item-handling';
import { jobRoutes } from './routes/jobs';
import { notificationRoutes } from './routes/notifications';
import { queueRoutes } from './routes/queues';
import { batchRoutes } from './routes/batch';
import { suggestionDraftRoutes } from './routes/suggestion-drafts';
import { ledgerToolRoutes } from './routes/ledger-tools';
import { referenceRoutes } from './routes/reference';
import { replyRoutes } from './routes/replies';
import { reportRoutes } from './routes/reports';
import { supervisionRoutes } from './routes/supervision';
import { templateRoutes } from './routes/templates';
import { levelRoutes } from './routes/levels';
import { proposalRoutes } from './routes/proposals';
import { checklistRoutes } from './routes/checklists';
import { hotlineRoutes } from './routes/hotline';
import { hotlineReportRoutes } from './routes/hotline-reports';
import { dutyRoutes } from './routes/duty';
import { webRoutes } from './routes/web';
import { demoRoutes } from './routes/demo';
import type { DemoSeeding } from './seed/demo-seeding';

// Validation messages in Chinese (UI text is zh-CN).
z.config(z.locales.zhCN());

export interface AppOptions {
  db: Db;
  dataDir: string;
  sessionIdleMinutes?: number;
  secureCookies?: boolean;
  logger?: boolean | object;
  /** Serve the built workbench at `/` (default: when dist/web exists). */
  serveWeb?: boolean;
  webDist?: string;
  /** The first start's demo, still loading in the background (server/seed/demo-seeding.ts). */
  demoSeeding?: DemoSeeding;
}

/** Builds the HTTP app without listening; tests drive it with inject(). */
export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({ logger: o.logger ?? false, bodyLimit: 15 * 1024 * 1024, routerOptions: { ignoreTrailingSlash: true } });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let web = false;
  registerErrorHandler(app, () => web);
  await app.register(cookie);
  await registerOpenApi(app);
  registerAuth(app, o.db, o.sessionIdleMinutes ?? 30);
  const env = { db: o.db, dataDir: o.dataDir };
  demoRoutes(app, env, o.demoSeeding);
  authRoutes(app, env, { secureCookies: o.secureCookies ?? false });
  itemRoutes(app, env);
  itemHandlingRoutes(app, env);
  delegationReviewRoutes(app, env);
  ledgerToolRoutes(app, env);
  replyRoutes(app, env);
  referenceRoutes(app, env);
  commitmentRoutes(app, env);
  dashboardRoutes(app, env);
  adminRoutes(app, env);
  attachmentRoutes(app, env);
  notificationRoutes(app, env);
  queueRoutes(app, env);
  batchRoutes(app, env);
  suggestionDraftRoutes(app, env);
  jobRoutes(app, env);
  supervisionRoutes(app, env);
  importRoutes(app, env);
  excelExportRoutes(app, env);
  documentRoutes(app, env);
  reportRoutes(app, env);
  templateRoutes(app, env);
  levelRoutes(app, env);
  proposalRoutes(app, env);
  checklistRoutes(app, env);
  hotlineRoutes(app, env);
  hotlineReportRoutes(app, env);
  dutyRoutes(app, env);
  collaborationRoutes(app, env);
  web = o.serveWeb === false ? false : await webRoutes(app, o.webDist);
  app.get(
    '/api/health',
    { config: { policy: 'public' }, schema: { operationId: 'health', summary: '健康检查', tags: ['系统'], response: { 200: okSchema } } },
    async () => ({ ok: true as const }),
  );
  return app;
}
