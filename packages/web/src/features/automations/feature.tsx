import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AutomationsPage = lazyPage(() => import('./AutomationsPage.tsx'), 'AutomationsPage');

export const feature: Feature = {
  routes: [{ path: '/automations', Component: AutomationsPage, access: 'signed-in' }],
};
