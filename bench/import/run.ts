/**
 * The import benchmark: N generated transactions (a tenth as many customers) imported with
 * `habitue import`'s code into PostgreSQL, and in the same run a raw `COPY` of the same purchase
 * rows into the same table. The two alternate, `--runs` times, each pass starting from the same
 * empty tables after a checkpoint, so that every pair shares the machine's load of its moment;
 * the medians are what the documentation quotes. Then one import into the embedded database.
 *
 *   npx tsx bench/import/run.ts [--rows 1000000] [--runs 3] [--no-embedded] [--read-first]
 *
 * The import is timed as a user runs it: reading the file and writing it, which overlap (the
 * sales are stored while the rest of the file is read). `--read-first` reads the whole file
 * before writing anything, as the import did before, for a comparison in the same run.
 * Prints a Markdown table (for docs/benchmarks/import.md).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFileReader, readImportFile, readTable } from '@habitue/import';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { openStorage, type Storage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem } from '../../packages/server/src/db/tenant.ts';
import { importCustomersAndPurchases } from '../../packages/server/src/use-cases/imports/import-customers-and-purchases.ts';
import { startPostgres } from '../../packages/server/test/support/postgres-server.ts';
import { tillExport } from './till-export.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'no-embedded': { type: 'boolean', default: false },
    'read-first': { type: 'boolean', default: false },
  },
});
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);
const READ_FIRST = values['read-first'];
const CUSTOMERS = Math.max(1, Math.round(ROWS / 10));

async function newMerchant(storage: Storage, slug: string): Promise<string> {
  const id = uuidv7();
  await asSystem(storage.db, (tx) =>
    tx
      .insertInto('merchants')
      .values({ id, name: slug, slug, signup_token: `signup-${slug}`, time_zone: 'Europe/Paris' })
      .execute(),
  );
  return id;
}

type Timing = {
  merchantId: string;
  /** Reading the file and writing it, as `habitue import` does. */
  seconds: number;
  /** CPU time of this process meanwhile: what the machine's load does not inflate. */
  cpuSeconds: number;
  /** With `--read-first`: the reading alone, before anything is written. */
  readSeconds: number | null;
  purchases: number;
  customers: number;
};

