/**
 * Rules-profile presets for the jurisdictions whose regulations were read in
 * full (shared/regulations/README.md, grade A). Where a regulation is silent
 * the default of domain.md is kept, and the `source` text says so.
 *
 * Adjustment windows: several regulations count them from receipt (收到之日),
 * others from assignment (交办之日); the system counts every deadline from the
 * formal assignment date (R-ASSIGN-2), which is the receipt date on the platform.
 */
import type { Duration } from './duration';
import { DEFAULT_RULES, type RulesProfileValues } from './rules-profile';
import { FOUR_CLASSES } from '../stats/result-classes';

export type PresetId =
  'national' | 'shanghai' | 'beijing' | 'shandong' | 'qingdao' | 'henan' | 'zhejiang' | 'chongqing' | 'township' | 'cppccNational' | 'cppccHebei';

export interface RulesPreset {
  id: PresetId;
  /** Chinese name of the jurisdiction, e.g. '上海市' */
  name: string;
  /** instrument and article numbers, and which values are defaults */
  source: string;
  values: RulesProfileValues;
}

const months = (amount: number): Duration => ({ amount, unit: 'months' });
const workdays = (amount: number): Duration => ({ amount, unit: 'workdays' });
const days = (amount: number): Duration => ({ amount, unit: 'calendarDays' });

const OTHERS = '黄灯天数、走访率、联系率、公开期限、专线工单等其余数值为系统默认值。';

function preset(id: PresetId, name: string, source: string, overrides: Partial<RulesProfileValues>): RulesPreset {
  const base = structuredClone(DEFAULT_RULES);
  return { id, name, source: `${source}${OTHERS}`, values: { ...base, ...overrides } };
}

