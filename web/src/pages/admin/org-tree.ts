/** The body's organizations as trees: for the organization page and for pickers (TreeSelect). */
import type { Body } from '../../../../domain/levels/levels';
import type { CreatableOrgKind, Organization, OrgKind } from '../../api/admin';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  liaisonOffice: '联工委（议案建议处）',
  governmentOffice: '政府办公厅',
  unit: '承办单位',
  division: '处室',
  delegation: '代表团',
  committee: '专门委员会',
  cppccCommittee: '政协提案委员会',
  sector: '界别',
  participatingOrganization: '党派团体',
};

/** The groups of the tree; a body shows its own (a CPPCC committee has sectors and parties, no units or delegations: §8). */
export type OrgGroupKey = 'offices' | 'units' | 'delegations' | 'sectors' | 'organizations' | 'committees';
export interface OrgGroup {
  key: OrgGroupKey;
  title: string;
  kinds: OrgKind[];
}
const GROUPS: Record<OrgGroupKey, OrgGroup> = {
  offices: { key: 'offices', title: '办理工作机构', kinds: ['liaisonOffice', 'governmentOffice', 'cppccCommittee'] },
  units: { key: 'units', title: '承办单位', kinds: ['unit'] },
  delegations: { key: 'delegations', title: '代表团', kinds: ['delegation'] },
  sectors: { key: 'sectors', title: '界别', kinds: ['sector'] },
  organizations: { key: 'organizations', title: '党派团体', kinds: ['participatingOrganization'] },
  committees: { key: 'committees', title: '专门委员会', kinds: ['committee'] },
};
const GROUPS_OF_BODY: Record<Body, OrgGroupKey[]> = {
  congress: ['offices', 'units', 'delegations', 'committees'],
  cppcc: ['offices', 'sectors', 'organizations', 'committees'],
};

/** The top-level groups of a body's tree, in display order. */
export function orgGroupsOf(body: Body): OrgGroup[] {
  return GROUPS_OF_BODY[body].map((k) => GROUPS[k]);
}

/** The kinds an administrator adds in a body (the server's KINDS_OF_BODY; divisions under a unit). */
export const CREATABLE_KINDS: Record<Body, CreatableOrgKind[]> = {
  congress: ['unit', 'division', 'delegation', 'committee'],
  cppcc: ['sector', 'participatingOrganization', 'committee'],
};

export interface PickerNode {
  value: number | string;
  title: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: PickerNode[];
}

/** Divisions of each unit, by unit id. */
export function divisionsByUnit(orgs: readonly Organization[]): Map<number, Organization[]> {
  const m = new Map<number, Organization[]>();
  for (const o of orgs) if (o.kind === 'division' && o.parentId !== null) m.set(o.parentId, [...(m.get(o.parentId) ?? []), o]);
  return m;
}

/**
 * Tree data for choosing a user's organization: groups are headers (not selectable); `only` keeps those groups
 * — the handling units (unit staff must belong to one), the delegations (a delegation's contact person), a
 * member's parties and committees (for collective proposals) — otherwise every group of the body.
 */
export function organizationPicker(orgs: readonly Organization[], only: readonly OrgGroupKey[] | null, body: Body = 'congress'): PickerNode[] {
  return orgGroupsOf(body)
    .filter((g) => !only || only.includes(g.key))
    .map((g) => ({
      value: `group-${g.key}`,
      title: g.title,
      selectable: false,
      children: orgs
        .filter((o) => g.kinds.includes(o.kind))
        .map((o) => ({ value: o.id, title: o.kind === 'unit' && !o.isGovernment ? `${o.name}（非政府部门）` : o.name })),
    }))
    .filter((g) => g.children.length > 0);
}

/** 'abc' matches names containing it (case-insensitive), for the tree's search box. */
export function matches(o: Organization, q: string): boolean {
  const s = q.trim().toLowerCase();
  return !s || o.name.toLowerCase().includes(s) || (o.shortName ?? '').toLowerCase().includes(s);
}
