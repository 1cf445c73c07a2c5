/**
 * The demo's CPPCC committee beside the province's congress (§8): 政协湖南省委员会, its sectors (界别)
 * with their seats and the parties their members belong to, the participating parties and people's
 * organizations (党派、团体) and the special committees (专门委员会) that submit collective proposals,
 * each with the fields (top-level category names) it usually writes about.
 */
import type { PARTIES } from '../../../domain/proposals/wording';
import { CATEGORIES, type CategorySeed } from './categories';

export type Party = (typeof PARTIES)[number];

export const CPPCC_NAME = '政协湖南省委员会';
export const CPPCC_SESSION_NAME = '十三届三次会议';
export const CPPCC_SESSION_CODE = '13-3';
export const PROPOSAL_COMMITTEE = `${CPPCC_NAME}提案委员会`;

/**
 * How a sector's members are drawn to parties: one party for a party's own sector, 'mixed' for the
 * sectors of the professions (中共, 无党派人士 and the eight parties), 'mostlyCpc' for the people's
 * organizations and invited persons, 'nonParty' for the religious circles, 'unrecorded' for the
 * members invited from Hong Kong and Macao (no party recorded).
 */
export type PartyRule = Party | 'mixed' | 'mostlyCpc' | 'nonParty' | 'unrecorded';

/** What a sector's members do for a living (cppcc-members.ts turns it into an occupation). */
export type Walk =
  | 'official'
  | 'law'
  | 'education'
  | 'business'
  | 'culture'
  | 'health'
  | 'science'
  | 'overseas'
  | 'youth'
  | 'union'
  | 'women'
  | 'agriculture'
  | 'media'
  | 'sport'
  | 'social'
  | 'ethnic'
  | 'religion'
  | 'hongKong'
  | 'macao'
  | 'environment'
  | 'taiwan'
  | 'mixed';

export interface SectorSeed {
  name: string;
  seats: number;
  party: PartyRule;
  walk: Walk;
}

/** The sectors of a provincial CPPCC committee in their customary order; 600 seats in all. */
export const SECTORS: SectorSeed[] = [
  { name: '中国共产党', seats: 48, party: '中国共产党', walk: 'official' },
  { name: '中国国民党革命委员会', seats: 16, party: '民革', walk: 'law' },
  { name: '中国民主同盟', seats: 20, party: '民盟', walk: 'education' },
  { name: '中国民主建国会', seats: 18, party: '民建', walk: 'business' },
  { name: '中国民主促进会', seats: 16, party: '民进', walk: 'culture' },
  { name: '中国农工民主党', seats: 16, party: '农工党', walk: 'health' },
  { name: '中国致公党', seats: 10, party: '致公党', walk: 'overseas' },
  { name: '九三学社', seats: 14, party: '九三学社', walk: 'science' },
  { name: '无党派人士', seats: 14, party: '无党派人士', walk: 'mixed' },
  { name: '中国共产主义青年团', seats: 8, party: 'mostlyCpc', walk: 'youth' },
  { name: '中华全国总工会', seats: 14, party: 'mostlyCpc', walk: 'union' },
  { name: '中华全国妇女联合会', seats: 14, party: 'mostlyCpc', walk: 'women' },
  { name: '中华全国青年联合会', seats: 10, party: 'mixed', walk: 'youth' },
  { name: '中华全国工商业联合会', seats: 26, party: 'mixed', walk: 'business' },
  { name: '中国科学技术协会', seats: 16, party: 'mixed', walk: 'science' },
  { name: '中华全国台湾同胞联谊会', seats: 5, party: 'mixed', walk: 'taiwan' },
  { name: '中华全国归国华侨联合会', seats: 8, party: 'mixed', walk: 'overseas' },
  { name: '文化艺术界', seats: 22, party: 'mixed', walk: 'culture' },
  { name: '科学技术界', seats: 20, party: 'mixed', walk: 'science' },
  { name: '社会科学界', seats: 18, party: 'mixed', walk: 'education' },
  { name: '经济界', seats: 52, party: 'mixed', walk: 'business' },
  { name: '农业界', seats: 29, party: 'mixed', walk: 'agriculture' },
  { name: '教育界', seats: 24, party: 'mixed', walk: 'education' },
  { name: '体育界', seats: 8, party: 'mixed', walk: 'sport' },
  { name: '新闻出版界', seats: 10, party: 'mixed', walk: 'media' },
  { name: '医药卫生界', seats: 24, party: 'mixed', walk: 'health' },
  { name: '对外友好界', seats: 8, party: 'mixed', walk: 'overseas' },
  { name: '社会福利和社会保障界', seats: 14, party: 'mixed', walk: 'social' },
  { name: '少数民族界', seats: 20, party: 'mostlyCpc', walk: 'ethnic' },
  { name: '宗教界', seats: 12, party: 'nonParty', walk: 'religion' },
  { name: '特邀香港人士', seats: 14, party: 'unrecorded', walk: 'hongKong' },
  { name: '特邀澳门人士', seats: 6, party: 'unrecorded', walk: 'macao' },
  { name: '环境资源界', seats: 12, party: 'mixed', walk: 'environment' },
  { name: '特邀人士', seats: 34, party: 'mostlyCpc', walk: 'official' },
];

