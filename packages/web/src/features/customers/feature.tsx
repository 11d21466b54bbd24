import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const CustomerPage = lazyPage(() => import('./CustomerPage.tsx'), 'CustomerPage');
const CustomersPage = lazyPage(() => import('./CustomersPage.tsx'), 'CustomersPage');

export const feature: Feature = {
  routes: [
    { path: '/customers', Component: CustomersPage, access: 'signed-in' },
    { path: '/customers/:id', Component: CustomerPage, access: 'signed-in' },
  ],
  nav: {
    path: '/customers',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Clients' }, en: { label: 'Customers' } }),
    order: 30,
    // The list is built on value figures; cashiers find customers at the counter.
    visible: (can) => can('analytics:read'),
  },
};
