import type { Feature } from '../../app/feature.ts';
import { AccountPage } from './AccountPage.tsx';
import { AccountsPage } from './AccountsPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [
    { path: '/accounts', Component: AccountsPage, access: 'signed-in' },
    { path: '/accounts/:id', Component: AccountPage, access: 'signed-in' },
  ],
  nav: {
    path: '/accounts',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 35,
    visible: (can) => can('customers:read'),
  },
};
