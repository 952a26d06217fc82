import type { PermissionId } from '@ipcounty/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, reportSignedOutTo } from '../api/client.js';
import { fetchMe, signOut as signOutRequest, type Me } from '../api/session.api.js';

export type SessionState =
  | { state: 'loading' }
  /** `expired`: the server ended a session this page had (idle timeout, signed out elsewhere). */
  | { state: 'signed-out'; expired: boolean }
  | { state: 'signed-in'; me: Me }
  | { state: 'failed'; error: Error };

export interface Session {
  state: SessionState;
  /** After sign-in, a password change or an enrolment: the server's latest view of the user. */
  setMe: (me: Me) => void;
  reload: () => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in, from GET /api/session. A 401 there, or from any later request, shows the
 * sign-in page; nothing about the session is kept in browser storage (the cookies are the
 * server's, and the session cookie is not readable by scripts).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState({ state: 'signed-in', me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) setState({ state: 'signed-out', expired: false });
        else setState({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () => reportSignedOutTo(() => setState((current) => ({ state: 'signed-out', expired: current.state === 'signed-in' }))),
    [],
  );

  const setMe = useCallback((me: Me) => setState({ state: 'signed-in', me }), []);
  const reload = useCallback(() => {
    setState({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const signOut = useCallback(async () => {
    await signOutRequest().catch(() => undefined);
    window.history.replaceState(null, '', '/');
    setState({ state: 'signed-out', expired: false });
  }, []);

  const value = useMemo<Session>(() => ({ state, setMe, reload, signOut }), [state, setMe, reload, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user, for components rendered behind <SessionGate>. */
export function useMe(): Me & { can: (permission: PermissionId) => boolean } {
  const { state } = useSession();
  if (state.state !== 'signed-in') throw new Error('useMe is used outside <SessionGate>');
  const me = state.me;
  return { ...me, can: (permission) => me.permissions.includes(permission) };
}
