import type { Role } from '../items/roles';

/*
 * Who may do what with deputies' duty records and points (R-DUTY-1): one home for the route policies
 * (server/routes/duty.ts), the menus and the buttons (web/src/pages/duty). The scope comes on top
 * (server/auth/duty-scope.ts): a deputy sees only themself, a delegation's contact person the deputies of
 * their delegation, the liaison office and supervisors every deputy of their congress.
 */

/** Read a deputy's duty page, their records and the points rulebook. */
export const DUTY_READERS: readonly Role[] = ['deputy', 'delegationContact', 'liaisonOffice', 'supervisor'];
/** The office's list of deputies, the ranking, the Excel export. */
export const DUTY_LIST_READERS: readonly Role[] = ['delegationContact', 'liaisonOffice', 'supervisor'];
/**
 * Enter, edit and delete the records that need evidence. Seed 002 names the liaison office, a delegation
 * and a liaison station; the platform has no station role, so the liaison office and the delegation's
 * contact person enter for the stations too.
 */
export const DUTY_ENTERERS: readonly Role[] = ['liaisonOffice', 'delegationContact'];
/** Edit the points rulebook of the congress's year. */
export const DUTY_RULE_EDITORS: readonly Role[] = ['liaisonOffice'];

export const mayEnterDuty = (role: Role): boolean => DUTY_ENTERERS.includes(role);
export const mayEditDutyRules = (role: Role): boolean => DUTY_RULE_EDITORS.includes(role);
