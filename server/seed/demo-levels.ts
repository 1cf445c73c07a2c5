/**
 * The demo's lower bodies (issue 16): 岳阳市 under the province, its counties 华容县 (with twelve
 * townships) and 平江县, each a congress with its own session, offices, units, deputies, users and
 * rules, and suggestions driven through the same use cases as the province's — so the roll-up has
 * figures at every level and each body's history is real. The checklists of the county are seeded
 * on top of this tree (demo-checklists.ts).
 */
import { addDays, addMonths, RULES_PRESETS, type IsoDate } from '../../domain/deadlines';
import type { Role } from '../../domain/items/roles';
import type { Actor } from '../auth/actor';
import { toActor } from '../auth/sessions';
import type { Db } from '../db/client';
import { eq } from 'drizzle-orm';
import { deputies, rulesProfiles, userMemberships, users } from '../db/schema';
import { createUser, sharedDemoHash } from '../usecases/admin/create-user';
import { assignSuggestion } from '../usecases/assignment/assign-suggestion';
import { evaluateReply } from '../usecases/evaluation/evaluate-reply';
import { recordContact } from '../usecases/handling/record-contact';
import { approveReplyReview } from '../usecases/replies/approve-reply-review';
import { saveReplyDraft } from '../usecases/replies/save-reply-draft';
import { sendReply } from '../usecases/replies/send-reply';
import { signOffReply } from '../usecases/replies/sign-off-reply';
import { submitReplyForReview } from '../usecases/replies/submit-reply-for-review';
import { reviewSuggestion } from '../usecases/review/review-suggestion';
import { submitSuggestion } from '../usecases/submission/submit-suggestion';
import { createBase, type BaseFixture } from './base';
import { deputyProfile, personName, type Rng } from './corpus';
import { COUNTY_TOPICS, localBody, TOWNSHIP_TOPICS, type LocalTopic } from './corpus/local-topics';
import { DEMO_PASSWORD, LEVEL_ACCOUNTS } from './demo-accounts';
import type { LevelsFixture, TownshipFixture } from './demo-levels-fixture';
import { at, daysAgo, prevWorkday } from './demo-time';

const YEAR = 2026;
const CATEGORIES = ['三农', '教育', '医疗卫生', '社会保障', '交通', '生态环保', '城乡建设', '财政金融'].map((name) => ({ name, children: [] }));

/** 华容县's townships (the seed's county), the first of them the `township` demo account's. */
export const TOWNSHIPS = ['东山镇', '章华镇', '治河渡镇', '北景港镇', '鲇鱼须镇', '万庾镇', '插旗镇', '注滋口镇', '操军镇', '三封寺镇', '梅田湖镇', '胜峰乡'];

const COUNTY_UNITS = ['县教育局', '县交通运输局', '县农业农村局', '县卫生健康局', '县住房和城乡建设局', '县水利局', '县民政局', '县财政局'];
const CITY_UNITS = ['市教育局', '市交通运输局', '市农业农村局', '市卫生健康委员会', '市住房和城乡建设局', '市生态环境局'];

/** Which unit of a body handles a topic: the first whose name matches the category, else the first. */
const UNIT_FOR: Record<string, string> = {
  三农: '农业农村',
  教育: '教育',
  医疗卫生: '卫生',
  社会保障: '民政',
  交通: '交通',
  生态环保: '生态',
  城乡建设: '住房',
  财政金融: '财政',
};

interface Body {
  base: BaseFixture;
  name: string;
  place: string;
  liaison: Actor;
  units: { unitId: number; name: string; office: Actor; handler: Actor; leader: Actor }[];
  deputies: { id: number; name: string; actor: Actor }[];
}

interface Ctx {
  db: Db;
  rng: Rng;
  realNow: Date;
  provinceId: number;
}

async function mk(
  db: Db,
  username: string,
  role: Role,
  displayName: string,
  congressId: number,
  organizationId: number | null,
  deputyId: number | null = null,
) {
  return createUser(db, { username, password: DEMO_PASSWORD, displayName, role, congressId, organizationId, deputyId }, sharedDemoHash);
}

