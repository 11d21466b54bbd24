import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const PosterPage = lazyPage(() => import('./PosterPage.tsx'), 'PosterPage');

/** The printable counter poster with the public sign-up link (owner and managers). */
export const feature: Feature = {
  routes: [{ path: '/poster', Component: PosterPage, access: 'signed-in' }],
};
