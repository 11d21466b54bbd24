import type { Feature } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';
import { DashboardPage } from './DashboardPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/dashboard', Component: DashboardPage, access: 'signed-in' }],
  nav: {
    path: '/dashboard',
    label: defineMessages({ fr: { label: 'Tableau de bord' }, en: { label: 'Dashboard' } }),
    order: 10,
    visible: (can) => can('analytics:read'),
  },
};
