/// <reference lib="dom" />
/**
 * Web benchmark, measured in the browser against the real server with the demo shop:
 *  - dashboard: navigation start → key figures and every chart drawn (see `dashboardReady`);
 *  - counter: click on "Valider" → confirmation in the DOM, over 30 purchases;
 *  - then the shop grown to 100,000 customers: the dashboard again, and the customer lists'
 *    first and next page (server-side pagination), as fetched by the page.
 * Run: `npx tsx bench/web/run.ts` (HABITUE_BENCH_CUSTOMERS=100000 by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../packages/web/e2e/support/chromium.ts';
import { startHabitue } from '../../packages/web/e2e/support/habitue-server.ts';
import { growDemoShop } from './grow-shop.ts';

const DEMO_OWNER = { email: 'demo@habitue.app', password: 'lilas-demo-2026' };
const LARGE = Number(process.env.HABITUE_BENCH_CUSTOMERS ?? 100_000);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
}
const ms = (x: number) => `${Math.round(x)} ms`;

async function signedInPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const login = await context.request.post('/api/v1/auth/login', { data: DEMO_OWNER });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  return context.newPage();
}

/**
 * The dashboard is usable when its five key figures have values and every chart container
 * holds its canvas: the time is `performance.now()` then, i.e. since navigation start.
 */
async function dashboardReady(page: Page): Promise<number> {
  await page.goto('/dashboard', { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const figures = document.querySelectorAll('.key-figures .figure-value').length;
      const charts = [...document.querySelectorAll('.echart')];
      const drawn = charts.length >= 2 && charts.every((c) => c.querySelector('canvas'));
      return figures >= 5 && drawn ? performance.now() : 0;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function benchDashboard(page: Page, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await dashboardReady(page));
  return { first: times[0] ?? Number.NaN, warmMedian: median(times.slice(1)), times };
}

/** Click → confirmation in the DOM, measured inside the page (no DevTools round trip). */
async function benchCounter(page: Page, purchases: number) {
  const list = (await (await page.request.get('/api/v1/customers?limit=50')).json()) as {
    items: { firstName: string | null; lastName: string | null }[];
  };
  const customer = list.items.find((c) => c.firstName && c.lastName);
  if (!customer) throw new Error('no named customer in the demo shop');
  await page.goto('/counter');
  await page.getByRole('searchbox').fill(`${customer.firstName} ${customer.lastName}`.slice(0, 30));
  await page
    .getByRole('button', { name: new RegExp(customer.firstName ?? '') })
    .first()
    .click();
  const times: number[] = [];
  for (let i = 0; i < purchases; i++) {
    await page.getByLabel(/Montant/).fill('4,50');
    const confirm = page.getByRole('button', { name: /^Valider \d/ });
    await confirm.waitFor();
    const elapsed = await confirm.evaluate(
      (button) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('.counter-done [role="status"]')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          (button as HTMLButtonElement).click();
        }),
    );
    times.push(elapsed);
    await page.getByRole('button', { name: 'Autre achat pour ce client' }).click();
  }
  return { median: median(times), p95: quantile(times, 0.95), times };
}

/** One GET from the page, as a screen makes it: elapsed time, status, next cursor. */
async function timedFetch(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const start = performance.now();
    const response = await fetch(target, { credentials: 'same-origin' });
    const body = (await response.json()) as { nextCursor?: string | null };
    return { ms: performance.now() - start, status: response.status, next: body.nextCursor ?? '' };
  }, url);
}

/** First and next page of the customer lists (server-side pagination). */
async function benchLists(page: Page) {
  const first = await timedFetch(page, '/api/v1/customers?limit=50');
  const next = await timedFetch(page, `/api/v1/customers?limit=50&cursor=${first.next}`);
  const valuesFirst = await timedFetch(page, '/api/v1/analytics/customers?limit=50&offset=0');
  const valuesNext = await timedFetch(page, '/api/v1/analytics/customers?limit=50&offset=50');
  const valuesFirstAgain = await timedFetch(page, '/api/v1/analytics/customers?limit=50&offset=0');
  return {
    customersFirst: first.ms,
    customersNext: next.ms,
    valuesFirst: valuesFirst.ms,
    valuesNext: valuesNext.ms,
    valuesFirstAgain: valuesFirstAgain.ms,
    statuses: [first, next, valuesFirst, valuesNext].map((r) => r.status),
  };
}

