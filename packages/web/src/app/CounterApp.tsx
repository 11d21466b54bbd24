import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session.tsx';
import { feature as counter } from '../features/counter/feature.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { NotFound } from './NotFound.tsx';
import { createQueryClient } from './query-client.ts';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

/**
 * What a till gets when it opens /counter (counter.html, written into the page on a first
 * visit by the server): the counter, in the signed-in frame with the whole menu, and nothing
 * of the other screens. The menu's other entries, the sign-in and the sign-out are the owner
 * app's pages, which the browser loads (in the counter build `react-router` is
 * ./link-router.tsx, whose navigation does so for a path this app does not hold).
 */
const router = createBrowserRouter([
  ...counter.routes.map(({ path, Component }) => ({
    path,
    Component: () => (
      <RequireSession>
        <Shell>
          <Component />
        </Shell>
      </RequireSession>
    ),
  })),
  { path: '*', Component: NotFound },
]);

const queryClient = createQueryClient();

export function CounterApp() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