async function importOnce(storage: Storage, bytes: Uint8Array, slug: string): Promise<Timing> {
  const merchantId = await newMerchant(storage, slug);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const table = await readTable(bytes);
  const options = { maps: [], headerLine: null };
  const source = READ_FIRST ? readImportFile(table, options) : importFileReader(table, options);
  const read = performance.now();
  const result = await importCustomersAndPurchases(
    { db: storage.db, merchantId, actor: { type: 'system', id: 'bench' }, now: new Date() },
    source,
    { dryRun: false, validRowsOnly: false },
  );
  const used = process.cpuUsage(cpu);
  const written = performance.now();
  if (result.status !== 'imported') throw new Error(`import: ${JSON.stringify(result)}`);
  return {
    merchantId,
    seconds: (written - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    readSeconds: READ_FIRST ? (read - started) / 1000 : null,
    purchases: result.counts.purchasesAdded,
    customers: result.counts.customersAdded,
  };
}

/**
 * The same purchase rows (same columns, same customers, same day at noon in the merchant's
 * time zone) as a CSV file for `COPY`.
 */
async function copyFile(storage: Storage, merchantId: string, path: string): Promise<void> {
  const { rows } = await sql<{ id: string; external_ref: string }>`
    select id, external_ref from customers where merchant_id = ${merchantId}`.execute(storage.db);
  const ids = new Map(rows.map((r) => [r.external_ref, r.id]));
  const lines = new TextDecoder().decode(tillExport(ROWS, CUSTOMERS)).split('\n').slice(1, -1);
  const now = new Date().toISOString();
  const csv = lines.map((line, i) => {
    const [customer, date, amount] = line.split(';') as [string, string, string];
    const [d, m, y] = date.split('/');
    const cents = Math.round(Number(amount.replace(',', '.')) * 100);
    return `${merchantId},${uuidv7()},${ids.get(customer)},${cents},${y}-${m}-${d} 12:00 Europe/Paris,copy:${i},,import,system,bench,${now}`;
  });
  writeFileSync(path, `${csv.join('\n')}\n`);
}

/**
 * The rows the import stored, exactly (its row identities as `external_id`: keys of about 50
 * characters in no particular order, where the file above numbers its rows in order), as a CSV
 * file for `COPY`.
 */
function storedRowsFile(url: string, merchantId: string, path: string): void {
  psql(
    url,
    `\\copy (select ${COPY_COLUMNS} from purchases where merchant_id = '${merchantId}' order by ctid) to '${path}' with (format csv)`,
  );
}

const COPY_COLUMNS =
  'merchant_id, id, customer_id, amount_cents, occurred_at, external_id, items, source, actor_type, actor_id, created_at';

/** `COPY` through psql, as the owner: no conflict check, no row-level policy. */
function copyOnce(url: string, path: string): number {
  const started = performance.now();
  psql(url, `\\copy purchases (${COPY_COLUMNS}) from '${path}' with (format csv)`);
  return (performance.now() - started) / 1000;
}

function psql(url: string, command: string): void {
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', command], { stdio: 'pipe' });
}

/**
 * Empty tables and a checkpoint: every pass starts from the same state. (The ledger's
 * append-only trigger is for the product; the benchmark's database is thrown away.)
 */
function reset(url: string, tables: string): void {
  psql(url, `set session_replication_role = replica; truncate ${tables} cascade`);
  psql(url, 'checkpoint');
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rate = (rows: number, seconds: number) => Math.round(rows / seconds);
const fmt = (n: number) => n.toLocaleString('en');
const pct = (a: number, b: number) => `${Math.round((100 * a) / b)} %`;

const dir = mkdtempSync(join(tmpdir(), 'habitue-bench-import-'));
// As root, the embedded PostgreSQL runs as "postgres", which must reach its data directory.
chmodSync(dir, 0o755);
const postgres = await startPostgres();
try {
  const bytes = tillExport(ROWS, CUSTOMERS);
  console.error(
    `${fmt(ROWS)} rows, ${fmt(CUSTOMERS)} customers, ${(bytes.length / 1e6).toFixed(1)} MB of CSV`,
  );
  psql(postgres.url, 'create database habitue');
  const url = postgres.url.replace(/\/postgres$/, '/habitue');
  const pg = await openStorage({ kind: 'postgres', url }, { command: 'bench import' });
  const runs: (Timing & { copySeconds: number; storedCopySeconds: number; load: number })[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const load = loadavg()[0]!;
    reset(url, 'customers, purchases');
    const imported = await importOnce(pg, bytes, `bench-import-${run}`);
    const path = join(dir, 'purchases.csv');
    await copyFile(pg, imported.merchantId, path);
    const storedPath = join(dir, 'stored-purchases.csv');
    storedRowsFile(url, imported.merchantId, storedPath);
    reset(url, 'purchases');
    const copySeconds = copyOnce(url, path);
    reset(url, 'purchases');
    const storedCopySeconds = copyOnce(url, storedPath);
    runs.push({ ...imported, copySeconds, storedCopySeconds, load });
    console.error(
      `run ${run} (load ${load.toFixed(1)}): import ${imported.seconds.toFixed(1)} s (CPU ${imported.cpuSeconds.toFixed(1)} s${imported.readSeconds === null ? '' : `, of which reading first ${imported.readSeconds.toFixed(1)} s`}); COPY ${copySeconds.toFixed(1)} s; COPY of the stored rows ${storedCopySeconds.toFixed(1)} s`,
    );
  }
  await pg.close();

  let embedded: Timing | null = null;
  if (!values['no-embedded']) {
    const storage = await openStorage(
      { kind: 'embedded', dataDir: join(dir, 'embedded') },
      { command: 'bench import' },
    );
    embedded = await importOnce(storage, bytes, 'bench-import');
    await storage.close();
    console.error(
      `Embedded import: ${embedded.seconds.toFixed(1)} s (CPU ${embedded.cpuSeconds.toFixed(1)} s)`,
    );
  }

  const line = (label: string, r: (typeof runs)[number]) =>
    `| ${label} | ${r.load.toFixed(1)} | ${r.copySeconds.toFixed(1)} | ${r.storedCopySeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${fmt(rate(ROWS, r.copySeconds))} | ${fmt(rate(ROWS, r.seconds))} (${pct(r.copySeconds, r.seconds)}; ${pct(r.storedCopySeconds, r.seconds)}) |`;
  const medianOf = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
  const ratios = runs.map((r) => r.copySeconds / r.seconds);
  const storedRatios = runs.map((r) => r.storedCopySeconds / r.seconds);
  const how = READ_FIRST
    ? `the file read whole before anything is written (\`--read-first\`: reading ${medianOf((r) => r.readSeconds ?? 0).toFixed(1)} s, median)`
    : 'the sales stored while the file is read';
  console.log(`${fmt(ROWS)} rows, ${fmt(runs[0]!.customers)} customers and ${fmt(runs[0]!.purchases)} purchases written per import, ${how}; ${cpus().length} cores.

COPY: the rows numbered in order (\`copy:0\`, \`copy:1\`…); COPY of the stored rows: the rows the import stored, its row identities included.

| run | load (1 min) | COPY s | COPY of the stored rows s | import s (reading + writing) | import CPU s | COPY rows/s | import rows/s (vs COPY; vs COPY of the stored rows) |
|---|--:|--:|--:|--:|--:|--:|--:|
${runs.map((r, i) => line(String(i + 1), r)).join('\n')}
| median | ${medianOf((r) => r.load).toFixed(1)} | ${medianOf((r) => r.copySeconds).toFixed(1)} | ${medianOf((r) => r.storedCopySeconds).toFixed(1)} | ${medianOf((r) => r.seconds).toFixed(1)} | ${medianOf((r) => r.cpuSeconds).toFixed(1)} | | ${Math.round(100 * median(ratios))} %; ${Math.round(100 * median(storedRatios))} % |
${
  embedded === null
    ? ''
    : `
Embedded: ${embedded.seconds.toFixed(1)} s, CPU ${embedded.cpuSeconds.toFixed(1)} s: ${fmt(rate(ROWS, embedded.seconds))} rows/s, reading included (load ${loadavg()[0]!.toFixed(1)} at the end).`
}`);
} finally {
  postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
