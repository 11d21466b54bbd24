import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { LoginPage } from './LoginPage.tsx';

// The sign-in is in the first download (a till's first screen); the rarer pages are not.
const CompleteSignUpPage = lazyPage(() => import('./CompleteSignUpPage.tsx'), 'CompleteSignUpPage');
const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const JoinTeamPage = lazyPage(() => import('./JoinTeamPage.tsx'), 'JoinTeamPage');
const ResetPasswordPage = lazyPage(() => import('./ResetPasswordPage.tsx'), 'ResetPasswordPage');

export const feature: Feature = {
  routes: [
    { path: '/login', Component: LoginPage, access: 'public' },
    { path: '/forgot-password', Component: ForgotPasswordPage, access: 'public' },
    { path: '/reset-password', Component: ResetPasswordPage, access: 'public' },
    { path: '/signup/complete', Component: CompleteSignUpPage, access: 'public' },
    { path: '/join-team', Component: JoinTeamPage, access: 'public' },
  ],
};
