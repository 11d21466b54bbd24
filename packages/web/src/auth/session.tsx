import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { api, call } from '../api/client.ts';
import { ApiProblem } from '../api/problem.ts';
import type { components } from '../api/schema.d.ts';

export type Me = components['schemas']['Me'];

type Session = {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<unknown>;
  signOut(): Promise<void>;
};

/** The last answer of /auth/me, so a reload without network does not bounce to the login page. */
const LAST_SESSION_KEY = 'habitue.session';

const SessionContext = createContext<Session>({
  me: null,
  loading: true,
  refresh: async () => {},
  signOut: async () => {},
});

/** Who is signed in (GET /api/v1/auth/me); null when nobody is. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await call(api.GET('/api/v1/auth/me'));
        localStorage.setItem(LAST_SESSION_KEY, JSON.stringify(me));
        return me;
      } catch (error) {
        if (error instanceof ApiProblem) {
          if (error.status === 401) {
            localStorage.removeItem(LAST_SESSION_KEY);
            return null;
          }
          throw error;
        }
        // Offline (the counter keeps working): the last known session, if any. The server
        // still checks the cookie on every request once the network is back.
        const last = localStorage.getItem(LAST_SESSION_KEY);
        if (last) return JSON.parse(last) as Me;
        throw error;
      }
    },
    staleTime: 60_000,
  });
  const session: Session = {
    me: query.data ?? null,
    loading: query.isPending,
    refresh: () => client.invalidateQueries({ queryKey: ['me'] }),
    async signOut() {
      await api.POST('/api/v1/auth/logout');
      localStorage.removeItem(LAST_SESSION_KEY);
      client.clear();
      await client.invalidateQueries({ queryKey: ['me'] });
    },
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession() {
  return useContext(SessionContext);
}

/** True when the signed-in role holds the permission (mirrors the server's role table). */
export function useCan() {
  const { me } = useSession();
  return (what: 'manage' | 'analytics' | 'programs') => {
    const role = me?.role;
    if (what === 'manage') return role === 'owner';
    return role === 'owner' || role === 'manager';
  };
}
