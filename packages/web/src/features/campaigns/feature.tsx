import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const CampaignEditor = lazyPage(() => import('./CampaignEditor.tsx'), 'CampaignEditor');
const CampaignPage = lazyPage(() => import('./CampaignPage.tsx'), 'CampaignPage');
const CampaignsPage = lazyPage(() => import('./CampaignsPage.tsx'), 'CampaignsPage');

export const feature: Feature = {
  routes: [
    { path: '/campaigns', Component: CampaignsPage, access: 'signed-in' },
    { path: '/campaigns/new', Component: CampaignEditor, access: 'signed-in' },
    { path: '/campaigns/:id', Component: CampaignPage, access: 'signed-in' },
  ],
  nav: {
    path: '/campaigns',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Campagnes' }, en: { label: 'Campaigns' } }),
    order: 50,
    // Writing to customers in the shop's name is for owners and managers (permission table).
    visible: (can) => can('campaigns:manage'),
  },
};
