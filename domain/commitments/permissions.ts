import { isUnitRole, OFFICE_ROLES, type Role } from '../items/roles';
import { TRANSITIONS } from '../items/transitions';

/*
 * Who may do what with B commitments (R-TRACK-1) and the yearly look-back (R-TRACK-2): one home for the
 * route policies (server/routes/commitments.ts), the use cases' own checks and what the pages offer
 * (web/src/pages/commitments, web/src/pages/look-back). Each change of one commitment follows the
 * transitions table (commitmentActionsFor in ./tracking.ts).
 */

/** R-TRACK-1: who reads the B-commitment register; a unit role reads its own unit's commitments only. */
export const COMMITMENT_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitLeader'];

/** R-TRACK-1: who carries the open commitments over into the newest session (the transitions table's carryOverCommitment). */
export const COMMITMENT_CARRIERS: readonly Role[] = TRANSITIONS.carryOverCommitment.roles;

/** R-TRACK-2: who follows the yearly look-back; a unit role sees its own unit's reviews only. */
export const LOOK_BACK_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor', 'unitOffice', 'unitHandler', 'unitLeader'];

/** R-TRACK-2: the offices start a year's look-back (and add the reviews that became due since). */
export const LOOK_BACK_STARTERS: readonly Role[] = OFFICE_ROLES;

/** R-TRACK-2: a unit's office and its handlers fill the unit's reviews (复查表). */
export const LOOK_BACK_REVIEWERS: readonly Role[] = ['unitOffice', 'unitHandler'];

/** Whether `role` sees every unit's commitments and look-back reviews; a unit role sees its own unit's. */
export const seesEveryUnit = (role: Role): boolean => !isUnitRole(role);
/** R-TRACK-1: whether `role` may carry the open commitments over. */
export const mayCarryOverCommitments = (role: Role): boolean => COMMITMENT_CARRIERS.includes(role);
/** R-TRACK-2: whether `role` may start a year's look-back. */
export const mayStartLookBack = (role: Role): boolean => LOOK_BACK_STARTERS.includes(role);
/** R-TRACK-2: whether `role` may fill its unit's look-back reviews. */
export const mayFillLookBackReview = (role: Role): boolean => LOOK_BACK_REVIEWERS.includes(role);
