import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AccountPage = lazyPage(() => import('./AccountPage.tsx'), 'AccountPage');
const AccountsPage = lazyPage(() => import('./AccountsPage.tsx'), 'AccountsPage');

export const feature: Feature = {
  routes: [
    { path: '/accounts', Component: AccountsPage, access: 'signed-in' },
    { path: '/accounts/:id', Component: AccountPage, access: 'signed-in' },
  ],
};
