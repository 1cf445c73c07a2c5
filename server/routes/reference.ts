import type { FastifyInstance } from 'fastify';
import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../domain/contracts/common';
import { statsQuery } from '../../domain/contracts/items';
import { RULES_PRESETS, type PresetId } from '../../domain/deadlines';
import { forbidden } from '../../domain/errors';
import { isUnitRole } from '../../domain/items/roles';
import { officeBodies } from '../auth/item-scope';
import { categories, deputies, organizations, sessions } from '../db/schema';
import { queryStatistics, queryUnitStatistics } from '../queries/statistics/figures';
import { listUnitPeople } from '../queries/unit-people';
import { todayInShanghai } from '../../domain/deadlines';
import { actorScopeKey } from '../queries/snapshot-cache';
import { cacheTags } from '../auth/item-scope';
import { calendarStatus } from '../queries/admin/calendar-status';
import { saveCalendarYear } from '../usecases/admin/save-calendar-year';
import { saveRulesProfile } from '../usecases/admin/save-rules-profile';
import { loadRules } from '../rules/rules-profile';
import * as a from '../../domain/contracts/reference-answers';
import * as s from '../../domain/contracts/statistics-answers';
import { operations, type RouteEnv } from './define';

const STAFF = ['liaisonOffice', 'governmentOffice', 'unitOffice', 'unitHandler', 'unitLeader', 'supervisor', 'admin'] as const;
const ANYONE = [...STAFF, 'deputy', 'delegationContact'] as const;
const STATS = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader', 'deputy'] as const;

function congressOf(actor: { congressId: number | null }): number {
  if (!actor.congressId) throw forbidden('noCongress');
  return actor.congressId;
}

