import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const SettingsPage = lazyPage(() => import('./SettingsPage.tsx'), 'SettingsPage');

export const feature: Feature = {
  routes: [{ path: '/settings', Component: SettingsPage, access: 'signed-in' }],
};
