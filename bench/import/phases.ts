/**
 * The phases of one import of the benchmark's till export into a fresh PostgreSQL, with the CPU
 * time of the importing process and of PostgreSQL's processes over each phase:
 *
 *   npx tsx bench/import/phases.ts [--rows 1000000] [--imports 1]
 *
 * Phases: reading the file with the sales stored meanwhile (until the reader has nothing
 * left), the file's rows checked, the customers (with their tags and consents), the purchases
 * left, the refunds, and the rest (opening balances, audit, the purchases' customer check and
 * the commit).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ImportFileReader, importFileReader, readTable } from '@habitue/import';
import { uuidv7 } from 'uuidv7';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { asSystem } from '../../packages/server/src/db/tenant.ts';
import {
  type ImportStep,
  importCustomersAndPurchases,
} from '../../packages/server/src/use-cases/imports/import-customers-and-purchases.ts';
import { startPostgres } from '../../packages/server/test/support/postgres-server.ts';
import { tillExport } from './till-export.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    imports: { type: 'string', default: '1' },
  },
});
const rows = Number(values.rows);
const bytes = tillExport(rows, Math.max(1, Math.round(rows / 10)));
const postgres = await startPostgres();
const PHASE_ENDED_BY: Record<ImportStep, string> = {
  customers: 'rows checked',
  purchases: 'customers, tags, consents',
  refunds: 'purchases left',
  balances: 'refunds',
};

/** User + system seconds of the PostgreSQL server's processes (the postmaster's children). */
function postgresCpu(): number {
  const postmaster = readFileSync(join(postgres.dataDir, 'data', 'postmaster.pid'), 'utf8')
    .split('\n')[0]!
    .trim();
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state, ppid … utime (14th field of the line), stime (15th).
    if (pid !== postmaster && fields[1] !== postmaster) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

try {
  execFileSync('psql', [postgres.url, '-qc', 'create database habitue']);
  const storage = await openStorage(
    { kind: 'postgres', url: postgres.url.replace(/\/postgres$/, '/habitue') },
    { command: 'bench import' },
  );
  for (let run = 1; run <= Number(values.imports); run++) {
    const merchantId = uuidv7();
    await asSystem(storage.db, (tx) =>
      tx
        .insertInto('merchants')
        .values({
          id: merchantId,
          name: `bench-${run}`,
          slug: `bench-${run}`,
          signup_token: `signup-bench-${run}`,
          time_zone: 'Europe/Paris',
        })
        .execute(),
    );
    const marks: { phase: string; at: number; cpu: number; pg: number }[] = [];
    const mark = (phase: string) => {
      const cpu = process.cpuUsage();
      marks.push({
        phase,
        at: performance.now(),
        cpu: (cpu.user + cpu.system) / 1e6,
        pg: postgresCpu(),
      });
    };
    mark('start');
    const inner = importFileReader(await readTable(bytes), { maps: [], headerLine: null });
    let done = false;
    const reader: ImportFileReader = {
      head: inner.head,
      readSome: (n) => {
        const slice = inner.readSome(n);
        if (slice === null && !done) {
          done = true;
          mark('reading + sales');
        }
        return slice;
      },
      finish: () => inner.finish(),
    };
    const result = await importCustomersAndPurchases(
      { db: storage.db, merchantId, actor: { type: 'system', id: 'bench' }, now: new Date() },
      reader,
      {
        dryRun: false,
        validRowsOnly: false,
        // Each step's start ends the phase before it.
        onStep: async (step) => mark(PHASE_ENDED_BY[step]),
      },
    );
    mark('balances, check, commit');
    if (result.status !== 'imported') throw new Error(`import: ${JSON.stringify(result)}`);
    console.log(
      `import ${run}: ${rows} rows, ${result.counts.customersAdded} customers, ${result.counts.purchasesAdded} purchases added`,
    );
    console.log('| phase | s | import CPU s | PostgreSQL CPU s |\n|---|--:|--:|--:|');
    for (let i = 1; i < marks.length; i++) {
      const [a, b] = [marks[i - 1]!, marks[i]!];
      console.log(
        `| ${b.phase} | ${((b.at - a.at) / 1000).toFixed(2)} | ${(b.cpu - a.cpu).toFixed(2)} | ${(b.pg - a.pg).toFixed(2)} |`,
      );
    }
    const [first, last] = [marks[0]!, marks.at(-1)!];
    console.log(
      `| whole | ${((last.at - first.at) / 1000).toFixed(2)} | ${(last.cpu - first.cpu).toFixed(2)} | ${(last.pg - first.pg).toFixed(2)} |`,
    );
  }
  await storage.close();
} finally {
  postgres.stop();
}