/** Organizations, sessions, categories, deputies, statistics, rules profiles and calendars. */
export function referenceRoutes(app: FastifyInstance, env: RouteEnv) {
  const on = operations(app, env);
  on({
    method: 'GET',
    url: '/api/sessions',
    operationId: 'listSessions',
    response: z.array(a.session),
    summary: '届次会议',
    tags: ['基础数据'],
    policy: ANYONE,
    // The government office and the units work on both streams (§8): the congress's sessions and the CPPCC's beside it.
    handler: ({ ctx }) =>
      ctx.db
        .select()
        .from(sessions)
        .where(
          ctx.actor.role === 'governmentOffice' || isUnitRole(ctx.actor.role)
            ? inArray(sessions.congressId, officeBodies(congressOf(ctx.actor)))
            : eq(sessions.congressId, congressOf(ctx.actor)),
        )
        .orderBy(asc(sessions.year), asc(sessions.congressId)),
  });
  on({
    method: 'GET',
    url: '/api/units',
    operationId: 'listUnits',
    response: z.array(a.unitOption),
    summary: '承办单位及其处室',
    tags: ['基础数据'],
    policy: STAFF,
    handler: async ({ ctx }) => {
      const rows = await ctx.db
        .select()
        .from(organizations)
        // A CPPCC committee's proposals go to the units of the congress beside it (§8).
        .where(eq(organizations.congressId, ctx.actor.unitsCongressId ?? congressOf(ctx.actor)))
        .orderBy(asc(organizations.id));
      return rows.filter((o) => o.kind === 'unit').map((u) => ({ ...u, divisions: rows.filter((d) => d.kind === 'division' && d.parentId === u.id) }));
    },
  });
  on({
    method: 'GET',
    url: '/api/units/mine/people',
    operationId: 'listUnitPeople',
    response: z.array(a.unitPerson),
    summary: '本单位人员（用于责任分解选择承办人、责任领导）',
    tags: ['基础数据'],
    policy: ['unitOffice', 'unitHandler', 'unitLeader'],
    handler: ({ ctx }) => listUnitPeople(ctx.db, ctx.actor),
  });
  on({
    method: 'GET',
    url: '/api/delegations',
    operationId: 'listDelegations',
    response: z.array(a.delegation),
    summary: '代表团（政协：界别）',
    tags: ['基础数据'],
    policy: ANYONE,
    // A CPPCC committee's members sit in sectors (界别) as deputies sit in delegations.
    handler: ({ ctx }) =>
      ctx.db
        .select()
        .from(organizations)
        .where(and(eq(organizations.congressId, congressOf(ctx.actor)), eq(organizations.kind, ctx.actor.body === 'cppcc' ? 'sector' : 'delegation'))),
  });
  on({
    method: 'GET',
    url: '/api/categories',
    operationId: 'listCategories',
    response: z.array(a.category),
    summary: '建议分类树',
    tags: ['基础数据'],
    policy: ANYONE,
    handler: ({ ctx }) =>
      ctx.db
        .select()
        .from(categories)
        .where(eq(categories.congressId, congressOf(ctx.actor)))
        .orderBy(asc(categories.sort), asc(categories.id)),
  });
  on({
    method: 'GET',
    url: '/api/deputies',
    operationId: 'listDeputies',
    response: z.array(a.deputyOption),
    summary: '代表名录（用于联名附议）',
    tags: ['基础数据'],
    policy: ANYONE,
    querystring: z.object({ q: z.string().max(50).optional(), delegationId: id.optional() }),
    handler: ({ ctx, query }) =>
      ctx.db
        .select({ id: deputies.id, name: deputies.name, delegationId: deputies.delegationId, occupation: deputies.occupation })
        .from(deputies)
        .where(
          and(
            eq(deputies.congressId, congressOf(ctx.actor)),
            query.q ? ilike(deputies.name, `%${query.q}%`) : undefined,
            query.delegationId ? eq(deputies.delegationId, query.delegationId) : undefined,
          ),
        )
        .orderBy(asc(deputies.id))
        .limit(200),
  });
  on({
    method: 'GET',
    url: '/api/statistics',
    operationId: 'getStatistics',
    response: s.statistics,
    summary: '办理统计（任意范围）',
    tags: ['统计'],
    policy: STATS,
    querystring: statsQuery,
    // Issue 6 §4: per database snapshot (exact), kept across writes outside the actor's scope (issue 18).
    handler: ({ ctx, query }) =>
      ctx.cached(['statistics', actorScopeKey(ctx.actor), JSON.stringify(query)], (tx) => queryStatistics(tx, ctx.actor, query), cacheTags(ctx.actor)),
  });
  on({
    method: 'GET',
    url: '/api/statistics/units',
    operationId: 'getUnitStatistics',
    response: z.array(s.unitStatisticsRow),
    summary: '各承办单位办理情况',
    tags: ['统计'],
    policy: ['liaisonOffice', 'governmentOffice', 'supervisor'],
    querystring: z.object({ sessionId: id }),
    // Overdue counts use today's date: today is part of the key.
    handler: ({ ctx, query }) =>
      ctx.cached(
        ['unitStatistics', actorScopeKey(ctx.actor), query.sessionId, todayInShanghai()],
        (tx) => queryUnitStatistics(tx, ctx.actor, query.sessionId),
        cacheTags(ctx.actor),
      ),
  });

  on({
    method: 'GET',
    url: '/api/rules-presets',
    operationId: 'listRulesPresets',
    response: z.array(a.rulesPreset),
    summary: '各地法规预设',
    tags: ['规则配置'],
    policy: ['admin', 'liaisonOffice'],
    handler: async () => Object.values(RULES_PRESETS),
  });
  on({
    method: 'GET',
    url: '/api/rules-profiles/:year',
    operationId: 'getRulesProfile',
    response: a.rulesInForce,
    summary: '本级人大某年的规则配置',
    tags: ['规则配置'],
    policy: ['admin', 'liaisonOffice', 'governmentOffice'],
    params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
    handler: ({ ctx, params }) => loadRules(ctx.db, congressOf(ctx.actor), params.year),
  });
  on({
    method: 'PUT',
    url: '/api/rules-profiles/:year',
    operationId: 'saveRulesProfile',
    response: a.savedRulesProfile,
    summary: '保存规则配置（预设或自定义），并重算在办件期限',
    tags: ['规则配置'],
    policy: ['admin'],
    params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
    body: z.object({
      preset: z.enum(Object.keys(RULES_PRESETS) as [PresetId, ...PresetId[]]).nullish(),
      values: z.record(z.string(), z.unknown()).optional(),
      version: z.number().int().positive().optional(),
    }),
    handler: ({ ctx, params, body }) =>
      saveRulesProfile(ctx, { congressId: congressOf(ctx.actor), year: params.year, preset: body.preset, values: body.values as never, version: body.version }),
  });
  on({
    method: 'GET',
    url: '/api/calendar',
    operationId: 'getCalendarStatus',
    response: a.calendarStatus,
    summary: '工作日历：各年节假日安排及提醒',
    tags: ['规则配置'],
    policy: ['admin', 'liaisonOffice'],
    querystring: z.object({ from: z.coerce.number().int().min(2004).max(2100).optional(), to: z.coerce.number().int().min(2004).max(2100).optional() }),
    handler: ({ ctx, query }) => {
      const now = new Date().getFullYear();
      const from = query.from ?? now - 1;
      const to = Math.max(query.to ?? now + 1, from);
      return calendarStatus(
        ctx.db,
        ctx.actor,
        Array.from({ length: Math.min(to - from + 1, 30) }, (_, i) => from + i),
      );
    },
  });
  on({
    method: 'PUT',
    url: '/api/calendar/:year',
    operationId: 'saveCalendarYear',
    response: a.savedCalendarYear,
    summary: '录入或修改某年官方节假日与调休安排',
    tags: ['规则配置'],
    policy: ['admin'],
    params: z.object({ year: z.coerce.number().int().min(2004).max(2100) }),
    body: z.object({
      holidays: z.array(z.string()).max(60),
      makeupWorkdays: z.array(z.string()).max(20),
      note: z.string().max(500).optional(),
      version: z.number().int().positive().optional(),
    }),
    handler: ({ ctx, params, body }) => saveCalendarYear(ctx, { year: params.year, ...body }),
  });
}
