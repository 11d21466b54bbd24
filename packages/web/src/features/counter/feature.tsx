import type { Feature } from '../../app/feature.ts';
import { CounterPage } from './CounterPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/counter', Component: CounterPage, access: 'signed-in' }],
};
