import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { prefetchOpeningOverview } from '../features/dashboard/use-overview.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { NotFound } from './NotFound.tsx';
import { createQueryClient } from './query-client.ts';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

/**
 * What an owner gets when they open /dashboard (dashboard.html, written into the page on a
 * first visit by the server): the dashboard, in the signed-in frame with the whole menu, and
 * nothing of the other screens. As in the counter app, `react-router` is ./link-router.tsx in
 * this build: the menu's other entries, the sign-in and the sign-out load the owner app's pages.
 * The owner app still holds the dashboard, for an owner who signs in or comes from another screen.
 */
const router = createBrowserRouter([
  {
    path: '/dashboard',
    Component: () => (
      <RequireSession>
        <Shell>
          <DashboardPage />
        </Shell>
      </RequireSession>
    ),
  },
  { path: '*', Component: NotFound },
]);

const queryClient = createQueryClient();
// The figures as the dashboard opens, which the server preloaded with the page (its `Link`
// header): asked now, alongside the session, as the owner app does (the route's `prefetch`).
if (location.pathname.replace(/(?<=.)\/+$/, '') === '/dashboard')
  prefetchOpeningOverview(queryClient);

export function DashboardApp() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
