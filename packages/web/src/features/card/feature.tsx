import type { Feature } from '../../app/feature.ts';
import { CardPage } from './CardPage.tsx';

/** The customer's card behind its unguessable link (no login). */
export const feature: Feature = {
  routes: [{ path: '/c/:token', Component: CardPage, access: 'public' }],
};
