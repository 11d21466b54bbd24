import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { prefetchOpeningOverview } from './use-overview.ts';

const DashboardPage = lazyPage(() => import('./DashboardPage.tsx'), 'DashboardPage');

export const feature: Feature = {
  routes: [
    {
      path: '/dashboard',
      Component: DashboardPage,
      access: 'signed-in',
      // The figures as the dashboard opens (the last 12 months), preloaded by the server.
      prefetch: prefetchOpeningOverview,
    },
  ],
};
