import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const FollowUpPage = lazyPage(() => import('./FollowUpPage.tsx'), 'FollowUpPage');

export const feature: Feature = {
  routes: [{ path: '/follow-up', Component: FollowUpPage, access: 'signed-in' }],
};
