import type { FastifyInstance } from 'fastify';
import { createdAnswer, okSchema } from '../../domain/contracts/common';
import * as c from '../../domain/contracts/checklists';
import * as a from '../../domain/contracts/checklists-answers';
import { CHECKLIST_ISSUERS, CHECKLIST_READERS, COUNTY_READERS, VISIT_RECORDERS } from '../../domain/checklists/permissions';
import { listMeetings, listPairings, listVisits } from '../queries/checklists/guidance';
import { pairLeader } from '../usecases/checklists/pair-leader';
import { recordExchangeMeeting } from '../usecases/checklists/record-exchange-meeting';
import { recordGuidanceVisit } from '../usecases/checklists/record-guidance-visit';
import { unpairLeader } from '../usecases/checklists/unpair-leader';
import { operations, type RouteEnv } from './define';

const tags = ['乡镇指导清单'];

/** 联点指导 and 季度交流会 (issue 16 §7): the pairings the county's office keeps, the leaders' visits, the exchange meetings. */
export function guidanceRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/guidance/pairings',
    operationId: 'listGuidancePairings',
    summary: '联点安排（县人大常委会领导联系乡镇）',
    tags,
    policy: COUNTY_READERS,
    response: a.pairingsAnswer,
    handler: ({ ctx }) => listPairings(ctx.db, ctx.actor),
  });
  on({
    method: 'POST',
    url: '/api/guidance/pairings',
    operationId: 'pairLeader',
    summary: '安排领导联点乡镇',
    tags,
    policy: CHECKLIST_ISSUERS,
    body: c.pairingBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, body }) => pairLeader(ctx, body),
  });
  on({
    method: 'DELETE',
    url: '/api/guidance/pairings/:pairingId',
    operationId: 'unpairLeader',
    summary: '取消联点安排',
    tags,
    policy: CHECKLIST_ISSUERS,
    params: c.pairingParams,
    response: okSchema,
    handler: ({ ctx, params }) => unpairLeader(ctx, params),
  });
  on({
    method: 'GET',
    url: '/api/guidance/visits',
    operationId: 'listGuidanceVisits',
    summary: '联点指导记录',
    tags,
    policy: CHECKLIST_READERS,
    querystring: c.listVisitsQuery,
    response: a.visitsAnswer,
    handler: ({ ctx, query }) => listVisits(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/guidance/visits',
    operationId: 'recordGuidanceVisit',
    summary: '登记联点指导（联点领导）',
    tags,
    policy: VISIT_RECORDERS,
    body: c.visitBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, body }) => recordGuidanceVisit(ctx, body),
  });
  on({
    method: 'GET',
    url: '/api/exchange-meetings',
    operationId: 'listExchangeMeetings',
    summary: '季度交流会',
    tags,
    policy: CHECKLIST_READERS,
    querystring: c.listMeetingsQuery,
    response: a.meetingsAnswer,
    handler: ({ ctx, query }) => listMeetings(ctx.db, ctx.actor, query),
  });
  on({
    method: 'POST',
    url: '/api/exchange-meetings',
    operationId: 'recordExchangeMeeting',
    summary: '登记季度交流会（典型经验、下季度工作讲解）',
    tags,
    policy: CHECKLIST_ISSUERS,
    body: c.meetingBody,
    response: createdAnswer,
    status: 201,
    handler: ({ ctx, body }) => recordExchangeMeeting(ctx, body),
  });
}
