import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Can } from '../auth/session.tsx';
import type { Messages } from '../i18n/i18n.tsx';

/**
 * What a feature folder (src/features/<name>/feature.tsx) contributes to the app: its routes
 * (its menu entry, if any, is its menu.ts). The app discovers features by file name, so a
 * new screen never needs a shared routing file edited.
 */
export type Feature = {
  routes: {
    path: string;
    Component: ComponentType;
    access: 'public' | 'signed-in';
    /**
     * Asks, as the app starts on this route, for what the screen shows first (its answer
     * preloaded by the server with the page, see SCREEN_FIRST_REQUESTS in
     * packages/server/src/http/web-app.ts), into the query cache the screen reads.
     */
    prefetch?: (client: QueryClient) => void;
  }[];
};

/**
 * A feature's entry in the signed-in menu (src/features/<name>/menu.ts), apart from its pages:
 * the counter app, which holds the counter alone, shows the same menu as the owner app.
 */
export type MenuEntry = {
  path: string;
  label: Messages<'label'>;
  order: number;
  /** Shown when the caller holds what the page needs (the server's permission table). */
  visible?: (can: Can) => boolean;
};
