import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { type ServerType, serve } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../../src/http/types.ts';
import { registerWebApp } from '../../../src/http/web-app.ts';

/** A build as packages/web writes it: pages, hashed assets with .br/.gz copies, public files. */
const OWNER_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/owner-A1.js"></script></head><body><div id="root"></div></body></html>';
const CUSTOMER_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/customer-B2.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const words = ${JSON.stringify('la carte du client '.repeat(400))};\n`;
const WORKER = 'self.addEventListener("fetch", () => {});\n';
/** A first name chosen to close the page's script and run its own. */
const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 & ]]>';

/** The answer written into a card page, read back as the page reads it. */
function firstAnswerIn(html: string): unknown {
  const found = /<script type="application\/json" id="first-answer">([^<]*)<\/script>/.exec(html);
  return found ? JSON.parse(found[1] ?? '') : undefined;
}

let dist: string;
let server: ServerType;
let port: number;

function writeWithCopies(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

/** A raw HTTP request (no client-side decompression): the bytes as they travel. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'habitue-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeWithCopies(join(dist, 'index.html'), OWNER_HTML);
  writeWithCopies(join(dist, 'customer.html'), CUSTOMER_HTML);
  writeWithCopies(join(dist, 'assets', 'owner-A1.js'), SCRIPT);
  writeWithCopies(join(dist, 'assets', 'dash-C3.js'), SCRIPT);
  // The dashboard's chunks as the build lists them (one since deleted: never named).
  writeFileSync(
    join(dist, 'page-preloads.json'),
    JSON.stringify({ '/dashboard': ['/assets/dash-C3.js', '/assets/gone-D4.js'] }),
  );
  writeFileSync(join(dist, 'counter-sw.js'), WORKER);
  const app = new OpenAPIHono<AppEnv>();
  app.get('/api/v1/ping', (c) => c.json({ ok: true }));
  // The card's API, as the real route answers: the card, or a problem (404, 429 with a wait).
  app.get('/api/v1/public/cards/:token', (c) => {
    const token = c.req.param('token');
    if (token === 'missing')
      return c.json({ status: 404, code: 'not_found', detail: 'No such card' }, 404, {
        'content-type': 'application/problem+json',
      });
    if (token === 'limited')
      return c.json({ status: 429, code: 'rate_limited', detail: 'Too many' }, 429, {
        'content-type': 'application/problem+json',
        'retry-after': '30',
      });
    c.header('cache-control', 'no-store');
    return c.json({
      cardToken: token,
      firstName: HOSTILE,
      seenEncoding: c.req.header('accept-encoding') ?? null,
    });
  });
  expect(registerWebApp(app, dist)).toBe(true);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

describe('the web build, served compressed', () => {
  it('sends brotli to a browser that takes it, with the length of the bytes sent', async () => {
    const res = await get('/assets/owner-A1.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gzip = await get('/assets/owner-A1.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/owner-A1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(Number(plain.headers['content-length'])).toBe(SCRIPT.length);
  });

  it('gives each encoding its own ETag, and answers 304 only for the bytes the client holds', async () => {
    const br = await get('/assets/owner-A1.js', { 'accept-encoding': 'br' });
    const gzip = await get('/assets/owner-A1.js', { 'accept-encoding': 'gzip' });
    const plain = await get('/assets/owner-A1.js');
    const tags = [br, gzip, plain].map((r) => r.headers.etag);
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/);

    const again = await get('/assets/owner-A1.js', {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);

    // A gzip client revalidating the brotli tag must get the gzip bytes, not a 304.
    const otherEncoding = await get('/assets/owner-A1.js', {
      'accept-encoding': 'gzip',
      'if-none-match': String(br.headers.etag),
    });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('gzip');
  });

  it('lets browsers keep hashed assets for a year, and revalidate pages every time', async () => {
    const asset = await get('/assets/owner-A1.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/dashboard', { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const worker = await get('/counter-sw.js');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.body.toString()).toBe(WORKER);
    // Nothing was written for it: no encoding, so nothing to vary on.
    expect(worker.headers.vary).toBeUndefined();
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const res = await get('/assets/owner-A1.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
    expect(res.body.length).toBe(0);
  });
});

describe('which page a path gets', () => {
  it('gives the owner app to the owner screens and the customer app to card and sign-up links', async () => {
    for (const path of ['/', '/dashboard', '/counter', '/customers/42', '/login']) {
      const res = await get(path, { 'accept-encoding': 'gzip' });
      // The dashboard's names its chunks too (below).
      const page = gunzipSync(res.body)
        .toString()
        .replace(/<link rel="modulepreload"[^>]*>\n/, '');
      expect([path, res.status, page]).toEqual([path, 200, OWNER_HTML]);
    }
    for (const path of ['/join/cafe-des-lilas/xyz']) {
      const res = await get(path, { 'accept-encoding': 'gzip' });
      expect([path, res.status, gunzipSync(res.body).toString()]).toEqual([
        path,
        200,
        CUSTOMER_HTML,
      ]);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it("lets the browser fetch the page's first API answer along with its scripts", async () => {
    const link = async (path: string) => (await get(path)).headers.link;
    // The card's is in the page itself (below).
    expect(await link('/c/Ab12_x-9')).toBeUndefined();
    expect(await link('/join/cafe-des-lilas/k9')).toBe(
      '</api/v1/public/join/cafe-des-lilas/k9>; rel=preload; as=fetch; crossorigin=anonymous',
    );
    const signedIn = { cookie: 'habitue_session=abc' };
    expect((await get('/counter', signedIn)).headers.link).toBe(
      '</api/v1/auth/session>; rel=preload; as=fetch; crossorigin=anonymous',
    );
    // A browser without a session asks nobody at first: an unused preloaded "signed out" would
    // answer its first session request after signing in.
    expect(await link('/counter')).toBeUndefined();
    expect(await link('/')).toBeUndefined();
    expect((await get('/login', signedIn)).headers.link).toBeUndefined();
    // Nothing the page would not request itself, and nothing echoed that is not a plain token.
    expect(await link('/c/a%3E%3B%20rel%3Dx')).toBeUndefined();
    expect(await link('/c/abc/extra')).toBeUndefined();
    expect(await link('/assets/owner-A1.js')).toBeUndefined();
    // Pages for someone not signed in do not ask who is.
    expect(await link('/forgot-password')).toBeUndefined();
    expect(await link('/signup')).toBeUndefined();
    // The dashboard's figures come with the session, for a signed-in browser only.
    for (const path of ['/dashboard', '/dashboard/'])
      expect((await get(path, signedIn)).headers.link).toBe(
        '</api/v1/auth/session>; rel=preload; as=fetch; crossorigin=anonymous, </api/v1/analytics/overview>; rel=preload; as=fetch; crossorigin=anonymous',
      );
    expect(await link('/dashboard')).toBeUndefined();
  });

  it("names the chunks of the screen a page opens on, so they come with the app's entry", async () => {
    const res = await get('/dashboard', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(res.body).toString();
    expect(html).toBe(
      OWNER_HTML.replace(
        '</head>',
        '<link rel="modulepreload" crossorigin href="/assets/dash-C3.js">\n</head>',
      ),
    );
    // Its own ETag: a browser holding the plain page gets the dashboard's.
    const plainEtag = (await get('/counter', { 'accept-encoding': 'br' })).headers.etag;
    expect(res.headers.etag).not.toBe(plainEtag);
    const again = await get('/dashboard', {
      'accept-encoding': 'br',
      'if-none-match': String(plainEtag),
    });
    expect(again.status).toBe(200);
    // Other screens get the page as built.
    expect((await get('/counter')).body.toString()).toBe(OWNER_HTML);
  });

  it("writes the card's API answer into the card page, where no string in it can end the script", async () => {
    const res = await get('/c/abc123', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const html = gunzipSync(res.body).toString();
    // The page is the customer page, with one element more: the answer, as data.
    expect(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')).toBe(
      CUSTOMER_HTML,
    );
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<!--');
    expect(firstAnswerIn(html)).toEqual({
      url: '/api/v1/public/cards/abc123',
      status: 200,
      headers: {},
      // Asked as JSON, uncompressed, whatever the browser accepts for the page.
      body: { cardToken: 'abc123', firstName: HOSTILE, seenEncoding: null },
    });
  });

  it("recognises a card page by the web app's own pattern: a trailing slash, at most 128 characters", async () => {
    const withSlash = firstAnswerIn((await get('/c/abc123/')).body.toString());
    expect(withSlash).toMatchObject({ url: '/api/v1/public/cards/abc123', status: 200 });
    const longest = 'a'.repeat(128);
    expect(firstAnswerIn((await get(`/c/${longest}`)).body.toString())).toMatchObject({
      url: `/api/v1/public/cards/${longest}`,
    });
    // One more character is no card link: the customer page as built, nothing asked for it.
    const tooLong = await get(`/c/${'a'.repeat(129)}`);
    expect(tooLong.status).toBe(200);
    expect(tooLong.body.toString()).toBe(CUSTOMER_HTML);
  });

  it('keeps a card page out of every cache, in brotli too', async () => {
    const res = await get('/c/abc123', { 'accept-encoding': 'br' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(firstAnswerIn(brotliDecompressSync(res.body).toString())).toMatchObject({ status: 200 });
    // Revalidating gets the page again, never a 304 on a customer's data.
    const again = await get('/c/abc123', { 'if-none-match': '*' });
    expect(again.status).toBe(200);
  });

  it("writes a wrong or limited card link's problem in the page, for the page to say it", async () => {
    const missing = firstAnswerIn((await get('/c/missing')).body.toString());
    expect(missing).toEqual({
      url: '/api/v1/public/cards/missing',
      status: 404,
      headers: {},
      body: { status: 404, code: 'not_found', detail: 'No such card' },
    });
    const limited = firstAnswerIn((await get('/c/limited')).body.toString());
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '30' } });
  });

  it('leaves API paths to the API, and answers a missing asset with 404, not a page', async () => {
    expect((await get('/api/v1/ping')).body.toString()).toBe('{"ok":true}');
    expect((await get('/api/v1/nothing-here')).status).toBe(404);
    const missing = await get('/assets/owner-OLD.js');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).not.toContain('<!doctype html>');
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/../package.json', '/assets/../../etc/passwd', '/%2e%2e/package.json']) {
      const res = await get(path);
      expect(res.body.toString()).not.toContain('"name"');
      expect(res.body.toString()).not.toContain('root:');
    }
  });
});
