import type { Feature } from '../../app/feature.ts';
import { AutomationsPage } from './AutomationsPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [{ path: '/automations', Component: AutomationsPage, access: 'signed-in' }],
  nav: {
    path: '/automations',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 51,
    // Writing to customers in the shop's name is for owners and managers (permission table).
    visible: (can) => can('campaigns:manage'),
  },
};
