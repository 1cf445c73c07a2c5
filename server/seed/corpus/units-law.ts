import type { UnitSeed } from './unit-types';

/** Public security, justice, emergency management, courts and procuratorate. */
export const LAW_UNITS: UnitSeed[] = [
  {
    code: 'police',
    name: '湖南省公安厅',
    shortName: '省公安厅',
    kind: 'government',
    divisions: ['办公室', '治安管理总队', '交通警察总队', '人口与出入境管理处', '法制总队', '科技信息化处'],
    categories: ['政法', '交通'],
  },
  {
    code: 'justice',
    name: '湖南省司法厅',
    shortName: '省司法厅',
    kind: 'government',
    divisions: ['办公室', '立法一处', '行政执法协调监督处', '公共法律服务管理处', '人民参与和促进法治处', '律师工作处'],
    categories: ['政法'],
  },
  {
    code: 'emergency',
    name: '湖南省应急管理厅',
    shortName: '省应急管理厅',
    kind: 'government',
    divisions: ['办公室', '风险监测和综合减灾处', '防汛抗旱处', '危险化学品安全监督管理处', '非煤矿山安全监督管理处', '救援协调和预案管理处'],
    categories: ['政法'],
  },
  {
    code: 'petition',
    name: '湖南省信访局',
    shortName: '省信访局',
    kind: 'government',
    divisions: ['办公室', '来访接待处', '网上信访办理处', '督查督办处'],
    categories: ['政法', '综合'],
  },
  {
    code: 'court',
    name: '湖南省高级人民法院',
    shortName: '省高级法院',
    kind: 'court',
    divisions: ['办公室', '立案庭', '民事审判第一庭', '行政审判庭', '执行局', '审判管理办公室'],
    categories: ['政法'],
  },
  {
    code: 'procur',
    name: '湖南省人民检察院',
    shortName: '省检察院',
    kind: 'procuratorate',
    divisions: ['办公室', '第一检察部', '第六检察部', '第八检察部（公益诉讼检察部）', '第九检察部（未成年人检察部）', '控告申诉检察部'],
    categories: ['政法', '生态环保'],
  },
];
