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
        return await call(api.GET('/api/v1/auth/me'));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
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
