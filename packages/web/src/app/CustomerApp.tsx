import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { feature as card } from '../features/card/feature.tsx';
import { feature as join } from '../features/join/feature.tsx';
import { publicFeature as survey } from '../features/surveys/public-feature.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Feature } from './feature.ts';
import { createQueryClient } from './query-client.ts';

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

// In the customer build `react-router` is ./link-router.tsx, which offers this part of its API.
const router = createBrowserRouter([
  ...CUSTOMER_FEATURES.flatMap((f) => f.routes.map(({ path, Component }) => ({ path, Component }))),
  { path: '*', Component: NotFound },
]);

const queryClient = createQueryClient();

/** The customer pages: no session, no navigation, only the page the link leads to. */
export function CustomerApp() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
