/**
 * Seed of the editable category tree (§2: 三农, 教育, 医疗卫生, …).
 * Top-level names are what units' `categories` refer to.
 */
export interface CategorySeed {
  name: string;
  children: string[];
}

export const CATEGORIES: CategorySeed[] = [
  { name: '三农', children: ['农业生产', '农村基础设施', '乡村振兴', '农村改革', '水利建设'] },
  { name: '教育', children: ['学前和基础教育', '职业教育', '高等教育', '教师队伍建设'] },
  { name: '医疗卫生', children: ['公共卫生', '医疗服务', '医疗保障', '中医药发展'] },
  { name: '社会保障', children: ['就业创业', '社会保险', '社会救助', '养老服务', '退役军人服务'] },
  { name: '交通', children: ['公路建设', '铁路和航空', '水运港口', '农村交通'] },
  { name: '生态环保', children: ['污染防治', '生态保护修复', '林业发展', '节能降碳'] },
  { name: '城乡建设', children: ['城市更新', '住房保障', '市政设施', '国土空间规划'] },
  { name: '财政金融', children: ['财政投入', '税费政策', '金融服务'] },
  { name: '产业发展', children: ['先进制造业', '民营经济', '商贸流通', '能源电力', '开放型经济'] },
  { name: '政法', children: ['平安建设', '司法服务', '法治政府', '应急管理'] },
  { name: '科技', children: ['科技创新', '数字经济', '人才发展'] },
  { name: '文化旅游', children: ['文化事业', '旅游发展', '文物保护', '体育事业'] },
  { name: '综合', children: ['政务服务', '民族宗教', '统计监测', '人大工作'] },
];

/** Top-level category names, in tree order. */
export const CATEGORY_NAMES: string[] = CATEGORIES.map((c) => c.name);

/**
 * Relative frequency of each top-level category among a province's suggestions
 * (三农, 教育, 交通 and 医疗卫生 dominate real sessions).
 */
export const CATEGORY_WEIGHTS: [string, number][] = [
  ['三农', 16],
  ['教育', 11],
  ['医疗卫生', 10],
  ['社会保障', 9],
  ['交通', 11],
  ['生态环保', 7],
  ['城乡建设', 8],
  ['财政金融', 5],
  ['产业发展', 9],
  ['政法', 5],
  ['科技', 4],
  ['文化旅游', 6],
  ['综合', 2],
];

/** The top-level name for a top-level or child category name, or undefined. */
export function topCategoryOf(name: string): string | undefined {
  for (const c of CATEGORIES) {
    if (c.name === name || c.children.includes(name)) return c.name;
  }
  return undefined;
}
