import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { api, call } from '../api/client.ts';
import type { components } from '../api/schema.d.ts';

export type Me = components['schemas']['Me'];

type SessionActions = {
  refresh(): Promise<unknown>;
  signOut(): Promise<void>;
};

type Session = SessionActions & { me: Me | null; loading: boolean };

/** The last known session, so a reload without network does not bounce to the login page. */
const LAST_SESSION_KEY = 'habitue.session';

const SessionContext = createContext<SessionActions>({
  refresh: async () => {},
  signOut: async () => {},
});

/**
 * Asks the server whether this browser is signed in (GET /api/v1/auth/session, which answers
 * 200 either way, so a signed-out visit logs no error). Only screens that need the answer ask:
 * the customer's card and the public sign-up pages never do.
 */
async function fetchSession(): Promise<Me | null> {
  try {
    const state = await call(api.GET('/api/v1/auth/session'));
    if (!state.authenticated) {
      localStorage.removeItem(LAST_SESSION_KEY);
      return null;
    }
    const { authenticated: _authenticated, ...me } = state;
    localStorage.setItem(LAST_SESSION_KEY, JSON.stringify(me));
    return me;
  } catch (error) {
    // Offline (the counter keeps working): the last known session, if any. The server
    // still checks the cookie on every request once the network is back.
    const last = localStorage.getItem(LAST_SESSION_KEY);
    if (last) return JSON.parse(last) as Me;
    throw error;
  }
}

/** Sign-in and sign-out actions for every screen; asking who is signed in is `useSession`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const actions: SessionActions = {
    // Every copy, not only those on screen: a sign-in page shows none, and the screen it then
    // opens must not read the "signed out" the app asked before (it would send the person back).
    refresh: () => client.invalidateQueries({ queryKey: ['me'], refetchType: 'all' }),
    async signOut() {
      await api.POST('/api/v1/auth/logout');
      localStorage.removeItem(LAST_SESSION_KEY);
      client.clear();
      await client.invalidateQueries({ queryKey: ['me'] });
    },
  };
  return <SessionContext.Provider value={actions}>{children}</SessionContext.Provider>;
}

/**
 * Who is signed in; null when nobody is. With `onlyIfKnown`, a browser that never signed in
 * asks nothing (for public pages that merely adapt when their visitor is the owner).
 */
export function useSession(options: { onlyIfKnown?: boolean } = {}): Session {
  const actions = useContext(SessionContext);
  const enabled = !options.onlyIfKnown || localStorage.getItem(LAST_SESSION_KEY) !== null;
  const query = useQuery({ queryKey: ['me'], queryFn: fetchSession, staleTime: 60_000, enabled });
  return { ...actions, me: query.data ?? null, loading: enabled && query.isPending };
}

/** Refresh and sign out, without asking the server who is signed in. */
export function useSessionActions(): SessionActions {
  return useContext(SessionContext);
}

/** A permission of the server's table (`GET /api/v1/permissions`, docs/roles.md). */
export type Permission = components['schemas']['Me']['permissions'][number];

/** Whether the caller may: read from what the server granted them, never from a copy of its table. */
export type Can = (permission: Permission) => boolean;

/** True when the server lists the permission among the signed-in person's (`/auth/me`). */
export function useCan(): Can {
  const { me } = useSession();
  return (permission) => me?.permissions.includes(permission) ?? false;
}
