/**
 * The demo's reply templates and snippets (答复模板, 常用段落): a few shared by
 * the liaison office with every unit, and one of the demo unit (省教育厅) —
 * through the use case, as a clerk would save them.
 */
import { createTemplate } from '../usecases/templates/create-template';
import { ctx, type World } from './demo-steps';
import { DEMO_UNIT_CODE } from './demo-users';

const OPENING = '您在{会次}期间提出的《{建议标题}》（第{建议编号}号）收悉。该建议于{交办日期}交由我单位办理，我们高度重视，现答复如下：';
const CLOSING = '衷心感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。';

const SHARED = [
  {
    kind: 'letter',
    name: 'A类答复（已解决或基本解决）',
    body: [OPENING, '一、基本情况', '……', '二、办理措施及成效', '……', '三、下一步工作', '我们将巩固办理成果，建立长效机制，确保问题不反弹。', CLOSING].join(
      '\n',
    ),
  },
  {
    kind: 'letter',
    name: 'C类答复（因条件限制暂不能解决）',
    body: [
      OPENING,
      '一、基本情况',
      '……',
      '二、暂不能解决的原因',
      '受现行法律政策和客观条件限制，您提出的问题目前暂不具备解决条件，具体原因如下：……',
      '三、下一步工作',
      '我们将持续跟踪研究，待条件成熟时积极推动解决，并及时向您反馈。',
      CLOSING,
    ].join('\n'),
  },
  { kind: 'snippet', name: '开头语', body: OPENING },
  { kind: 'snippet', name: '沟通情况', body: '办理过程中，我们登门走访了{代表姓名}，面对面听取意见建议，共同研究解决办法。' },
  { kind: 'snippet', name: '结束语', body: CLOSING },
] as const;

const UNIT = {
  kind: 'letter',
  name: '教育厅B类答复（列入计划逐步解决）',
  body: [
    '您在{会次}期间提出的《{建议标题}》收悉。{承办单位}高度重视，组织基础教育处等相关处室认真研究，现答复如下：',
    '一、工作现状',
    '……',
    '二、已采取的措施',
    '……',
    '三、下一步工作安排',
    '我厅已将您的建议纳入年度工作计划，分步推进落实，具体承诺事项及完成时限附后。',
    '感谢您对全省教育事业的关心和支持。',
  ].join('\n'),
} as const;

export async function seedTemplates(w: World): Promise<void> {
  for (const t of SHARED) await createTemplate(ctx(w, w.staff.liaison, w.realNow), t);
  const edu = w.staff.units.find((u) => u.seed.code === DEMO_UNIT_CODE);
  if (edu) await createTemplate(ctx(w, edu.office, w.realNow), UNIT);
}
