import { createBrowserRouter, Navigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { AppRoot } from './AppRoot.tsx';
import type { Feature } from './feature.ts';
import { preloadPages } from './lazy-page.ts';
import { matchPath } from './match-path.ts';
import { NotFound } from './NotFound.tsx';
import { PageFrame } from './PageFrame.tsx';
import { createQueryClient } from './query-client.ts';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

// The customer pages (card, sign-up) are their own app, CustomerApp.tsx: customer.html.
// Features are read at start (routes; the menu is src/app/menu.ts); their pages, but for the
// counter and the sign-in, are loaded on demand (lazyPage in their feature.tsx). A document
// opened at /counter is the counter app instead (CounterApp.tsx); this app holds the counter too,
// for a till that signs in or comes from another screen.
const modules = import.meta.glob<{ feature: Feature }>(
  ['../features/*/feature.tsx', '!../features/{card,join}/feature.tsx'],
  { eager: true },
);
const FEATURES: Feature[] = Object.values(modules).map((m) => m.feature);

const queryClient = createQueryClient();

// The page the app opens on is fetched now, alongside the session, not once the session
// came and the router asked for it: one round trip less on mobile data. So is its first
// answer, which the server preloaded with the page.
const opening = FEATURES.flatMap((f) => f.routes).filter(
  (route) => matchPath(route.path, location.pathname) !== null,
);
preloadPages(opening.map((route) => route.Component));
for (const route of opening) route.prefetch?.(queryClient);

/** Starts fetching the page a menu entry opens, if it is loaded on demand. */
const preloadPageAt = (path: string) =>
  preloadPages(
    FEATURES.flatMap((f) => f.routes)
      .filter((route) => route.path === path)
      .map((route) => route.Component),
  );

function Home() {
  const { me, loading } = useSession();
  if (loading) return null;
  if (!me) return <Navigate to="/login" replace />;
  return <Navigate to={me.role === 'staff' ? '/counter' : '/dashboard'} replace />;
}

const router = createBrowserRouter([
  { path: '/', Component: Home },
  ...FEATURES.flatMap((f) =>
    f.routes.map(({ path, Component, access }) => ({
      path,
      element:
        access === 'public' ? (
          <PageFrame>
            <Component />
          </PageFrame>
        ) : (
          <RequireSession>
            <Shell preload={preloadPageAt}>
              <PageFrame>
                <Component />
              </PageFrame>
            </Shell>
          </RequireSession>
        ),
    })),
  ),
  { path: '*', Component: NotFound },
]);

export function App() {
  return <AppRoot queryClient={queryClient} router={router} />;
}
