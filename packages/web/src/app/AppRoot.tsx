import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

type Router = ReturnType<typeof createBrowserRouter>;

/** What every signed-in app runs inside: the language, the queries' cache, the session. */
export function AppRoot({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
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

/**
 * An app of a few screens (the counter's, the dashboard's): each in the signed-in frame with the
 * whole menu, any other path not found here. The menu's other entries load the owner app.
 */
export function screensApp(
  screens: readonly { path: string; Component: ComponentType }[],
  queryClient: QueryClient,
): ComponentType {
  const router = createBrowserRouter([
    ...screens.map(({ path, Component }) => ({
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
  return function ScreensApp() {
    return <AppRoot queryClient={queryClient} router={router} />;
  };
}