export interface SubmitterOrgSeed {
  name: string;
  /** The sector its contact member sits in (a committee: the 特邀人士 sector). */
  sector: string;
  /** Top-level category names of the fields it writes about. */
  fields: string[];
}

/** The participating parties and people's organizations (党派、团体) that submit proposals in their own name. */
export const PARTICIPATING_ORGANIZATIONS: SubmitterOrgSeed[] = [
  { name: '民革湖南省委员会', sector: '中国国民党革命委员会', fields: ['政法', '财政金融', '城乡建设', '文化旅游'] },
  { name: '民盟湖南省委员会', sector: '中国民主同盟', fields: ['教育', '文化旅游', '科技'] },
  { name: '民建湖南省委员会', sector: '中国民主建国会', fields: ['产业发展', '财政金融', '城乡建设'] },
  { name: '民进湖南省委员会', sector: '中国民主促进会', fields: ['教育', '文化旅游', '社会保障'] },
  { name: '农工党湖南省委员会', sector: '中国农工民主党', fields: ['医疗卫生', '生态环保', '三农'] },
  { name: '致公党湖南省委员会', sector: '中国致公党', fields: ['产业发展', '科技', '交通'] },
  { name: '九三学社湖南省委员会', sector: '九三学社', fields: ['科技', '生态环保', '医疗卫生'] },
  { name: '湖南省工商业联合会', sector: '中华全国工商业联合会', fields: ['产业发展', '财政金融'] },
  { name: '湖南省总工会', sector: '中华全国总工会', fields: ['社会保障', '产业发展'] },
  { name: '共青团湖南省委员会', sector: '中国共产主义青年团', fields: ['教育', '社会保障', '科技'] },
  { name: '湖南省妇女联合会', sector: '中华全国妇女联合会', fields: ['社会保障', '医疗卫生', '教育'] },
  { name: '湖南省科学技术协会', sector: '中国科学技术协会', fields: ['科技', '三农'] },
  { name: '湖南省青年联合会', sector: '中华全国青年联合会', fields: ['产业发展', '文化旅游'] },
  { name: '湖南省归国华侨联合会', sector: '中华全国归国华侨联合会', fields: ['产业发展', '交通'] },
  { name: '湖南省台湾同胞联谊会', sector: '中华全国台湾同胞联谊会', fields: ['文化旅游', '三农'] },
];

/**
 * The special committees (专门委员会) that submit proposals in their own name. The proposal committee
 * (提案委员会) is one of them in the real committee; here it is the reviewing office of its own kind
 * (PROPOSAL_COMMITTEE), so it is not listed twice.
 */
export const SPECIAL_COMMITTEES: SubmitterOrgSeed[] = [
  { name: '经济委员会', sector: '特邀人士', fields: ['产业发展', '财政金融', '交通'] },
  { name: '农业和农村委员会', sector: '特邀人士', fields: ['三农'] },
  { name: '人口资源环境委员会', sector: '特邀人士', fields: ['生态环保', '城乡建设'] },
  { name: '教科卫体委员会', sector: '特邀人士', fields: ['教育', '医疗卫生', '科技'] },
  { name: '社会和法制委员会', sector: '特邀人士', fields: ['政法', '社会保障'] },
  { name: '民族和宗教委员会', sector: '特邀人士', fields: ['综合', '三农'] },
  { name: '港澳台侨和外事委员会', sector: '特邀人士', fields: ['产业发展', '文化旅游'] },
  { name: '文化文史和学习委员会', sector: '特邀人士', fields: ['文化旅游'] },
];

/** The demo accounts' members: `member` sits in 教育界, `member2` in 中国民主同盟 (and is 民盟湖南省委员会's contact member). */
export const DEMO_MEMBER_SECTOR = '教育界';
export const DEMO_MEMBER2_SECTOR = '中国民主同盟';
export const DEMO_MEMBER2_ORG = '民盟湖南省委员会';

/** The proposals' category tree: the congress's, without the congress's own field (人大工作). */
export const CPPCC_CATEGORIES: CategorySeed[] = CATEGORIES.map((c) => ({ name: c.name, children: c.children.filter((x) => x !== '人大工作') }));