/** One body: its base, its office's user, three staff per unit, and logins for the deputies who lead its items. */
async function body(
  c: Ctx,
  o: {
    name: string;
    level: 'city' | 'county' | 'township';
    parentId: number;
    session: { name: string; code: string };
    units: string[];
    deputies: number;
    leadDeputies: number;
    /**
     * A user of another body who is also this body's first deputy (多级代表): the deputy record takes
     * their name, and they act here through a membership instead of a login of their own.
     */
    alsoDeputy?: typeof users.$inferSelect;
    prefix: string;
    liaisonUsername?: string;
    officeNames?: { liaison: string; government: string };
  },
): Promise<Body> {
  const deputies = Array.from({ length: o.deputies }, () => ({ ...deputyProfile(c.rng, ''), delegation: -1 }));
  if (o.alsoDeputy) deputies[0].name = o.alsoDeputy.displayName;
  const base = await createBase(c.db, {
    congressName: o.name,
    level: o.level,
    parentId: o.parentId,
    officeNames: o.officeNames,
    session: { ...o.session, year: YEAR },
    // A county's or city's bureau has its sections (股室); a township government has none worth naming.
    units: o.units.map((name) => ({ name, divisions: o.level === 'township' ? [] : ['办公室', '业务股'] })),
    delegations: [],
    deputies,
    categories: CATEGORIES,
  });
  const place = o.name.replace(/人民代表大会$/, '');
  const liaisonUser = await mk(c.db, o.liaisonUsername ?? `${o.prefix}-liaison`, 'liaisonOffice', personName(c.rng), base.congressId, base.liaisonOfficeId);
  const units = [];
  for (const [i, id] of base.unitIds.entries()) {
    const staff = async (kind: string, role: Role) => toActor(await mk(c.db, `${o.prefix}-u${i + 1}-${kind}`, role, personName(c.rng), base.congressId, id));
    units.push({
      unitId: id,
      name: o.units[i],
      office: await staff('office', 'unitOffice'),
      handler: await staff('handler', 'unitHandler'),
      leader: await staff('leader', 'unitLeader'),
    });
  }
  const leads = [];
  for (let i = 0; i < o.leadDeputies; i++) {
    if (i === 0 && o.alsoDeputy) {
      const [m] = await c.db
        .insert(userMemberships)
        .values({ userId: o.alsoDeputy.id, congressId: base.congressId, role: 'deputy', deputyId: base.deputyIds[0] })
        .returning();
      leads.push({ id: base.deputyIds[0], name: deputies[0].name, actor: toActor(o.alsoDeputy, m) });
      continue;
    }
    const u = await mk(c.db, `${o.prefix}-d${String(i + 1).padStart(2, '0')}`, 'deputy', deputies[i].name, base.congressId, null, base.deputyIds[i]);
    leads.push({ id: base.deputyIds[i], name: deputies[i].name, actor: toActor(u) });
  }
  return { base, name: o.name, place, liaison: toActor(liaisonUser), units, deputies: leads };
}

/**
 * One suggestion of a lower body, driven to its stage: closed (evaluated), replied (waiting for
 * the evaluation), handling past its deadline (a red light), handling in time, or just submitted.
 */
type Stage = 'closed' | 'replied' | 'late' | 'handling' | 'submitted';
const STAGES: Stage[] = ['closed', 'closed', 'replied', 'closed', 'late', 'handling', 'closed', 'submitted'];

