import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { Role } from '../../../domain/items/roles';
import { useAuth } from '../auth/AuthContext';
import { homeFor } from '../lib/nav';

/** Renders its children only for the given roles; others go to their home page. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!user) return null;
  return roles.includes(user.role) ? children : <Navigate to={homeFor(user.role)} replace />;
}
