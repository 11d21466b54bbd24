import type { ComponentType } from 'react';
import type { Can } from '../auth/session.tsx';
import type { Messages } from '../i18n/i18n.tsx';

/**
 * What a feature folder (src/features/<name>/feature.tsx) contributes to the app: its routes
 * and, optionally, an entry in the navigation. The app discovers features by file name, so a
 * new screen never needs a shared routing file edited.
 */
export type Feature = {
  routes: { path: string; Component: ComponentType; access: 'public' | 'signed-in' }[];
  nav?: {
    path: string;
    label: Messages<'label'>;
    order: number;
    /** Shown when the caller holds what the page needs (the server's permission table). */
    visible?: (can: Can) => boolean;
  };
};
