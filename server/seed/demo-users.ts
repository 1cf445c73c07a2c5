/**
 * Users of the demo: the printed demo accounts (one per role), three staff
 * per handling unit and one login per deputy, all with DEMO_PASSWORD (the
 * hash is computed once). Returns the actors the lifecycle acts as.
 */
import type { Actor } from '../auth/actor';
import { toActor } from '../auth/sessions';
import type { Db } from '../db/client';
import type { Role } from '../../domain/items/roles';
import { createUser, sharedDemoHash } from '../usecases/admin/create-user';
import type { BaseFixture } from './base';
import { handlerName, personName, UNITS, type Rng, type UnitSeed } from './corpus';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

export interface UnitStaff {
  index: number;
  unitId: number;
  seed: UnitSeed;
  isGovernment: boolean;
  office: Actor;
  handler: Actor;
  leader: Actor;
  /** e.g. 副厅长王建国: the responsible leader of a breakdown (R-HANDLE-1). */
  leaderTitle: string;
  /** Divisions that handle items (not the unit's own office). */
  divisionIds: number[];
}

export interface DeputyRef {
  index: number;
  id: number;
  name: string;
  delegation: number;
  actor: Actor;
}

export interface Staff {
  liaison: Actor;
  gov: Actor;
  units: UnitStaff[];
  deputies: DeputyRef[];
}

/** The unit code the demo unit accounts belong to. */
export const DEMO_UNIT_CODE = 'edu';
/** The deputy the `deputy` demo account is linked to (index in the deputy list). */
export const DEMO_DEPUTY_INDEX = 0;

export function leaderPost(unitName: string): string {
  if (unitName.endsWith('公司')) return '副总经理';
  if (unitName.endsWith('法院')) return '副院长';
  if (unitName.endsWith('检察院')) return '副检察长';
  if (unitName.endsWith('联合会')) return '副理事长';
  if (unitName.endsWith('委员会')) return '副主任';
  if (unitName.endsWith('厅')) return '副厅长';
  if (unitName.endsWith('局')) return '副局长';
  return '分管负责同志';
}

export async function createStaff(db: Db, base: BaseFixture, rng: Rng, deputies: { name: string; delegation: number }[]): Promise<Staff> {
  const congressId = base.congressId;
  const mk = async (username: string, role: Role, displayName: string, organizationId: number | null, deputyId: number | null = null) =>
    toActor(await createUser(db, { username, password: DEMO_PASSWORD, displayName, role, congressId, organizationId, deputyId }, sharedDemoHash));

  const eduIndex = UNITS.findIndex((u) => u.code === DEMO_UNIT_CODE);
  const eduId = base.unitIds[eduIndex];
  const demo = new Map<string, Actor>();
  for (const a of DEMO_ACCOUNTS) {
    let org: number | null = null;
    let deputyId: number | null = null;
    // The delegation's contact person takes no name from the generator, so the rest of the demo stays as it was.
    let name = a.role === 'delegationContact' ? '孙丽华' : personName(rng);
    if (a.role === 'liaisonOffice') org = base.liaisonOfficeId;
    else if (a.role === 'governmentOffice') org = base.governmentOfficeId;
    else if (a.role === 'unitOffice' || a.role === 'unitHandler' || a.role === 'unitLeader') org = eduId;
    else if (a.role === 'deputy') {
      deputyId = base.deputyIds[DEMO_DEPUTY_INDEX];
      org = base.delegationIds[deputies[DEMO_DEPUTY_INDEX].delegation] ?? null;
      name = deputies[DEMO_DEPUTY_INDEX].name;
    } else if (a.role === 'delegationContact') org = base.delegationIds[deputies[DEMO_DEPUTY_INDEX].delegation] ?? null;
    else if (a.role === 'admin') name = '系统管理员';
    else if (a.role === 'auditor') name = '安全审计员';
    demo.set(a.username, await mk(a.username, a.role, name, org, deputyId));
  }
  const byRole = (role: Role) => [...demo.values()].find((x) => x.role === role)!;

  const units: UnitStaff[] = [];
  for (const [i, seed] of UNITS.entries()) {
    const unitId = base.unitIds[i];
    const isDemo = i === eduIndex;
    const office = isDemo ? byRole('unitOffice') : await mk(`u-${seed.code}-office`, 'unitOffice', handlerName(rng), unitId);
    const handler = isDemo ? byRole('unitHandler') : await mk(`u-${seed.code}-handler`, 'unitHandler', handlerName(rng), unitId);
    const leader = isDemo ? byRole('unitLeader') : await mk(`u-${seed.code}-leader`, 'unitLeader', personName(rng), unitId);
    const divs = base.divisionIds.get(unitId) ?? [];
    const divisionIds = divs.filter((_, j) => seed.divisions[j] !== '办公室');
    units.push({
      index: i,
      unitId,
      seed,
      isGovernment: seed.kind === 'government',
      office,
      handler,
      leader,
      leaderTitle: `${leaderPost(seed.name)}${leader.name}`,
      divisionIds: divisionIds.length ? divisionIds : divs,
    });
  }

  const deputyRefs: DeputyRef[] = [];
  for (const [i, d] of deputies.entries()) {
    const id = base.deputyIds[i];
    const org = base.delegationIds[d.delegation] ?? null;
    const actor = i === DEMO_DEPUTY_INDEX ? byRole('deputy') : await mk(`d${String(i).padStart(4, '0')}`, 'deputy', d.name, org, id);
    deputyRefs.push({ index: i, id, name: d.name, delegation: d.delegation, actor });
  }
  return { liaison: byRole('liaisonOffice'), gov: byRole('governmentOffice'), units, deputies: deputyRefs };
}
