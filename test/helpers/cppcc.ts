import type { Db } from '../../server/db/client';
import { createCppccBase } from '../../server/seed/cppcc-base';
import { createUser, sharedDemoHash } from '../../server/usecases/admin/create-user';
import { PASSWORD, type Congress } from './factories';

/**
 * The CPPCC committee beside a test congress (§8): its session, proposal committee, two sectors, two
 * participating organizations, a special committee, six members, categories; accounts for the proposal
 * committee, every member (member0 is also the contact member of the first participating organization),
 * the committee's supervisor and administrator. Usernames carry the congress's tag; every password is PASSWORD.
 */
export async function createCppcc(db: Db, c: Congress) {
  const tag = c.tag;
  const base = await createCppccBase(db, {
    name: `政协测试省${tag}委员会`,
    level: 'province',
    besideId: c.congressId,
    session: { name: '十三届三次会议', code: `13-3-${tag}`, year: 2025 },
    proposalCommittee: `政协测试省${tag}委员会提案委员会`,
    sectors: [`中国民主同盟界-${tag}`, `教育界-${tag}`],
    participatingOrganizations: [`民盟测试省委员会-${tag}`, `测试省妇女联合会-${tag}`],
    committees: [`教科卫体委员会-${tag}`],
    members: [
      { name: '周明远', sector: 0, party: '民盟' },
      { name: '吴丽华', sector: 0, party: '民盟' },
      { name: '郑国栋', sector: 1, party: '中国共产党' },
      { name: '孙晓梅', sector: 1, party: '无党派人士' },
      { name: '钱志远', sector: 1, party: '九三学社' },
      { name: '冯雅琴', sector: 0, party: null },
    ],
    categories: [
      { name: '教育', children: ['职业教育'] },
      { name: '生态环境', children: [] },
    ],
  });
  const user = (role: Parameters<typeof createUser>[1]['role'], suffix: string, extra: { organizationId?: number; deputyId?: number } = {}) =>
    createUser(db, { username: `${suffix}-${tag}`, password: PASSWORD, displayName: suffix, role, congressId: base.cppccId, ...extra }, sharedDemoHash);
  const users = {
    proposalOffice: await user('proposalCommittee', 'proposal-office', { organizationId: base.proposalCommitteeId }),
    supervisor: await user('supervisor', 'cppcc-supervisor'),
    admin: await user('admin', 'cppcc-admin'),
    members: await Promise.all(
      base.memberIds.map((id, i) =>
        user('member', `member${i}`, { deputyId: id, ...(i === 0 ? { organizationId: base.participatingOrganizationIds[0] } : {}) }),
      ),
    ),
  };
  return { ...base, users };
}
export type Cppcc = Awaited<ReturnType<typeof createCppcc>>;
