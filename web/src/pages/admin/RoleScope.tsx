import { App, Form, Select, TreeSelect, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { isUnitRole, partOf, roleFitsBody, type Role } from '../../../../domain/items/roles';
import type { Body } from '../../../../domain/levels/levels';
import type { Organization } from '../../api/admin';
import { ApiError } from '../../api/client';
import { showServerError, validate } from '../../lib/forms';
import { ROLE_LABELS } from '../../lib/labels';
import { wordsOfBody } from '../../lib/words';
import { DeputySelect } from './DeputySelect';
import { organizationPicker, type OrgGroupKey } from './org-tree';

/**
 * A role and its scope (§1, §8), as the user form (用户与角色) and the membership form (添加兼任) both ask
 * them: the roles of the administrator's body, the deputy (or member) an account of a submitter names, the
 * organization the role belongs to; and the submit both share — the contract's checks, the server's refusals
 * beside their fields.
 */
export interface ScopeValues {
  role?: Role;
  organizationId?: number | null;
  deputyId?: number | null;
}

/** The server's refusals of a role and scope, each beside its field. */
export const SCOPE_CODE_FIELDS: Record<string, 'role' | 'organizationId' | 'deputyId'> = {
  ROLE_NOT_OF_BODY: 'role',
  UNIT_REQUIRED: 'organizationId',
  DELEGATION_REQUIRED: 'organizationId',
  UNKNOWN_ORGANIZATION: 'organizationId',
  DEPUTY_REQUIRED: 'deputyId',
};

/** The roles an account may have in the body, a CPPCC committee's members and proposal committee first. */
export function rolesOfBody(body: Body, from: readonly Role[]): Role[] {
  const first: readonly Role[] = body === 'cppcc' ? ['member', 'proposalCommittee'] : [];
  const rank = (r: Role) => (first.includes(r) ? first.indexOf(r) : first.length);
  return from.filter((r) => roleFitsBody(r, body)).sort((a, b) => rank(a) - rank(b));
}

/** What the role's scope is: the groups its organization comes from (none: any, or none at all), whether it names a deputy. */
function scopeRule(role: Role | undefined): { groups: OrgGroupKey[] | null; required: boolean; names: boolean; org: boolean } {
  if (!role) return { groups: null, required: false, names: false, org: true };
  if (isUnitRole(role)) return { groups: ['units'], required: true, names: false, org: true };
  if (role === 'delegationContact') return { groups: ['delegations'], required: true, names: false, org: true };
  // A member may also be the contact member of a party or committee, for whom they submit collective proposals (R-CPPCC-1).
  if (role === 'member') return { groups: ['organizations', 'committees'], required: false, names: true, org: true };
  if (partOf(role) === 'deputy') return { groups: null, required: false, names: true, org: false };
  return { groups: null, required: false, names: false, org: true };
}

/** The request's scope of the form's values: a deputy names no organization, an office no deputy. */
export function scopeOf(v: ScopeValues): { organizationId: number | null; deputyId: number | null } {
  const rule = scopeRule(v.role);
  return { organizationId: rule.org ? (v.organizationId ?? null) : null, deputyId: rule.names ? (v.deputyId ?? null) : null };
}

/** What a role's scope is, in words, under the organization field. */
function scopeHelp(role: Role | undefined): string | undefined {
  if (!role) return undefined;
  if (isUnitRole(role)) return '承办单位人员须属于一个承办单位，只能看到本单位承办的建议和提案';
  if (role === 'delegationContact') return '代表团联络员须属于一个代表团，只能看到并审核本团代表的建议';
  if (role === 'member') return '是党派团体或专门委员会的联络委员的，选择该组织，即可以其名义提出集体提案；否则不选';
  if (role === 'proposalCommittee') return '选择政协提案委员会';
  if (role === 'liaisonOffice' || role === 'governmentOffice') return '选择所在的办理工作机构';
  return '可不选';
}

/** The role select and the scope fields that follow it. `initialDeputy`: the name of the deputy an edited account names. */
export function RoleScopeFields({
  roles,
  orgs,
  body,
  labels,
  initialDeputy,
}: {
  roles: readonly Role[];
  orgs: readonly Organization[];
  body: Body;
  labels?: { role: string; organization: string };
  initialDeputy?: { id: number; name: string } | null;
}) {
  const role = Form.useWatch('role', Form.useFormInstance()) as Role | undefined;
  const rule = scopeRule(role);
  const tree = useMemo(() => organizationPicker(orgs, rule.groups, body), [orgs, rule.groups, body]);
  const w = wordsOfBody(body);
  return (
    <>
      <Form.Item name="role" label={labels?.role ?? '角色'} required>
        <Select placeholder="选择角色" options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      </Form.Item>
      {rule.names && (
        <Form.Item name="deputyId" label={`关联${w.submitter}`} required extra={`${w.submitter}账号须关联本级${w.submitter}名录中的一名${w.submitter}`}>
          <DeputySelect noun={w.submitter} initial={initialDeputy ?? null} />
        </Form.Item>
      )}
      {rule.org && (
        <Form.Item name="organizationId" label={labels?.organization ?? '所属机构'} required={rule.required} extra={scopeHelp(role)}>
          <TreeSelect
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll={rule.groups !== null}
            placeholder="从组织机构中选择"
            treeData={tree}
            listHeight={320}
          />
        </Form.Item>
      )}
    </>
  );
}

/**
 * The submit of a form with a role and scope: the shared contract checks the body first (messages beside the
 * fields); the server's refusal goes beside its field when it has one, else above the form.
 */
export function useScopeSubmit<F extends string>(form: FormInstance, fields: readonly F[], codeFields: Record<string, F>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const run = async <S extends z.ZodType>(schema: S, body: unknown, send: (data: z.output<S>) => Promise<string>, done: () => void) => {
    const v = validate(schema, body, form, fields);
    if (!v.ok) return setGeneral(v.general.join('；') || null);
    setBusy(true);
    setGeneral(null);
    try {
      message.success(await send(v.data));
      done();
    } catch (e) {
      const field = e instanceof ApiError ? codeFields[e.code] : undefined;
      if (field && e instanceof ApiError) form.setFields([{ name: field, errors: [e.message] }]);
      else setGeneral(showServerError(e, form, fields));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, general, setGeneral };
}
