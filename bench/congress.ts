/**
 * The fixed frame of the bench data (issue 6 §1): the congress, a session a year, the offices,
 * units with their divisions, delegations, deputies, categories and the demo's accounts.
 */
import { CATEGORIES, CITIES, CONGRESS_NAME, DELEGATIONS, deputyProfile, UNITS, type Rng } from '../server/seed/corpus';
import type { CopySink } from './copy-sink';

export interface CongressOptions {
  /** Sessions, one a year, ending with `endYear`. */
  years: number;
  endYear: number;
  items: number;
  units: number;
  deputies: number;
}

export interface Unit {
  id: number;
  name: string;
  shortName: string;
  divisions: number[];
  /** Top-level categories it leads on (empty: a local government, co-handles its city's items). */
  categories: string[];
  city?: string;
}

export interface Actor {
  id: number | null;
  role: string;
  name: string;
}

const CN_NUMERALS = ['一', '二', '三', '四', '五'];
const TERM_NAMES = ['十二', '十三', '十四', '十五', '十六'];

/** Writes the frame; returns what the items refer to. */
export function writeCongress(sink: CopySink, rng: Rng, o: CongressOptions, passwordHash: string) {
  let orgId = 0;
  const congressId = 1;
  sink.row('congresses', [congressId, CONGRESS_NAME, 'province']);

  // Sessions: one a year, five a term (届), numbered like 十四届人大三次会议.
  const firstYear = o.endYear - o.years + 1;
  const sessions = Array.from({ length: o.years }, (_, i) => {
    const year = firstYear + i;
    const term = Math.floor((year - 2013) / 5);
    const nth = (((year - 2013) % 5) + 5) % 5;
    return { id: i + 1, year, name: `${TERM_NAMES[Math.max(0, Math.min(4, term))]}届人大${CN_NUMERALS[nth]}次会议`, code: `${12 + term}-${nth + 1}` };
  });
  const perSession = sessions.map((_, i) => Math.floor(o.items / o.years) + (i === o.years - 1 ? o.items % o.years : 0));
  for (const [i, s] of sessions.entries()) {
    sink.row('sessions', [s.id, congressId, s.name, s.year, s.code, perSession[i] + 1, `${s.year}-01-15`, `${s.year}-01-20`]);
  }

  // Offices, units with their divisions, delegations.
  const liaisonOfficeId = ++orgId;
  sink.row('organizations', [liaisonOfficeId, congressId, 'liaisonOffice', `${CONGRESS_NAME}常委会选举任免联络工作委员会`, '联工委', null, false]);
  const governmentOfficeId = ++orgId;
  sink.row('organizations', [governmentOfficeId, congressId, 'governmentOffice', '人民政府办公厅', '政府办公厅', null, true]);
  const units: Unit[] = [];
  for (const u of UNITS) units.push({ id: ++orgId, name: u.name, shortName: u.shortName, divisions: [], categories: u.categories });
  // Local governments up to the unit count: the cities first, then their counties.
  const cities = CITIES.filter((c) => c.city);
  const locals = [
    ...cities.map((c) => ({ name: `${c.city}人民政府`, short: c.city, city: c.city })),
    ...cities.flatMap((c) => c.counties.map((k) => ({ name: `${c.city}${k}人民政府`, short: k, city: c.city }))),
  ];
  for (const l of locals.slice(0, Math.max(0, o.units - units.length)))
    units.push({ id: ++orgId, name: l.name, shortName: l.short, divisions: [], categories: [], city: l.city });
  for (const [i, u] of units.entries()) {
    sink.row('organizations', [u.id, congressId, 'unit', u.name, u.shortName, null, i < UNITS.length ? UNITS[i].kind === 'government' : true]);
  }
  for (const [i, u] of units.entries()) {
    for (const d of i < UNITS.length ? UNITS[i].divisions : []) {
      u.divisions.push(++orgId);
      sink.row('organizations', [orgId, congressId, 'division', `${u.name}${d}`, d, u.id, true]);
    }
  }
  const delegationIds = new Map<string, number>();
  for (const d of DELEGATIONS) {
    delegationIds.set(d, ++orgId);
    sink.row('organizations', [orgId, congressId, 'delegation', d, null, null, false]);
  }

  // Deputies, spread over the delegations.
  const deputies: { id: number; name: string; delegation: string }[] = [];
  for (let i = 0; i < o.deputies; i++) {
    const delegation = DELEGATIONS[i % DELEGATIONS.length];
    const p = deputyProfile(rng, delegation);
    deputies.push({ id: i + 1, name: p.name, delegation });
    sink.row('deputies', [i + 1, congressId, delegationIds.get(delegation)!, p.name, p.gender, p.occupation, p.phone]);
  }

  // Categories: parents and children, in tree order.
  const categoryIds = new Map<string, number>();
  let catId = 0;
  for (const [i, c] of CATEGORIES.entries()) {
    const parent = ++catId;
    categoryIds.set(c.name, parent);
    sink.row('categories', [parent, congressId, null, c.name, i]);
    for (const [j, child] of c.children.entries()) {
      categoryIds.set(child, ++catId);
      sink.row('categories', [catId, congressId, parent, child, j]);
    }
  }

  // The demo's accounts (same names and password), so the bench and a person can sign in.
  const edu = units.find((u) => u.name === '湖南省教育厅') ?? units[0];
  const accounts: [string, string, string, number | null, number | null][] = [
    ['liaison', '刘建华', 'liaisonOffice', liaisonOfficeId, null],
    ['govoffice', '陈晓燕', 'governmentOffice', governmentOfficeId, null],
    ['deputy', deputies[0].name, 'deputy', null, deputies[0].id],
    ['unit-office', '王立新', 'unitOffice', edu.id, null],
    ['unit-handler', '李文静', 'unitHandler', edu.id, null],
    ['unit-leader', '周国强', 'unitLeader', edu.id, null],
    ['supervisor', '赵德明', 'supervisor', null, null],
    ['admin', '系统管理员', 'admin', null, null],
    ['auditor', '安全审计员', 'auditor', null, null],
    // The contact person of the demo deputy's delegation (two-stage review, off unless switched on in 规则配置).
    ['delegation', '孙丽华', 'delegationContact', delegationIds.get(deputies[0].delegation)!, null],
  ];
  for (const [i, [username, name, role, org, deputy]] of accounts.entries()) {
    sink.row('users', [i + 1, username, passwordHash, name, role, role === 'admin' || role === 'auditor' ? null : congressId, org, deputy]);
  }
  const office: Actor = { id: 1, role: 'liaisonOffice', name: '刘建华' };

  return { congressId, sessions, perSession, units, deputies, delegationIds, categoryIds, office };
}
