import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
// The card page's path is the web app's route; the server reads it from there, not a copy.
import { cardTokenOf } from '../../../web/src/features/card/card-path.ts';
import { SESSION_COOKIE } from './middleware/authenticate.ts';
import type { AppEnv } from './types.ts';
import { askFirst, withFirstAnswer } from './web/first-answer.ts';
import { type TwoFormPage, twoFormPage, withNonce } from './web/inline-assets.ts';
import { ownerPagesWithPreloads } from './web/page-preloads.ts';
import { sendFile } from './web/send-file.ts';
import { sendPage } from './web/send-page.ts';
import { cardMarkup, loadCardRenderer, withCardMarkup } from './web/server-rendered-card.ts';
import { loadStaticFiles, type StaticFile } from './web/static-files.ts';

/** Hashed file names change with their content: a browser may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, the service worker and the manifest keep their names: revalidated on every use. */
const REVALIDATE = 'no-cache';

/**
 * The pages a customer opens from a link or a QR code (their card, the shop's sign-up link):
 * they get `customer.html`, the light app made of those pages alone (packages/web/customer.html,
 * src/customer-main.tsx), not the owner app. Kept in step with the customer app's routes by
 * packages/web/src/app/customer-pages.test.ts.
 */
export const CUSTOMER_PAGE_PREFIXES = ['/c/', '/join/', '/s/', '/p/'] as const;

const isCustomerPage = (path: string) =>
  CUSTOMER_PAGE_PREFIXES.some((prefix) => path.startsWith(prefix));

/**
 * The owner app's pages for someone not signed in, which do not ask who is (the sign-up asks
 * only when a session was known): preloading the session there would be a wasted request.
 * A page missing here costs one such request, nothing else.
 */
const SIGNED_OUT_PAGES = new Set([
  '/login',
  '/signup',
  '/signup/complete',
  '/forgot-password',
  '/reset-password',
  '/join-team',
]);

const JOIN = /^\/join\/([\w-]{1,128})\/([\w-]{1,128})\/?$/;

/**
 * The card's API answer, which the server writes into the card page itself (`askFirst`): on
 * mobile data a card then needs one round trip, cold or warm, not two. With it the server
 * draws the card into the page (`cardMarkup`, the web build's renderer): the card shows as
 * its first bytes arrive, before the page's script has come and run.
 */
export function cardAnswerOf(path: string): string | null {
  const token = cardTokenOf(path);
  return token ? `/api/v1/public/cards/${token}` : null;
}

/**
 * The API answer a page asks for first (but the card's, see `cardAnswerOf`): the browser fetches it along with the page's scripts
 * (`Link: rel=preload`) instead of once they have run, which on a phone on mobile data saves
 * a whole round trip (~0.5 s). The URL is exactly the one the page requests, so the browser
 * reuses the preloaded answer. Tokens outside [\w-] are left to the page to request.
 * The session is preloaded only for a browser that sends a session cookie: one without asks
 * nobody at first, and an unused preloaded "signed out" would be handed to the first session
 * request after signing in, in the same page, keeping the person on the login screen.
 */
export function firstRequestOf(path: string, hasSessionCookie: boolean): string | null {
  const join = JOIN.exec(path);
  if (join) return `/api/v1/public/join/${join[1]}/${join[2]}`;
  if (isCustomerPage(path) || SIGNED_OUT_PAGES.has(path.replace(/\/+$/, ''))) return null;
  // Every other owner screen of a signed-in browser first asks who is signed in.
  return hasSessionCookie ? '/api/v1/auth/session' : null;
}

/**
 * The API answer a screen asks for once it knows who is signed in, which the browser can fetch
 * along with the session (`Link: rel=preload`) instead of once the screen's code came and ran:
 * on a phone on mobile data the dashboard's first figures then wait for the server's work, not
 * for three round trips before it. The web app takes the preloaded answer as it starts
 * (a screen route's `prefetch`, src/features/dashboard/feature.tsx), never later: a preloaded
 * answer left unused would be handed to the next identical request in the page, after a
 * sign-in too. The URL is exactly the one the screen requests.
 */
export const SCREEN_FIRST_REQUESTS: Readonly<Record<string, string>> = {
  '/dashboard': '/api/v1/analytics/overview',
};

/** The Link header preloading these answers. */
const preloadLink = (urls: string[]) =>
  urls.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', ');

/** Names the customer app's files a browser fetched (see `twoFormPage`); no personal data. */
export const CARD_APP_COOKIE = 'habitue_card_app';
/** Names the counter app's files a till's browser keeps (its service worker); nothing personal. */
export const COUNTER_APP_COOKIE = 'habitue_counter_app';
/** Names the dashboard app's files a browser fetched (see `twoFormPage`); nothing personal. */
export const DASHBOARD_APP_COOKIE = 'habitue_dashboard_app';
const APP_COOKIE_DAYS = 30;

