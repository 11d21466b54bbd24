/**
 * Ingest benchmark of `habitue analyze` (results in docs/benchmarks/analytics-ingest.md):
 *   1. read + parse the 1M-row CSV: the hand-written reader vs csv-parse;
 *   2. transactions → per-customer summary, in process (and CSV → summary end to end);
 *   3. the whole `habitue analyze` on the file, as a child process: wall time and peak RSS.
 *
 *   npx tsx bench/analytics/generate-transactions.ts   # once: .bench-data/transactions-1m.csv
 *   npx tsx bench/analytics/ingest.ts [--skip-cli]
 * Times are the best of several runs; CPU time is printed too, since on a shared 2-core machine
 * wall time also measures the neighbours.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeCustomers } from '@habitue/analytics';
import { collectTransactions, readTable as readTableBytes } from '@habitue/import';
import { parse } from 'csv-parse/sync';
import { BENCH_DATA_DIR, benchFile } from './generate-transactions.ts';

/** The reader from a file on disk, as `habitue analyze` calls it. */
const readTable = async (path: string) => readTableBytes(await readFile(path));

const FILE = benchFile(1_000_000);
const RUNS = 3;

async function measure<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = await run();
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  console.log(
    `${label.padEnd(52)} ${best.toFixed(0).padStart(6)} ms wall ${bestCpu.toFixed(0).padStart(6)} ms CPU`,
  );
  return result!;
}

if (!existsSync(FILE)) {
  console.error(`${FILE} is missing: run npx tsx bench/analytics/generate-transactions.ts`);
  process.exit(1);
}

await measure('read + parse, hand-written reader (3 cells/row)', async () => {
  const table = await readTable(FILE);
  let rows = 0;
  table.forEachRow((row) => {
    rows += row.cell(0) === null || row.cell(1) === null || row.cell(2) === null ? 0 : 1;
  });
  return rows;
});
await measure(
  'read + parse, csv-parse (sync, all cells)',
  () => parse(readFileSync(FILE, 'utf8'), { delimiter: ';', relax_column_count: true }).length,
);
const table = await readTable(FILE);
const collected = await measure('clean rows → typed transactions (collect)', () =>
  collectTransactions(table, { overrides: {}, asOfDay: null, keepDuplicates: false }),
);
const asOfDay = Math.max(...collected.transactions.day.subarray(0, 1000)) + 1200;
await measure('transactions → per-customer summary', () =>
  summarizeCustomers(collected.transactions, { asOfDay, unit: 'week' }),
);
await measure('1M-row CSV → per-customer summary (all of it)', async () => {
  const fresh = await readTable(FILE);
  const c = collectTransactions(fresh, { overrides: {}, asOfDay: null, keepDuplicates: false });
  return summarizeCustomers(c.transactions, { asOfDay, unit: 'week' });
});

if (!process.argv.includes('--skip-cli')) {
  const bin = join(BENCH_DATA_DIR, '../packages/server/bin/habitue.js');
  for (const extra of [['--models', 'bgnbd'], []]) {
    const argv = ['-v', process.execPath, bin, 'analyze', FILE, '--json', ...extra];
    const run = spawnSync('/usr/bin/time', argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const field = (name: string) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim();
    const rss = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024;
    console.log(`habitue analyze --json ${extra.join(' ')} (child process): exit ${run.status}`);
    console.log(`  wall ${field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')}`);
    console.log(
      `  CPU user ${field('User time \\(seconds\\)')} s, system ${field('System time \\(seconds\\)')} s`,
    );
    console.log(`  peak RSS ${rss.toFixed(0)} MB`);
  }
}
