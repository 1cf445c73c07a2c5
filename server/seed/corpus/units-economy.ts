import type { UnitSeed } from './unit-types';

/** Economic, financial, resource and infrastructure departments. */
export const ECONOMY_UNITS: UnitSeed[] = [
  {
    code: 'ndrc', name: '湖南省发展和改革委员会', shortName: '省发展改革委', kind: 'government',
    divisions: ['办公室', '发展规划处', '固定资产投资处', '基础设施发展处', '产业发展处', '区域发展与振兴处'],
    categories: ['产业发展', '交通', '财政金融'],
  },
  {
    code: 'miit', name: '湖南省工业和信息化厅', shortName: '省工业和信息化厅', kind: 'government',
    divisions: ['办公室', '产业政策与法规处', '装备工业处', '原材料工业处', '中小企业发展处', '信息化推进处'],
    categories: ['产业发展', '科技'],
  },
  {
    code: 'finance', name: '湖南省财政厅', shortName: '省财政厅', kind: 'government',
    divisions: ['办公室', '预算处', '农业农村处', '社会保障处', '科教和文化处', '经济建设处'],
    categories: ['财政金融', '三农', '社会保障', '教育'],
  },
  {
    code: 'nr', name: '湖南省自然资源厅', shortName: '省自然资源厅', kind: 'government',
    divisions: ['办公室', '国土空间规划局', '耕地保护监督处', '国土空间生态修复处', '不动产登记局', '矿业权管理处'],
    categories: ['城乡建设', '生态环保', '三农'],
  },
  {
    code: 'eco', name: '湖南省生态环境厅', shortName: '省生态环境厅', kind: 'government',
    divisions: ['办公室', '大气环境处', '水生态环境处', '土壤生态环境处', '固体废物与化学品处', '环境影响评价与排放管理处'],
    categories: ['生态环保'],
  },
  {
    code: 'housing', name: '湖南省住房和城乡建设厅', shortName: '省住房城乡建设厅', kind: 'government',
    divisions: ['办公室', '住房保障处', '房地产市场监管处', '城市建设处', '村镇建设处', '建筑市场监管处'],
    categories: ['城乡建设'],
  },
  {
    code: 'transport', name: '湖南省交通运输厅', shortName: '省交通运输厅', kind: 'government',
    divisions: ['办公室', '综合规划处', '公路处', '水运处', '运输服务处', '农村公路建设管理处'],
    categories: ['交通'],
  },
  {
    code: 'water', name: '湖南省水利厅', shortName: '省水利厅', kind: 'government',
    divisions: ['办公室', '规划计划处', '水资源处', '农村水利水电处', '河湖管理处', '水旱灾害防御处'],
    categories: ['三农', '生态环保'],
  },
  {
    code: 'agri', name: '湖南省农业农村厅', shortName: '省农业农村厅', kind: 'government',
    divisions: ['办公室', '种植业管理处', '畜牧兽医处', '农田建设管理处', '农村合作经济指导处', '乡村产业发展处'],
    categories: ['三农'],
  },
  {
    code: 'commerce', name: '湖南省商务厅', shortName: '省商务厅', kind: 'government',
    divisions: ['办公室', '市场体系建设处', '流通业发展处', '对外贸易处', '外国投资管理处', '电子商务处'],
    categories: ['产业发展'],
  },
  {
    code: 'sasac', name: '湖南省人民政府国有资产监督管理委员会', shortName: '省国资委', kind: 'government',
    divisions: ['办公室', '规划发展处', '企业改革处', '产权管理处', '考核分配处'],
    categories: ['产业发展', '财政金融'],
  },
  {
    code: 'market', name: '湖南省市场监督管理局', shortName: '省市场监管局', kind: 'government',
    divisions: ['办公室', '登记注册局', '食品生产安全监督管理处', '价格监督检查和反不正当竞争处', '质量发展局', '特种设备安全监察处'],
    categories: ['产业发展', '政法'],
  },
  {
    code: 'forestry', name: '湖南省林业局', shortName: '省林业局', kind: 'government',
    divisions: ['办公室', '生态保护修复处', '森林资源管理处', '自然保护地管理处', '林业改革发展处', '国有林场和种苗管理处'],
    categories: ['生态环保', '三农'],
  },
  {
    code: 'rural', name: '湖南省乡村振兴局', shortName: '省乡村振兴局', kind: 'government',
    divisions: ['办公室', '政策法规处', '开发指导处', '社会帮扶处', '考核评估处'],
    categories: ['三农'],
  },
  {
    code: 'grain', name: '湖南省粮食和物资储备局', shortName: '省粮食和储备局', kind: 'government',
    divisions: ['办公室', '规划建设处', '粮食储备处', '调控处', '安全仓储与科技处'],
    categories: ['三农'],
  },
  {
    code: 'finreg', name: '湖南省地方金融监督管理局', shortName: '省地方金融监管局', kind: 'government',
    divisions: ['办公室', '银行保险处', '资本市场处', '地方金融机构监管处', '金融风险防范处'],
    categories: ['财政金融', '产业发展'],
  },
  {
    code: 'tax', name: '国家税务总局湖南省税务局', shortName: '省税务局', kind: 'government',
    divisions: ['办公室', '政策法规处', '货物和劳务税处', '所得税处', '社会保险费处', '纳税服务处'],
    categories: ['财政金融'],
  },
  {
    code: 'grid', name: '国网湖南省电力有限公司', shortName: '省电力公司', kind: 'company',
    divisions: ['办公室', '发展策划部', '市场营销部', '设备管理部', '农电工作部'],
    categories: ['产业发展', '城乡建设', '三农'],
  },
  {
    code: 'cthi', name: '湖南省交通水利建设集团有限公司', shortName: '省交水建集团', kind: 'company',
    divisions: ['办公室', '投资发展部', '工程管理部', '安全质量部'],
    categories: ['交通'],
  },
];
