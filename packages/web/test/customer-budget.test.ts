import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_PAGE_PREFIXES } from '../../server/src/http/web-app.ts';
import { ensureWebBuild, WEB_DIST } from '../../server/src/web/ensure-web-build.ts';
import { feature as card } from '../src/features/card/feature.tsx';
import { feature as join_ } from '../src/features/join/feature.tsx';
import { publicFeature as survey } from '../src/features/surveys/public-feature.tsx';

/**
 * What a customer's phone downloads before it can show their card: the JavaScript the
 * customer page (customer.html) loads up front, compressed as the server sends it (brotli).
 */
const CARD_PAGE_JS_BUDGET = 60 * 1024;

/** The files a page loads before running: its module scripts, their preloads, its styles. */
function upFront(html: string) {
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return { scripts: [...scripts, ...preloads], styles };
}

const brotliBytes = (urlPath: string) => statSync(join(WEB_DIST, `${urlPath}.br`)).size;

beforeAll(async () => {
  await ensureWebBuild(() => {});
}, 300_000);

describe('the customer pages on a phone', () => {
  it(`load at most ${CARD_PAGE_JS_BUDGET / 1024} KB of compressed JavaScript before the card shows`, () => {
    const { scripts } = upFront(readFileSync(join(WEB_DIST, 'customer.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, path) => sum + brotliBytes(path), 0);
    expect(total).toBeLessThanOrEqual(CARD_PAGE_JS_BUDGET);
  });

  it('load none of the owner app, and the owner app none of them', () => {
    const customer = upFront(readFileSync(join(WEB_DIST, 'customer.html'), 'utf8'));
    const owner = upFront(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
    const shared = customer.scripts.filter((path) => owner.scripts.includes(path));
    expect(shared).toEqual([]);
    const customerCode = customer.scripts
      .map((path) => brotliDecompressSync(readFileSync(join(WEB_DIST, `${path}.br`))).toString())
      .join('\n');
    // Words only the owner's screens use (the dashboard's and the counter's).
    expect(customerCode).not.toContain('Tableau de bord');
    expect(customerCode).not.toContain('echarts');
  });

  it('are built for production, as is the owner app, even when a test runner builds them', () => {
    for (const page of ['customer.html', 'index.html']) {
      const { scripts } = upFront(readFileSync(join(WEB_DIST, page), 'utf8'));
      for (const path of scripts) {
        // A warning only React's development build carries.
        const code = readFileSync(join(WEB_DIST, path), 'utf8');
        expect([path, code.includes('unique "key" prop')]).toEqual([path, false]);
      }
    }
  });

  it('every compressed copy is the file it stands for', () => {
    const page = readFileSync(join(WEB_DIST, 'customer.html'));
    expect(brotliDecompressSync(readFileSync(join(WEB_DIST, 'customer.html.br')))).toEqual(page);
    for (const path of upFront(page.toString()).scripts) {
      const original = readFileSync(join(WEB_DIST, path));
      expect(brotliDecompressSync(readFileSync(join(WEB_DIST, `${path}.br`)))).toEqual(original);
    }
  });

  it('are the pages the server sends customer.html for', () => {
    const paths = [card, join_, survey].flatMap((f) => f.routes.map((r) => r.path));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths)
      expect([path, CUSTOMER_PAGE_PREFIXES.some((prefix) => path.startsWith(prefix))]).toEqual([
        path,
        true,
      ]);
    for (const prefix of CUSTOMER_PAGE_PREFIXES)
      expect(paths.some((path) => path.startsWith(prefix))).toBe(true);
  });
});
