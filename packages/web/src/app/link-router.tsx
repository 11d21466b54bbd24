import { type ComponentType, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { matchPath } from './match-path.ts';

/**
 * The router of the customer pages, which the customer build puts in place of react-router
 * (vite.config.ts): a customer arrives by a link and at most moves from the sign-up to their
 * card, so they need react-router's hooks, not its ~22 KB. It offers the part of react-router's
 * API the customer app and its pages use — `createBrowserRouter`, `RouterProvider`,
 * `useParams`, `useLocation`, `useNavigate` — with the same meaning (the development server
 * runs them on react-router itself); a customer page importing anything else from
 * react-router fails the customer build.
 */
type Location = { pathname: string; search: string; hash: string; state: unknown; key: string };
type NavigateOptions = { replace?: boolean; state?: unknown };
type Navigate = (to: string | number, options?: NavigateOptions) => void;
type RouterState = { location: Location; params: Record<string, string>; navigate: Navigate };

const RouterContext = createContext<RouterState | null>(null);

function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (!router) throw new Error('a customer page is rendered outside <LinkRouter>');
  return router;
}

export const useParams = (): Record<string, string | undefined> => useRouter().params;
export const useLocation = (): Location => useRouter().location;
export const useNavigate = (): Navigate => useRouter().navigate;

/** The browser's current entry; `state` is what `navigate` was given (react-router's `usr`). */
function currentLocation(): Location {
  const entry = (history.state ?? {}) as { usr?: unknown; key?: string };
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash, state: entry.usr ?? null, key: entry.key ?? 'default' };
}

type Route = { path: string; Component: ComponentType };
type Router = { routes: Route[] };

/** react-router's `createBrowserRouter`, for routes given as `{ path, Component }` (`*`: any). */
export const createBrowserRouter = (routes: Route[]): Router => ({ routes });

/** Renders the first route whose path matches the address, and follows the browser's history. */
export function RouterProvider({ router }: { router: Router }) {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const onPop = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useMemo<Navigate>(
    () =>
      (to, options = {}) => {
        if (typeof to === 'number') return history.go(to);
        const entry = { usr: options.state ?? null, key: Math.random().toString(36).slice(2, 10) };
        if (options.replace) history.replaceState(entry, '', to);
        else history.pushState(entry, '', to);
        window.scrollTo(0, 0);
        setLocation(currentLocation());
      },
    [],
  );
  for (const route of router.routes) {
    const params = route.path === '*' ? {} : matchPath(route.path, location.pathname);
    if (params)
      return (
        <RouterContext.Provider value={{ location, params, navigate }}>
          <route.Component key={location.pathname} />
        </RouterContext.Provider>
      );
  }
  return null;
}
