import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const AcquisitionPage = lazyPage(() => import('./AcquisitionPage.tsx'), 'AcquisitionPage');

export const feature: Feature = {
  routes: [{ path: '/acquisition', Component: AcquisitionPage, access: 'signed-in' }],
  nav: {
    path: '/acquisition',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Acquisition' }, en: { label: 'Acquisition' } }),
    order: 37,
    // Spend, cost per customer and payback are value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
