import { isUnitRole, type Role } from '../items/roles';

/*
 * Who may do what with reply templates and snippets: one home for the route policies
 * (server/routes/templates.ts), the use cases' own checks (server/usecases/templates/),
 * the scope of the reads (server/auth/template-scope.ts) and what the workbench offers
 * (web/src/pages/templates/, the reply form's 插入模板). Deny by default: a role not named here has none.
 */

/** Who uses templates: a unit's staff (their unit's own and the shared ones) and the liaison office (the shared ones). */
export const TEMPLATE_READERS: readonly Role[] = ['unitOffice', 'unitHandler', 'unitLeader', 'liaisonOffice'];

/** Who writes them: a unit's office and handlers their unit's own; the liaison office the shared ones. A unit's leader reads. */
export const TEMPLATE_EDITORS: readonly Role[] = ['unitOffice', 'unitHandler', 'liaisonOffice'];

/** Who previews the reply letter of a draft: the unit staff who draft, review and sign it. */
export const REPLY_PREVIEWERS: readonly Role[] = ['unitOffice', 'unitHandler', 'unitLeader'];

interface TemplateUser {
  role: Role;
  organizationId: number | null;
}

/** Whose templates a user writes: their unit's (its id), the shared ones (`'shared'`), or none (null). */
export function templateOwnerOf(u: TemplateUser): number | 'shared' | null {
  if (!TEMPLATE_EDITORS.includes(u.role)) return null;
  if (u.role === 'liaisonOffice') return 'shared';
  return isUnitRole(u.role) && u.organizationId !== null ? u.organizationId : null;
}

/** Whether the user may change or delete this template (one they may see): their unit's own, or — the liaison office — a shared one. */
export function mayEditTemplate(u: TemplateUser, t: { unitId: number | null }): boolean {
  const owner = templateOwnerOf(u);
  return owner !== null && (owner === 'shared' ? t.unitId === null : t.unitId === owner);
}

/** Whether the user may create templates at all. */
export const mayWriteTemplates = (u: TemplateUser): boolean => templateOwnerOf(u) !== null;
