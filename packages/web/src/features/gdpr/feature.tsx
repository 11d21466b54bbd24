import type { Feature } from '../../app/feature.ts';
import { CustomerDataPage } from './CustomerDataPage.tsx';
import { RetentionPage } from './RetentionPage.tsx';

/** Reached from the customers list and the customer page (owners and managers). */
export const feature: Feature = {
  routes: [
    { path: '/customers/:id/data', Component: CustomerDataPage, access: 'signed-in' },
    { path: '/retention', Component: RetentionPage, access: 'signed-in' },
  ],
};
