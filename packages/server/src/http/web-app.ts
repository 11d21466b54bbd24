import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types.ts';
import { sendFile } from './web/send-file.ts';
import { loadStaticFiles } from './web/static-files.ts';

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
export const CUSTOMER_PAGE_PREFIXES = ['/c/', '/join/'] as const;

const isCustomerPage = (path: string) =>
  CUSTOMER_PAGE_PREFIXES.some((prefix) => path.startsWith(prefix));

/**
 * Serves the built web app (packages/web/dist) from the same origin as the API: its files
 * (precompressed by the build, see `sendFile`), and for every other GET that is not an API
 * path the page that runs the app's own router: /dashboard, /counter… get index.html, the
 * customer pages customer.html.
 */
export function registerWebApp(app: OpenAPIHono<AppEnv>, distDir: string) {
  const files = loadStaticFiles(distDir);
  const ownerPage = files.get('/index.html');
  if (!ownerPage) return false;
  const customerPage = files.get('/customer.html') ?? ownerPage;
  app.use('*', async (c, next) => {
    const { method, path } = c.req;
    if (method !== 'GET' && method !== 'HEAD') return next();
    if (path.startsWith('/api/') || path === '/health' || path === '/ready') return next();
    const file = files.get(path);
    if (file) return sendFile(c, file, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    if (path.startsWith('/assets/')) return next(); // a missing asset is a 404, not a page
    return sendFile(c, isCustomerPage(path) ? customerPage : ownerPage, REVALIDATE);
  });
  return true;
}
