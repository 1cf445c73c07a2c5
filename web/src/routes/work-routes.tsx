import { lazy } from 'react';
import { Route } from 'react-router-dom';
import {
  CHECKLIST_READERS,
  COMMITMENT_READERS,
  COUNTY_READERS,
  DEADLINE_READERS,
  HOTLINE_KEY_KEEPERS,
  HOTLINE_READERS,
  IMPORT_READERS,
  ITEM_READERS,
  KEY_ITEM_READERS,
  LOOK_BACK_READERS,
  REPORT_READERS,
  ROLL_UP_READERS,
  SUPERVISION_READERS,
  QUEUE_WORKERS,
  TEMPLATE_READERS,
} from '../lib/nav';
import { RoleGate } from './RoleGate';
import { DUTY_LIST_READERS } from '../../../domain/duty/permissions';

const LedgerPage = lazy(() => import('../pages/ledger/LedgerPage'));
const ItemPage = lazy(() => import('../pages/item/ItemPage'));
const SubmitPage = lazy(() => import('../pages/submit/SubmitPage'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));
const KeyItemsPage = lazy(() => import('../pages/dashboard/KeyItemsPage'));
const QueuesPage = lazy(() => import('../pages/queues/QueuesPage'));
const CommitmentsPage = lazy(() => import('../pages/commitments/CommitmentsPage'));
const LookBackPage = lazy(() => import('../pages/look-back/LookBackPage'));
const KeySupervisionsPage = lazy(() => import('../pages/supervision/KeySupervisionsPage'));
const BulletinsPage = lazy(() => import('../pages/supervision/BulletinsPage'));
const BulletinPage = lazy(() => import('../pages/supervision/BulletinPage'));
const ReportsPage = lazy(() => import('../pages/reports/ReportsPage'));
const ImportPage = lazy(() => import('../pages/imports/ImportPage'));
const DeadlinesPage = lazy(() => import('../pages/deadlines/DeadlinesPage'));
const NotificationsPage = lazy(() => import('../pages/notifications/NotificationsPage'));
const TemplatesPage = lazy(() => import('../pages/templates/TemplatesPage'));
const NotificationSettingsPage = lazy(() => import('../pages/notifications/NotificationSettingsPage'));
const RollUpPage = lazy(() => import('../pages/levels/RollUpPage'));
const ChecklistsPage = lazy(() => import('../pages/checklists/ChecklistsPage'));
const ChecklistPage = lazy(() => import('../pages/checklists/ChecklistPage'));
const ChecklistFormPage = lazy(() => import('../pages/checklists/ChecklistFormPage'));
const ChecklistOverviewPage = lazy(() => import('../pages/checklists/OverviewPage'));
const GuidancePage = lazy(() => import('../pages/checklists/GuidancePage'));
const AssessmentPage = lazy(() => import('../pages/checklists/AssessmentPage'));
const HotlinePage = lazy(() => import('../pages/hotline/HotlinePage'));
const HotlineOrderPage = lazy(() => import('../pages/hotline/OrderPage'));
const CallIntakePage = lazy(() => import('../pages/hotline/CallIntakePage'));
const ReportProblemPage = lazy(() => import('../pages/hotline/ReportProblemPage'));
const HotlineCataloguePage = lazy(() => import('../pages/hotline/CataloguePage'));
const HotlineApiKeysPage = lazy(() => import('../pages/hotline/ApiKeysPage'));
const HotlineReportsPage = lazy(() => import('../pages/hotline/reports/HotlineReportsPage'));
const HotlineImportPage = lazy(() => import('../pages/hotline/reports/ImportOrdersPage'));
const MyDutyPage = lazy(() => import('../pages/duty/MyDutyPage'));
const DutyPage = lazy(() => import('../pages/duty/DutyPage'));
const DeputyDutyPage = lazy(() => import('../pages/duty/DeputyDutyPage'));

