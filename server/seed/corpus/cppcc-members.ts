/**
 * Members (政协委员) of the demo's CPPCC committee: a name and gender drawn as the deputies' are, a home
 * city, the party the sector's rule gives, and an occupation that fits the sector's walk of life.
 */
import type { Party, PartyRule, SectorSeed, Walk } from './cppcc-bodies';
import { placeCities, type CityInfo } from './delegations';
import { BRAND_CHARS, COMPANY_TRADES } from './name-data';
import { demoPhone, personName, type Gender } from './people';
import type { Rng } from './rng';

export interface MemberProfile {
  name: string;
  gender: Gender;
  occupation: string;
  phone: string;
  party: Party | null;
  /** The city the member lives and works in: the places their proposals name. */
  city: string;
}

const EIGHT_PARTIES: Party[] = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社'];

function partyOf(rng: Rng, rule: PartyRule, walk: Walk): Party | null {
  switch (rule) {
    case 'mixed': {
      const roll = rng.next();
      if (roll < 0.4) return '中国共产党';
      if (roll < 0.62) return '无党派人士';
      if (walk === 'taiwan' && roll < 0.8) return '台盟';
      return rng.pick(EIGHT_PARTIES);
    }
    case 'mostlyCpc': {
      const roll = rng.next();
      return roll < 0.75 ? '中国共产党' : roll < 0.9 ? '无党派人士' : rng.pick(EIGHT_PARTIES);
    }
    case 'nonParty':
      return '无党派人士';
    case 'unrecorded':
      return null;
    default:
      return rule;
  }
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
const INSTITUTES = ['湖南省农业科学院', '湖南省社会科学院', '湖南省林业科学院', '湖南省地质院', '湖南省科学技术信息研究所', '湖南省医学科学院'];
const HOSPITALS = ['中南大学湘雅医院', '中南大学湘雅二医院', '湖南省人民医院', '湖南省肿瘤医院', '湖南省儿童医院', '湖南中医药大学第一附属医院'];

function company(rng: Rng, city: CityInfo): string {
  const prefix = rng.chance(0.5) ? '湖南' : city.city.replace(/(市|土家族苗族自治州)$/u, '');
  return `${prefix}${rng.pick(BRAND_CHARS)}${rng.pick(BRAND_CHARS)}${rng.pick(COMPANY_TRADES)}${rng.chance(0.8) ? '有限公司' : '股份有限公司'}`;
}

const short = (city: CityInfo) => city.city.replace(/(市|土家族苗族自治州)$/u, '');

type Job = (rng: Rng, city: CityInfo) => string;

const JOBS: Record<Exclude<Walk, 'mixed'>, Job[]> = {
  official: [
    (r, c) => `${c.city}政协${r.pick(['主席', '副主席', '秘书长'])}`,
    (r) => `省政协${r.pick(['经济委员会', '农业和农村委员会', '人口资源环境委员会', '社会和法制委员会', '文化文史和学习委员会'])}${r.pick(['主任', '副主任'])}`,
    (r) => `省${r.pick(['发展和改革委员会', '财政厅', '教育厅', '农业农村厅', '卫生健康委员会', '生态环境厅'])}原${r.pick(['副厅长', '副主任', '一级巡视员'])}`,
    (r, c) => `${r.pick(c.counties)}${r.pick(['政协主席', '委书记'])}`,
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['党委书记', '党委副书记', '副校长'])}`,
  ],
  law: [
    (r) => `湖南${r.pick(BRAND_CHARS)}${r.pick(BRAND_CHARS)}律师事务所${r.pick(['主任', '高级合伙人'])}`,
    (r) => `${r.pick(UNIVERSITIES)}法学院${r.pick(['教授', '院长', '副院长'])}`,
    (r, c) => `${c.city}中级人民法院${r.pick(['副院长', '审判委员会委员'])}`,
    (r, c) => `${c.city}${r.pick(['司法局', '住房和城乡建设局', '自然资源和规划局'])}副局长`,
  ],
  education: [
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['教授', '副校长', '学院院长', '博士生导师'])}`,
    (r, c) => `${short(c)}市第一中学${r.pick(['校长', '高级教师', '副校长'])}`,
    (r, c) => `${r.pick(c.counties)}${r.pick(['职业中专学校', '实验小学', '特殊教育学校', '第一中学'])}校长`,
    (r, c) => `${short(c)}${r.pick(['职业技术学院', '幼儿师范高等专科学校'])}${r.pick(['院长', '副院长', '教授'])}`,
    (r) => `湖南省社会科学院${r.pick(['研究员', '副院长', '研究所所长'])}`,
  ],
  business: [
    (r, c) => `${company(r, c)}${r.pick(['董事长', '总经理', '董事长、总经理', '党委书记、董事长'])}`,
    (r, c) => `${company(r, c)}${r.pick(['副总经理', '财务总监'])}`,
    (r, c) => `${short(c)}${r.pick(['农村商业银行', '城市建设投资集团'])}${r.pick(['董事长', '行长', '总经理'])}`,
    (r) => `湖南${r.pick(BRAND_CHARS)}${r.pick(BRAND_CHARS)}会计师事务所${r.pick(['主任会计师', '合伙人'])}`,
  ],
  culture: [
    (r) => `湖南省${r.pick(['作家协会', '美术家协会', '书法家协会', '戏剧家协会', '音乐家协会'])}${r.pick(['副主席', '主席'])}`,
    (r) => `湖南${r.pick(['省花鼓戏剧院', '省湘剧院', '省歌舞剧院', '广播电视台'])}${r.pick(['国家一级演员', '院长', '导演'])}`,
    (r) => `${r.pick(['湖南博物院', '湖南图书馆', '湖南美术馆'])}${r.pick(['馆长', '副院长', '研究馆员'])}`,
    (r) => `湖南${r.pick(['教育出版社', '人民出版社', '美术出版社'])}${r.pick(['社长', '总编辑'])}`,
  ],
  health: [
    (r) => `${r.pick(HOSPITALS)}${r.pick(['院长', '副院长', '主任医师', '科主任'])}`,
    (r, c) => `${short(c)}市${r.pick(['中心医院', '第一人民医院', '中医医院', '妇幼保健院'])}${r.pick(['院长', '主任医师'])}`,
    (r, c) => `${r.pick(c.counties)}人民医院${r.pick(['院长', '主任医师'])}`,
    (r) => `湖南省疾病预防控制中心${r.pick(['主任', '副主任', '主任医师'])}`,
  ],
  science: [
    (r) => `${r.pick(INSTITUTES)}${r.pick(['研究员', '副院长', '首席专家'])}`,
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['教授', '国家重点实验室主任', '研究员'])}`,
    (r, c) => `${company(r, c)}${r.pick(['总工程师', '研究院院长', '首席科学家'])}`,
  ],
  overseas: [
    (r, c) => `${company(r, c)}${r.pick(['董事长', '总经理'])}（归国华侨）`,
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['外国语学院院长', '国际合作与交流处处长', '教授'])}`,
    (r) => `湖南省${r.pick(['人民对外友好协会', '归国华侨联合会', '国际商会'])}${r.pick(['副会长', '秘书长', '副主席'])}`,
  ],
  youth: [
    (r, c) => `${company(r, c)}创始人`,
    (r, c) => `${r.pick(c.counties)}${r.pick(['团委书记', '青年创业协会会长'])}`,
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['团委书记', '青年教师', '博士后'])}`,
  ],
  union: [
    (r, c) => `${company(r, c)}${r.pick(['工会主席', '高级技师', '一线职工', '班组长'])}`,
    (r, c) => `${short(c)}市总工会${r.pick(['主席', '副主席'])}`,
    (r) => `全国劳动模范、${r.pick(['湖南华菱湘潭钢铁有限公司', '中车株洲电力机车有限公司', '湖南建工集团'])}${r.pick(['高级技师', '首席技能专家'])}`,
  ],
  women: [
    (r, c) => `${short(c)}市妇女联合会${r.pick(['主席', '副主席'])}`,
    (r, c) => `${company(r, c)}${r.pick(['董事长', '总经理'])}`,
    (r, c) => `${r.pick(c.counties)}${r.pick(['社区', '村'])}${r.pick(['党总支书记', '居委会主任', '妇联主席'])}`,
  ],
  agriculture: [
    (r, c) => `${r.pick(c.counties)}${r.pick(['农民专业合作社', '家庭农场', '种养专业合作社'])}${r.pick(['理事长', '负责人'])}`,
    (r) => `湖南省农业科学院${r.pick(['研究员', '水稻研究所所长', '蔬菜研究所研究员'])}`,
    (r, c) => `${r.pick(c.specialties.length ? c.specialties : ['现代农业'])}龙头企业${r.pick(['董事长', '总经理'])}`,
    (r, c) => `${short(c)}市农业农村局${r.pick(['副局长', '总农艺师'])}`,
  ],
  media: [
    (r) => `湖南日报社${r.pick(['副总编辑', '高级记者', '评论部主任'])}`,
    (r) => `湖南广播电视台${r.pick(['副台长', '主持人', '新闻中心主任'])}`,
    (r) => `湖南出版投资控股集团${r.pick(['副总经理', '编审'])}`,
  ],
  sport: [
    (r) => `湖南省体育局${r.pick(['训练中心主任', '体育科学研究所所长'])}`,
    (r) => `${r.pick(['世界冠军、', '奥运冠军、', '全国冠军、'])}湖南省${r.pick(['举重', '跳水', '射击', '羽毛球'])}队教练`,
    (r) => `${r.pick(UNIVERSITIES)}体育学院${r.pick(['院长', '教授'])}`,
  ],
  social: [
    (r, c) => `${short(c)}市${r.pick(['社会福利院', '儿童福利院', '残疾人联合会', '慈善总会'])}${r.pick(['院长', '理事长', '主席'])}`,
    (r, c) => `${company(r, c)}（养老服务）${r.pick(['董事长', '总经理'])}`,
    (r) => `湖南省${r.pick(['社会工作联合会', '养老服务业协会', '慈善总会'])}${r.pick(['会长', '秘书长'])}`,
  ],
  ethnic: [
    (r, c) => `${r.pick(c.counties)}${r.pick(['政协主席', '人民政府副县长', '民族中学校长'])}`,
    (r) => `${r.pick(['吉首大学', '湘西民族职业技术学院'])}${r.pick(['教授', '院长'])}`,
    (r, c) => `${r.pick(c.counties)}${r.pick(['苗绣', '土家织锦', '侗锦'])}非遗传承人`,
  ],
  religion: [
    () => '湖南省佛教协会副会长',
    () => '湖南省道教协会副会长',
    () => '湖南省伊斯兰教协会会长',
    () => '湖南省天主教爱国会副主任',
    () => '湖南省基督教三自爱国运动委员会副主席',
  ],
  hongKong: [
    (r) => `香港${r.pick(BRAND_CHARS)}${r.pick(BRAND_CHARS)}${r.pick(['集团有限公司', '投资有限公司', '实业有限公司'])}${r.pick(['主席', '董事总经理'])}`,
    (r) => `香港湖南${r.pick(['同乡会', '商会', '联谊会'])}${r.pick(['会长', '副会长'])}`,
    (r) => `香港${r.pick(['律师', '会计师', '大学教授'])}`,
  ],
  macao: [
    (r) => `澳门${r.pick(BRAND_CHARS)}${r.pick(BRAND_CHARS)}${r.pick(['集团有限公司', '投资有限公司'])}${r.pick(['董事长', '总经理'])}`,
    (r) => `澳门湖南${r.pick(['同乡会', '商会'])}${r.pick(['会长', '副会长'])}`,
  ],
  environment: [
    (r) => `${r.pick(['长沙理工大学', '湖南大学', '中南大学'])}${r.pick(['环境科学与工程学院', '资源与安全工程学院', '水利与环境工程学院'])}教授`,
    (r, c) => `${short(c)}市生态环境局${r.pick(['副局长', '总工程师'])}`,
    (r, c) => `${company(r, c)}（环保）${r.pick(['董事长', '总工程师'])}`,
    (r) => `湖南省${r.pick(['生态环境监测中心', '环境保护科学研究院', '林业科学院'])}${r.pick(['主任', '研究员'])}`,
  ],
  taiwan: [
    (r, c) => `${company(r, c)}（台资企业）${r.pick(['董事长', '总经理'])}`,
    () => '湖南省台湾同胞联谊会副会长',
    (r) => `${r.pick(UNIVERSITIES)}${r.pick(['台湾研究所所长', '教授'])}`,
  ],
};

const PROFESSIONS: Exclude<Walk, 'mixed'>[] = ['education', 'business', 'health', 'science', 'culture', 'law', 'agriculture'];

/** A member of a sector: name and gender as a deputy's, a home city, the sector's party, an occupation of its walk. */
export function memberProfile(rng: Rng, sector: SectorSeed): MemberProfile {
  const gender: Gender = rng.chance(sector.walk === 'women' ? 0.8 : 0.3) ? '女' : '男';
  const name = personName(rng, gender);
  const city = rng.chance(0.45) ? placeCities()[0] : rng.pick(placeCities());
  const walk = sector.walk === 'mixed' ? rng.pick(PROFESSIONS) : sector.walk;
  const occupation = rng.pick(JOBS[walk])(rng, city);
  return { name, gender, occupation, phone: demoPhone(rng), party: partyOf(rng, sector.party, sector.walk), city: city.city };
}
