import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, get, setCsrfToken } from '../api/client';
import type { Session, SetupState } from '../api/types';
import { SessionContext, SESSION_KEY } from './useSession';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { SignIn } from '../scenes/SignIn';
import { Setup } from '../scenes/Setup';

async function fetchSession(): Promise<Session | null> {
  try {
    return await get<Session>('/api/v1/session');
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 404)) return null;
    throw e;
  }
}

async function fetchSetup(): Promise<SetupState> {
  const s = await get<Partial<SetupState> & { setup_needed?: boolean; completed?: boolean }>('/api/v1/setup');
  return { needed: s.needed ?? s.setup_needed ?? (s.completed === undefined ? false : !s.completed) };
}

/** Shows first-run setup, then sign-in, then the app; the CSRF token of the session is kept for mutations. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
  const setup = useQuery({ queryKey: ['setup'], queryFn: fetchSetup, enabled: session.data === null, retry: false });
  useEffect(() => setCsrfToken(session.data?.csrf_token ?? null), [session.data]);

  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorNote error={session.error} />;
  if (session.data) {
    setCsrfToken(session.data.csrf_token);
    return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
  }
  if (setup.isPending) return <Loading />;
  if (setup.data?.needed) return <Setup />;
  return <SignIn />;
}
