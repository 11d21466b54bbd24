import type { Feature } from '../../app/feature.ts';
import { AcquisitionPage } from './AcquisitionPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [{ path: '/acquisition', Component: AcquisitionPage, access: 'signed-in' }],
  nav: {
    path: '/acquisition',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 37,
    // Spend, cost per customer and payback are value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
