import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { prefetchOpeningOverview } from '../features/dashboard/use-overview.ts';
import { screensApp } from './AppRoot.tsx';
import { createQueryClient } from './query-client.ts';

/**
 * What an owner gets when they open /dashboard (dashboard.html, written into the page on a
 * first visit by the server): the dashboard, in the signed-in frame with the whole menu, and
 * nothing of the other screens. As in the counter app, `react-router` is ./link-router.tsx in
 * this build: the menu's other entries, the sign-in and the sign-out load the owner app's pages.
 * The owner app still holds the dashboard, for an owner who signs in or comes from another screen.
 */
const queryClient = createQueryClient();
// The figures as the dashboard opens, which the server preloaded with the page (its `Link`
// header): asked now, alongside the session, as the owner app does (the route's `prefetch`).
if (location.pathname.replace(/(?<=.)\/+$/, '') === '/dashboard')
  prefetchOpeningOverview(queryClient);

export const DashboardApp = screensApp(
  [{ path: '/dashboard', Component: DashboardPage }],
  queryClient,
);