/** The customers screen, when it exists: navigation → first row of the table. */
async function customersScreen(page: Page) {
  await page.goto('/customers', { waitUntil: 'commit' });
  const handle = await page
    .waitForFunction(
      () =>
        location.pathname === '/customers' && document.querySelector('main table tbody tr')
          ? performance.now()
          : 0,
      undefined,
      { polling: 'raf', timeout: 30_000 },
    )
    .catch(() => null);
  return handle ? ((await handle.jsonValue()) as number) : null;
}

const dataDir = mkdtempSync(join(tmpdir(), 'habitue-bench-web-'));
const browser = await launchChromium();
const results: Record<string, unknown> = {
  machine: {
    nproc: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
};
try {
  let t = Date.now();
  let server = await startHabitue({ demo: true, dataDir });
  console.log(`demo shop seeded and server ready in ${Date.now() - t} ms`);
  let page = await signedInPage(browser, server.url);
  const demoDashboard = await benchDashboard(page, 6);
  console.log('demo dashboard', demoDashboard);
  const counter = await benchCounter(page, 30);
  console.log('counter', { median: counter.median, p95: counter.p95 });
  const demoLists = await benchLists(page);
  console.log('demo lists', demoLists);
  results.demo = {
    dashboard: demoDashboard,
    counter,
    lists: demoLists,
    customersScreen: await customersScreen(page),
  };
  await server.stop();

  t = Date.now();
  const grown = await growDemoShop(dataDir, LARGE);
  console.log(
    `grew the shop by ${grown.added} customers, ${grown.purchases} purchases in ${Date.now() - t} ms`,
  );
  server = await startHabitue({ demo: true, dataDir });
  page = await signedInPage(browser, server.url);
  const largeDashboard = await benchDashboard(page, 4);
  console.log('large dashboard', largeDashboard);
  const largeLists = await benchLists(page);
  console.log('large lists', largeLists);
  results.large = {
    grown,
    dashboard: largeDashboard,
    lists: largeLists,
    customersScreen: await customersScreen(page),
  };
  console.log(
    'large customers screen',
    (results.large as { customersScreen: unknown }).customersScreen,
  );
  await server.stop();
  console.log(
    JSON.stringify(results, (k, v) => (k === 'times' ? (v as number[]).map(Math.round) : v)),
  );
  const d = results.demo as {
    dashboard: typeof demoDashboard;
    counter: typeof counter;
    lists: typeof demoLists;
  };
  const l = results.large as { dashboard: typeof largeDashboard; lists: typeof largeLists };
  console.log(`
| Measure | Demo (~2,000 customers) | ${LARGE.toLocaleString('en')} customers |
|---|---|---|
| Dashboard usable, first visit after start | ${ms(d.dashboard.first)} | ${ms(l.dashboard.first)} |
| Dashboard usable, later visits (median) | ${ms(d.dashboard.warmMedian)} | ${ms(l.dashboard.warmMedian)} |
| Counter confirm → confirmation (median / p95) | ${ms(d.counter.median)} / ${ms(d.counter.p95)} | — |
| GET /customers first / next page | ${ms(d.lists.customersFirst)} / ${ms(d.lists.customersNext)} | ${ms(l.lists.customersFirst)} / ${ms(l.lists.customersNext)} |
| GET /analytics/customers first / next page | ${ms(d.lists.valuesFirst)} / ${ms(d.lists.valuesNext)} | ${ms(l.lists.valuesFirst)} / ${ms(l.lists.valuesNext)} |`);
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
