import { describe, expect, it } from 'vitest';
import {
  BODY_MAX,
  BODY_MIN,
  CATEGORIES,
  CATEGORY_NAMES,
  CATEGORY_WEIGHTS,
  CITIES,
  DELEGATIONS,
  TOPIC_BANKS,
  UNITS,
  createRng,
  deputyProfile,
  handlerName,
  makeAdjustmentReason,
  makeCoOpinion,
  makeCommitment,
  makeCommitmentWithDate,
  makeContactSummary,
  makeEvaluationComment,
  makeNotAcceptedReason,
  makeOverrideReason,
  makeReply,
  makeReturnReason,
  makeSendBackReason,
  makeSuggestion,
  personName,
  titleSubject,
  unitsForCategory,
  type Rng,
} from './index';

const CJK_NAME = /^[\u4e00-\u9fff]{2,3}$/u;

function draw(rng: Rng, n: number, weighted: boolean): { title: string; body: string }[] {
  const out: { title: string; body: string }[] = [];
  for (let i = 0; i < n; i++) {
    const category = weighted ? rng.weighted(CATEGORY_WEIGHTS) : (CATEGORY_NAMES[i % CATEGORY_NAMES.length] as string);
    out.push(makeSuggestion(rng, category, rng.pick(DELEGATIONS)));
  }
  return out;
}

function everything(seed: number): unknown[] {
  const rng = createRng(seed);
  const s = draw(rng, 20, true);
  const title = s[0]?.title ?? '';
  return [
    s,
    deputyProfile(rng, '长沙市代表团'),
    deputyProfile(rng, '解放军代表团'),
    handlerName(rng),
    makeReply(rng, { title, unitName: '湖南省教育厅', resultClass: 'B' }),
    makeCommitment(rng, title),
    makeCoOpinion(rng, { unitName: '湖南省财政厅', title }),
    makeContactSummary(rng, 'visit'),
    makeEvaluationComment(rng, 'dissatisfied'),
    makeReturnReason(rng),
    makeNotAcceptedReason(rng),
    makeAdjustmentReason(rng, '湖南省水利厅'),
    makeSendBackReason(rng),
    makeOverrideReason(rng),
  ];
}

