import type { Feature } from '../../app/feature.ts';
import { CustomerDataPage } from './CustomerDataPage.tsx';

export const feature: Feature = {
  routes: [{ path: '/customers/:id/data', Component: CustomerDataPage, access: 'signed-in' }],
};
