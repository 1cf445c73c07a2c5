/**
 * Organizations of the demo province: delegations (代表团) and handling
 * units (承办单位) with their divisions (处室).
 */
import { topCategoryOf } from './categories';
import type { UnitSeed } from './unit-types';
import { ECONOMY_UNITS } from './units-economy';
import { LAW_UNITS } from './units-law';
import { SOCIETY_UNITS } from './units-society';

export type { UnitSeed } from './unit-types';
export { DELEGATIONS, PLA_DELEGATION, CITIES, cityOf, placeCities } from './delegations';
export type { CityInfo } from './delegations';

export const PROVINCE = '湖南省';
export const CONGRESS_NAME = '湖南省人民代表大会';
export const SESSION_NAME = '十四届人大三次会议';
export const SESSION_YEAR = 2025;

/** About forty provincial handling units. */
export const UNITS: UnitSeed[] = [...ECONOMY_UNITS, ...SOCIETY_UNITS, ...LAW_UNITS];

/** Units that usually handle items of a category (top-level or child name). */
export function unitsForCategory(categoryName: string): UnitSeed[] {
  const top = topCategoryOf(categoryName);
  if (top === undefined) return [];
  return UNITS.filter((u) => u.categories.includes(top));
}

/** A unit by its code or name (full or short). */
export function findUnit(codeOrName: string): UnitSeed | undefined {
  return UNITS.find((u) => u.code === codeOrName || u.name === codeOrName || u.shortName === codeOrName);
}

/**
 * How a unit refers to itself in letters: 我厅, 我委, 我局, 我院, 我公司…
 * Accepts any name, known or not.
 */
export function selfReference(unitName: string): string {
  const name = findUnit(unitName)?.name ?? unitName;
  if (name.endsWith('公司')) return '我公司';
  if (name.endsWith('法院') || name.endsWith('检察院')) return '我院';
  if (name.endsWith('委员会') || name.endsWith('委')) return '我委';
  if (name.endsWith('厅')) return '我厅';
  if (name.endsWith('局')) return '我局';
  if (name.endsWith('联合会')) return '我会';
  return '我单位';
}
