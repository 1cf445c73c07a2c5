import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { RoleGate } from './RoleGate';

const UsersPage = lazy(() => import('../pages/admin/UsersPage'));
const OrganizationsPage = lazy(() => import('../pages/admin/OrganizationsPage'));
const RulesPage = lazy(() => import('../pages/admin/RulesPage'));
const CalendarPage = lazy(() => import('../pages/admin/CalendarPage'));
const AuditPage = lazy(() => import('../pages/admin/AuditPage'));
const JobsPage = lazy(() => import('../pages/admin/JobsPage'));

/** The administrator's pages and the auditor's log, each loaded when first shown. */
export const adminRoutes = (
  <>
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
      path="admin/jobs"
      element={
        <RoleGate roles={['admin']}>
          <JobsPage />
        </RoleGate>
      }
    />
  </>
);
