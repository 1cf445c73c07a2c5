/**
 * The words of the demo's hotline channel (人大代表民情通达专线, §9): 岳阳市's event categories, the city
 * unit responsible for each (the dispatch catalogue) and the special committee that supervises it, and
 * the problems deputies report and what the units do about them — written for the demo, one line each,
 * filled with places of the city.
 */
import type { Rng } from './rng';

export interface HotlineCategory {
  category: string;
  /** the responsible unit, one of the city's units (demo-levels.ts CITY_UNITS) */
  unit: string;
  /** a second unit for problems that need two (a lead and one more) */
  partner: string;
  /** the special committee of the city's congress that supervises dissatisfied orders (R-LINE-2) */
  committee: string;
  problems: readonly string[];
  results: readonly string[];
}

/** The city congress's special committees (专门委员会) that supervise the channel's orders by category. */
export const HOTLINE_COMMITTEES = ['市人大城乡建设环境保护工作委员会', '市人大教育科学文化卫生工作委员会', '市人大农业与农村工作委员会'] as const;

export const HOTLINE_CATEGORIES: readonly HotlineCategory[] = [
  {
    category: '城市管理',
    unit: '市住房和城乡建设局',
    partner: '市生态环境局',
    committee: HOTLINE_COMMITTEES[0],
    problems: [
      '{place}{road}一段路灯已连续一周不亮，夜间行人和电动车通行不安全，群众多次反映未解决。',
      '{place}{road}人行道地砖大面积松动破损，雨天积水溅人，老人孩子容易摔倒。',
      '{place}{estate}小区外的临时停车场无人管理，车辆乱停堵塞消防通道。',
      '{place}{road}与{road2}交叉口雨后积水严重，最深处没过脚踝，排水口被垃圾堵塞。',
      '{place}{estate}小区二次供水水箱多年未清洗，居民反映自来水有异味。',
    ],
    results: [
      '已组织维修队伍更换损坏线路和灯具{n}盏，路灯恢复正常照明，并纳入日常巡查。',
      '已对破损路面进行修复，更换地砖约{n}平方米，同步疏通周边排水口。',
      '已协调街道和物业划定停车位、设置隔离桩，消防通道已恢复畅通。',
      '已清掏雨水管网约{n}米，增设雨水篦子两处，经雨天复查不再积水。',
      '已督促供水企业完成水箱清洗消毒，水质检测合格，结果已在小区公示。',
    ],
  },
  {
    category: '教育',
    unit: '市教育局',
    partner: '市交通运输局',
    committee: HOTLINE_COMMITTEES[1],
    problems: [
      '{place}{school}门口上下学时段车辆拥堵，没有交通协管员，学生过马路存在安全隐患。',
      '{place}{school}食堂就餐座位不足，部分学生只能站着吃饭，家长意见较大。',
      '{place}农村学校校车线路调整后，{village}的孩子上学要多走三公里山路。',
      '{place}{school}课后服务收费标准不清楚，家长希望公开收费项目和依据。',
    ],
    results: [
      '已协调交警部门在上下学时段安排警力和协管员，并施划人行横道、增设警示标志。',
      '已调配资金增购餐桌椅{n}套，实行分批错峰就餐，学生均能坐着用餐。',
      '已调整校车线路，增设{village}停靠点，学生上学路程缩短。',
      '已指导学校公开课后服务收费项目和标准，并向家长发放告知书。',
    ],
  },
  {
    category: '交通出行',
    unit: '市交通运输局',
    partner: '市住房和城乡建设局',
    committee: HOTLINE_COMMITTEES[0],
    problems: [
      '{place}{village}通村公路多处坑洼，货车经过尘土飞扬，村民出行困难。',
      '{place}到城区的公交班次太少，末班车下午五点就停运，群众进城办事不便。',
      '{place}{road}公交站台没有遮雨棚，雨天候车群众淋雨。',
      '{place}渡口码头护栏锈蚀断裂，过往群众存在落水风险。',
    ],
    results: [
      '已将该路段纳入农村公路养护计划，完成坑槽修补约{n}平方米，并落实专人养护。',
      '已协调公交企业增开班次，末班车延长至晚七点，并在站台公示新时刻表。',
      '已在站台加装遮雨棚和座椅，近期完工投入使用。',
      '已更换码头护栏并增设安全警示牌，落实渡口安全管理责任人。',
    ],
  },
  {
    category: '农业农村',
    unit: '市农业农村局',
    partner: '市生态环境局',
    committee: HOTLINE_COMMITTEES[2],
    problems: [
      '{place}{village}灌溉渠淤塞多年，春耕用水困难，{n}亩农田面临缺水。',
      '{place}{village}高标准农田建设后部分田埂损毁，机耕道无法通行。',
      '{place}农户反映水稻种植补贴迟迟没有到账，不清楚发放进度。',
      '{place}{village}生猪养殖户反映防疫服务跟不上，病死猪无害化处理不及时。',
    ],
    results: [
      '已组织对灌溉渠进行清淤疏浚约{n}米，恢复灌溉功能，保障春耕用水。',
      '已督促施工单位返工修复田埂和机耕道，验收合格后交付村集体管护。',
      '已核实补贴发放进度，补贴资金已于本月打卡发放，并向农户说明政策。',
      '已安排乡镇畜牧站落实防疫服务，病死猪收集点实行日清日结。',
    ],
  },
  {
    category: '医疗卫生',
    unit: '市卫生健康委员会',
    partner: '市教育局',
    committee: HOTLINE_COMMITTEES[1],
    problems: [
      '{place}卫生院缺少儿科医生，孩子发烧只能跑到城区医院，群众希望解决。',
      '{place}{village}卫生室医保报销系统经常故障，老人看病不能及时结算。',
      '{place}卫生院夜间没有医生值班，急诊病人无人接诊。',
      '{place}家庭医生签约后没有上门服务，慢性病老人随访跟不上。',
    ],
    results: [
      '已安排城区医院儿科医生每周到卫生院坐诊两天，并开通远程会诊。',
      '已协调医保部门和网络运营商排除故障，卫生室恢复即时结算。',
      '已督促卫生院落实24小时值班制度，公示值班电话，并纳入考核。',
      '已组织家庭医生团队对辖区{n}名慢性病老人开展上门随访。',
    ],
  },
  {
    category: '生态环境',
    unit: '市生态环境局',
    partner: '市农业农村局',
    committee: HOTLINE_COMMITTEES[0],
    problems: [
      '{place}{village}附近河道漂浮大量生活垃圾，夏季臭味明显，影响村民生活。',
      '{place}{road}一家企业夜间排放刺鼻气味，周边居民反映强烈。',
      '{place}{estate}附近工地夜间施工噪声扰民，居民无法正常休息。',
      '{place}湖区有人违规电鱼，破坏渔业资源。',
    ],
    results: [
      '已组织清理河道垃圾约{n}吨，落实河道保洁责任人，并设立监督牌。',
      '已对企业开展现场检查，责令整改并安装在线监测设备，跟踪监测达标。',
      '已对施工单位立案调查，责令夜间停止高噪声作业，并公布投诉电话。',
      '已联合农业农村部门开展专项执法，查处违规电鱼行为{n}起。',
    ],
  },
];

