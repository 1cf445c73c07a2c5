import type { Role } from '../items/roles';

/*
 * Who may do what in the hotline channel (issue 15): one home for the route policies
 * (server/routes/hotline.ts) and the workbench's menus. The scope comes on top
 * (server/auth/hotline-scope.ts); the state changes' roles are the transitions table's.
 */

/** Read the ledger and order pages: each sees the orders of their scope. */
export const HOTLINE_READERS: readonly Role[] = [
  'hotlineOffice',
  'liaisonOffice',
  'supervisor',
  'townshipPresidium',
  'unitOffice',
  'unitHandler',
  'unitLeader',
  'deputy',
];
/** A new order: the hotline office types it during the call, a deputy files their own. */
export const HOTLINE_CREATORS: readonly Role[] = ['hotlineOffice', 'deputy'];
/** The hotline office keeps the dispatch catalogue and confirms callers. */
export const HOTLINE_OFFICE: readonly Role[] = ['hotlineOffice'];
/** The 12345 platform's keys: the hotline office or the administrator. */
export const HOTLINE_KEY_KEEPERS: readonly Role[] = ['hotlineOffice', 'admin'];
