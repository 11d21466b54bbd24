/**
 * Does the dashboard's computation hold up the server? A demo shop grown to N customers (default
 * 100,000; `--customers N`), its figures computed once on the server's thread
 * (HABITUE_ANALYTICS_WORKERS=0, as before the worker) and once in a worker thread, each time from
 * scratch (no stored fit, an empty cache); then the dashboard's overview is asked for, for the
 * default period and for another one (the last 6 months), as `GET /api/v1/analytics/overview`
 * asks for it. Each of those three requests is measured on its own (one row each). Meanwhile
 * the event loop's delay is sampled (`monitorEventLoopDelay`) and `GET /health` is asked every
 * 50 ms on a real HTTP server of the same process. Prints one markdown table; also the CPU time of each computation, since the
 * wall clock of a shared machine says little, and that of the server's thread alone (on Linux,
 * from /proc: what the event loop itself spent, whatever the machine's load).
 *
 *   npx tsx bench/analytics/event-loop.ts [--customers 100000] [--data-dir DIR] [--worker-only]
 *
 * `--worker-only` skips the run on the server's thread (its 35 s stall is known and costly).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  stopMetricsWorkers,
  useMetricsWorkers,
} from '../../packages/server/src/analytics-worker/metrics-pool.ts';
import { loadConfig } from '../../packages/server/src/config/config.ts';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem } from '../../packages/server/src/db/tenant.ts';
import { ensureDemoShop } from '../../packages/server/src/demo/ensure-demo-shop.ts';
import { createServices, listen } from '../../packages/server/src/server.ts';
import { getAnalyticsOverview } from '../../packages/server/src/use-cases/analytics/get-analytics-overview.ts';
import { loadCustomerMetrics } from '../../packages/server/src/use-cases/analytics/load-customer-metrics.ts';
import { dayToIso } from '../../packages/server/src/use-cases/analytics/local-day.ts';
import { demoMerchantId, growDemoShop } from '../web/grow-shop.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    'data-dir': { type: 'string' },
    'worker-only': { type: 'boolean', default: false },
  },
});
const customers = Number(values.customers);
const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'habitue-event-loop-'));

// The demo shop, then grown (growDemoShop opens the data directory itself), then opened to serve.
const seeding = await openStorage({ kind: 'embedded', dataDir }, { command: 'bench:event-loop' });
await ensureDemoShop(seeding.db, { seed: 1, now: new Date() });
await seeding.close();
const grown = await growDemoShop(dataDir, customers);
const storage = await openStorage({ kind: 'embedded', dataDir }, { command: 'bench:event-loop' });
const merchantId = await asSystem(storage.db, demoMerchantId);
const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
const server = await listen(createServices(storage, config), config);

/** CPU seconds of this process's main thread so far (Linux; NaN elsewhere). */
function mainThreadCpuS(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ, 100 on Linux
  } catch {
    return Number.NaN;
  }
}

type Row = {
  mode: string;
  request: string;
  wallS: number;
  cpuS: number;
  mainCpuS: number;
  maxMs: number;
  p99Ms: number;
  healthMaxMs: number;
  healthP99Ms: number;
  healthCount: number;
  healthFailed: number;
};
const rows: Row[] = [];
const modes = [
  ['server thread (0 workers)', 0],
  ['worker thread (1 worker)', 1],
] as const;
for (const [mode, workers] of modes.filter(([, w]) => w > 0 || !values['worker-only'])) {
  useMetricsWorkers(workers);
  // From scratch: no fit stored by the previous run, a fresh in-memory cache (another handle).
  await asSystem(storage.db, async (tx) => {
    await tx.deleteFrom('analytics_fits').execute();
    await tx.deleteFrom('analytics_figures').execute();
  });
  const db = storage.db.withPlugin({
    transformQuery: (a) => a.node,
    transformResult: async (a) => a.result,
  });
  let health: number[] = [];
  let asking = true;
  let failed = 0;
  // On a fixed schedule, each answer timed from when it was due: a request that could not
  // even be sent while the loop was blocked counts the whole wait (no coordinated omission).
  const ask = async () => {
    let due = performance.now();
    while (asking) {
      try {
        const response = await fetch(`${server.url}/health`);
        await response.arrayBuffer();
      } catch {
        failed += 1; // (a kept-alive connection the server closed while the loop was blocked)
      }
      health.push(performance.now() - due);
      due += 50;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      else due = performance.now();
    }
  };
  const asker = ask();
  /** One request, measured on its own: wall, CPU, the loop's delay and /health meanwhile. */
  const measure = async <T>(request: string, run: () => Promise<T>): Promise<T> => {
    health = [];
    failed = 0;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpuS();
    const started = performance.now();
    const result = await run();
    const wallS = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const mainCpuS = mainThreadCpuS() - mainBefore;
    // A stall is recorded only once the loop turns again (the histogram's timer fires late, the
    // /health answers held up arrive): let it, before closing this request's window.
    await new Promise((resolve) => setTimeout(resolve, 150));
    delay.disable();
    const sorted = [...health].sort((a, b) => a - b);
    rows.push({
      mode,
      request,
      wallS,
      // Of this process, all threads; the worker's own time is in `metrics.durationMs` too.
      cpuS: (cpu.user + cpu.system) / 1e6,
      mainCpuS,
      maxMs: delay.max / 1e6,
      p99Ms: delay.percentile(99) / 1e6,
      healthMaxMs: sorted.at(-1) ?? Number.NaN,
      healthP99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? Number.NaN,
      healthCount: sorted.length,
      healthFailed: failed,
    });
    return result;
  };
  const now = new Date();
  const scope = { db, merchantId, now };
  const metrics = await measure('figures', () => loadCustomerMetrics(scope));
  await measure('overview, default period', () => getAnalyticsOverview(scope, {}));
  const from = dayToIso(metrics.asOfDay - 182);
  const to = dayToIso(metrics.asOfDay);
  await measure(`overview, ${from} to ${to}`, () => getAnalyticsOverview(scope, { from, to }));
  asking = false;
  await asker;
  console.error(
    `${mode}: ${metrics.customers.length} customers, computation ${(metrics.durationMs / 1000).toFixed(1)} s`,
  );
}
await stopMetricsWorkers();
await server.close();
await storage.close();

const f = (n: number, d = 0) => n.toFixed(d);
console.log(
  `${customers} customers (${grown.added} added, ${grown.purchases} purchases added); load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log(
  '| where | request | wall (s) | CPU of the process (s) | CPU of the server thread (s) | event-loop delay max (ms) | p99 (ms) | /health asked (failed) | /health max (ms) | p99 (ms) |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.mode} | ${r.request} | ${f(r.wallS, 1)} | ${f(r.cpuS, 1)} | ${f(r.mainCpuS, 2)} | ${f(r.maxMs)} | ${f(r.p99Ms)} | ${r.healthCount} (${r.healthFailed}) | ${f(r.healthMaxMs)} | ${f(r.healthP99Ms)} |`,
  );
