import type { Feature } from '../../app/feature.ts';
import { GoalsPage } from './GoalsPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [{ path: '/goals', Component: GoalsPage, access: 'signed-in' }],
  nav: {
    path: '/goals',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 12,
    // Goals are value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
