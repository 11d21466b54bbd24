import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AcquisitionPage = lazyPage(() => import('./AcquisitionPage.tsx'), 'AcquisitionPage');

export const feature: Feature = {
  routes: [{ path: '/acquisition', Component: AcquisitionPage, access: 'signed-in' }],
};
