import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ImportPage = lazyPage(() => import('./ImportPage.tsx'), 'ImportPage');

/** Clients → Importer: reached from the customers list (owners and managers). */
export const feature: Feature = {
  routes: [{ path: '/customers/import', Component: ImportPage, access: 'signed-in' }],
};
