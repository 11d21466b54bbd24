import type { Feature } from '../../app/feature.ts';
import { FollowUpPage } from './FollowUpPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [{ path: '/follow-up', Component: FollowUpPage, access: 'signed-in' }],
  nav: {
    path: '/follow-up',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 25,
    // The whole team calls customers; scores in the list stay with managers and owners.
    visible: (can) => can('customers:read'),
  },
};
