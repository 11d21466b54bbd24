import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { feature as card } from '../features/card/feature.tsx';
import { feature as join } from '../features/join/feature.tsx';
import { publicFeature as survey } from '../features/surveys/public-feature.tsx';
import { I18nProvider, type Lang } from '../i18n/i18n.tsx';
import type { Feature } from './feature.ts';

/**
 * The features a customer reaches without an account. The owner app leaves them out
 * (App.tsx), and the server sends customer.html for their paths (CUSTOMER_PAGE_PREFIXES in
 * packages/server/src/http/web-app.ts; customer-pages.test.ts keeps the two in step).
 */
export const CUSTOMER_FEATURES: Feature[] = [card, join, survey];

function NotFound() {
  return (
    <div className="center-page">
      <main className="card stack">
        <h1>404</h1>
      </main>
    </div>
  );
}

/** The customer app's routes, in the browser and on the server (src/card-server.tsx). */
export const CUSTOMER_ROUTES = [
  ...CUSTOMER_FEATURES.flatMap((f) => f.routes.map(({ path, Component }) => ({ path, Component }))),
  { path: '*', Component: NotFound },
];

/**
 * What every customer page is rendered in, the same on the server (the card's markup) and in
 * the browser that takes it over: its language and its cache of API answers.
 */
export function CustomerProviders({
  queryClient,
  lang,
  children,
}: {
  queryClient: QueryClient;
  lang?: Lang | undefined;
  children: ReactNode;
}) {
  return (
    <I18nProvider {...(lang ? { lang } : {})}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}

// In the customer build `react-router` is ./link-router.tsx, which offers this part of its API.
const router = createBrowserRouter(CUSTOMER_ROUTES);

/** The customer pages: no session, no navigation, only the page the link leads to. */
export function CustomerApp({ queryClient, lang }: { queryClient: QueryClient; lang?: Lang }) {
  return (
    <CustomerProviders queryClient={queryClient} lang={lang}>
      <RouterProvider router={router} />
    </CustomerProviders>
  );
}