/** Presets a congress can start its rules profile from (R-REPLY-7, R-CO-1, R-EVAL-2/3, R-ASSIGN-3). */
export const RULES_PRESETS: Record<PresetId, RulesPreset> = {
  national: preset(
    'national',
    '全国（代表法）',
    '《全国人民代表大会和地方各级人民代表大会代表法》（2025年修正）第五十一条（2015年版第四十二条）：自交办之日起3个月内答复，涉及面广、处理难度大的6个月内答复。办理结果按全国人大通行做法分A、B、C、D四类（D类为留作参考）。会办意见、调整（退办）、评价、重新办理期限法律未规定，沿用系统默认值（会办2个月、调整10个工作日、评价30日、重新办理30日）。',
    { reply: months(3), replyExtended: months(6), resultClasses: FOUR_CLASSES.map((c) => ({ ...c })) },
  ),
  shanghai: preset(
    'shanghai',
    '上海市',
    '《上海市人民代表大会关于代表建议、批评和意见的规定》第十四条（不属于职权范围的，收到之日起7个工作日内说明情况、经同意退回）、第十七条（会办意见1个月）、第十九条（3个月答复，经同意可延长，总计不超过6个月）、第二十一条（不满意的1个月内再次答复）。评价期限未规定，沿用默认30日。',
    { coOpinion: months(1), replyExtended: months(6), rehandle: months(1), adjustmentWindow: workdays(7) },
  ),
  beijing: preset(
    'beijing',
    '北京市',
    '《北京市人民代表大会代表建议、批评和意见办理条例》（2014年）第二十一条（3个月答复，经交办机关同意至迟6个月）、第二十三条（代表收到答复后15个工作日内反馈）、第二十七条（重新办理的2个月内重新答复）。会办意见和调整（退办）期限未规定，沿用默认值（2个月、10个工作日）。',
    { evaluationWindow: workdays(15), rehandle: months(2) },
  ),
  shandong: preset(
    'shandong',
    '山东省',
    '《山东省人民代表大会代表建议、批评和意见办理工作条例》（2017年文本）第十二条（不属于职责范围的，收到之日起5日内说明情况）、第十九条（3个月，经同意至迟6个月）、第二十一条（协办意见1个月）、第二十四条（不满意的1个月内再次答复）。评价期限未规定，沿用默认30日。',
    { coOpinion: months(1), rehandle: months(1), adjustmentWindow: days(5) },
  ),
  qingdao: preset(
    'qingdao',
    '青岛市',
    '《青岛市人民代表大会代表建议、批评和意见工作条例》（2021年）第十九条（不属于办理范围的，收到之日起5个工作日内书面说明）、第二十四条（协办意见1个月）、第二十五条（3个月答复，经同意延期最长自交办之日起6个月）。重新办理（第三十一条未定期限）和评价期限未规定，沿用默认30日。',
    { coOpinion: months(1), adjustmentWindow: workdays(5) },
  ),
  henan: preset(
    'henan',
    '河南省',
    '《河南省人民代表大会代表建议、批评和意见办理办法》（2017年）第十四条（交办之日起10个工作日内书面报告）、第十八条（协办意见2个月）、第二十条（3个月，涉及面广、处理难度大的6个月）、第二十二条（代表10个工作日内反馈；不满意的1个月内再次办理答复）。',
    { coOpinion: months(2), adjustmentWindow: workdays(10), evaluationWindow: workdays(10), rehandle: months(1) },
  ),
  zhejiang: preset(
    'zhejiang',
    '浙江省',
    '《浙江省人民代表大会代表建议、批评和意见办理的规定》（2016年文本）第十四条（不属于职责范围的，收到之日起10日内说明情况）、第十八条（会办意见2个月）、第二十一条（3个月，经同意延长至6个月）、第二十四条（不满意的1个月内重新书面答复）。评价期限未规定，沿用默认30日。',
    { coOpinion: months(2), adjustmentWindow: days(10), rehandle: months(1) },
  ),
  chongqing: preset(
    'chongqing',
    '重庆市',
    '《重庆市人民代表大会代表建议批评和意见工作条例》（2017年）第十六条（交办之日起10个工作日内书面说明）、第二十条（协办意见自交办之日起30个工作日）、第二十一条（3个月，涉及面广、处理难度大的6个月）、第二十七条（代表20个工作日内评价；重新办理的2个月内答复）。',
    {
      coOpinion: workdays(30),
      adjustmentWindow: workdays(10),
      evaluationWindow: workdays(20),
      rehandle: months(2),
    },
  ),
  // Issue 16 §4: a township congress handles its deputies' suggestions with the same lifecycle on a lighter profile —
  // few items, one presidium doing the office's work, units that are the township's own offices.
  township: preset(
    'township',
    '乡镇人大（简化）',
    '乡镇人大代表建议由乡镇人大主席团交本级人民政府及有关单位办理，法律未另定期限：答复期限沿用代表法第五十一条（3个月，复杂的6个月）；《山东省人民代表大会代表建议、批评和意见办理工作条例》第三十二条规定乡镇人民代表大会可以参照执行，会办意见（1个月）、调整（5个工作日）按县乡常用的较短期限设置，黄灯提前7天，每个单位重点处理建议1件。',
    { coOpinion: months(1), adjustmentWindow: workdays(5), yellowDays: 7, keyItemsPerUnitMax: 1 },
  ),
  // Issue 14 §4: a CPPCC committee's proposals (R-CPPCC-1/2) on the same deadline kinds as suggestions.
  cppccNational: preset(
    'cppccNational',
    '政协提案（全国通行做法）',
    '《中国人民政治协商会议全国委员会提案工作条例》（2018年修订）第二条（提案经审查立案后交承办单位办理、书面答复）、第十四条和第十五条（委员个人、联名和党派团体、专门委员会集体提出）；各地政府关于办理建议提案的规定通行：自交办之日起3个月内答复，涉及面广、处理难度大的提前说明、最长6个月；会办意见1个月（部分地方2个月）；对交办有异议的1周内提出（另有10日的规定）；不满意的30日内重新办理；办理结果分A、B、C、D四类（D类为留作参考）。评价期限未规定，沿用默认30日。',
    {
      coOpinion: months(1),
      reply: months(3),
      replyExtended: months(6),
      adjustmentWindow: days(7),
      rehandle: days(30),
      resultClasses: FOUR_CLASSES.map((c) => ({ ...c })),
    },
  ),
  cppccHebei: preset(
    'cppccHebei',
    '河北省（建议提案统一办理）',
    '河北省人民政府办公厅2022年办理全国和省人大代表建议、政协提案的要求（代表建议与政协提案统一交办、分别答复，依据《中国人民政治协商会议全国委员会提案工作条例》第二条由提案委员会交办）：会办单位自交办之日起2个月内将会办意见送达主办单位（提案的会办意见同时抄送省政府办公厅、省政协提案委员会）；主办单位自交办之日起3个月内答复代表委员；不满意的，自接到交办反馈意见之日起30日内书面反馈；答复之日起15日内在门户网站公开答复函。调整（退办）期限未规定，沿用默认10个工作日；延期最长6个月。',
    { coOpinion: months(2), reply: months(3), replyExtended: months(6), rehandle: days(30), publishWithinDays: 15 },
  ),
};

/** The preset ids in display order. */
export const PRESET_IDS = Object.keys(RULES_PRESETS) as PresetId[];
