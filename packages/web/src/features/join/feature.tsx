import type { Feature } from '../../app/feature.ts';
import { JoinPage } from './JoinPage.tsx';
import { PrivacyPolicyPage } from './PrivacyPolicyPage.tsx';

/** The public sign-up behind the business's poster link (no login). */
export const feature: Feature = {
  routes: [
    { path: '/join/:slug/:token', Component: JoinPage, access: 'public' },
    { path: '/p/:slug/confidentialite', Component: PrivacyPolicyPage, access: 'public' },
  ],
};
