import type { Actor } from '../auth/actor';

/**
 * What the demo's tree of lower bodies holds (server/seed/demo-levels.ts): the city under the
 * province, the county under the city, the county's townships — each a congress with its own
 * offices, deputies, users and rules — and the accounts acting in them.
 */
export interface TownshipFixture {
  congressId: number;
  /** e.g. 东山镇 */
  name: string;
  sessionId: number;
  /** The township congress's presidium (乡镇人大主席团), an organization of kind liaisonOffice. */
  presidiumOrgId: number;
  /** The presidium's user (role townshipPresidium): reports the county's checklists. */
  presidium: Actor;
  /** The same presidium as the township's suggestion office (role liaisonOffice). */
  office: Actor;
  deputyIds: number[];
}

export interface LevelsFixture {
  city: {
    congressId: number;
    liaison: Actor;
    /** the city government's office (where the hotline office 市长热线办 sits) */
    governmentOfficeId: number;
    /** the city's units and their staff (the hotline channel dispatches to them) */
    units: { unitId: number; name: string; office: Actor; handler: Actor; leader: Actor }[];
    /** every deputy of the city; those with a login (yy-d01 …) carry their actor */
    deputies: { id: number; name: string; actor: Actor | null }[];
  };
  /** 平江县, the city's second county */
  pingjiangId: number;
  county: {
    congressId: number;
    sessionId: number;
    liaisonOfficeId: number;
    /** The county liaison office (县人大常委会人代工委): issues the checklists, runs the assessment. */
    liaison: Actor;
    /** County standing-committee leaders (role supervisor), each paired with some townships (联点指导). */
    leaders: { actor: Actor; townshipCongressIds: number[] }[];
  };
  townships: TownshipFixture[];
}
