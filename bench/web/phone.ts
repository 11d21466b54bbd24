/// <reference lib="dom" />
/**
 * The pages on a phone (bench/web/phone-profile.ts: 4× CPU slowdown, DevTools' "Slow 4G"),
 * against the real server with the demo shop, in Chromium, each visit in a fresh profile (cold:
 * nothing cached) and then again in the same profile (warm: HTTP cache, the counter's service
 * worker):
 *  - card: a customer opens their card link → the QR code and their programs are on screen;
 *  - counter: a cashier opens /counter → the search box accepts typing;
 *  - dashboard: the owner opens /dashboard → the first key figures have values.
 * With the bytes received per visit (as they travel: compressed, headers included).
 * Run: `npx tsx bench/web/phone.ts` (HABITUE_BENCH_RUNS=5 visits per cell by default;
 * HABITUE_BENCH_PAGES=counter,card measures those cells alone).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../packages/web/e2e/support/chromium.ts';
import { startHabitue } from '../../packages/web/e2e/support/habitue-server.ts';
import {
  type MainThreadCpu,
  PHONE,
  type Transfer,
  throttle,
  timeUntilReady,
  watchReady,
} from './phone-profile.ts';

const DEMO_OWNER = { email: 'demo@habitue.app', password: 'lilas-demo-2026' };
const RUNS = Number(process.env.HABITUE_BENCH_RUNS ?? 5);
const TARGET_MS = { card: 1500, counter: 2000, dashboard: 3000 } as const;
type Cell = keyof typeof TARGET_MS;

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

/** Each cell's ready condition, run in the page (see `watchReady`). */
const READY: Record<Cell, () => boolean> = {
  card: () =>
    document.querySelector('.card-qr .qr img') !== null &&
    document.querySelector('.card-rewards') !== null,
  counter: () => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    return box !== null && !box.disabled;
  },
  dashboard: () =>
    [...document.querySelectorAll('.key-figures .figure-value')].some((f) =>
      Boolean(f.textContent?.trim()),
    ),
};

type Visit = { ms: number; transfer: Transfer; cpu: MainThreadCpu };

/** `RUNS` cold visits (fresh profile each) and, in the last profile, one warm visit. */
async function measure(browser: Browser, url: string, cell: Cell, path: string, signedIn: boolean) {
  const cold: Visit[] = [];
  let warm: Visit | null = null;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ ...PHONE.context, baseURL: url });
    if (signedIn) {
      const login = await context.request.post('/api/v1/auth/login', { data: DEMO_OWNER });
      if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    }
    const page = await context.newPage();
    await watchReady(page, READY[cell]);
    const network = await throttle(context, page);
    const ms = await timeUntilReady(page, path);
    cold.push({ ms, transfer: network.take(), cpu: await network.cpu() });
    if (run === RUNS - 1) {
      // Let the page finish what it started (the counter's service worker installs), then again.
      await page.waitForTimeout(3000);
      network.take();
      await network.cpu();
      const again = await timeUntilReady(page, path);
      warm = { ms: again, transfer: network.take(), cpu: await network.cpu() };
    }
    await context.close();
  }
  return { cold, warm };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The last cold visit's requests in the order they started, with when each started and ended
 * and what it weighed; those that ended before the page was ready are its critical path (a
 * request that starts only when another ended is a round trip more on mobile data).
 */
function waterfall(cell: Cell, visit: Visit): string {
  const lines = [...visit.transfer.waterfall]
    .sort((a, b) => a.startMs - b.startMs)
    .map((r) => {
      const path = r.url.startsWith('data:')
        ? `${r.url.slice(0, 24)}…`
        : new URL(r.url).pathname.replace(/^\/c\/[\w-]+/, '/c/…');
      const before = r.endMs <= visit.ms ? '*' : ' ';
      return `  ${before} ${String(Math.round(r.startMs)).padStart(5)} → ${String(Math.round(r.endMs)).padStart(5)} ms ${kB(r.bytes).padStart(9)} ${r.type.padEnd(10)} ${path}`;
    });
  return `${cell}: ready at ${Math.round(visit.ms)} ms (* = received before ready)\n${lines.join('\n')}`;
}

const browser = await launchChromium();
const server = await startHabitue({ demo: true });
try {
  const setup = await browser.newContext({ baseURL: server.url });
  await setup.request.post('/api/v1/auth/login', { data: DEMO_OWNER });
  const list = (await (await setup.request.get('/api/v1/customers?limit=50')).json()) as {
    items: { firstName: string | null; cardToken: string }[];
  };
  const customer = list.items.find((c) => c.firstName);
  if (!customer) throw new Error('no named customer in the demo shop');
  await setup.close();

  const wanted = (process.env.HABITUE_BENCH_PAGES ?? 'card,counter,dashboard').split(',');
  const visits: Record<Cell, [string, boolean]> = {
    card: [`/c/${customer.cardToken}`, false],
    counter: ['/counter', true],
    dashboard: ['/dashboard', true],
  };
  const results: Partial<Record<Cell, Awaited<ReturnType<typeof measure>>>> = {};
  for (const cell of Object.keys(visits) as Cell[])
    if (wanted.includes(cell))
      results[cell] = await measure(browser, server.url, cell, ...visits[cell]);
  if (process.env.HABITUE_BENCH_JSON) console.log(JSON.stringify(results));
  for (const cell of Object.keys(results) as Cell[]) {
    const last = results[cell]?.cold.at(-1);
    if (last) console.log(waterfall(cell, last));
  }
  const rows = (Object.keys(results) as Cell[]).map((cell) => {
    const { cold, warm } = results[cell] ?? { cold: [], warm: null };
    const times = cold.map((v) => v.ms);
    const last = cold[cold.length - 1]?.transfer;
    const ok = median(times) <= TARGET_MS[cell] ? '✓' : '✗';
    const cpu = `${Math.round(median(cold.map((v) => v.cpu.taskMs)))} / ${Math.round(median(cold.map((v) => v.cpu.scriptMs)))} ms`;
    return `| ${cell} | ≤ ${TARGET_MS[cell]} ms | **${Math.round(median(times))} ms** ${ok} (${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))}) | ${cpu} | ${last ? `${kB(last.bytes)} (JS ${kB(last.scriptBytes)}), ${last.requests} requests` : '—'} | ${warm ? `${Math.round(warm.ms)} ms, ${kB(warm.transfer.bytes)}` : '—'} |`;
  });
  console.log(`
| Page | Target | Cold visit, median of ${RUNS} (min–max) | Main thread CPU, cold: tasks / script (median) | Received, cold | Warm visit, received |
|---|---|---|---|---|---|
${rows.join('\n')}`);
} finally {
  await server.stop();
  await browser.close();
}
