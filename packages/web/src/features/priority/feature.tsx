import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const PriorityPage = lazyPage(() => import('./PriorityPage.tsx'), 'PriorityPage');

export const feature: Feature = {
  routes: [{ path: '/priorities', Component: PriorityPage, access: 'signed-in' }],
};
