import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client';
import type { CurrentUser } from '../api/types';
import { levelsApi } from '../api/levels';

interface AuthState {
  /** undefined while the session is being restored */
  user: CurrentUser | null | undefined;
  /** set when a session ended by itself (expired), shown on the login page */
  notice: string | null;
  signIn: (username: string, password: string) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
  /** Works in another of the user's places (issue 16: another congress, or another role in one). */
  switchPlace: (membershipId: number | null) => Promise<CurrentUser>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api
      .me()
      .then((a) => {
        if (!alive) return;
        setCsrfToken(a.csrfToken);
        setUser(a.user);
      })
      .catch((e) => {
        if (!alive) return;
        if (!(e instanceof ApiError && e.status === 401)) setNotice(e instanceof ApiError ? e.message : '无法连接服务器');
        setUser(null);
      });
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setNotice('登录已过期，请重新登录');
      setUser(null);
    });
    return () => {
      alive = false;
      setUnauthenticatedHandler(null);
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const a = await api.login(username, password);
    setCsrfToken(a.csrfToken);
    setNotice(null);
    setUser(a.user);
    return a.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // the session may already be gone; signing out locally is what matters
    }
    setCsrfToken(null);
    setNotice(null);
    setUser(null);
  }, []);

  const switchPlace = useCallback(async (membershipId: number | null) => {
    const a = await levelsApi.switchPlace(membershipId);
    setCsrfToken(a.csrfToken);
    setUser(a.user);
    return a.user;
  }, []);

  const value = useMemo(() => ({ user, notice, signIn, signOut, switchPlace }), [user, notice, signIn, signOut, switchPlace]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user (only inside the authenticated part of the app). */
export function useUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a user');
  return user;
}
