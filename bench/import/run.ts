/**
 * The import benchmark: N generated transactions (a tenth as many customers) imported with
 * `habitue import`'s code into PostgreSQL, and in the same run a raw `COPY` of the same purchase
 * rows into the same table, so the two rates share the machine's load of the moment; then the
 * same import into the embedded database.
 *
 *   npx tsx bench/import/run.ts [--rows 1000000]
 *
 * Prints a Markdown table (for docs/benchmarks/import.md).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readImportFile, readTable } from '@habitue/import';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { openStorage, type Storage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem } from '../../packages/server/src/db/tenant.ts';
import { importCustomersAndPurchases } from '../../packages/server/src/use-cases/imports/import-customers-and-purchases.ts';
import { startPostgres } from '../../packages/server/test/support/postgres-server.ts';
import { tillExport } from './till-export.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const ROWS = Number(values.rows);
const CUSTOMERS = Math.max(1, Math.round(ROWS / 10));

const generateCsv = () => tillExport(ROWS, CUSTOMERS);

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

type Timing = { readSeconds: number; writeSeconds: number; purchases: number; customers: number };

async function importOnce(storage: Storage, bytes: Uint8Array, slug: string): Promise<Timing> {
  const merchantId = await newMerchant(storage, slug);
  const started = performance.now();
  const file = readImportFile(await readTable(bytes), { maps: [], headerLine: null });
  const read = performance.now();
  const result = await importCustomersAndPurchases(
    { db: storage.db, merchantId, actor: { type: 'system', id: 'bench' }, now: new Date() },
    file,
    { dryRun: false, validRowsOnly: false },
  );
  const written = performance.now();
  if (result.status !== 'imported') throw new Error(`import: ${JSON.stringify(result)}`);
  return {
    readSeconds: (read - started) / 1000,
    writeSeconds: (written - read) / 1000,
    purchases: result.counts.purchasesAdded,
    customers: result.counts.customersAdded,
  };
}

/**
 * `COPY` of the same purchase rows (same columns, same customers, same day at noon in the
 * merchant's time zone) into `purchases`, through psql: the floor any insert path compares to.
 */
async function copyOnce(storage: Storage, url: string, slug: string, dir: string): Promise<number> {
  const merchantId = await asSystem(storage.db, async (tx) => {
    const row = await tx
      .selectFrom('merchants')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    return row.id;
  });
  const { rows } = await sql<{ id: string; external_ref: string }>`
    select id, external_ref from customers where merchant_id = ${merchantId}`.execute(storage.db);
  const ids = new Map(rows.map((r) => [r.external_ref, r.id]));
  const bytes = new TextDecoder().decode(generateCsv()).split('\n').slice(1, -1);
  const now = new Date().toISOString();
  const csv = bytes.map((line, i) => {
    const [customer, date, amount] = line.split(';') as [string, string, string];
    const [d, m, y] = date.split('/');
    const cents = Math.round(Number(amount.replace(',', '.')) * 100);
    return `${merchantId},${uuidv7()},${ids.get(customer)},${cents},${y}-${m}-${d} 12:00 Europe/Paris,copy:${i},,import,system,bench,${now}`;
  });
  const path = join(dir, 'purchases.csv');
  writeFileSync(path, `${csv.join('\n')}\n`);
  const started = performance.now();
  execFileSync('psql', [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-qc',
    `\\copy purchases (merchant_id, id, customer_id, amount_cents, occurred_at, external_id, items, source, actor_type, actor_id, created_at) from '${path}' with (format csv)`,
  ]);
  return (performance.now() - started) / 1000;
}

const rate = (rows: number, seconds: number) => Math.round(rows / seconds);
const fmt = (n: number) => n.toLocaleString('en');

const dir = mkdtempSync(join(tmpdir(), 'habitue-bench-import-'));
// As root, the embedded PostgreSQL runs as "postgres", which must reach its data directory.
chmodSync(dir, 0o755);
const postgres = await startPostgres();
try {
  const bytes = generateCsv();
  console.error(
    `${fmt(ROWS)} rows, ${fmt(CUSTOMERS)} customers, ${(bytes.length / 1e6).toFixed(1)} MB of CSV`,
  );
  execFileSync('psql', [postgres.url, '-qc', 'create database habitue']);
  const url = postgres.url.replace(/\/postgres$/, '/habitue');
  const pg = await openStorage({ kind: 'postgres', url }, { command: 'bench import' });
  const load = loadavg()[0]!;
  const imported = await importOnce(pg, bytes, 'bench-import');
  console.error(
    `PostgreSQL import: read ${imported.readSeconds.toFixed(1)} s, write ${imported.writeSeconds.toFixed(1)} s`,
  );
  const copySeconds = await copyOnce(pg, url, 'bench-import', dir);
  console.error(`PostgreSQL COPY: ${copySeconds.toFixed(1)} s`);
  await pg.close();

  const embedded = await openStorage(
    { kind: 'embedded', dataDir: join(dir, 'embedded') },
    { command: 'bench import' },
  );
  const inEmbedded = await importOnce(embedded, bytes, 'bench-import');
  await embedded.close();
  console.error(
    `Embedded import: read ${inEmbedded.readSeconds.toFixed(1)} s, write ${inEmbedded.writeSeconds.toFixed(1)} s`,
  );

  const writeRate = rate(ROWS, imported.writeSeconds);
  const wholeRate = rate(ROWS, imported.readSeconds + imported.writeSeconds);
  const copyRate = rate(ROWS, copySeconds);
  console.log(`| rows | path | seconds | rows/s | vs COPY |
|--:|---|--:|--:|--:|
| ${fmt(ROWS)} | PostgreSQL, raw \`COPY\` of the purchase rows | ${copySeconds.toFixed(1)} | ${fmt(copyRate)} | 100 % |
| ${fmt(ROWS)} | PostgreSQL, import: writing (customers + purchases, one transaction) | ${imported.writeSeconds.toFixed(1)} | ${fmt(writeRate)} | ${Math.round((100 * writeRate) / copyRate)} % |
| ${fmt(ROWS)} | PostgreSQL, import: reading the file + writing | ${(imported.readSeconds + imported.writeSeconds).toFixed(1)} | ${fmt(wholeRate)} | ${Math.round((100 * wholeRate) / copyRate)} % |
| ${fmt(ROWS)} | embedded, import: writing | ${inEmbedded.writeSeconds.toFixed(1)} | ${fmt(rate(ROWS, inEmbedded.writeSeconds))} | — |
| ${fmt(ROWS)} | embedded, import: reading the file + writing | ${(inEmbedded.readSeconds + inEmbedded.writeSeconds).toFixed(1)} | ${fmt(rate(ROWS, inEmbedded.readSeconds + inEmbedded.writeSeconds))} | — |

Load average (1 min) at the start: ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores. ${fmt(imported.customers)} customers and ${fmt(imported.purchases)} purchases written per import.`);
} finally {
  postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
