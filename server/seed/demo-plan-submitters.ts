/**
 * Who submits what, once the plan's stages, categories and units are drawn: the demo account's
 * submitter leads an item of several stages, someone is asked to co-sign an item awaiting co-signers,
 * and — for proposals — a share of items is submitted collectively by an organization whose fields
 * fit the item, through its contact member (R-CPPCC-1).
 */
import { topCategoryOf, type CategorySeed, type Rng } from './corpus';
import type { PlannedItem, Stage } from './demo-plan';

export interface CollectivePlan {
  /** Share of the items submitted collectively (at least two). */
  share: number;
  /** Per organization (PlannedItem.org): its contact member (index of the submitters) and its fields (top-level categories). */
  orgs: { contact: number; fields: string[] }[];
  /** The demo account's organization: it submits an item of each of DEMO_ORG_STAGES. */
  demoOrg?: number;
}

/** Stages whose first item the demo submitter leads (twice for 'replied', awaiting their evaluation). */
const DEMO_LEAD_STAGES: readonly Stage[] = [
  'awaitingCosigners',
  'submitted',
  'returned',
  'notAccepted',
  'referenceClosed',
  'accepted',
  'draftAssigned',
  'handling',
  'replied',
  'dissatisfied',
  'rehandling',
  'closed',
];
/** Stages of the demo organization's collective items: one waiting for review, in handling, awaiting its evaluation, closed. */
const DEMO_ORG_STAGES: readonly Stage[] = ['submitted', 'handling', 'replied', 'closed'];

export function placeSubmitters(
  rng: Rng,
  items: PlannedItem[],
  o: { demoLead: number; invitee: number; categories: CategorySeed[]; collective?: CollectivePlan },
): void {
  const { demoLead, invitee, categories } = o;
  for (const s of DEMO_LEAD_STAGES) {
    const mine = items.filter((it) => it.stage === s && it.variant !== 'splitPartial').slice(0, s === 'replied' ? 2 : 1);
    for (const it of mine) {
      it.lead = demoLead;
      if (s === 'replied' || s === 'dissatisfied' || s === 'rehandling') it.cosigners = [];
    }
  }
  // The demo submitter is asked to co-sign another's item; someone else (a second account) is asked to co-sign theirs.
  const invite = items.find((it) => it.stage === 'awaitingCosigners' && (invitee === demoLead ? it.lead !== demoLead : it.lead === demoLead));
  if (invite) {
    invite.cosigners = [...invite.cosigners.filter((c) => c !== invitee), invitee];
    invite.pendingCosigners = Math.max(1, invite.pendingCosigners);
  }
  const c = o.collective;
  if (!c) return;
  const setOrg = (it: PlannedItem, org: number) => {
    it.org = org;
    it.lead = c.orgs[org].contact;
    it.cosigners = [];
    it.pendingCosigners = 0;
  };
  const fits = (it: PlannedItem) => {
    const top = topCategoryOf(it.category) ?? '';
    const own = c.orgs.map((_, i) => i).filter((i) => c.orgs[i].fields.includes(top));
    return own.length ? own : c.orgs.map((_, i) => i);
  };
  const eligible = items.filter((it) => it.stage !== 'awaitingCosigners' && it.lead !== demoLead && it !== invite);
  for (const it of rng.sample(eligible, Math.max(2, Math.round(c.share * items.length)))) setOrg(it, rng.pick(fits(it)));
  if (c.demoOrg === undefined) return;
  const demoOrg = c.demoOrg;
  const own = (x: PlannedItem) => c.orgs[demoOrg].fields.includes(topCategoryOf(x.category) ?? '');
  for (const s of DEMO_ORG_STAGES) {
    const it = eligible.find((x) => x.stage === s && x.variant !== 'splitPartial' && own(x));
    if (it) setOrg(it, demoOrg);
  }
  // However few the items, one waits for review: it has no units yet, so it may take the organization's field.
  if (!eligible.some((x) => x.org === demoOrg)) {
    const it = eligible.find((x) => x.stage === 'submitted');
    const field = categories.find((x) => x.name === c.orgs[demoOrg].fields[0]);
    if (it && field) {
      it.category = field.children[0] ?? field.name;
      setOrg(it, demoOrg);
    }
  }
}
