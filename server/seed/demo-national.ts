/**
 * R-ASSIGN-4 in the demo (issue 16): 全国人民代表大会 above the province, and one national
 * suggestion of a 湖南代表团 deputy that the national office hands down to 湖南省; the province's
 * government office assigns it to 湖南省水利厅, which answers; the national deputy evaluates it. Every
 * step goes through the use cases, so both levels read one history.
 */
import { eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '../../domain/deadlines';
import { toActor } from '../auth/sessions';
import type { Db } from '../db/client';
import { congresses } from '../db/schema';
import { createUser, sharedDemoHash } from '../usecases/admin/create-user';
import { assignSuggestion } from '../usecases/assignment/assign-suggestion';
import { evaluateReply } from '../usecases/evaluation/evaluate-reply';
import { recordContact } from '../usecases/handling/record-contact';
import { handDownItem } from '../usecases/levels/hand-down-item';
import { approveReplyReview } from '../usecases/replies/approve-reply-review';
import { saveReplyDraft } from '../usecases/replies/save-reply-draft';
import { sendReply } from '../usecases/replies/send-reply';
import { signOffReply } from '../usecases/replies/sign-off-reply';
import { submitReplyForReview } from '../usecases/replies/submit-reply-for-review';
import { reviewSuggestion } from '../usecases/review/review-suggestion';
import { submitSuggestion } from '../usecases/submission/submit-suggestion';
import { createBase } from './base';
import { DEMO_PASSWORD } from './demo-accounts';
import { at } from './demo-time';
import type { Staff } from './demo-users';

const TITLE = '关于支持洞庭湖区水环境综合治理的建议';
const BODY =
  '一、基本情况：洞庭湖区水系连通不畅，部分内湖和沟渠水质下降，枯水期矛盾突出。\n二、存在问题：治理项目分散，地方配套资金压力大。\n三、具体建议：将洞庭湖区水环境综合治理纳入国家重点支持范围，加大中央资金支持，推进水系连通和内湖清淤。';

export async function seedNational(db: Db, o: { provinceId: number; staff: Staff }): Promise<void> {
  const base = await createBase(db, {
    congressName: '全国人民代表大会',
    level: 'national',
    officeNames: { liaison: '全国人大常委会代表工作委员会', government: '国务院办公厅' },
    session: { name: '十四届全国人大三次会议', code: 'N14-3', year: 2025 },
    units: [],
    delegations: ['湖南代表团'],
    deputies: [{ name: '刘湘平', gender: '男', occupation: '岳阳市农业农村局局长', delegation: 0 }],
    categories: [{ name: '生态环保', children: [] }],
  });
  // The national congress sits above the province.
  await db.update(congresses).set({ parentId: base.congressId }).where(eq(congresses.id, o.provinceId));
  const mk = async (username: string, role: 'liaisonOffice' | 'deputy', name: string, org: number | null, deputyId: number | null = null) =>
    toActor(
      await createUser(
        db,
        { username, password: DEMO_PASSWORD, displayName: name, role, congressId: base.congressId, organizationId: org, deputyId },
        sharedDemoHash,
      ),
    );
  const liaison = await mk('n-liaison', 'liaisonOffice', '全国人大代表工委联络员', base.liaisonOfficeId);
  const deputy = await mk('n-deputy', 'deputy', '刘湘平', base.delegationIds[0], base.deputyIds[0]);
  const unit = o.staff.units.find((u) => u.seed.code === 'water')!;
  const when = (d: IsoDate, h = 10) => at(d, h);

  const item = await submitSuggestion(
    { db, actor: deputy, now: when('2025-03-08') },
    { sessionId: base.sessionId, title: TITLE, body: BODY, categoryId: base.categoryIds[0], period: 'plenary', cosignerDeputyIds: [] },
  );
  let v = (await reviewSuggestion({ db, actor: liaison, now: when('2025-03-20') }, { itemId: item.id, version: item.version, decision: 'accept' })).version;
  v = (
    await handDownItem(
      { db, actor: liaison, now: when('2025-04-10') },
      {
        itemId: item.id,
        version: v,
        congressId: o.provinceId,
        note: '该建议涉及洞庭湖区治理的具体项目，交湖南省研究办理，答复抄送全国人大常委会代表工作委员会。',
      },
    )
  ).version;
  await assignSuggestion(
    { db, actor: o.staff.gov, now: when('2025-04-15') },
    { itemId: item.id, version: v, mode: 'single', units: [{ unitId: unit.unitId, role: 'lead' }], assignedOn: '2025-04-15' },
  );
  await recordContact(
    { db, actor: unit.handler, now: when('2025-05-20', 16) },
    {
      itemId: item.id,
      contactedOn: '2025-05-20',
      method: 'visit',
      phase: 'during',
      participants: `${unit.seed.shortName}${unit.handler.name}、${unit.leaderTitle}；刘湘平代表`,
      summary: '登门走访代表，通报洞庭湖区水系连通和内湖清淤项目的申报情况，听取代表意见。',
      deputyView: '代表希望加快项目前期工作，争取纳入国家支持范围。',
    },
  );
  const replyOn: IsoDate = '2025-06-20';
  let reply = await saveReplyDraft(
    { db, actor: unit.handler, now: when(addDays(replyOn, -7)) },
    {
      itemId: item.id,
      body: '刘湘平代表：\n您提出的《关于支持洞庭湖区水环境综合治理的建议》收悉。我厅会同有关部门已将洞庭湖区水系连通和内湖清淤项目列入省级重点，今年争取中央水利发展资金支持，首批项目已开工建设。\n感谢您对水利工作的关心和支持。',
      resultClass: 'A',
      publicity: 'public',
      docNumber: '湘水建复〔2025〕101号',
      contactPerson: unit.handler.name,
      contactPhone: '0731-85483000',
    },
  );
  reply = await submitReplyForReview(
    { db, actor: unit.handler, now: when(addDays(replyOn, -6)) },
    { itemId: item.id, replyId: reply.id, version: reply.version },
  );
  reply = await approveReplyReview({ db, actor: unit.office, now: when(addDays(replyOn, -4)) }, { itemId: item.id, replyId: reply.id, version: reply.version });
  reply = await signOffReply({ db, actor: unit.leader, now: when(addDays(replyOn, -2)) }, { itemId: item.id, replyId: reply.id, version: reply.version });
  await sendReply({ db, actor: unit.office, now: when(replyOn, 11) }, { itemId: item.id, replyId: reply.id, version: reply.version });
  await evaluateReply({ db, actor: deputy, now: when('2025-07-02', 20) }, { itemId: item.id, result: 'satisfied', comment: '答复具体，项目已落地，满意。' });
}
