/** Suggestion (代表建议) titles and bodies, assembled from per-category phrase banks. */
import { CATEGORIES, topCategoryOf } from './categories';
import { cityOf, PLA_DELEGATION, placeCities, type CityInfo } from './delegations';
import type { Rng } from './rng';
import { ACTIONS, CLOSINGS, GENERIC_BACKGROUNDS, GENERIC_MEASURES, GENERIC_PROBLEMS, GEO_START, MEASURE_LEADS, PROBLEM_TAILS } from './suggestion-phrases';
import { enumerateParen, enumerateShi, fill, numberVars } from './text';
import type { TopicBank } from './topic-types';
import { EDUCATION_BANK, HEALTH_BANK } from './topics-education-health';
import { FINANCE_BANK, INDUSTRY_BANK, SCIENCE_BANK } from './topics-economy';
import { CULTURE_BANK, ECOLOGY_BANK, GENERAL_BANK } from './topics-environment-culture';
import { TRANSPORT_BANK, URBAN_BANK } from './topics-infrastructure';
import { RURAL_BANK } from './topics-rural';
import { LAW_BANK, SOCIAL_BANK } from './topics-social';

export interface SuggestionText {
  title: string;
  body: string;
}

/** Every category's phrase bank, one per top-level category. */
export const TOPIC_BANKS: TopicBank[] = [
  RURAL_BANK,
  EDUCATION_BANK,
  HEALTH_BANK,
  SOCIAL_BANK,
  TRANSPORT_BANK,
  ECOLOGY_BANK,
  URBAN_BANK,
  FINANCE_BANK,
  INDUSTRY_BANK,
  LAW_BANK,
  SCIENCE_BANK,
  CULTURE_BANK,
  GENERAL_BANK,
];

export const BODY_MIN = 300;
export const BODY_MAX = 700;
const YEAR = 2025;

function bankOf(categoryName: string): { bank: TopicBank; objects: string[] } {
  const top = topCategoryOf(categoryName) ?? CATEGORIES[CATEGORIES.length - 1]?.name ?? '综合';
  const bank = TOPIC_BANKS.find((b) => b.category === top) ?? GENERAL_BANK;
  const child = bank.children[categoryName];
  const objects = child ?? Object.values(bank.children).flat();
  return { bank, objects };
}

interface TitlePlan {
  core: string;
  /** What the body calls the subject ({o}). */
  subject: string;
  /** The place the body talks about ({region}). */
  region: string;
}

function placeVars(rng: Rng, city: CityInfo): Record<string, string> {
  const [county = city.city, county2 = city.city] = rng.sample(city.counties, 2);
  const others = placeCities().filter((c) => c.city !== city.city);
  return {
    city: city.city,
    county,
    county2,
    other: rng.pick(others).city,
    specialty: rng.pick(city.specialties),
    sight: rng.pick(city.sights),
  };
}

function planTitle(rng: Rng, bank: TopicBank, objects: string[], city: CityInfo, generic: boolean): TitlePlan {
  const places = placeVars(rng, city);
  if (generic && bank.specials.length > 0 && rng.chance(0.14)) {
    const special = rng.pick(bank.specials);
    const core = fill(special, places);
    const subject = special.includes('{specialty}')
      ? (places.specialty ?? '这项工作')
      : special.includes('{sight}')
        ? `${places.sight ?? ''}的保护和发展`
        : '这项工作';
    const region = special.includes('{county}') ? (places.county ?? city.city) : city.city;
    return { core, subject, region };
  }
  const raw = rng.pick(objects);
  const mark = raw.slice(0, 1);
  const kind = mark.toLowerCase();
  const text = raw.slice(2);
  let subject = text;
  let region = places.county ?? city.city;
  if (!GEO_START.test(text)) {
    const roll = rng.next();
    if (kind !== 'l' && roll < 0.36) {
      const place = rng.chance(0.75) ? region : city.city;
      region = place;
      subject = place + text;
    } else if (mark === kind && roll < (kind === 'l' ? 0.45 : 0.76)) {
      const scope = rng.pick(bank.scopes);
      if (!text.includes(scope) && !scope.includes(text.slice(0, 2))) subject = scope + text;
    }
  }
  let action = rng.weighted(ACTIONS[kind] ?? ACTIONS.s ?? []);
  if ((action.endsWith('水平') || action.endsWith('工作力度')) && /(能力|水平|质量)$/u.test(subject)) action = '着力提升{o}';
  if (action.endsWith('水平') && /建设$/u.test(subject)) action = '加快推进{o}';
  if (action.endsWith('工作力度') && /工作$/u.test(subject)) action = '加大{o}力度';
  if (action.endsWith('改革') && /(改革|体制)$/u.test(subject)) action = '深入推进{o}';
  let core = fill(action, { o: subject });
  if (rng.chance(0.22)) core += `、${rng.pick(bank.purposes)}`;
  return { core, subject, region };
}

