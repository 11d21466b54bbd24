import type { Feature } from '../../app/feature.ts';
import { messages } from './messages.ts';
import { ReferralsPage } from './ReferralsPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/referrals', Component: ReferralsPage, access: 'signed-in' }],
  nav: {
    path: '/referrals',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 37,
    // An acquisition source: with the figures, for owners and managers.
    visible: (can) => can('analytics:read'),
  },
};
