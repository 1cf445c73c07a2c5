import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../../domain/items/roles';
import { ITEM_READERS, SUPERVISION_READERS } from '../lib/nav';
import { RoleGate } from './RoleGate';

const ItemSheetPrint = lazy(() => import('../pages/print/ItemSheetPrint'));
const ReplyLetterPrint = lazy(() => import('../pages/print/ReplyLetterPrint'));
const LedgerPrint = lazy(() => import('../pages/print/LedgerPrint'));
const StatsPrint = lazy(() => import('../pages/print/StatsPrint'));
const BulletinPrint = lazy(() => import('../pages/print/BulletinPrint'));
const NotFoundPage = lazy(() => import('../pages/not-found/NotFoundPage'));

/** As the 统计 page (/stats). */
const STATS_READERS: readonly Role[] = ['liaisonOffice', 'governmentOffice', 'supervisor'];

/** The print views (under /print, outside the signed-in layout), each open to the roles of the page it prints. */
export const printRoutes = (
  <>
    <Route
      path="item/:itemId"
      element={
        <RoleGate roles={ITEM_READERS}>
          <ItemSheetPrint />
        </RoleGate>
      }
    />
    <Route
      path="item/:itemId/reply/:replyId"
      element={
        <RoleGate roles={ITEM_READERS}>
          <ReplyLetterPrint />
        </RoleGate>
      }
    />
    <Route
      path="ledger"
      element={
        <RoleGate roles={ITEM_READERS}>
          <LedgerPrint />
        </RoleGate>
      }
    />
    <Route
      path="stats"
      element={
        <RoleGate roles={STATS_READERS}>
          <StatsPrint />
        </RoleGate>
      }
    />
    <Route
      path="bulletin/:bulletinId"
      element={
        <RoleGate roles={SUPERVISION_READERS}>
          <BulletinPrint />
        </RoleGate>
      }
    />
    <Route path="*" element={<NotFoundPage />} />
  </>
);