const ROADS = ['巴陵中路', '金鹗东路', '洞庭南路', '站前路', '求索路', '岳阳大道', '五里牌路', '南湖大道'];
const ESTATES = ['滨江花园', '南湖新村', '金色家园', '书香名苑', '枫桥湾', '奇家岭小区'];
const SCHOOLS = ['实验小学', '第一中学', '城南小学', '育才学校', '中心小学'];
const VILLAGES = ['新港村', '和平村', '东湖村', '青山村', '团结村', '桃花村', '双港村'];

/** The places of the city where problems are: its districts (placeName only) and the demo's counties and townships. */
export const CITY_DISTRICTS = ['岳阳楼区', '云溪区', '君山区'];

/** A reported problem's text for the category, in the given place. */
export function hotlineProblem(rng: Rng, c: HotlineCategory, place: string): string {
  const road = rng.pick(ROADS);
  return rng
    .pick(c.problems)
    .replaceAll('{place}', place)
    .replaceAll('{road2}', rng.pick(ROADS.filter((r) => r !== road)))
    .replaceAll('{road}', road)
    .replaceAll('{estate}', rng.pick(ESTATES))
    .replaceAll('{school}', rng.pick(SCHOOLS))
    .replaceAll('{village}', rng.pick(VILLAGES))
    .replaceAll('{n}', String(rng.int(20, 300)));
}

/** What the unit did, for the category. */
export function hotlineResult(rng: Rng, c: HotlineCategory): string {
  return rng
    .pick(c.results)
    .replaceAll('{village}', rng.pick(VILLAGES))
    .replaceAll('{n}', String(rng.int(5, 200)));
}

/** A mobile number for a demo deputy, from its index (unique in the demo). */
export function demoMobile(i: number): string {
  return `139073${String(10000 + i).slice(-5)}`;
}