/** The pages of the daily work, each loaded when first shown and open to the roles that use it. */
export const workRoutes = (
  <>
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
        <RoleGate roles={QUEUE_WORKERS}>
          <QueuesPage />
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
      path="deadlines"
      element={
        <RoleGate roles={DEADLINE_READERS}>
          <DeadlinesPage />
        </RoleGate>
      }
    />
    <Route
      path="templates"
      element={
        <RoleGate roles={TEMPLATE_READERS}>
          <TemplatesPage />
        </RoleGate>
      }
    />
    <Route
      path="levels"
      element={
        <RoleGate roles={ROLL_UP_READERS}>
          <RollUpPage />
        </RoleGate>
      }
    />
    <Route
      path="checklists"
      element={
        <RoleGate roles={CHECKLIST_READERS}>
          <ChecklistsPage />
        </RoleGate>
      }
    />
    <Route
      path="checklists/new"
      element={
        <RoleGate roles={['liaisonOffice']}>
          <ChecklistFormPage />
        </RoleGate>
      }
    />
    <Route
      path="checklists/:checklistId"
      element={
        <RoleGate roles={CHECKLIST_READERS}>
          <ChecklistPage />
        </RoleGate>
      }
    />
    <Route
      path="checklists/:checklistId/edit"
      element={
        <RoleGate roles={['liaisonOffice']}>
          <ChecklistFormPage />
        </RoleGate>
      }
    />
    <Route
      path="checklist-overview"
      element={
        <RoleGate roles={COUNTY_READERS}>
          <ChecklistOverviewPage />
        </RoleGate>
      }
    />
    <Route
      path="guidance"
      element={
        <RoleGate roles={CHECKLIST_READERS}>
          <GuidancePage />
        </RoleGate>
      }
    />
    <Route
      path="assessments"
      element={
        <RoleGate roles={COUNTY_READERS}>
          <AssessmentPage />
        </RoleGate>
      }
    />
    {/* The deputies' hotline channel (issue 15): the work orders, the call intake, a deputy's report, the catalogue, the platform's keys. */}
    <Route
      path="hotline"
      element={
        <RoleGate roles={HOTLINE_READERS}>
          <HotlinePage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/new"
      element={
        <RoleGate roles={['hotlineOffice']}>
          <CallIntakePage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/report"
      element={
        <RoleGate roles={['deputy']}>
          <ReportProblemPage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/catalogue"
      element={
        <RoleGate roles={['hotlineOffice']}>
          <HotlineCataloguePage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/api-keys"
      element={
        <RoleGate roles={HOTLINE_KEY_KEEPERS}>
          <HotlineApiKeysPage />
        </RoleGate>
      }
    />
    {/* 专线月报 (the hotline office and the liaison office) and the Excel import of orders (issue 15 §1, §5). */}
    <Route
      path="hotline/reports"
      element={
        <RoleGate roles={['hotlineOffice', 'liaisonOffice']}>
          <HotlineReportsPage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/import"
      element={
        <RoleGate roles={['hotlineOffice']}>
          <HotlineImportPage />
        </RoleGate>
      }
    />
    <Route
      path="hotline/:orderId"
      element={
        <RoleGate roles={HOTLINE_READERS}>
          <HotlineOrderPage />
        </RoleGate>
      }
    />
    {/* Deputies' duty records and points (issue 15 §6–§8): a deputy's own page, the office's list, one deputy's page. */}
    <Route
      path="duty/me"
      element={
        <RoleGate roles={['deputy']}>
          <MyDutyPage />
        </RoleGate>
      }
    />
    <Route
      path="duty"
      element={
        <RoleGate roles={DUTY_LIST_READERS}>
          <DutyPage />
        </RoleGate>
      }
    />
    <Route
      path="duty/deputies/:deputyId"
      element={
        <RoleGate roles={DUTY_LIST_READERS}>
          <DeputyDutyPage />
        </RoleGate>
      }
    />
    <Route path="notifications" element={<NotificationsPage />} />
    <Route path="settings/notifications" element={<NotificationSettingsPage />} />
  </>
);
