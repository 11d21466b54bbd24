import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../auth/session.tsx';

/**
 * A signed-in screen: nothing while the session is asked, the sign-in (coming back here after
 * it) for someone not signed in.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  if (loading)
    return (
      <p className="muted" style={{ padding: '2rem' }}>
        …
      </p>
    );
  if (!me)
    return (
      <Navigate
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return children;
}
