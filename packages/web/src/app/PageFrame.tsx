import { Component, type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router';
import { defineMessages, useT } from '../i18n/i18n.tsx';
import { PageLoadError } from './lazy-page.ts';

const messages = defineMessages({
  fr: {
    loading: 'Chargement de la page…',
    failed: 'Cette page n’a pas pu être chargée. Vérifiez le réseau, puis rechargez.',
    reload: 'Recharger la page',
  },
  en: {
    loading: 'Loading the page…',
    failed: 'This page could not be loaded. Check the network, then reload.',
    reload: 'Reload the page',
  },
});

function PageLoading() {
  const t = useT(messages);
  return (
    <p className="muted page-loading" role="status">
      {t('loading')}
    </p>
  );
}

function PageLoadFailed() {
  const t = useT(messages);
  return (
    <div className="alert error" role="alert">
      <p>{t('failed')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('reload')}
      </button>
    </div>
  );
}

/**
 * A chunk that cannot be fetched (no network, or a new version of the app replaced it on the
 * server) is said in words with a way out, instead of an empty screen. Reloading is the way
 * out in both cases: the page and its chunks then come from the same build.
 */
class LoadFailureBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Only a chunk that did not come is this frame's to explain; any other error goes on up.
    if (error instanceof PageLoadError) return <PageLoadFailed />;
    throw error;
  }
}

/**
 * Where a route's page is shown: while its chunk loads (pages other than the counter and the
 * sign-in are loaded on demand, see lazy-page.ts) a short line says so in the person's
 * language, inside the shell, which stays on screen. A new path starts afresh.
 */
export function PageFrame({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <LoadFailureBoundary key={pathname}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}
