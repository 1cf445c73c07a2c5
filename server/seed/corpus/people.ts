/** People of the demo: deputies (代表) and handlers (承办人). */
import { cityOf, PLA_DELEGATION } from './delegations';
import { BLOCKED_NAMES, BRAND_CHARS, COMPANY_TRADES, FEMALE_CHARS, MALE_CHARS, NEUTRAL_CHARS, PLACE_CHARS_A, PLACE_CHARS_B, SURNAMES } from './name-data';
import type { Rng } from './rng';

export type Gender = '男' | '女';

export interface DeputyProfile {
  name: string;
  gender: Gender;
  occupation: string;
  phone: string;
}

function givenName(rng: Rng, gender: Gender): string {
  const own = gender === '男' ? MALE_CHARS : FEMALE_CHARS;
  const one = (): string => (rng.chance(0.75) ? rng.pick(own) : rng.pick(NEUTRAL_CHARS));
  if (rng.chance(0.3)) return rng.pick(own);
  const a = one();
  let b = one();
  while (b === '小' || b === '一' || (b === a && (gender === '男' || rng.chance(0.7)))) b = rng.pick(own);
  return a + b;
}

/**
 * A realistic Chinese full name of 2–3 characters (common surnames weighted;
 * compound surnames get a one-character given name). Famous names are skipped.
 */
export function personName(rng: Rng, gender?: Gender): string {
  const g: Gender = gender ?? (rng.chance(0.5) ? '男' : '女');
  for (;;) {
    const surname = rng.weighted(SURNAMES);
    const given = surname.length > 1 ? rng.pick(g === '男' ? MALE_CHARS : FEMALE_CHARS) : givenName(rng, g);
    const name = surname + given;
    if (!BLOCKED_NAMES.has(name)) return name;
  }
}

/** A handling unit's handler (承办人) or contact person. */
export function handlerName(rng: Rng): string {
  return personName(rng, rng.chance(0.55) ? '女' : '男');
}

/** A fictitious, clearly demo mobile number: 139 0000 xxxx. */
export function demoPhone(rng: Rng): string {
  return `1390000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

function town(rng: Rng): string {
  return rng.pick(PLACE_CHARS_A) + rng.pick(PLACE_CHARS_B) + (rng.chance(0.8) ? '镇' : '乡');
}

function village(rng: Rng): string {
  return rng.pick(PLACE_CHARS_A) + rng.pick(PLACE_CHARS_B) + (rng.chance(0.2) ? '社区' : '村');
}

function company(rng: Rng, region: string): string {
  const brand = rng.pick(BRAND_CHARS) + rng.pick(BRAND_CHARS);
  const prefix = rng.chance(0.5) ? '湖南' : region.replace(/(市|县|区|土家族苗族自治州)$/u, '');
  return `${prefix}${brand}${rng.pick(COMPANY_TRADES)}${rng.chance(0.8) ? '有限公司' : '股份有限公司'}`;
}

function countyGov(county: string): string {
  if (county.endsWith('区')) return `${county}人民政府区长`;
  if (county.endsWith('市')) return `${county}人民政府市长`;
  return `${county}人民政府县长`;
}

const UNIVERSITIES = [
  '湖南大学',
  '中南大学',
  '湖南师范大学',
  '湘潭大学',
  '湖南农业大学',
  '长沙理工大学',
  '湖南科技大学',
  '吉首大学',
  '南华大学',
  '湖南中医药大学',
];

const PLA_JOBS: ((rng: Rng) => string)[] = [
  (r) => `解放军某部${r.pick(['政治委员', '部队长', '副政治委员', '参谋长'])}`,
  (r) => `湖南省军区某部${r.pick(['司令员', '政治委员', '副司令员'])}`,
  (r) => `武警湖南省总队某支队${r.pick(['支队长', '政治委员'])}`,
  (r) => `国防科技大学${r.pick(['教授', '研究员', '副教授'])}`,
  (r) => `解放军某医院${r.pick(['主任医师', '副院长', '护士长'])}`,
  (r) => `${r.pick(['长沙警备区', '衡阳军分区', '岳阳军分区', '常德军分区', '怀化军分区'])}${r.pick(['政治工作处主任', '副司令员', '保障处处长'])}`,
];

function cityJob(rng: Rng, delegation: string): string {
  const info = cityOf(delegation);
  const city = info.city;
  const county = rng.pick(info.counties);
  const cityShort = city.replace(/(市|土家族苗族自治州)$/u, '') || city;
  const jobs: [() => string, number][] = [
    [
      () => {
        const v = village(rng);
        const committee = v.endsWith('社区') ? '居委会' : '村委会';
        return `${county}${town(rng)}${v}${rng.pick(['党总支书记', `党支部书记、${committee}主任`, `党总支书记、${committee}主任`, `${committee}主任`])}`;
      },
      14,
    ],
    [() => `${county}${town(rng)}${rng.pick(['党委书记', '镇长', '人大主席'])}`, 7],
    [() => `${company(rng, county)}${rng.pick(['董事长', '总经理', '董事长、总经理', '党委书记、董事长'])}`, 16],
    [() => `${company(rng, city)}${rng.pick(['车间主任', '技术员', '高级工程师', '一线职工', '班组长'])}`, 8],
    [() => `${cityShort}市${rng.pick(['第一人民医院', '中心医院', '中医医院', '妇幼保健院'])}${rng.pick(['院长', '副院长', '主任医师', '护士长'])}`, 7],
    [() => `${county}人民医院${rng.pick(['院长', '副院长', '主任医师'])}`, 4],
    [() => `${county}${rng.pick(['第一中学', '职业中专学校', '实验小学', '第二中学'])}${rng.pick(['校长', '教师', '党委书记'])}`, 7],
    [() => `${rng.pick(UNIVERSITIES)}${rng.pick(['教授', '副校长', '学院院长', '研究员'])}`, 4],
    [() => countyGov(county), 4],
    [() => `${city}人民政府${city.endsWith('州') ? '副州长' : '副市长'}`, 2],
    [() => `${city}人大常委会${rng.pick(['副主任', '秘书长'])}`, 2],
    [() => `${county}${rng.pick(['委书记', '人大常委会主任', '政协主席'])}`, 3],
    [() => `${county}${rng.pick(['农民专业合作社', '家庭农场', '种养专业合作社'])}${rng.pick(['理事长', '负责人'])}`, 6],
    [() => `湖南${rng.pick(BRAND_CHARS)}${rng.pick(BRAND_CHARS)}律师事务所${rng.pick(['主任', '律师', '合伙人'])}`, 3],
    [() => `${county}${rng.pick(['社区卫生服务中心', '乡镇卫生院'])}${rng.pick(['主任', '医生'])}`, 3],
    [() => `${cityShort}市${rng.pick(['环卫', '公交', '供水'])}${rng.pick(['集团', '公司'])}${rng.pick(['一线职工', '驾驶员', '班组长'])}`, 3],
  ];
  return rng.weighted(jobs)();
}

/** A deputy of a delegation, with a plausible occupation and a demo phone. */
export function deputyProfile(rng: Rng, delegation: string): DeputyProfile {
  const gender: Gender = rng.chance(0.28) ? '女' : '男';
  const name = personName(rng, gender);
  const occupation = delegation === PLA_DELEGATION ? rng.pick(PLA_JOBS)(rng) : cityJob(rng, delegation);
  return { name, gender, occupation, phone: demoPhone(rng) };
}
