import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '../../domain/contracts/imports';
import * as a from '../../domain/contracts/imports-answers';
import { todayInShanghai } from '../../domain/deadlines';
import { domainError } from '../../domain/errors';
import type { Actor, Policy } from '../auth/actor';
import { writeImportWorkbook, XLSX_MIME } from '../documents/import-sheet';
import { sessionFullNameOf } from '../queries/full-names';
import { streamWords } from '../../domain/documents/stream-words';
import { exportItemRows, getImportBatch, importBodyOf, listImportBatches, sessionOf, templateLists } from '../queries/imports';
import { startImport } from '../usecases/imports/import-items';
import { fileAnswer, operation, type RouteEnv } from './define';
import { sendXlsx } from './xlsx-download';

const IMPORTERS = ['liaisonOffice'] as const;
const tags = ['导入导出'];

/**
 * §6 items in and out as .xlsx: the template, imports (all-or-nothing, polled for progress), the items export in
 * the template's shape — a congress's suggestions, a CPPCC committee's proposals (its proposal committee imports, §8).
 */
export function importRoutes(app: FastifyInstance, env: RouteEnv) {
  const download = (
    url: string,
    operationId: string,
    summary: string,
    policy: Policy,
    make: (actor: Actor, q: { sessionId?: number }) => Promise<{ buffer: Buffer; filename: string }>,
  ) =>
    app.withTypeProvider<ZodTypeProvider>().get(
      url,
      {
        config: { policy },
        schema: { operationId, summary, tags, querystring: c.sessionQuery, response: { 200: fileAnswer(XLSX_MIME, 'Excel 工作簿（建议、提案导入模板格式）') } },
      },
      async (req, reply) => sendXlsx(reply, await make(req.actor as Actor, req.query)),
    );

  download('/api/imports/template.xlsx', 'downloadImportTemplate', '下载建议（政协：提案）导入模板（Excel）', IMPORTERS, async (actor, q) => {
    const session = await sessionOf(env.db, actor.congressId ?? -1, q.sessionId);
    const body = await importBodyOf(env.db, session.congressId);
    const sessionName = await sessionFullNameOf(env.db, session.id);
    const buffer = await writeImportWorkbook({ lists: await templateLists(env.db, body), sessionName, kind: body.kind });
    return { buffer, filename: `${streamWords([body.kind]).item}导入模板.xlsx` };
  });
  download(
    '/api/imports/items.xlsx',
    'exportItemsForImport',
    '按导入模板格式导出本届次建议（政协：提案）（Excel）',
    ['liaisonOffice', 'governmentOffice'],
    async (actor, q) => {
      const session = await sessionOf(env.db, actor.congressId ?? -1, q.sessionId);
      const body = await importBodyOf(env.db, session.congressId);
      const rows = await exportItemRows(env.db, session.id, body.kind);
      // The session in full (湖南省第十四届人民代表大会第三次会议) in the sheet and the file's name.
      const sessionName = await sessionFullNameOf(env.db, session.id);
      const buffer = await writeImportWorkbook({ lists: await templateLists(env.db, body), rows, sessionName, kind: body.kind });
      return { buffer, filename: `${sessionName}${streamWords([body.kind]).item}清单_${todayInShanghai()}.xlsx` };
    },
  );

  operation(app, env, {
    method: 'POST',
    url: '/api/imports',
    operationId: 'importItems',
    response: a.importBatch,
    summary: '导入建议（政协：提案）（Excel，全部通过才写入）',
    tags,
    policy: IMPORTERS,
    body: c.importBody,
    status: 202,
    handler: async ({ ctx, body }) => {
      if (!/\.xlsx$/i.test(body.filename)) throw domainError('NOT_XLSX');
      const { batch, done } = await startImport(ctx, { filename: body.filename, buffer: Buffer.from(body.contentBase64, 'base64'), sessionId: body.sessionId });
      if (body.wait) await done;
      else void done.catch((e: unknown) => app.log.error(e, 'import failed'));
      return getImportBatch(env.db, ctx.actor, batch.id);
    },
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/imports',
    operationId: 'listImports',
    response: z.array(a.importBatchSummary),
    summary: '导入记录',
    tags,
    policy: IMPORTERS,
    handler: ({ actor }) => listImportBatches(env.db, actor),
  });
  operation(app, env, {
    method: 'GET',
    url: '/api/imports/:batchId',
    operationId: 'getImport',
    response: a.importBatch,
    summary: '导入进度与逐行错误',
    tags,
    policy: IMPORTERS,
    params: c.importParams,
    handler: ({ actor, params }) => getImportBatch(env.db, actor, params.batchId),
  });
}
