/**
 * The city of the hotline tests (test/hotline*.test.ts, issue 15): 益阳市人大 with its hotline office
 * (市长热线办), liaison office, a supervisor who sits on the 城建环保委 (a special committee), three
 * units with their staff, deputies with phones (one written +86 with dashes), an administrator; below
 * it 赫山区 (its liaison office and a leader) with the townships 沧水铺镇 and 泉交河镇 (each its
 * presidium). Usernames carry a random tag; every password is PASSWORD. The clients are signed in.
 */
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../server/auth/actor';
import { toActor } from '../../server/auth/sessions';
import type { Db } from '../../server/db/client';
import { organizations, users } from '../../server/db/schema';
import { createBase } from '../../server/seed/base';
import { createUser, sharedDemoHash } from '../../server/usecases/admin/create-user';
import type { Ctx } from '../../server/usecases/lib/run';
import { Client } from './client';
import { PASSWORD } from './factories';

export const PHONES = { zhang: '13807370001', li: '+86 138-0737-0002' } as const;

export async function createHotlineCity(db: Db, app: FastifyInstance) {
  const tag = crypto.randomBytes(4).toString('hex');
  const city = await createBase(db, {
    congressName: `益阳市人民代表大会-${tag}`,
    level: 'city',
    session: { name: '七届人大三次会议', code: `7-3-${tag}`, year: 2026 },
    units: [
      { name: `市住房和城乡建设局-${tag}`, divisions: ['办公室'] },
      { name: `市城市管理和综合执法局-${tag}`, divisions: ['办公室'] },
      { name: `市交通运输局-${tag}`, divisions: ['办公室'] },
    ],
    delegations: [`赫山区代表团-${tag}`],
    deputies: [
      { name: '张建国', phone: PHONES.zhang, delegation: 0 },
      { name: '李秀英', phone: PHONES.li, delegation: 0 },
      { name: '王志强', delegation: 0 },
    ],
    categories: [{ name: '城乡建设', children: [] }],
  });
  const [committee] = await db
    .insert(organizations)
    .values({ congressId: city.congressId, kind: 'committee', name: `城乡建设环境保护委员会-${tag}` })
    .returning();
  const county = await createBase(db, {
    congressName: `赫山区人民代表大会-${tag}`,
    level: 'county',
    parentId: city.congressId,
    session: { name: '四届人大三次会议', code: `hs-${tag}`, year: 2026 },
    units: [],
    delegations: [],
    deputies: [],
    categories: [],
  });
  const town = async (name: string) =>
    createBase(db, {
      congressName: `${name}人民代表大会-${tag}`,
      level: 'township',
      parentId: county.congressId,
      officeNames: { liaison: `${name}人大主席团-${tag}`, government: `${name}人民政府-${tag}` },
      session: { name: '十八届人大五次会议', code: `${name}-${tag}`, year: 2026 },
      units: [],
      delegations: [],
      deputies: [],
      categories: [],
    });
  const towns = [await town('沧水铺镇'), await town('泉交河镇')];
  const user = (username: string, displayName: string, role: Parameters<typeof createUser>[1]['role'], congressId: number, extra = {}) =>
    createUser(db, { username: `${username}-${tag}`, password: PASSWORD, displayName, role, congressId, ...extra }, sharedDemoHash);
  const u = {
    hotline: await user('hotline', '市长热线办', 'hotlineOffice', city.congressId),
    liaison: await user('liaison', '市人大常委会联工委', 'liaisonOffice', city.congressId, { organizationId: city.liaisonOfficeId }),
    supervisor: await user('cjw', '城建环保委', 'supervisor', city.congressId, { organizationId: committee.id }),
    admin: await user('admin', '系统管理员', 'admin', city.congressId),
    deputies: await Promise.all(
      city.deputyIds.map((id, i) => user(`deputy${i}`, ['张建国', '李秀英', '王志强'][i], 'deputy', city.congressId, { deputyId: id })),
    ),
    units: await Promise.all(
      city.unitIds.map(async (unitId, i) => ({
        unitId,
        office: await user(`u${i}-office`, `单位${i}办公室`, 'unitOffice', city.congressId, { organizationId: unitId }),
        handler: await user(`u${i}-handler`, `单位${i}承办人`, 'unitHandler', city.congressId, { organizationId: unitId }),
      })),
    ),
    countyLiaison: await user('hs-liaison', '赫山区人大常委会人代工委', 'liaisonOffice', county.congressId, { organizationId: county.liaisonOfficeId }),
    countyLeader: await user('hs-leader', '赫山区人大常委会领导', 'supervisor', county.congressId),
    presidia: await Promise.all(
      towns.map((t, i) => user(`presidium${i}`, `乡镇${i}人大主席团`, 'townshipPresidium', t.congressId, { organizationId: t.liaisonOfficeId })),
    ),
  };
  const login = (x: { username: string }) => Client.login(app, x.username);
  const clients = {
    hotline: await login(u.hotline),
    liaison: await login(u.liaison),
    supervisor: await login(u.supervisor),
    admin: await login(u.admin),
    deputies: await Promise.all(u.deputies.map(login)),
    units: await Promise.all(u.units.map(async (x) => ({ unitId: x.unitId, office: await login(x.office), handler: await login(x.handler) }))),
    countyLiaison: await login(u.countyLiaison),
    countyLeader: await login(u.countyLeader),
    presidia: await Promise.all(u.presidia.map(login)),
  };
  /** A use case's context for a user at a given time (the clocks' tests: the context's `now`). */
  const ctxOf = async (x: { id: number }, now: Date): Promise<Ctx> => {
    const [row] = await db.select().from(users).where(eq(users.id, x.id));
    return { db, actor: toActor(row) as Actor, now };
  };
  return { tag, city, committee, county, towns, users: u, ...clients, ctxOf };
}
export type HotlineCity = Awaited<ReturnType<typeof createHotlineCity>>;

/** An order typed by the hotline office (defaults: 张建国's number, a general order about a street lamp). */
export const orderBody = (over: Record<string, unknown> = {}) => ({
  callerPhone: PHONES.zhang,
  category: '市政设施',
  content: '龙光桥街道五一路段路灯损坏多日，夜间行人出行不便，请尽快维修。',
  urgency: 'general',
  ...over,
});

/** The order page as a client sees it. */
export const orderOf = (c: Client, id: number) => c.ok('GET', `/api/hotline/orders/${id}`);
