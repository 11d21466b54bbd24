import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const PriorityPage = lazyPage(() => import('./PriorityPage.tsx'), 'PriorityPage');

export const feature: Feature = {
  routes: [{ path: '/priorities', Component: PriorityPage, access: 'signed-in' }],
  nav: {
    path: '/priorities',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Priorités' }, en: { label: 'Priorities' } }),
    order: 36,
    // Value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