/**
 * The screens that are an app of their own, written into their page on a first visit: the
 * counter (counter.html; its service worker keeps its files, so no prefetch) and the dashboard
 * (dashboard.html; its files fetched after the figures show, kept a year). A till or an owner
 * opening one of them on mobile data gets it in one round trip.
 */
const OWN_APPS = [
  { path: '/counter', file: '/counter.html', cookie: COUNTER_APP_COOKIE, prefetch: false },
  { path: '/dashboard', file: '/dashboard.html', cookie: DASHBOARD_APP_COOKIE, prefetch: true },
] as const;

/**
 * A page with its app in it for a browser that does not hold the app's files, the page as
 * built (a 2 kB page, its files from the browser's cache) for one that does: the cookie, on
 * the page's path, names the build's files the browser was sent. A browser that let them go
 * since costs one round trip more, once: it then gets the inline form.
 */
function pageForVisit(
  c: Context<AppEnv>,
  page: TwoFormPage,
  cookie: { name: string; path: string },
): { html: string; inline: boolean } {
  if (getCookie(c, cookie.name) === page.version) return { html: page.linked, inline: false };
  setCookie(c, cookie.name, page.version, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: cookie.path,
    maxAge: APP_COOKIE_DAYS * 24 * 3600,
  });
  return { html: page.inline, inline: true };
}

/**
 * Serves the built web app (packages/web/dist) from the same origin as the API: its files
 * (precompressed by the build, see `sendFile`), and for every other GET that is not an API
 * path the page that runs the app's own router: /dashboard, /settings… get index.html, the
 * customer pages customer.html, /counter counter.html and /dashboard dashboard.html (apps of
 * their own, written with their script and styles in them on a first visit).
 */
export function registerWebApp(app: OpenAPIHono<AppEnv>, distDir: string) {
  const files = loadStaticFiles(distDir);
  const ownerPage = files.get('/index.html');
  if (!ownerPage) return false;
  const customerPage = files.get('/customer.html') ?? ownerPage;
  const preloadingPages = ownerPagesWithPreloads(files, ownerPage);
  // The card page is written per request, with its script and styles in it on a first visit.
  const cardPage = files.has('/customer.html')
    ? twoFormPage(Buffer.from(customerPage.identity.body).toString('utf8'), files)
    : null;
  // With the card drawn in it by the web build's renderer, when the build has one.
  const cardRenderer = cardPage ? loadCardRenderer(distDir) : Promise.resolve(null);
  // So are the counter's and the dashboard's, on a first visit.
  const ownApps = new Map<string, { built: StaticFile; cookie: string; page: TwoFormPage }>(
    OWN_APPS.flatMap(({ path, file, cookie, prefetch }) => {
      const built = files.get(file);
      if (!built) return [];
      const html = Buffer.from(built.identity.body).toString('utf8');
      return [[path, { built, cookie, page: twoFormPage(html, files, { prefetch }) }] as const];
    }),
  );
  app.use('*', async (c, next) => {
    const { method, path } = c.req;
    if (method !== 'GET' && method !== 'HEAD') return next();
    if (path.startsWith('/api/') || path === '/health' || path === '/ready') return next();
    const file = files.get(path);
    if (file) return sendFile(c, file, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    if (path.startsWith('/assets/')) return next(); // a missing asset is a 404, not a page
    const cardAnswer = cardAnswerOf(path);
    if (cardAnswer && cardPage) {
      const answer = await askFirst((request) => app.fetch(request, c.env), c, cardAnswer);
      if (answer) {
        const { html } = pageForVisit(c, cardPage, { name: CARD_APP_COOKIE, path: '/c/' });
        const card = cardMarkup(await cardRenderer, path, answer, c.req.header('accept-language'));
        const page = withFirstAnswer(card ? withCardMarkup(html, card) : html, answer);
        return sendPage(c, withNonce(page, c.get('secureHeadersNonce')));
      }
    }
    const signedIn = getCookie(c, SESSION_COOKIE) !== undefined;
    const screen = path.replace(/(?<=.)\/+$/, '');
    const first = firstRequestOf(path, signedIn);
    const screenFirst = signedIn ? SCREEN_FIRST_REQUESTS[screen] : undefined;
    const preloaded = [first, screenFirst].filter((url): url is string => Boolean(url));
    if (preloaded.length > 0) c.header('link', preloadLink(preloaded));
    const own = ownApps.get(screen);
    if (own) {
      const visit = pageForVisit(c, own.page, { name: own.cookie, path: screen });
      if (!visit.inline) return sendFile(c, own.built, REVALIDATE);
      return sendPage(c, withNonce(visit.html, c.get('secureHeadersNonce')));
    }
    const page = isCustomerPage(path) ? customerPage : (preloadingPages.get(screen) ?? ownerPage);
    return sendFile(c, page, REVALIDATE);
  });
  return true;
}
