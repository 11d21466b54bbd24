import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const AccountPage = lazyPage(() => import('./AccountPage.tsx'), 'AccountPage');
const AccountsPage = lazyPage(() => import('./AccountsPage.tsx'), 'AccountsPage');

export const feature: Feature = {
  routes: [
    { path: '/accounts', Component: AccountsPage, access: 'signed-in' },
    { path: '/accounts/:id', Component: AccountPage, access: 'signed-in' },
  ],
  nav: {
    path: '/accounts',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Comptes pro' }, en: { label: 'Business accounts' } }),
    order: 35,
    visible: (can) => can('customers:read'),
  },
};