async function runItem(c: Ctx, b: Body, t: LocalTopic, deputy: Body['deputies'][number], stage: Stage, seq: number) {
  const db = c.db;
  const category = b.base.categoryIds[CATEGORIES.findIndex((x) => x.name === t.category)] ?? null;
  const unit = b.units.find((u) => u.name.includes(UNIT_FOR[t.category] ?? '')) ?? b.units[seq % b.units.length];
  // Historic items were raised at the session (January) and assigned in February; live ones recently.
  const live = stage === 'late' || stage === 'handling' || stage === 'submitted';
  const submitOn: IsoDate = live
    ? daysAgo(c.realNow, stage === 'late' ? 130 : stage === 'handling' ? 40 : 3)
    : `${YEAR}-01-${String(8 + (seq % 10)).padStart(2, '0')}`;
  const item = await submitSuggestion(
    { db, actor: deputy.actor, now: at(submitOn, 10) },
    {
      sessionId: b.base.sessionId,
      title: t.title,
      body: localBody(t, b.place),
      categoryId: category,
      period: live ? 'interim' : 'plenary',
      cosignerDeputyIds: [],
    },
  );
  if (stage === 'submitted') return;
  const reviewOn = addDays(submitOn, 3);
  const v = (await reviewSuggestion({ db, actor: b.liaison, now: at(reviewOn, 9) }, { itemId: item.id, version: item.version, decision: 'accept' })).version;
  const assignedOn = prevWorkday(live ? addDays(submitOn, 7) : `${YEAR}-02-${String(10 + (seq % 8)).padStart(2, '0')}`);
  await assignSuggestion(
    { db, actor: b.liaison, now: at(assignedOn, 15) },
    { itemId: item.id, version: v, mode: 'single', units: [{ unitId: unit.unitId, role: 'lead' }], assignedOn },
  );
  if (stage === 'late' || stage === 'handling') return;
  const contactOn = addDays(assignedOn, 12);
  await recordContact(
    { db, actor: unit.handler, now: at(contactOn, 16) },
    {
      itemId: item.id,
      contactedOn: contactOn,
      method: seq % 2 ? 'visit' : 'phone',
      phase: 'during',
      participants: `${unit.name}${unit.handler.name}；${deputy.name}代表`,
      summary: `向代表通报${t.title.replace(/^关于|的建议$/g, '')}的办理打算，听取代表意见。`,
      deputyView: '代表对办理思路表示认可，希望尽快落实。',
    },
  );
  // Replies go out within the reply deadline (three months after the assignment).
  const replyOn = stage === 'replied' ? daysAgo(c.realNow, 5) : addDays(addMonths(assignedOn, 2), seq % 20);
  const when = (d: IsoDate, h: number) => ({ db, now: at(d, h) });
  const cls = seq % 5 === 4 ? 'C' : 'A';
  let reply = await saveReplyDraft(
    { ...when(addDays(replyOn, -6), 10), actor: unit.handler },
    {
      itemId: item.id,
      body: `${deputy.name}代表：\n您提出的《${t.title}》收悉。${cls === 'A' ? `经研究，我们已将此事列入今年工作计划并组织实施，${t.ask.replace(/。$/, '')}的工作已基本完成。` : '经研究，受资金和政策条件限制，目前暂不具备全面实施的条件，我们将积极争取上级支持，条件成熟时逐步解决。'}\n感谢您对我们工作的关心和支持。`,
      resultClass: cls,
      publicity: 'public',
      docNumber: `${b.place.slice(0, 2)}建复〔${YEAR}〕${seq + 1}号`,
      contactPerson: unit.handler.name,
      contactPhone: `0730-${String(4_200_000 + seq * 37).slice(0, 7)}`,
    },
  );
  reply = await submitReplyForReview(
    { ...when(addDays(replyOn, -5), 10), actor: unit.handler },
    { itemId: item.id, replyId: reply.id, version: reply.version },
  );
  reply = await approveReplyReview({ ...when(addDays(replyOn, -3), 10), actor: unit.office }, { itemId: item.id, replyId: reply.id, version: reply.version });
  reply = await signOffReply({ ...when(addDays(replyOn, -2), 10), actor: unit.leader }, { itemId: item.id, replyId: reply.id, version: reply.version });
  await sendReply({ ...when(replyOn, 11), actor: unit.office }, { itemId: item.id, replyId: reply.id, version: reply.version });
  if (stage !== 'closed') return;
  await evaluateReply(
    { db, actor: deputy.actor, now: at(addDays(replyOn, 6), 20) },
    { itemId: item.id, result: seq % 3 === 2 ? 'basicallySatisfied' : 'satisfied', comment: '办理态度认真，答复具体。' },
  );
}

async function runItems(c: Ctx, b: Body, topics: LocalTopic[], n: number, offset: number) {
  for (let i = 0; i < n; i++) {
    const t = topics[(i + offset) % topics.length];
    await runItem(c, b, t, b.deputies[i % b.deputies.length], STAGES[(i + offset) % STAGES.length], i + offset);
  }
}

