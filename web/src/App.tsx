import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Role } from '../../domain/items/roles';
import { useAuth } from './auth/AuthContext';
import { PageLoading } from './components/PageStates';
import { AppLayout } from './layout/AppLayout';
import { COMMITMENT_READERS, DEADLINE_READERS, homeFor, IMPORT_READERS, ITEM_READERS, KEY_ITEM_READERS, LOOK_BACK_READERS, REPORT_READERS, SUPERVISION_READERS } from './lib/nav';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const LedgerPage = lazy(() => import('./pages/LedgerPage'));
const ItemPage = lazy(() => import('./pages/item/ItemPage'));
const SubmitPage = lazy(() => import('./pages/SubmitPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const KeyItemsPage = lazy(() => import('./pages/KeyItemsPage'));
const InboxPage = lazy(() => import('./pages/InboxPage'));
const CommitmentsPage = lazy(() => import('./pages/commitments/CommitmentsPage'));
const LookBackPage = lazy(() => import('./pages/look-back/LookBackPage'));
const KeySupervisionsPage = lazy(() => import('./pages/supervision/KeySupervisionsPage'));
const BulletinsPage = lazy(() => import('./pages/supervision/BulletinsPage'));
const BulletinPage = lazy(() => import('./pages/supervision/BulletinPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const ImportPage = lazy(() => import('./pages/imports/ImportPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const OrganizationsPage = lazy(() => import('./pages/admin/OrganizationsPage'));
const RulesPage = lazy(() => import('./pages/admin/RulesPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const DeadlinesPage = lazy(() => import('./pages/DeadlinesPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('./pages/notifications/NotificationSettingsPage'));
const JobsPage = lazy(() => import('./pages/admin/JobsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

/** Renders its children only for the given roles; others go to their home page. */
function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!user) return null;
  return roles.includes(user.role) ? children : <Navigate to={homeFor(user.role)} replace />;
}

function RequireUser({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <PageLoading tip="正在恢复登录状态…" />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function Home() {
  const { user } = useAuth();
  return user ? <Navigate to={homeFor(user.role)} replace /> : null;
}

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireUser>
              <AppLayout />
            </RequireUser>
          }
        >
          <Route index element={<Home />} />
          <Route
            path="items"
            element={
              <RoleGate roles={ITEM_READERS}>
                <LedgerPage />
              </RoleGate>
            }
          />
          <Route
            path="inbox"
            element={
              <RoleGate roles={['unitOffice', 'unitHandler', 'unitLeader']}>
                <InboxPage />
              </RoleGate>
            }
          />
          <Route
            path="review"
            element={
              <RoleGate roles={['liaisonOffice']}>
                <LedgerPage mode="review" />
              </RoleGate>
            }
          />
          <Route
            path="items/:itemId"
            element={
              <RoleGate roles={ITEM_READERS}>
                <ItemPage />
              </RoleGate>
            }
          />
          <Route
            path="submit"
            element={
              <RoleGate roles={['deputy']}>
                <SubmitPage />
              </RoleGate>
            }
          />
          <Route
            path="stats"
            element={
              <RoleGate roles={['liaisonOffice', 'governmentOffice', 'supervisor']}>
                <DashboardPage />
              </RoleGate>
            }
          />
          <Route
            path="key-items"
            element={
              <RoleGate roles={KEY_ITEM_READERS}>
                <KeyItemsPage />
              </RoleGate>
            }
          />
          <Route
            path="key-supervisions"
            element={
              <RoleGate roles={SUPERVISION_READERS}>
                <KeySupervisionsPage />
              </RoleGate>
            }
          />
          <Route
            path="bulletins"
            element={
              <RoleGate roles={SUPERVISION_READERS}>
                <BulletinsPage />
              </RoleGate>
            }
          />
          <Route
            path="bulletins/:bulletinId"
            element={
              <RoleGate roles={SUPERVISION_READERS}>
                <BulletinPage />
              </RoleGate>
            }
          />
          <Route
            path="reports"
            element={
              <RoleGate roles={REPORT_READERS}>
                <ReportsPage />
              </RoleGate>
            }
          />
          <Route
            path="imports"
            element={
              <RoleGate roles={IMPORT_READERS}>
                <ImportPage />
              </RoleGate>
            }
          />
          <Route
            path="commitments"
            element={
              <RoleGate roles={COMMITMENT_READERS}>
                <CommitmentsPage />
              </RoleGate>
            }
          />
          <Route
            path="look-back"
            element={
              <RoleGate roles={LOOK_BACK_READERS}>
                <LookBackPage />
              </RoleGate>
            }
          />
          <Route
            path="admin/users"
            element={
              <RoleGate roles={['admin']}>
                <UsersPage />
              </RoleGate>
            }
          />
          <Route
            path="admin/organizations"
            element={
              <RoleGate roles={['admin']}>
                <OrganizationsPage />
              </RoleGate>
            }
          />
          <Route
            path="admin/rules"
            element={
              <RoleGate roles={['admin']}>
                <RulesPage />
              </RoleGate>
            }
          />
          <Route
            path="admin/calendar"
            element={
              <RoleGate roles={['admin']}>
                <CalendarPage />
              </RoleGate>
            }
          />
          <Route
            path="audit"
            element={
              <RoleGate roles={['auditor']}>
                <AuditPage />
              </RoleGate>
            }
          />
          <Route
            path="deadlines"
            element={
              <RoleGate roles={DEADLINE_READERS}>
                <DeadlinesPage />
              </RoleGate>
            }
          />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="settings/notifications" element={<NotificationSettingsPage />} />
          <Route
            path="admin/jobs"
            element={
              <RoleGate roles={['admin']}>
                <JobsPage />
              </RoleGate>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
