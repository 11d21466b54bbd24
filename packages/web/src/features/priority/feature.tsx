import type { Feature } from '../../app/feature.ts';
import { messages } from './messages.ts';
import { PriorityPage } from './PriorityPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/priorities', Component: PriorityPage, access: 'signed-in' }],
  nav: {
    path: '/priorities',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 36,
    // Value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
