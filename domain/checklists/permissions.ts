import type { Role } from '../items/roles';

/*
 * Who may do what with the township checklists (R-TOWN-1): one home for the route policies
 * (server/routes/checklists.ts), the pages' menus and buttons (web/src/pages/checklists). The
 * scope comes on top (server/auth/checklist-scope.ts): the county's own offices and leaders work
 * in their county's rows, a township's presidium in its own township's rows only.
 */

/** The county liaison office issues and edits checklists, keeps the pairings, records exchange meetings, runs the assessment. */
export const CHECKLIST_ISSUERS: readonly Role[] = ['liaisonOffice'];
/** Read checklists: the county's office and leaders (every township), a township's presidium (its own). */
export const CHECKLIST_READERS: readonly Role[] = ['liaisonOffice', 'supervisor', 'townshipPresidium'];
/** A township's presidium reports its entries, with evidence. */
export const CHECKLIST_REPORTERS: readonly Role[] = ['townshipPresidium'];
/** The county-wide views (dashboard, pairings, assessment): the county's office and leaders. */
export const COUNTY_READERS: readonly Role[] = ['liaisonOffice', 'supervisor'];
/** A county leader paired with a township records the on-site visits (联点指导). */
export const VISIT_RECORDERS: readonly Role[] = ['supervisor'];

export const mayIssueChecklists = (role: Role): boolean => CHECKLIST_ISSUERS.includes(role);
export const mayReportChecklists = (role: Role): boolean => CHECKLIST_REPORTERS.includes(role);
export const mayRecordVisits = (role: Role): boolean => VISIT_RECORDERS.includes(role);
export const seesEveryTownship = (role: Role): boolean => COUNTY_READERS.includes(role);
