import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types.ts';

/**
 * Serves the built web app (packages/web/dist) from the same origin as the API: hashed assets
 * with a long cache, and index.html for every other GET that is not an API path, so the
 * app's own router handles /dashboard, /counter, /c/<card token>…
 */
export function registerWebApp(app: OpenAPIHono<AppEnv>, distDir: string) {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const index = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: distDir,
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.startsWith('/api/')) return next();
    return serveStatic({ root: distDir })(c, next);
  });
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/health' || c.req.path === '/ready')
      return next();
    c.header('cache-control', 'no-cache');
    return c.html(index);
  });
  return true;
}
