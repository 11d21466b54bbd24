import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const FollowUpPage = lazyPage(() => import('./FollowUpPage.tsx'), 'FollowUpPage');

export const feature: Feature = {
  routes: [{ path: '/follow-up', Component: FollowUpPage, access: 'signed-in' }],
  nav: {
    path: '/follow-up',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'À rappeler' }, en: { label: 'Follow-up' } }),
    order: 25,
    // The whole team calls customers; scores in the list stay with managers and owners.
    visible: (can) => can('customers:read'),
  },
};
