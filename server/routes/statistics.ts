import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { statsScopeQuery as scopeQuery } from '../../domain/contracts/statistics';
import type { Actor } from '../auth/actor';
import { XLSX_MIME } from '../documents/import-sheet';
import { writeUnitScoresXlsx } from '../documents/unit-scores-xlsx';
import {
  queryCategoryBreakdown,
  queryDelegationBreakdown,
  queryDeputyBreakdown,
  querySatisfactionVsResolution,
  queryUnitBreakdown,
} from '../queries/statistics/breakdown';
import { queryBodyBreakdown, queryPartyBreakdown, querySubmissionTypeBreakdown } from '../queries/statistics/streams';
import { queryUnitScores } from '../queries/unit-scores';
import { queryTargets } from '../queries/statistics/targets';
import { sessionFullNameOf } from '../queries/full-names';
import * as a from '../../domain/contracts/statistics-answers';
import { fileAnswer, operations, type RouteEnv } from './define';
import { sendXlsx } from './xlsx-download';

/** As GET /api/statistics: the offices, supervisors, a unit's office and leader (their own), deputies (their own). */
const STATS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader', 'deputy'] as const;
/** Unit figures and scores: the offices and supervisors all units, a unit's office and leader their own rows. */
const UNITS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'] as const;
/** The ranking of all units (R-STAT-2): the offices and supervisors. */
const SCORES = ['liaisonOffice', 'governmentOffice', 'supervisor'] as const;

const sessionQuery = z.object({ sessionId: id });

/**
 * R-STAT-1 breakdowns (by unit lead/co, category, delegation or sector, deputy; by body and stream; proposals by
 * submission type and party; satisfaction against resolution) and R-STAT-2 unit scores.
 */
export function statisticsRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  const tags = ['统计'];
  on({
    method: 'GET',
    url: '/api/statistics/by-unit',
    operationId: 'getUnitBreakdown',
    response: z.array(a.unitBreakdown),
    summary: '各承办单位办理统计（主办与会办分列）',
    tags,
    policy: UNITS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryUnitBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-category',
    operationId: 'getCategoryBreakdown',
    response: z.array(a.categoryBreakdown),
    summary: '各类别办理统计',
    tags,
    policy: STATS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryCategoryBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-delegation',
    operationId: 'getDelegationBreakdown',
    response: z.array(a.delegationBreakdown),
    summary: '各代表团（政协：界别）办理统计',
    tags,
    policy: STATS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryDelegationBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-body',
    operationId: 'getBodyBreakdown',
    response: z.array(a.bodyBreakdown),
    summary: '各机关建议提案办理统计（人大代表建议、政协提案分列，含上级交办）',
    tags,
    policy: UNITS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryBodyBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-submission-type',
    operationId: 'getSubmissionTypeBreakdown',
    response: z.array(a.submissionTypeBreakdown),
    summary: '政协提案按提出方式统计（个人、联名、集体）',
    tags,
    policy: STATS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => querySubmissionTypeBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-party',
    operationId: 'getPartyBreakdown',
    response: z.array(a.partyBreakdown),
    summary: '政协提案按党派统计',
    tags,
    policy: STATS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryPartyBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/by-deputy',
    operationId: 'getDeputyBreakdown',
    response: z.array(a.deputyBreakdown),
    summary: '各代表（政协：委员）办理统计',
    tags,
    policy: STATS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryDeputyBreakdown(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/satisfaction-vs-resolution',
    operationId: 'getSatisfactionVsResolution',
    response: z.array(a.satisfactionVsResolution),
    summary: '各单位满意率与解决率对照（被满意）',
    tags,
    policy: UNITS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => querySatisfactionVsResolution(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/targets',
    operationId: 'getStatisticsTargets',
    response: a.targetsAnswer,
    summary: '办理目标完成情况（各项指标及未达标单位）',
    tags,
    policy: UNITS,
    querystring: scopeQuery,
    handler: ({ ctx, query }) => queryTargets(ctx.db, ctx.actor, query),
  });
  on({
    method: 'GET',
    url: '/api/statistics/unit-scores',
    operationId: 'getUnitScores',
    response: a.unitScores,
    summary: '承办单位办理工作考核（得分与排名）',
    tags,
    policy: SCORES,
    querystring: sessionQuery,
    handler: ({ ctx, query }) => queryUnitScores(ctx.db, ctx.actor, query),
  });

  // A file, not JSON: registered directly so the handler can set the download headers.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/statistics/unit-scores.xlsx',
    {
      config: { policy: SCORES },
      schema: {
        operationId: 'exportUnitScores',
        summary: '导出承办单位考核表（Excel）',
        tags,
        querystring: sessionQuery,
        response: { 200: fileAnswer(XLSX_MIME, '承办单位考核表（Excel）') },
      },
    },
    async (req, reply) => {
      const scores = await queryUnitScores(env.db, req.actor as Actor, req.query);
      // The file names the session in full: 湖南省第十四届人民代表大会第三次会议承办单位办理工作考核.
      const session = await sessionFullNameOf(env.db, scores.sessionId);
      const filename = `${session}承办单位考核.xlsx`;
      return sendXlsx(reply, { buffer: await writeUnitScoresXlsx(scores, session), filename }, 'unit-scores.xlsx');
    },
  );
}
