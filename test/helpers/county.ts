import crypto from 'node:crypto';
import { todayInShanghai } from '../../domain/deadlines';
import type { Db } from '../../server/db/client';
import type { LevelsFixture, TownshipFixture } from '../../server/seed/demo-levels-fixture';
import { toActor } from '../../server/auth/sessions';
import { createBase } from '../../server/seed/base';
import { createUser, sharedDemoHash } from '../../server/usecases/admin/create-user';
import { PASSWORD } from './factories';

const TOWNSHIP_NAMES = ['东山镇', '治河渡镇', '梅田湖镇', '插旗镇', '万庾镇', '注滋口镇', '操军镇', '鲇鱼须镇'];

/**
 * A county congress with `townships` townships below it (issue 16), in the shape of the demo's
 * LevelsFixture: the county's liaison office and two leaders (each paired later by the test), each
 * township's presidium (role townshipPresidium) and its office (the township's suggestions). The
 * first township also has a unit, deputies and their accounts, to handle its own suggestions.
 * Usernames carry a random tag; every password is PASSWORD.
 */
export async function createCounty(db: Db, townships = 3, name = '华容县') {
  const tag = crypto.randomBytes(4).toString('hex');
  const user = async (username: string, displayName: string, role: Parameters<typeof createUser>[1]['role'], congressId: number, extra = {}) =>
    createUser(db, { username: `${username}-${tag}`, password: PASSWORD, displayName, role, congressId, ...extra }, sharedDemoHash);
  const county = await createBase(db, {
    congressName: `${name}人民代表大会-${tag}`,
    level: 'county',
    session: { name: '十八届人大五次会议', code: `18-5-${tag}`, year: 2026 },
    units: [{ name: `县农业农村局-${tag}`, divisions: ['办公室'] }],
    delegations: [],
    deputies: [],
    categories: [{ name: '农业农村', children: [] }],
  });
  const liaison = await user('county-liaison', '县人大常委会人代工委', 'liaisonOffice', county.congressId, { organizationId: county.liaisonOfficeId });
  const leaders = [
    await user('county-leader1', '李国强', 'supervisor', county.congressId),
    await user('county-leader2', '王秀兰', 'supervisor', county.congressId),
  ];
  const towns: (TownshipFixture & { users: Record<string, { username: string }>; unitId?: number; categoryId: number })[] = [];
  for (let i = 0; i < townships; i++) {
    const tName = TOWNSHIP_NAMES[i % TOWNSHIP_NAMES.length] + (i >= TOWNSHIP_NAMES.length ? String(i) : '');
    const withSuggestions = i === 0;
    const base = await createBase(db, {
      congressName: `${tName}人民代表大会-${tag}`,
      level: 'township',
      parentId: county.congressId,
      officeNames: { liaison: `${tName}人大主席团`, government: `${tName}人民政府` },
      session: { name: '十八届人大五次会议', code: `t${i}-${tag}`, year: Number(todayInShanghai().slice(0, 4)) },
      units: [{ name: `${tName}农业综合服务中心-${tag}`, divisions: ['办公室'] }],
      delegations: [],
      deputies: withSuggestions ? [{ name: '周建华', delegation: 0 }] : [],
      categories: [{ name: '农业农村', children: [] }],
    });
    const presidium = await user(`presidium${i}`, `${tName}人大主席团`, 'townshipPresidium', base.congressId, { organizationId: base.liaisonOfficeId });
    const office = await user(`t-office${i}`, `${tName}人大主席团办公室`, 'liaisonOffice', base.congressId, { organizationId: base.liaisonOfficeId });
    const users: Record<string, { username: string }> = { presidium, office };
    if (withSuggestions) {
      const unitId = base.unitIds[0];
      users.deputy = await user(`t-deputy${i}`, '周建华', 'deputy', base.congressId, { deputyId: base.deputyIds[0] });
      users.unitOffice = await user(`t-unit-office${i}`, '服务中心办公室', 'unitOffice', base.congressId, { organizationId: unitId });
      users.unitHandler = await user(`t-unit-handler${i}`, '服务中心承办人', 'unitHandler', base.congressId, { organizationId: unitId });
      users.unitLeader = await user(`t-unit-leader${i}`, '服务中心负责人', 'unitLeader', base.congressId, { organizationId: unitId });
    }
    towns.push({
      congressId: base.congressId,
      name: `${tName}人民代表大会-${tag}`,
      sessionId: base.sessionId,
      presidiumOrgId: base.liaisonOfficeId,
      presidium: toActor(presidium),
      office: toActor(office),
      deputyIds: base.deputyIds,
      users,
      unitId: base.unitIds[0],
      categoryId: base.categoryIds[0],
    });
  }
  const fixture: LevelsFixture = {
    // The checklists' tests need no city: the county stands in for it (no units, deputies or second county).
    city: { congressId: county.congressId, liaison: toActor(liaison), governmentOfficeId: county.governmentOfficeId, units: [], deputies: [] },
    pingjiangId: county.congressId,
    county: {
      congressId: county.congressId,
      sessionId: county.sessionId,
      liaisonOfficeId: county.liaisonOfficeId,
      liaison: toActor(liaison),
      leaders: leaders.map((l, i) => ({ actor: toActor(l), townshipCongressIds: towns.filter((_, k) => k % 2 === i).map((t) => t.congressId) })),
    },
    townships: towns,
  };
  return { tag, fixture, county, liaison, leaders, towns };
}
export type County = Awaited<ReturnType<typeof createCounty>>;
