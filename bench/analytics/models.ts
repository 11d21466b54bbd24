/**
 * Benchmark of the customer-value model fits on CDNOW (Fader, Hardie & Lee 2005 data, see
 * shared/data/README.md). Run: npx tsx bench/analytics/models.ts
 * Times are medians of many in-process runs after warm-up; data parsing is not timed, the
 * compression of identical customers inside each fit is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectTransactions, readTable as readTableBytes } from '@habitue/import';
import {
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
} from '../../packages/analytics/src/models/index.ts';
import { summarizeCustomers } from '../../packages/analytics/src/summary/index.ts';
import { readCdnowMaster, readCdnowSample } from '../../packages/analytics/test/models/cdnow.ts';
import { benchFile } from './generate-transactions.ts';

/** The reader from a file on disk, as `habitue analyze` calls it. */
const readTable = async (path: string) => readTableBytes(await readFile(path));

function medianMs(run: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((p, q) => p - q);
  return times[Math.floor(runs / 2)]!;
}

function mustConverge<T extends { ok: boolean }>(label: string, fit: T): T {
  if (!fit.ok) throw new Error(`${label} did not converge: ${JSON.stringify(fit)}`);
  return fit;
}

const sample = readCdnowSample();
const master = readCdnowMaster();
const spend = { frequency: sample.frequency, monetary: sample.repeatSpend };
mustConverge('BG/NBD sample', fitBgNbd(sample));
mustConverge('Gamma-Gamma sample', fitGammaGamma(spend));
mustConverge('BG/NBD master', fitBgNbd(master));
mustConverge('Pareto/NBD sample', fitParetoNbd(sample));

const bgSample = medianMs(() => fitBgNbd(sample), 200);
const ggSample = medianMs(() => fitGammaGamma(spend), 200);
const bgPlusGg = medianMs(() => [fitBgNbd(sample), fitGammaGamma(spend)], 200);
const bgMaster = medianMs(() => fitBgNbd(master), 50);
const pnbdSample = medianMs(() => fitParetoNbd(sample), 10, 2);

/**
 * The customers of the 1M-row benchmark file (bench/analytics/generate-transactions.ts), as
 * `habitue analyze` fits them: everyone with a purchase, T up to the day after the last sale.
 */
async function benchmarkCustomers() {
  const file = benchFile(1_000_000);
  if (!existsSync(file)) return undefined;
  const options = { overrides: {}, asOfDay: null, keepDuplicates: false };
  const { transactions } = collectTransactions(await readTable(file), options);
  let lastDay = 0;
  for (const day of transactions.day) lastDay = Math.max(lastDay, day);
  const summary = summarizeCustomers(transactions, { asOfDay: lastDay, unit: 'week' });
  const kept = [...summary.purchaseDays.keys()].filter((c) => summary.purchaseDays[c]! > 0);
  const pick = (values: ArrayLike<number>) => Float64Array.from(kept, (c) => values[c]!);
  return { frequency: pick(summary.frequency), recency: pick(summary.recency), T: pick(summary.T) };
}

/** Median wall and CPU milliseconds of a few runs (CPU: the machine is shared). */
function medianWallAndCpu(run: () => unknown, runs: number): [wall: number, cpu: number] {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (v: number[]) => v.sort((p, q) => p - q)[Math.floor(v.length / 2)]!;
  return [median(walls), median(cpus)];
}

/** Our own scipy BG/NBD fit (bench/analytics/models_scipy_reference.py), if scipy is present. */
function scipyMs(customers: { frequency: number[]; recency: number[]; T: number[] }, runs: number) {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import scipy'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'habitue-bench-')), 'customers.tsv');
  const lines = customers.T.map((T, i) => `${customers.frequency[i]} ${customers.recency[i]} ${T}`);
  writeFileSync(file, lines.join('\n'));
  const script = new URL('./models_scipy_reference.py', import.meta.url).pathname;
  const out = execFileSync('/usr/bin/python3', [script, file, String(runs)], { encoding: 'utf8' });
  return JSON.parse(out) as { median_ms: number; log_likelihood: number; success: boolean };
}
const scipySample = scipyMs(sample, 20);
const scipyMaster = scipyMs(master, 5);

const large = await benchmarkCustomers();
if (large) {
  mustConverge('BG/NBD 1M-row file', fitBgNbd(large));
  mustConverge('Pareto/NBD 1M-row file', fitParetoNbd(large));
}
const largeFits = large && {
  customers: large.T.length,
  bgNbd: medianWallAndCpu(() => fitBgNbd(large), 5),
  paretoNbd: medianWallAndCpu(() => fitParetoNbd(large), 5),
};

const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(2)} ms`);
type Row = [label: string, ours: number, lifetimes?: number, target?: string, scipy?: number];
const rows: Row[] = [
  ['BG/NBD fit, sample (2,357)', bgSample, 86, '—', scipySample?.median_ms],
  ['Gamma-Gamma fit, sample (946 repeat)', ggSample, 42, '—'],
  ['BG/NBD + Gamma-Gamma, sample', bgPlusGg, 128, '≤ 10 ms'],
  ['BG/NBD fit, master (23,570)', bgMaster, 374, '≤ 30 ms', scipyMaster?.median_ms],
  ['Pareto/NBD fit, sample (2,357)', pnbdSample],
];

console.log(
  `Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log(
  '| fit | ours (median) | lifetimes 0.11 (issue) | target | our scipy reference (same run) |',
);
console.log('|---|---|---|---|---|');
for (const [label, ours, reference, target, scipy] of rows) {
  console.log(`| ${label} | ${ms(ours)} | ${ms(reference)} | ${target ?? '—'} | ${ms(scipy)} |`);
}
if (scipySample)
  console.log(
    `\nscipy sample ln L ${scipySample.log_likelihood.toFixed(3)} (success ${scipySample.success})`,
  );
if (scipyMaster)
  console.log(
    `scipy master ln L ${scipyMaster.log_likelihood.toFixed(3)} (success ${scipyMaster.success})`,
  );
if (largeFits) {
  console.log(
    `\n1M-row benchmark file, ${largeFits.customers} customers (median of 5, wall / CPU):`,
  );
  for (const [label, [wall, cpu]] of [
    ['BG/NBD', largeFits.bgNbd],
    ['Pareto/NBD', largeFits.paretoNbd],
  ] as const) {
    console.log(`| ${label} fit | ${wall.toFixed(0)} ms wall | ${cpu.toFixed(0)} ms CPU |`);
  }
} else
  console.log(
    '\n(no .bench-data/transactions-1m.csv: run generate-transactions.ts for the 1M-row fits)',
  );
