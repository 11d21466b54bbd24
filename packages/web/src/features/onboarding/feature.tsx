import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const FirstProgramPage = lazyPage(() => import('./FirstProgramPage.tsx'), 'FirstProgramPage');
const SignupPage = lazyPage(() => import('./SignupPage.tsx'), 'SignupPage');

/**
 * Onboarding: sign-up (public), then the suggested first card. Step 2 checks the session
 * itself so that it keeps the wizard's frame instead of the signed-in navigation.
 */
export const feature: Feature = {
  routes: [
    { path: '/signup', Component: SignupPage, access: 'public' },
    { path: '/signup/program', Component: FirstProgramPage, access: 'public' },
  ],
};
