import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const CustomerPage = lazyPage(() => import('./CustomerPage.tsx'), 'CustomerPage');
const CustomersPage = lazyPage(() => import('./CustomersPage.tsx'), 'CustomersPage');

export const feature: Feature = {
  routes: [
    { path: '/customers', Component: CustomersPage, access: 'signed-in' },
    { path: '/customers/:id', Component: CustomerPage, access: 'signed-in' },
  ],
};
