import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ReferralsPage = lazyPage(() => import('./ReferralsPage.tsx'), 'ReferralsPage');

export const feature: Feature = {
  routes: [{ path: '/referrals', Component: ReferralsPage, access: 'signed-in' }],
};
