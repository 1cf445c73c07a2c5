import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth/AuthContext';
import { PageLoading } from './components/PageStates';
import { AppLayout } from './layout/AppLayout';
import { homeFor } from './lib/nav';
import { adminRoutes } from './routes/admin-routes';
import { printRoutes } from './routes/print-routes';
import { workRoutes } from './routes/work-routes';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const NotFoundPage = lazy(() => import('./pages/not-found/NotFoundPage'));
const PrintLayout = lazy(() => import('./pages/print/PrintLayout'));

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

/** The login page, and behind it the signed-in layout with the page table (routes/) and the not-found page; the print views (/print) without the layout. */
export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* print views: signed in, without the menu and header */}
        <Route
          path="/print"
          element={
            <RequireUser>
              <PrintLayout />
            </RequireUser>
          }
        >
          {printRoutes}
        </Route>
        <Route
          element={
            <RequireUser>
              <AppLayout />
            </RequireUser>
          }
        >
          <Route index element={<Home />} />
          {workRoutes}
          {adminRoutes}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
