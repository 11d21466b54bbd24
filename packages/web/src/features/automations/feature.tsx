import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const AutomationsPage = lazyPage(() => import('./AutomationsPage.tsx'), 'AutomationsPage');

export const feature: Feature = {
  routes: [{ path: '/automations', Component: AutomationsPage, access: 'signed-in' }],
  nav: {
    path: '/automations',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Automatisations' }, en: { label: 'Automations' } }),
    order: 51,
    // Writing to customers in the shop's name is for owners and managers (permission table).
    visible: (can) => can('campaigns:manage'),
  },
};
