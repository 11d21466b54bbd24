import type { Feature } from '../../app/feature.ts';
import { LoginPage } from './LoginPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/login', Component: LoginPage, access: 'public' }],
};