describe('rng', () => {
  it('is deterministic and seed-dependent', () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('int, pick, weighted, shuffle, chance and sample stay in range', () => {
    const rng = createRng(99);
    for (let i = 0; i < 500; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    expect(new Set(Array.from({ length: 200 }, () => rng.int(1, 3)))).toEqual(new Set([1, 2, 3]));
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(
      Array.from({ length: 100 }, () =>
        rng.weighted([
          ['x', 1],
          ['y', 0],
        ]),
      ),
    ).not.toContain('y');
    const arr = [1, 2, 3, 4, 5, 6];
    expect([...rng.shuffle(arr)].sort()).toEqual(arr);
    expect(arr).toEqual([1, 2, 3, 4, 5, 6]);
    const s = rng.sample(arr, 4);
    expect(new Set(s).size).toBe(4);
    expect(rng.sample(arr, 10)).toHaveLength(6);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});

describe('corpus determinism', () => {
  it('same seed gives identical output', () => {
    expect(everything(2025)).toEqual(everything(2025));
  });

  it('different seeds give different output', () => {
    expect(everything(2025)).not.toEqual(everything(2026));
  });
});

describe('organizations and categories', () => {
  it('has 14 city delegations and the PLA delegation', () => {
    expect(DELEGATIONS).toHaveLength(15);
    expect(DELEGATIONS).toContain('长沙市代表团');
    expect(DELEGATIONS).toContain('湘西土家族苗族自治州代表团');
    expect(DELEGATIONS).toContain('解放军代表团');
    expect(new Set(DELEGATIONS).size).toBe(DELEGATIONS.length);
    for (const c of CITIES.filter((x) => x.city !== '')) {
      expect(c.counties.length).toBeGreaterThanOrEqual(4);
      expect(c.specialties.length).toBeGreaterThan(0);
      expect(c.sights.length).toBeGreaterThan(0);
    }
  });

  it('has at least 38 units with unique codes and names and 3–6 divisions', () => {
    expect(UNITS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
    expect(new Set(UNITS.map((u) => u.name)).size).toBe(UNITS.length);
    expect(new Set(UNITS.map((u) => u.shortName)).size).toBe(UNITS.length);
    for (const u of UNITS) {
      expect(u.code).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(u.divisions.length).toBeGreaterThanOrEqual(3);
      expect(u.divisions.length).toBeLessThanOrEqual(6);
      expect(new Set(u.divisions).size).toBe(u.divisions.length);
      expect(u.categories.length).toBeGreaterThan(0);
    }
    for (const kind of ['government', 'court', 'procuratorate', 'company', 'other']) {
      expect(UNITS.some((u) => u.kind === kind)).toBe(true);
    }
  });

  it('every unit category exists in CATEGORIES, and every category has units', () => {
    const names = new Set(CATEGORIES.flatMap((c) => [c.name, ...c.children]));
    for (const u of UNITS) for (const c of u.categories) expect(names.has(c), `${u.name}: ${c}`).toBe(true);
    for (const c of CATEGORIES) expect(unitsForCategory(c.name).length, c.name).toBeGreaterThan(0);
  });

  it('categories have 2–5 children, and every bank matches the tree', () => {
    for (const c of CATEGORIES) {
      expect(c.children.length).toBeGreaterThanOrEqual(2);
      expect(c.children.length).toBeLessThanOrEqual(5);
      const bank = TOPIC_BANKS.find((b) => b.category === c.name);
      expect(bank, c.name).toBeDefined();
      expect(Object.keys(bank?.children ?? {}).sort()).toEqual([...c.children].sort());
    }
    expect(CATEGORY_WEIGHTS.map(([n]) => n).sort()).toEqual([...CATEGORY_NAMES].sort());
  });
});

describe('people', () => {
  it('names are 2–3 CJK characters', () => {
    const rng = createRng(5);
    for (let i = 0; i < 2000; i++) expect(personName(rng)).toMatch(CJK_NAME);
    for (let i = 0; i < 200; i++) expect(handlerName(rng)).toMatch(CJK_NAME);
  });

  it('deputy profiles are plausible for every delegation', () => {
    const rng = createRng(6);
    for (const d of DELEGATIONS) {
      for (let i = 0; i < 30; i++) {
        const p = deputyProfile(rng, d);
        expect(p.name).toMatch(CJK_NAME);
        expect(['男', '女']).toContain(p.gender);
        expect(p.occupation.length).toBeGreaterThan(3);
        expect(p.phone).toMatch(/^1390000\d{4}$/u);
      }
    }
  });
});

describe('suggestions', () => {
  const all = [draw(createRng(11), 1400, true), draw(createRng(12), 1400, false)];

  it('1,400 draws have at least 95% distinct titles', () => {
    for (const list of all) {
      const ratio = new Set(list.map((s) => s.title)).size / list.length;
      expect(ratio).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('titles have the form 关于……的建议 and bodies 300–700 characters in 3–4 paragraphs', () => {
    for (const s of all.flat()) {
      expect(s.title.startsWith('关于')).toBe(true);
      expect(s.title.endsWith('的建议')).toBe(true);
      expect(s.title).not.toMatch(/\{|\}|undefined/u);
      expect(s.body.length).toBeGreaterThanOrEqual(BODY_MIN);
      expect(s.body.length).toBeLessThanOrEqual(BODY_MAX);
      expect(s.body).not.toMatch(/\{|\}|undefined/u);
      expect(s.body).toContain('一、基本情况');
      expect(s.body).toContain('二、存在的问题');
      expect(s.body).toContain('三、建议');
    }
  });

  it('works for child categories and names places of the delegation', () => {
    const rng = createRng(13);
    for (const c of CATEGORIES)
      for (const child of c.children) {
        const s = makeSuggestion(rng, child, '益阳市代表团');
        expect(s.title).toMatch(/^关于.+的建议$/u);
      }
    const titles = Array.from({ length: 300 }, () => makeSuggestion(rng, '产业发展', '长沙市代表团').title);
    expect(titles.some((t) => /长沙|浏阳|宁乡|望城|岳麓|芙蓉|天心|开福|雨花/u.test(t))).toBe(true);
  });
});

describe('replies and other texts', () => {
  const rng = createRng(21);
  const suggestions = draw(rng, 60, true);

  it('reply letters follow the official form for A, B and C', () => {
    for (const [i, s] of suggestions.entries()) {
      const resultClass = (['A', 'B', 'C'] as const)[i % 3] as 'A' | 'B' | 'C';
      const unit = UNITS[i % UNITS.length];
      const reply = makeReply(rng, { title: s.title, unitName: unit?.name ?? '', resultClass });
      expect(reply).toContain(`《${s.title}》`);
      expect(reply).toMatch(/收悉|现答复如下/u);
      expect(reply).toMatch(/感谢您对.+的关心和支持/u);
      expect(reply).not.toMatch(/\{|\}|undefined/u);
      if (resultClass === 'B') expect(reply).toMatch(/20\d\d年/u);
      expect(reply.length).toBeGreaterThan(300);
    }
  });

  it('commitments carry a target date', () => {
    const c = makeCommitmentWithDate(rng, '关于加快推进高标准农田建设的建议');
    expect(c.targetDate).toMatch(/^202[5-7]-(06-30|09-30|12-31)$/u);
    expect(c.text).toContain('高标准农田建设');
    expect(makeCommitment(rng, '关于切实解决农村饮水安全问题的建议')).toMatch(/20\d\d年/u);
  });

  it('recovers the subject of a title', () => {
    expect(titleSubject('关于切实解决农村饮水安全问题、促进农民持续增收的建议')).toBe('农村饮水安全问题');
    expect(titleSubject('关于推动优质稻产业高质量发展的建议')).toBe('优质稻产业');
  });

  it('produces non-empty texts for every step', () => {
    for (const m of ['visit', 'meeting', 'inspection', 'phone', 'wechat', 'video', 'letter', '走访']) {
      const c = makeContactSummary(rng, m);
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.deputyView.length).toBeGreaterThan(5);
    }
    for (const r of ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const) {
      expect(makeEvaluationComment(rng, r).length).toBeGreaterThan(5);
    }
    const co = makeCoOpinion(rng, { unitName: '湖南省财政厅', title: suggestions[0]?.title ?? '' });
    expect(co).toMatch(/公开/u);
    expect(makeAdjustmentReason(rng, '湖南省教育厅')).toMatch(/申请/u);
    for (const f of [makeReturnReason, makeNotAcceptedReason, makeSendBackReason, makeOverrideReason]) {
      expect(f(rng).length).toBeGreaterThan(10);
    }
  });
});
