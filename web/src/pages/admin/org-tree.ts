/** The congress's organizations as trees: for the organization page and for pickers (TreeSelect). */
import type { Organization, OrgKind } from '../../api/admin';

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  liaisonOffice: '联工委（议案建议处）',
  governmentOffice: '政府办公厅',
  unit: '承办单位',
  division: '处室',
  delegation: '代表团',
  committee: '专门委员会',
  cppccCommittee: '政协提案委员会',
};

/** The top-level groups of the tree, in display order. */
export const ORG_GROUPS: { key: string; title: string; kinds: OrgKind[] }[] = [
  { key: 'offices', title: '办理工作机构', kinds: ['liaisonOffice', 'governmentOffice', 'cppccCommittee'] },
  { key: 'units', title: '承办单位', kinds: ['unit'] },
  { key: 'delegations', title: '代表团', kinds: ['delegation'] },
  { key: 'committees', title: '专门委员会', kinds: ['committee'] },
];

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
 * Tree data for choosing a user's organization: groups are headers (not
 * selectable); `only` keeps one group — the handling units (unit staff must
 * belong to one: `true` or 'units') or the delegations (a delegation's
 * contact person) — otherwise offices, units, delegations and committees.
 */
export function organizationPicker(orgs: readonly Organization[], only: boolean | 'units' | 'delegations'): PickerNode[] {
  const group = only === true ? 'units' : only || null;
  return ORG_GROUPS.filter((g) => !group || g.key === group)
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
