import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const SettingsPage = lazyPage(() => import('./SettingsPage.tsx'), 'SettingsPage');

export const feature: Feature = {
  routes: [{ path: '/settings', Component: SettingsPage, access: 'signed-in' }],
  nav: {
    path: '/settings',
    label: { fr: { label: 'Réglages' }, en: { label: 'Settings' } },
    order: 90,
    // Everyone with a login has a password and sessions to manage (Security); the business's
    // own settings stay the owner's.
    visible: (can) => can('account:self'),
  },
};