function sentences(rng: Rng, pool: readonly string[], k: number, vars: Record<string, string>): string[] {
  return rng.sample(pool, k).map((s) => fill(s, vars));
}

function assembleBody(rng: Rng, bank: TopicBank, vars: Record<string, string>): string {
  const bgCount = rng.int(2, 3);
  const backgrounds = [...sentences(rng, bank.backgrounds, bgCount, vars), ...(rng.chance(0.4) ? sentences(rng, GENERIC_BACKGROUNDS, 1, vars) : [])];
  const tails = rng.shuffle(PROBLEM_TAILS);
  const problems = sentences(rng, bank.problems, rng.int(2, 3), vars);
  if (rng.chance(0.5)) problems.splice(rng.int(0, problems.length), 0, rng.pick(GENERIC_PROBLEMS));
  problems.forEach((p, i) => {
    problems[i] = p + (tails[i] ?? '');
  });
  const measures = sentences(rng, bank.measures, rng.int(3, 4), vars);
  if (rng.chance(0.4)) measures.splice(rng.chance(0.5) ? 0 : measures.length, 0, rng.pick(GENERIC_MEASURES));
  const lead = rng.pick(MEASURE_LEADS);
  const closing = rng.chance(0.6) ? rng.pick(CLOSINGS) : '';
  const listProblems = rng.chance(0.7) ? enumerateShi : enumerateParen;
  const listMeasures = rng.chance(0.5) ? enumerateShi : enumerateParen;

  const render = (): string => {
    const paras = [`一、基本情况\n${backgrounds.join('')}`, `二、存在的问题\n${listProblems(problems)}`, `三、建议\n${lead}${listMeasures(measures)}`];
    if (closing) paras.push(closing);
    return paras.join('\n');
  };

  let body = render();
  const extraProblems = rng.shuffle([...bank.problems, ...GENERIC_PROBLEMS].filter((p) => !problems.some((q) => q.startsWith(p))));
  const extraMeasures = rng.shuffle([...bank.measures, ...GENERIC_MEASURES].filter((m) => !measures.includes(m)));
  while (body.length < BODY_MIN && (extraProblems.length > 0 || extraMeasures.length > 0)) {
    const m = extraMeasures.shift();
    if (m !== undefined) measures.push(m);
    else problems.push(extraProblems.shift() as string);
    body = render();
  }
  while (body.length > BODY_MAX) {
    if (measures.length > 2) measures.pop();
    else if (problems.length > 2) problems.pop();
    else if (backgrounds.length > 1) backgrounds.pop();
    else break;
    body = render();
  }
  return body;
}

/**
 * A realistic suggestion for a category (top-level or child name) and a
 * delegation: a title of the form 关于……的建议, sometimes naming a place in
 * the delegation's city, and a 300–700 character body in three or four
 * paragraphs (一、基本情况 / 二、存在的问题 / 三、建议 / closing).
 */
export function makeSuggestion(rng: Rng, categoryName: string, delegation: string): SuggestionText {
  return makeSubmission(rng, categoryName, delegation, '建议');
}

/**
 * A submission of either stream: 关于……的建议 from a deputy, 关于……的提案 from a CPPCC member
 * (corpus/proposals.ts); `delegation` may also name a city (a member's home).
 */
export function makeSubmission(rng: Rng, categoryName: string, delegation: string, noun: '建议' | '提案'): SuggestionText {
  const { bank, objects } = bankOf(categoryName);
  const city = delegation === PLA_DELEGATION ? rng.pick(placeCities()) : cityOf(delegation);
  const generic = bank.children[categoryName] === undefined;
  const plan = planTitle(rng, bank, objects, city, generic);
  const vars = { ...numberVars(rng, YEAR), o: plan.subject, region: plan.region, city: city.city };
  return { title: `关于${plan.core}的${noun}`, body: assembleBody(rng, bank, vars) };
}
