/** The demo deputy's unfinished suggestion (草稿), kept as a deputy would before submitting. */
import { createSuggestionDraft } from '../usecases/submission/save-suggestion-draft';
import { ctx, type World } from './demo-steps';
import { DEMO_DEPUTY_INDEX } from './demo-users';

export async function seedDrafts(w: World, sessionId: number): Promise<void> {
  const deputy = w.staff.deputies[DEMO_DEPUTY_INDEX]?.actor;
  if (!deputy) return;
  await createSuggestionDraft(ctx(w, deputy, w.realNow), {
    sessionId,
    title: '关于完善农村养老服务设施的建议',
    body: '一、基本情况：我县农村老年人口占比逐年上升，村级互助养老点覆盖不足。\n二、存在的问题：（待补充调研数据）\n三、建议：',
    categoryId: null,
    period: 'interim',
    cosignerDeputyIds: [],
  });
}
