import type { Feature } from '../../app/feature.ts';
import { CompleteSignUpPage } from './CompleteSignUpPage.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { JoinTeamPage } from './JoinTeamPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';

export const feature: Feature = {
  routes: [
    { path: '/login', Component: LoginPage, access: 'public' },
    { path: '/forgot-password', Component: ForgotPasswordPage, access: 'public' },
    { path: '/reset-password', Component: ResetPasswordPage, access: 'public' },
    { path: '/signup/complete', Component: CompleteSignUpPage, access: 'public' },
    { path: '/join-team', Component: JoinTeamPage, access: 'public' },
  ],
};
