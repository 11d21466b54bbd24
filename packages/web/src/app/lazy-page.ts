import { type ComponentType, lazy } from 'react';

/** A page's chunk could not be fetched: no network, or a newer build replaced it on the server. */
export class PageLoadError extends Error {
  constructor(readonly reason: unknown) {
    super('page chunk not loaded');
  }
}

/** A page loaded on demand, which can be asked to load before it is shown (a hover, a focus). */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A route's page in its own chunk: the owner app's first download carries the shell, the
 * sign-in and the counter, and every other screen is fetched when first shown (or when its
 * menu entry is pointed at, see `preload`). A failed load is forgotten, so that the next
 * attempt (the "Réessayer" of PageLoadFailed) fetches again.
 *
 * @example
 * const DashboardPage = lazyPage(() => import('./DashboardPage.tsx'), 'DashboardPage');
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => ({ default: module[name] as ComponentType }),
      (error: unknown) => {
        loading = undefined;
        throw new PageLoadError(error);
      },
    );
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}

/** Starts loading the pages of these routes, if they are loaded on demand. */
export function preloadPages(components: ComponentType[]) {
  for (const component of components)
    if ('preload' in component && typeof component.preload === 'function')
      component.preload().catch(() => {
        // Shown, with a way to retry, if the page is opened; a prefetch has nothing to tell.
      });
}