export async function seedLevels(db: Db, o: { rng: Rng; realNow: Date; provinceId: number; demoDeputy: Actor }): Promise<LevelsFixture> {
  const c: Ctx = { db, rng: o.rng, realNow: o.realNow, provinceId: o.provinceId };
  const account = (name: string) => LEVEL_ACCOUNTS.find((a) => a.username === name)!.username;

  const city = await body(c, {
    name: '岳阳市人民代表大会',
    level: 'city',
    parentId: o.provinceId,
    session: { name: '九届人大五次会议', code: '9-5' },
    units: CITY_UNITS,
    deputies: 30,
    leadDeputies: 4,
    prefix: 'yy',
    liaisonUsername: account('city'),
  });
  await runItems(c, city, COUNTY_TOPICS, 8, 3);

  const county = await body(c, {
    name: '华容县人民代表大会',
    level: 'county',
    parentId: city.base.congressId,
    session: { name: '十八届人大六次会议', code: '18-6' },
    units: COUNTY_UNITS,
    deputies: 40,
    leadDeputies: 6,
    // The province's demo deputy is also a deputy of 华容县 (多级代表): a second place to switch to, with items there.
    alsoDeputy: (await db.select().from(users).where(eq(users.id, o.demoDeputy.userId)))[0],
    prefix: 'hr',
    liaisonUsername: account('county'),
  });
  await runItems(c, county, COUNTY_TOPICS, COUNTY_TOPICS.length, 0);

  const pingjiang = await body(c, {
    name: '平江县人民代表大会',
    level: 'county',
    parentId: city.base.congressId,
    session: { name: '十八届人大六次会议', code: '18-6' },
    units: COUNTY_UNITS.slice(0, 5),
    deputies: 25,
    leadDeputies: 3,
    prefix: 'pj',
  });
  await runItems(c, pingjiang, COUNTY_TOPICS, 10, 5);

  // The county's leaders (常委会副主任), each paired with four townships (联点指导).
  const leaders: LevelsFixture['county']['leaders'] = [];
  for (let i = 0; i < 3; i++) {
    const username = i === 0 ? account('county-leader') : `hr-leader${i + 1}`;
    const u = await mk(db, username, 'supervisor', personName(c.rng), county.base.congressId, null);
    leaders.push({ actor: toActor(u), townshipCongressIds: [] });
  }

  const townships: TownshipFixture[] = [];
  for (const [i, name] of TOWNSHIPS.entries()) {
    const t = await body(c, {
      name: `${name}人民代表大会`,
      level: 'township',
      parentId: county.base.congressId,
      session: { name: '十八届人大六次会议', code: '18-6' },
      units: [`${name}人民政府`],
      deputies: 15,
      leadDeputies: 3,
      prefix: `tw${i + 1}`,
      officeNames: { liaison: `${name}人大主席团`, government: `${name}人民政府党政综合办公室` },
    });
    // A lighter rules profile (issue 16 §4): the township preset.
    await db.insert(rulesProfiles).values({ congressId: t.base.congressId, year: YEAR, preset: 'township', values: RULES_PRESETS.township.values });
    // The presidium: one person who reports the county's checklists and runs the township's suggestions.
    const presidiumUser = await mk(
      db,
      i === 0 ? account('township') : `tw${i + 1}-presidium`,
      'townshipPresidium',
      personName(c.rng),
      t.base.congressId,
      t.base.liaisonOfficeId,
    );
    const [m] = await db
      .insert(userMemberships)
      .values({ userId: presidiumUser.id, congressId: t.base.congressId, role: 'liaisonOffice', organizationId: t.base.liaisonOfficeId })
      .returning();
    const office = toActor(presidiumUser, m);
    await runItems(c, { ...t, liaison: office }, TOWNSHIP_TOPICS, 4, i);
    leaders[Math.floor(i / 4)].townshipCongressIds.push(t.base.congressId);
    townships.push({
      congressId: t.base.congressId,
      name,
      sessionId: t.base.sessionId,
      presidiumOrgId: t.base.liaisonOfficeId,
      presidium: toActor(presidiumUser),
      office,
      deputyIds: t.base.deputyIds,
    });
  }

  return {
    city: {
      congressId: city.base.congressId,
      liaison: city.liaison,
      governmentOfficeId: city.base.governmentOfficeId,
      units: city.units,
      deputies: await cityDeputies(db, city),
    },
    pingjiangId: pingjiang.base.congressId,
    county: {
      congressId: county.base.congressId,
      sessionId: county.base.sessionId,
      liaisonOfficeId: county.base.liaisonOfficeId,
      liaison: county.liaison,
      leaders,
    },
    townships,
  };
}

/** Every deputy of a body with their name, and the actor of those who have a login. */
async function cityDeputies(db: Db, b: Body): Promise<LevelsFixture['city']['deputies']> {
  const rows = await db.select({ id: deputies.id, name: deputies.name }).from(deputies).where(eq(deputies.congressId, b.base.congressId)).orderBy(deputies.id);
  const actors = new Map(b.deputies.map((d) => [d.id, d.actor]));
  return rows.map((r) => ({ ...r, actor: actors.get(r.id) ?? null }));
}
