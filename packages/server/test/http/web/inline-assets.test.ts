import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../src/http/types.ts';
import { inlineAssets, withNonce } from '../../../src/http/web/inline-assets.ts';
import { loadStaticFiles } from '../../../src/http/web/static-files.ts';
import {
  CARD_APP_COOKIE,
  COUNTER_APP_COOKIE,
  DASHBOARD_APP_COOKIE,
  registerWebApp,
} from '../../../src/http/web-app.ts';

/** The customer page as the build writes it: one module script and one stylesheet, by name. */
const PAGE = (script: string, style: string) =>
  `<!doctype html><html><head><script type="module" crossorigin src="/assets/${script}"></script><link rel="stylesheet" crossorigin href="/assets/${style}"></head><body><div id="root"></div></body></html>`;
const CODE =
  'document.getElementById(`root`).textContent=`Votre carte`;\n//# sourceMappingURL=c-1.js.map';
const CSS = '.card{color:#7a3e2b}';

let dist: string;

function build(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), text);
  return loadStaticFiles(dist);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'habitue-inline-'));
  mkdirSync(join(dist, 'assets'));
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("a page's own script and styles, written into it", () => {
  it('puts the script (its source map still a file) and the stylesheet in the page', () => {
    const files = build({ 'c-1.js': CODE, 's-1.css': CSS });
    const html = withNonce(inlineAssets(PAGE('c-1.js', 's-1.css'), files), 'n0Nce+/=');
    expect(html).toBe(
      '<!doctype html><html><head><script type="module" nonce="n0Nce+/=">document.getElementById(`root`).textContent=`Votre carte`;\n//# sourceMappingURL=/assets/c-1.js.map</script><style>.card{color:#7a3e2b}</style></head><body><div id="root"></div></body></html>',
    );
    // Without a Content-Security-Policy nonce, no attribute.
    expect(withNonce(inlineAssets(PAGE('c-1.js', 's-1.css'), files), undefined)).toContain(
      '<script type="module">document',
    );
  });

  it('leaves as links the files that are missing, would end their element, or import others', () => {
    const files = build({
      'ends.js': 'const s = "</script><script>alert(1)";',
      'comment.js': 'const s = "<!--";',
      'imports.js': 'import { a } from "./a-1.js"; a();',
      'dynamic.js': 'const m = import("./a-1.js");',
      'ends.css': '.a::after{content:"</style>"}',
      'relative.css': '.a{background:url(img/a.png)}',
    });
    for (const [script, style] of [
      ['missing.js', 'missing.css'],
      ['ends.js', 'ends.css'],
      ['comment.js', 'relative.css'],
      ['imports.js', 'ends.css'],
      ['dynamic.js', 'ends.css'],
    ] as const) {
      const page = PAGE(script, style);
      expect(withNonce(inlineAssets(page, files), 'n')).toBe(page);
    }
  });

  it('writes in a script whose imports name their files under /assets/', () => {
    const code = 'import{a}from"/assets/a-1.js";const m=()=>import(`/assets/q-1.js`);a();';
    const files = build({ 'absolute.js': code, 's-1.css': CSS });
    expect(withNonce(inlineAssets(PAGE('absolute.js', 's-1.css'), files), 'n')).toContain(
      `<script type="module" nonce="n">${code}</script>`,
    );
  });
});

