import crypto from 'node:crypto';
import type { Role } from '../../domain/items/roles';
import type { Db } from '../../server/db/client';
import { createBase } from '../../server/seed/base';
import { createUser, sharedDemoHash } from '../../server/usecases/admin/create-user';

export const PASSWORD = 'Test@12345';

/**
 * A fresh congress per test (architecture rule 9): 4 units with divisions,
 * 6 deputies, one user per role, unit staff for every unit. `units` replaces
 * the four (a county's 32, in the published-report tests).
 */
export async function createCongress(db: Db, o: { units?: { name: string; isGovernment?: boolean }[] } = {}) {
  const tag = crypto.randomBytes(4).toString('hex');
  const base = await createBase(db, {
    congressName: `测试省人民代表大会-${tag}`,
    level: 'province',
    session: { name: '十四届人大三次会议', code: '14-3', year: 2025 },
    units: o.units?.map((u) => ({ name: `${u.name}-${tag}`, isGovernment: u.isGovernment ?? true, divisions: ['办公室'] })) ?? [
      { name: `省教育厅-${tag}`, divisions: ['基础教育处', '办公室'] },
      { name: `省财政厅-${tag}`, divisions: ['预算处'] },
      { name: `省交通运输厅-${tag}`, divisions: ['规划处'] },
      { name: `省高级人民法院-${tag}`, isGovernment: false, divisions: ['立案庭'] },
    ],
    delegations: [`长沙市代表团-${tag}`, `株洲市代表团-${tag}`],
    deputies: ['张建国', '李秀英', '王志强', '刘海燕', '陈立新', '杨春梅'].map((name, i) => ({ name, delegation: i % 2 })),
    categories: [
      { name: '教育', children: ['基础教育'] },
      { name: '交通', children: [] },
    ],
  });
  const user = (role: Role, suffix: string, extra: { organizationId?: number; deputyId?: number } = {}) =>
    createUser(db, { username: `${suffix}-${tag}`, password: PASSWORD, displayName: `${suffix}`, role, congressId: base.congressId, ...extra }, sharedDemoHash);
  const users = {
    liaison: await user('liaisonOffice', 'liaison', { organizationId: base.liaisonOfficeId }),
    gov: await user('governmentOffice', 'gov', { organizationId: base.governmentOfficeId }),
    supervisor: await user('supervisor', 'supervisor'),
    admin: await user('admin', 'admin'),
    auditor: await user('auditor', 'auditor'),
    deputies: await Promise.all(base.deputyIds.map((id, i) => user('deputy', `deputy${i}`, { deputyId: id }))),
    units: await Promise.all(
      base.unitIds.map(async (unitId, i) => ({
        unitId,
        office: await user('unitOffice', `u${i}-office`, { organizationId: unitId }),
        handler: await user('unitHandler', `u${i}-handler`, { organizationId: unitId }),
        leader: await user('unitLeader', `u${i}-leader`, { organizationId: unitId }),
      })),
    ),
  };
  return { ...base, users, tag };
}
export type Congress = Awaited<ReturnType<typeof createCongress>>;
