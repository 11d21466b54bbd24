import {
  type AnchorHTMLAttributes,
  type ComponentType,
  createContext,
  type MouseEvent,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { matchPath } from './match-path.ts';

/**
 * The router of the apps that hold a few pages, which their builds put in place of
 * react-router (vite.config.ts): a customer arrives by a link and at most moves from the
 * sign-up to their card, a till opens the counter and stays there, so they need react-router's
 * hooks, not its ~22 KB. It offers the part of react-router's API those apps and their pages
 * use — `createBrowserRouter`, `RouterProvider`, `useParams`, `useLocation`, `useNavigate`,
 * `Navigate`, `NavLink`, `Link` — with the same meaning (the development server runs them on
 * react-router itself); a page importing anything else from react-router fails its build.
 * A path that no route of the app holds (but its catch-all `*`) is another app's page: going
 * there loads it, as a link would.
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

/** Whether one of these routes (the catch-all aside) shows `to`'s path. */
const holds = (routes: Route[], to: string) => {
  const { pathname } = new URL(to, window.location.href);
  return routes.some((route) => route.path !== '*' && matchPath(route.path, pathname) !== null);
};

/** react-router's `createBrowserRouter`, for routes given as `{ path, Component }` (`*`: any). */
export const createBrowserRouter = (routes: Route[]): Router => ({ routes });

/** A location rendered where there is no browser (the server renders a customer's card). */
const locationAt = (pathname: string): Location => ({
  pathname,
  search: '',
  hash: '',
  state: null,
  key: 'default',
});

/**
 * Renders the first route whose path matches the address, and follows the browser's history.
 * `at`: the path to render outside a browser (on the server), where there is no address bar.
 */
export function RouterProvider({ router, at }: { router: Router; at?: string }) {
  const [location, setLocation] = useState(() =>
    at === undefined ? currentLocation() : locationAt(at),
  );
  useEffect(() => {
    const onPop = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useMemo<Navigate>(
    () =>
      (to, options = {}) => {
        if (typeof to === 'number') return history.go(to);
        if (!holds(router.routes, to)) {
          // Another app's page (the owner app's dashboard from the counter): the browser loads it.
          if (options.replace) window.location.replace(to);
          else window.location.assign(to);
          return;
        }
        const entry = { usr: options.state ?? null, key: Math.random().toString(36).slice(2, 10) };
        if (options.replace) history.replaceState(entry, '', to);
        else history.pushState(entry, '', to);
        window.scrollTo(0, 0);
        setLocation(currentLocation());
      },
    [router],
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

/** react-router's `Navigate`: goes to `to` as it shows. */
export function Navigate({ to, replace = false }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace }), [navigate, to, replace]);
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * react-router's `Link` (for a `to` string): followed by the router on a plain click (which
 * loads the page when another app holds it), by the browser otherwise (a new tab, a modifier key).
 */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={to} onClick={follow} />;
}

type NavLinkProps = LinkProps;

/**
 * react-router's `NavLink` (for a `to` string): a `Link` marked as the current page
 * (`aria-current="page"`, class `active`) when the address is `to` or below it.
 */
export function NavLink({ to, className, ...rest }: NavLinkProps) {
  const { location } = useRouter();
  const current = location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <Link
      {...rest}
      to={to}
      className={[className, current ? 'active' : ''].filter(Boolean).join(' ') || undefined}
      aria-current={current ? 'page' : undefined}
    />
  );
}
