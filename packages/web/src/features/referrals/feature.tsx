import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const ReferralsPage = lazyPage(() => import('./ReferralsPage.tsx'), 'ReferralsPage');

export const feature: Feature = {
  routes: [{ path: '/referrals', Component: ReferralsPage, access: 'signed-in' }],
  nav: {
    path: '/referrals',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Parrainages' }, en: { label: 'Referrals' } }),
    order: 37,
    // An acquisition source: with the figures, for owners and managers.
    visible: (can) => can('analytics:read'),
  },
};