describe('the card page served with its script in it', () => {
  it("gives the inline script the nonce the page's Content-Security-Policy names", async () => {
    const files = { 'c-1.js': CODE, 's-1.css': CSS };
    build(files);
    writeFileSync(join(dist, 'customer.html'), PAGE('c-1.js', 's-1.css'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>owner</title>');
    const app = new OpenAPIHono<AppEnv>();
    // As src/http/app.ts sets it.
    app.use('*', secureHeaders({ contentSecurityPolicy: { scriptSrc: ["'self'", NONCE] } }));
    app.get('/api/v1/public/cards/:token', (c) => c.json({ cardToken: c.req.param('token') }));
    expect(registerWebApp(app, dist)).toBe(true);

    const nonces = new Set<string>();
    for (let visit = 0; visit < 2; visit++) {
      const res = await app.request('/c/abc123');
      const html = await res.text();
      const policy = res.headers.get('content-security-policy') ?? '';
      const allowed = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
      expect(allowed).toBeDefined();
      expect(html).toContain(`<script type="module" nonce="${allowed}">document.getElementById`);
      expect(html).toContain(`<style>${CSS}</style>`);
      expect(html).not.toContain('src="/assets/');
      nonces.add(allowed ?? '');
    }
    // A new nonce for every page.
    expect(nonces.size).toBe(2);
  });

  it('has the app fetched after the card shows, and names it in the page once the browser keeps it', async () => {
    const app = new OpenAPIHono<AppEnv>();
    app.get('/api/v1/public/cards/:token', (c) => c.json({ cardToken: c.req.param('token') }));
    expect(registerWebApp(app, dist)).toBe(true);

    const first = await app.request('/c/abc123');
    const firstHtml = await first.text();
    expect(firstHtml).toContain('<script type="module">document.getElementById');
    expect(firstHtml).toContain(
      '<link rel="prefetch" crossorigin href="/assets/c-1.js"><link rel="prefetch" crossorigin href="/assets/s-1.css">',
    );
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      new RegExp(
        `^${CARD_APP_COOKIE}=[\\w-]{16}; Max-Age=2592000; Path=/c/; HttpOnly; SameSite=Lax$`,
      ),
    );

    const again = await app.request('/c/abc123', {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    const againHtml = await again.text();
    expect(againHtml).toContain(PAGE('c-1.js', 's-1.css').split('</body>')[0]);
    expect(againHtml).not.toContain('prefetch');
    expect(again.headers.get('set-cookie')).toBeNull();

    // A cookie of another build (its files replaced since): the app in the page again.
    const stale = await app.request('/c/abc123', {
      headers: { cookie: `${CARD_APP_COOKIE}=AAAAAAAAAAAAAAAA` },
    });
    expect(await stale.text()).toContain('<script type="module">document.getElementById');
  });
});

describe('the counter page', () => {
  const COUNTER_CODE = 'const q=()=>import(`/assets/jsQR-1.js`);document.title=`Caisse`;';

  function counterApp() {
    build({ 'counter-1.js': COUNTER_CODE, 'counter-1.css': CSS, 'jsQR-1.js': 'export default 1;' });
    writeFileSync(join(dist, 'counter.html'), PAGE('counter-1.js', 'counter-1.css'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>owner</title>');
    const app = new OpenAPIHono<AppEnv>();
    app.use('*', secureHeaders({ contentSecurityPolicy: { scriptSrc: ["'self'", NONCE] } }));
    expect(registerWebApp(app, dist)).toBe(true);
    return app;
  }

  it("is the counter app, in the page on a till's first visit, with the session asked alongside", async () => {
    const app = counterApp();
    const first = await app.request('/counter', { headers: { cookie: 'habitue_session=s' } });
    const html = await first.text();
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1];
    expect(html).toContain(`<script type="module" nonce="${nonce}">${COUNTER_CODE}</script>`);
    expect(html).toContain(`<style>${CSS}</style>`);
    // Its service worker keeps the files: the page does not have them fetched again.
    expect(html).not.toContain('prefetch');
    expect(first.headers.get('link')).toBe(
      '</api/v1/auth/session>; rel=preload; as=fetch; crossorigin=anonymous',
    );
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      new RegExp(
        `^${COUNTER_APP_COOKIE}=[\\w-]{16}; Max-Age=2592000; Path=/counter; HttpOnly; SameSite=Lax$`,
      ),
    );

    // Once the browser keeps the files: the page as built (a file of the build), revalidated.
    const again = await app.request('/counter/', {
      headers: { cookie: `habitue_session=s; ${cookie.split(';')[0]}` },
    });
    expect(await again.text()).toBe(PAGE('counter-1.js', 'counter-1.css'));
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(again.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(again.headers.get('link')).toContain('</api/v1/auth/session>');

    // Other screens are the owner app's page, whatever the cookie.
    const dashboard = await app.request('/dashboard', { headers: { cookie } });
    expect(await dashboard.text()).toBe('<!doctype html><title>owner</title>');
  });
});

describe('the dashboard page', () => {
  const DASHBOARD_CODE = 'const c=()=>import(`/assets/echarts-1.js`);document.title=`Tableau`;';

  function dashboardApp() {
    build({
      'dashboard-1.js': DASHBOARD_CODE,
      'dashboard-1.css': CSS,
      'echarts-1.js': 'export const chartIn = 1;',
    });
    writeFileSync(join(dist, 'dashboard.html'), PAGE('dashboard-1.js', 'dashboard-1.css'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>owner</title>');
    const app = new OpenAPIHono<AppEnv>();
    app.use('*', secureHeaders({ contentSecurityPolicy: { scriptSrc: ["'self'", NONCE] } }));
    expect(registerWebApp(app, dist)).toBe(true);
    return app;
  }

  it('is the dashboard app, in the page on a first visit, with the session and the figures asked alongside', async () => {
    const app = dashboardApp();
    const first = await app.request('/dashboard', { headers: { cookie: 'habitue_session=s' } });
    const html = await first.text();
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1];
    expect(html).toContain(`<script type="module" nonce="${nonce}">${DASHBOARD_CODE}</script>`);
    expect(html).toContain(`<style>${CSS}</style>`);
    // Fetched after the figures show, for the next visit.
    expect(html).toContain('<link rel="prefetch" crossorigin href="/assets/dashboard-1.js">');
    expect(first.headers.get('link')).toBe(
      '</api/v1/auth/session>; rel=preload; as=fetch; crossorigin=anonymous, ' +
        '</api/v1/analytics/overview>; rel=preload; as=fetch; crossorigin=anonymous',
    );
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      new RegExp(
        `^${DASHBOARD_APP_COOKIE}=[\\w-]{16}; Max-Age=2592000; Path=/dashboard; HttpOnly; SameSite=Lax$`,
      ),
    );

    // Once the browser holds the files: the page as built.
    const again = await app.request('/dashboard', {
      headers: { cookie: `habitue_session=s; ${cookie.split(';')[0]}` },
    });
    expect(await again.text()).toBe(PAGE('dashboard-1.js', 'dashboard-1.css'));
    expect(again.headers.get('set-cookie')).toBeNull();

    // Other screens are the owner app's page.
    const customers = await app.request('/customers', { headers: { cookie } });
    expect(await customers.text()).toBe('<!doctype html><title>owner</title>');
  });
});
