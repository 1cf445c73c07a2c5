/** Recovering the subject of a suggestion from its title, and its topic bank. */
import { findUnit } from './organizations';
import { ACTIONS } from './suggestion-phrases';
import { TOPIC_BANKS } from './suggestions';
import { titleCore } from './text';
import type { TopicBank } from './topic-types';

const AFFIXES: [string, string][] = Object.values(ACTIONS)
  .flat()
  .map(([t]) => {
    const [pre = '', post = ''] = t.split('{o}');
    return [pre, post] as [string, string];
  })
  .sort((a, b) => b[0].length + b[1].length - (a[0].length + a[1].length));

/**
 * The subject of a title without its verb: 关于切实解决农村饮水安全问题的建议 →
 * 农村饮水安全问题. Titles not built from the verb table give their core.
 */
export function titleSubject(title: string): string {
  const core = titleCore(title).split('、')[0] ?? '';
  for (const [pre, post] of AFFIXES) {
    if (core.startsWith(pre) && core.endsWith(post) && core.length > pre.length + post.length + 1) {
      return core.slice(pre.length, core.length - post.length);
    }
  }
  return core;
}

/** The bank whose objects occur in the title, else the unit's first category's. */
export function bankForTitle(title: string, unitName?: string): TopicBank {
  for (const bank of TOPIC_BANKS) {
    for (const list of Object.values(bank.children)) {
      if (list.some((o) => title.includes(o.slice(2)))) return bank;
    }
  }
  const unitCategory = unitName === undefined ? undefined : findUnit(unitName)?.categories[0];
  return TOPIC_BANKS.find((b) => b.category === unitCategory) ?? (TOPIC_BANKS[TOPIC_BANKS.length - 1] as TopicBank);
}

const FIELD_OVERRIDES: Record<string, string> = {
  湖南省高级人民法院: '人民法院',
  湖南省人民检察院: '检察',
  国网湖南省电力有限公司: '电力',
  国家税务总局湖南省税务局: '税收',
  湖南省残疾人联合会: '残疾人事业',
  湖南省交通水利建设集团有限公司: '交通水利建设',
  湖南省人民政府国有资产监督管理委员会: '国资国企',
  湖南省通信管理局: '信息通信',
  湖南省发展和改革委员会: '发展改革',
  湖南省科学技术厅: '科技',
  湖南省中医药管理局: '中医药',
};

/**
 * The field a unit's letters thank the deputy for: 省教育厅 → 我省教育,
 * 省农业农村厅 → 我省农业农村.
 */
export function fieldOf(unitName: string): string {
  const name = findUnit(unitName)?.name ?? unitName;
  const override = FIELD_OVERRIDES[name];
  if (override !== undefined) return `我省${override}`;
  const bare = name
    .replace(/^(湖南省|省)/u, '')
    .replace(/(事务)?(厅|局|委员会|委|办公室)$/u, '')
    .replace(/监督管理$/u, '监管');
  return bare ? `我省${bare}` : '我省';
}
