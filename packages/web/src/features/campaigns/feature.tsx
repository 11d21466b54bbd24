import type { Feature } from '../../app/feature.ts';
import { CampaignEditor } from './CampaignEditor.tsx';
import { CampaignPage } from './CampaignPage.tsx';
import { CampaignsPage } from './CampaignsPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [
    { path: '/campaigns', Component: CampaignsPage, access: 'signed-in' },
    { path: '/campaigns/new', Component: CampaignEditor, access: 'signed-in' },
    { path: '/campaigns/:id', Component: CampaignPage, access: 'signed-in' },
  ],
  nav: {
    path: '/campaigns',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 50,
    // Writing to customers in the shop's name is for owners and managers (permission table).
    visible: (can) => can('campaigns:manage'),
  },
};
