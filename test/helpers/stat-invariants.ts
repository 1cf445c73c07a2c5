/**
 * The invariants every statistics answer keeps (issue 17 §1), whatever the scope: a rate is a percentage in
 * [0, 100] (or null without a base), a numerator never exceeds its denominator, the parts of a whole never
 * exceed it, and every group of shares adds up to 100.00 (or is all zeros when there is nothing to share).
 * `problems` collects each breach with the path to the figure, so one run reports them all.
 */

type Problems = string[];

const isObj = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shares that add up to 100.00, or all zeros when their counts are all zero. */
function sharesAddUp(path: string, parts: { count?: number; share: number }[], p: Problems) {
  if (parts.length === 0) return;
  const sum = Math.round(parts.reduce((a, x) => a + x.share, 0) * 100) / 100;
  const counts = parts.map((x) => x.count);
  const empty = counts.every((c) => c === 0);
  if (empty ? sum !== 0 : sum !== 100) p.push(`${path}: shares add up to ${sum}`);
}

function le(path: string, a: number | undefined, b: number | undefined, what: string, p: Problems) {
  if (a === undefined || b === undefined) return;
  if (a > b) p.push(`${path}: ${what} (${a} > ${b})`);
}

/** The R-STAT-1 figures of a group (GET /api/statistics and each breakdown row). */
function groupInvariants(path: string, f: Record<string, any>, p: Problems) {
  le(path, f.onTime, f.replied, 'on time ≤ replied', p);
  le(path, f.replied, f.assigned, 'replied ≤ assigned', p);
  le(path, f.assigned, f.items, 'assigned ≤ items', p);
  le(path, f.referenceItems, f.items, 'reference ≤ items', p);
  le(path, f.contactedItems, f.assigned, 'contacted ≤ assigned', p);
  le(path, f.visitedItems, f.contactedItems, 'met ≤ contacted', p);
  le(path, f.closed, f.assigned, 'closed ≤ assigned', p);
  le(path, f.commitmentsStruckOff, f.commitments, 'struck off ≤ commitments', p);
  le(path, f.rehandled, f.items, 're-handled ≤ items', p);
  if (isObj(f.resultClasses)) {
    const classes = Object.values(f.resultClasses) as { count: number; share: number }[];
    le(
      path,
      classes.reduce((a, c) => a + c.count, 0),
      f.replied,
      'classed ≤ replied',
      p,
    );
    sharesAddUp(`${path}.resultClasses`, classes, p);
  }
  for (const k of ['evaluations', 'firstRound'] as const) {
    const e = f[k];
    if (isObj(e)) sharesAddUp(`${path}.${k}`, [e.satisfied, e.basicallySatisfied, e.dissatisfied], p);
  }
  if (isObj(f.routing)) {
    const r = [f.routing.government, f.routing.judicialAndOther, f.routing.joint];
    sharesAddUp(`${path}.routing`, r, p);
    le(
      path,
      r.reduce((a, x) => a + x.count, 0),
      f.assigned,
      'routed ≤ assigned',
      p,
    );
  }
  if (isObj(f.intake)) {
    const i = f.intake;
    const parts = i.registered + i.reference + i.returned + i.merged + i.notAccepted + i.withdrawn + i.pending;
    if (parts !== i.received) p.push(`${path}.intake: parts ${parts} ≠ received ${i.received}`);
    if (i.registered + i.reference !== f.items) p.push(`${path}.intake: registered + reference ${i.registered + i.reference} ≠ items ${f.items}`);
  }
  if (isObj(f.units)) le(path, f.units.lead, f.units.handling, 'lead units ≤ handling units', p);
  if (Array.isArray(f.categories)) {
    sharesAddUp(`${path}.categories`, f.categories, p);
    if (f.categories.reduce((a: number, c: any) => a + c.count, 0) !== f.items) p.push(`${path}.categories: counts ≠ items`);
  }
}

/** Walks an answer: every rate, ratio and group it holds. */
export function checkFigures(path: string, v: unknown, p: Problems = []): Problems {
  if (Array.isArray(v)) {
    // Rows that each hold a share of the items (the breakdowns by category, delegation, body…).
    if (v.length && v.every((x) => isObj(x) && typeof x.share === 'number' && typeof x.items === 'number')) {
      sharesAddUp(
        `${path}[].share`,
        v.map((x) => ({ count: x.items, share: x.share })),
        p,
      );
    }
    v.forEach((x, i) => checkFigures(`${path}[${i}]`, x, p));
    return p;
  }
  if (!isObj(v)) return p;
  if ('items' in v || 'replied' in v) groupInvariants(path, v, p);
  if (typeof v.numerator === 'number' && typeof v.denominator === 'number') le(path, v.numerator, v.denominator, 'numerator ≤ denominator', p);
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'number' && /(Rate|Share|rate|share|^value|^figure)$/.test(k) && (x < 0 || x > 100)) p.push(`${path}.${k} = ${x} outside [0, 100]`);
    if (typeof x === 'number' && /^(count|items|replied|assigned|onTime|numerator|denominator)$/.test(k) && x < 0) p.push(`${path}.${k} = ${x} < 0`);
    if (isObj(x) || Array.isArray(x)) checkFigures(`${path}.${k}`, x, p);
  }
  return p;
}
