import type { Feature } from '../../app/feature.ts';
import { ImportPage } from './ImportPage.tsx';

/** Clients → Importer: reached from the customers list (owners and managers). */
export const feature: Feature = {
  routes: [{ path: '/customers/import', Component: ImportPage, access: 'signed-in' }],
};
