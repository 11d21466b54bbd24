/*
 * The counter's service worker: it lets the till open the counter with no network (a reload,
 * a phone that dropped the tab, the app started from the home screen in a cellar).
 *
 * Registered only by the counter page, with the scope /counter: customers opening their card
 * (/c/…) or the sign-up link never download it, and the rest of the owner app is served by the
 * network as usual. It caches the app shell (the page and its hashed assets), nothing else:
 * API calls always go to the network, and purchases made offline wait in the counter's own
 * queue (IndexedDB) until they can be sent.
 *
 * The page is the counter app (counter.html; on a first visit the server writes its script in
 * it): it names only its entry, so the build lists every file the counter can need, on-demand
 * chunks included (the QR scanner), in /counter-assets.json (packages/web/vite/counter-assets.ts),
 * and both are kept.
 */
const CACHE = 'habitue-counter-shell-v2';
const SHELL = '/counter';
const ASSET_LIST = '/counter-assets.json';

/** The files the page references and those the build listed for the counter, as URLs. */
async function assetsOf(html) {
  const named = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
  const listed = await fetch(ASSET_LIST, { cache: 'no-cache' }).then((r) => {
    if (!r.ok) throw new Error(`counter assets: ${r.status}`);
    return r.json();
  });
  return new Set([...named, ...listed].map((path) => new URL(path, self.location).href));
}

/** The page and every asset the counter needs, fetched fresh at install. */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const page = await fetch(SHELL, { cache: 'no-cache', credentials: 'same-origin' });
  if (!page.ok) throw new Error(`counter shell: ${page.status}`);
  await cache.addAll([...(await assetsOf(await page.clone().text()))]);
  await cache.put(SHELL, page);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/**
 * The page from the network (and kept for next time, in the background: the till does not
 * wait for the asset list); offline, the last one kept.
 */
async function page(event) {
  try {
    const fresh = await fetch(event.request);
    if (fresh.ok && (fresh.headers.get('content-type') ?? '').includes('text/html'))
      event.waitUntil(keepPage(fresh.clone()));
    return fresh;
  } catch (error) {
    const kept = await caches.match(SHELL);
    if (kept) return kept;
    throw error;
  }
}

/** The assets first, then the page: a page is never kept without what it needs. */
async function keepPage(response) {
  const cache = await caches.open(CACHE);
  if (await keepAssetsOf(await response.clone().text(), cache)) await cache.put(SHELL, response);
}

/**
 * After a new version of the app, the assets it needs are cached and the old ones dropped.
 * Whether it knew what they are (without the list, the page kept is the one of the last list).
 */
async function keepAssetsOf(html, cache) {
  const wanted = await assetsOf(html).catch(() => null);
  if (!wanted) return false;
  const missing = [...wanted].filter((url) => url.includes('/assets/'));
  await Promise.all(
    missing.map(async (url) => {
      if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
    }),
  );
  for (const request of await cache.keys()) {
    if (request.url.includes('/assets/') && !wanted.has(request.url)) await cache.delete(request);
  }
  return true;
}

/** Hashed assets never change: from the cache when there, else fetched and kept. */
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const fresh = await fetch(request);
  if (fresh.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, fresh.clone());
  }
  return fresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
    return;
  }
  // The manifest and icon the page links to: the network, else what install kept.
  event.respondWith(fetch(request).catch(() => caches.match(request)));
});
