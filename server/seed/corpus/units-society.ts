import type { UnitSeed } from './unit-types';

/** Social, cultural, science and public-service departments. */
export const SOCIETY_UNITS: UnitSeed[] = [
  {
    code: 'edu', name: '湖南省教育厅', shortName: '省教育厅', kind: 'government',
    divisions: ['办公室', '基础教育处', '职业教育与成人教育处', '高等教育处', '教师工作与师范教育处', '财务处'],
    categories: ['教育'],
  },
  {
    code: 'sci', name: '湖南省科学技术厅', shortName: '省科技厅', kind: 'government',
    divisions: ['办公室', '战略规划处', '基础研究处', '高新技术处', '农村科技处', '成果转化与区域创新处'],
    categories: ['科技'],
  },
  {
    code: 'civil', name: '湖南省民政厅', shortName: '省民政厅', kind: 'government',
    divisions: ['办公室', '社会救助处', '养老服务处', '儿童福利处', '基层政权建设和社区治理处', '区划地名处'],
    categories: ['社会保障', '综合'],
  },
  {
    code: 'hrss', name: '湖南省人力资源和社会保障厅', shortName: '省人力资源社会保障厅', kind: 'government',
    divisions: ['办公室', '就业促进处', '养老保险处', '工伤保险处', '职业能力建设处', '劳动关系处'],
    categories: ['社会保障', '教育'],
  },
  {
    code: 'culture', name: '湖南省文化和旅游厅', shortName: '省文化和旅游厅', kind: 'government',
    divisions: ['办公室', '公共服务处', '资源开发处', '市场管理处', '非物质文化遗产处', '产业发展处'],
    categories: ['文化旅游'],
  },
  {
    code: 'relics', name: '湖南省文物局', shortName: '省文物局', kind: 'government',
    divisions: ['办公室', '文物保护与考古处', '博物馆与社会文物处', '革命文物处'],
    categories: ['文化旅游'],
  },
  {
    code: 'health', name: '湖南省卫生健康委员会', shortName: '省卫生健康委', kind: 'government',
    divisions: ['办公室', '医政医管处', '基层卫生健康处', '疾病预防控制处', '妇幼健康处', '老龄健康处'],
    categories: ['医疗卫生'],
  },
  {
    code: 'tcm', name: '湖南省中医药管理局', shortName: '省中医药管理局', kind: 'government',
    divisions: ['办公室', '医政处', '科技教育处', '中药产业处'],
    categories: ['医疗卫生'],
  },
  {
    code: 'medins', name: '湖南省医疗保障局', shortName: '省医保局', kind: 'government',
    divisions: ['办公室', '待遇保障处', '医药服务管理处', '医药价格和招标采购处', '基金监管处'],
    categories: ['医疗卫生', '社会保障'],
  },
  {
    code: 'drug', name: '湖南省药品监督管理局', shortName: '省药监局', kind: 'government',
    divisions: ['办公室', '药品注册管理处', '药品生产监管处', '医疗器械监管处', '化妆品监管处'],
    categories: ['医疗卫生'],
  },
  {
    code: 'veterans', name: '湖南省退役军人事务厅', shortName: '省退役军人事务厅', kind: 'government',
    divisions: ['办公室', '移交安置处', '就业创业处', '拥军优抚处', '褒扬纪念处'],
    categories: ['社会保障'],
  },
  {
    code: 'sport', name: '湖南省体育局', shortName: '省体育局', kind: 'government',
    divisions: ['办公室', '群众体育处', '竞技体育处', '青少年体育处', '体育经济处'],
    categories: ['文化旅游', '教育'],
  },
  {
    code: 'ethnic', name: '湖南省民族宗教事务委员会', shortName: '省民宗委', kind: 'government',
    divisions: ['办公室', '经济发展处', '教育科技文化处', '民族团结进步处'],
    categories: ['综合'],
  },
  {
    code: 'stats', name: '湖南省统计局', shortName: '省统计局', kind: 'government',
    divisions: ['办公室', '综合处', '农村统计处', '工业统计处', '统计执法监督局'],
    categories: ['综合'],
  },
  {
    code: 'data', name: '湖南省数据局', shortName: '省数据局', kind: 'government',
    divisions: ['办公室', '数据资源处', '数字经济处', '数字基础设施处', '政务服务管理处'],
    categories: ['科技', '综合'],
  },
  {
    code: 'disabled', name: '湖南省残疾人联合会', shortName: '省残联', kind: 'other',
    divisions: ['办公室', '康复部', '教育就业部', '维权部'],
    categories: ['社会保障'],
  },
  {
    code: 'comms', name: '湖南省通信管理局', shortName: '省通信管理局', kind: 'other',
    divisions: ['办公室', '信息通信发展处', '网络安全管理处', '信息通信管理处'],
    categories: ['科技', '城乡建设'],
  },
];
