/**
 * One import of the benchmark's till export into a fresh PostgreSQL, for a CPU profile of the
 * whole command as a user runs it (reading the file, then writing it):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/import/profile.ts [--rows 1000000]
 *   npx tsx bench/import/profile-top.ts /tmp/prof/*.cpuprofile
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readImportFile, readTable } from '@habitue/import';
import { uuidv7 } from 'uuidv7';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem } from '../../packages/server/src/db/tenant.ts';
import { importCustomersAndPurchases } from '../../packages/server/src/use-cases/imports/import-customers-and-purchases.ts';
import { startPostgres } from '../../packages/server/test/support/postgres-server.ts';
import { tillExport } from './till-export.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const rows = Number(values.rows);
const bytes = tillExport(rows, Math.max(1, Math.round(rows / 10)));
const postgres = await startPostgres();
try {
  execFileSync('psql', [postgres.url, '-qc', 'create database habitue']);
  const storage = await openStorage(
    { kind: 'postgres', url: postgres.url.replace(/\/postgres$/, '/habitue') },
    { command: 'bench import' },
  );
  const merchantId = uuidv7();
  await asSystem(storage.db, (tx) =>
    tx
      .insertInto('merchants')
      .values({ id: merchantId, name: 'bench', slug: 'bench', signup_token: 'signup-bench' })
      .execute(),
  );
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
  console.error(
    `${rows} rows: read ${((read - started) / 1000).toFixed(1)} s, write ${((written - read) / 1000).toFixed(1)} s`,
  );
  await storage.close();
} finally {
  postgres.stop();
}
