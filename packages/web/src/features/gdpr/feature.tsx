import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const CustomerDataPage = lazyPage(() => import('./CustomerDataPage.tsx'), 'CustomerDataPage');
const RetentionPage = lazyPage(() => import('./RetentionPage.tsx'), 'RetentionPage');

/** Reached from the customers list and the customer page (owners and managers). */
export const feature: Feature = {
  routes: [
    { path: '/customers/:id/data', Component: CustomerDataPage, access: 'signed-in' },
    { path: '/retention', Component: RetentionPage, access: 'signed-in' },
  ],
};
