import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const CampaignEditor = lazyPage(() => import('./CampaignEditor.tsx'), 'CampaignEditor');
const CampaignPage = lazyPage(() => import('./CampaignPage.tsx'), 'CampaignPage');
const CampaignsPage = lazyPage(() => import('./CampaignsPage.tsx'), 'CampaignsPage');

export const feature: Feature = {
  routes: [
    { path: '/campaigns', Component: CampaignsPage, access: 'signed-in' },
    { path: '/campaigns/new', Component: CampaignEditor, access: 'signed-in' },
    { path: '/campaigns/:id', Component: CampaignPage, access: 'signed-in' },
  ],
};
