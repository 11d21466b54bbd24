import type { Feature } from '../../app/feature.ts';
import { CustomerPage } from './CustomerPage.tsx';
import { CustomersPage } from './CustomersPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [
    { path: '/customers', Component: CustomersPage, access: 'signed-in' },
    { path: '/customers/:id', Component: CustomerPage, access: 'signed-in' },
  ],
  nav: {
    path: '/customers',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 30,
    // The list is built on value figures; cashiers find customers at the counter.
    visible: (can) => can('analytics:read'),
  },
};
