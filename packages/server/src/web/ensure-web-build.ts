import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the web app's sources and build live in the workspace. */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../web');
export const WEB_DIST = join(WEB_ROOT, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app when its build is missing or older than its sources, so `npm ci && npm
 * start` on a fresh clone serves the app with no separate build step. Returns whether it built.
 */
export async function ensureWebBuild(log: (line: string) => void): Promise<boolean> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return false;
  const built = join(WEB_DIST, 'index.html');
  const sources = Math.max(
    newestMtime(join(WEB_ROOT, 'src')),
    newestMtime(join(WEB_ROOT, 'public')),
    newestMtime(join(WEB_ROOT, 'vite')),
    ...['index.html', 'customer.html', 'counter.html', 'dashboard.html', 'vite.config.ts'].map(
      (file) => statSync(join(WEB_ROOT, file)).mtimeMs,
    ),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  log('Building the web app (first start or sources changed)…');
  const { build } = await import('vite');
  // Vite builds for whatever NODE_ENV says, and a test runner says `test`: React's development
  // build, three times heavier and slower. What the server serves is always the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
