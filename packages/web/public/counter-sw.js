/*
 * The counter's service worker: it lets the till open the counter with no network (a reload,
 * a phone that dropped the tab, the app started from the home screen in a cellar).
 *
 * Registered only by the counter page, with the scope /counter: customers opening their card
 * (/c/…) or the sign-up link never download it, and the rest of the owner app is served by the
 * network as usual. It caches the app shell (the page and its hashed assets), nothing else:
 * API calls always go to the network, and purchases made offline wait in the counter's own
 * queue (IndexedDB) until they can be sent.
 */
const CACHE = 'habitue-counter-shell-v1';
const SHELL = '/counter';

/** The page and every asset it references, fetched fresh at install. */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const page = await fetch(SHELL, { cache: 'no-cache', credentials: 'same-origin' });
  if (!page.ok) throw new Error(`counter shell: ${page.status}`);
  const html = await page.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
  await cache.addAll([...new Set(assets)]);
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

/** The page from the network (and kept for next time); offline, the last one kept. */
async function page(request) {
  try {
    const fresh = await fetch(request);
    if (fresh.ok && (fresh.headers.get('content-type') ?? '').includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, fresh.clone());
      await keepAssetsOf(await fresh.clone().text(), cache);
    }
    return fresh;
  } catch (error) {
    const kept = await caches.match(SHELL);
    if (kept) return kept;
    throw error;
  }
}

/** After a new version of the app, the assets it needs are cached and the old ones dropped. */
async function keepAssetsOf(html, cache) {
  const wanted = new Set(
    [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => new URL(m[1], self.location).href),
  );
  const missing = [...wanted].filter((url) => url.includes('/assets/'));
  await Promise.all(
    missing.map(async (url) => {
      if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
    }),
  );
  for (const request of await cache.keys()) {
    if (request.url.includes('/assets/') && !wanted.has(request.url)) await cache.delete(request);
  }
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
    event.respondWith(page(request));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
    return;
  }
  // The manifest and icon the page links to: the network, else what install kept.
  event.respondWith(fetch(request).catch(() => caches.match(request)));
});
