import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const GoalsPage = lazyPage(() => import('./GoalsPage.tsx'), 'GoalsPage');

export const feature: Feature = {
  routes: [{ path: '/goals', Component: GoalsPage, access: 'signed-in' }],
  nav: {
    path: '/goals',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Objectifs' }, en: { label: 'Goals' } }),
    order: 12,
    // Goals are value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
