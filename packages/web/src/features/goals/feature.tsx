import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const GoalsPage = lazyPage(() => import('./GoalsPage.tsx'), 'GoalsPage');

export const feature: Feature = {
  routes: [{ path: '/goals', Component: GoalsPage, access: 'signed-in' }],
};
