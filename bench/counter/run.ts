/**
 * The counter benchmark: the real server, as a child process, under the till's request mix
 * (70 % purchases, 20 % card reads, 10 % redemptions) at several concurrencies, on PostgreSQL
 * with production durability and on the embedded database, next to pgbench on the same server.
 *
 *   npm run bench:counter              full run (5–7 min), updates docs/benchmarks/counter.md
 *   npm run bench:counter -- --quick   short run (~2 min)
 *   npm run bench:counter -- --help
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterFiles } from '../../packages/server/src/db/embedded/cluster-files.ts';
import { isAlive, readPostmaster } from '../../packages/server/src/db/embedded/postmaster-pid.ts';
import { embeddedSuperuserUrl } from '../../packages/server/test/durability/server-process.ts';
import {
  type PostgresServer,
  startPostgres,
} from '../../packages/server/test/support/postgres-server.ts';
import { type BurstResult, burstTable, burstVerdicts, runBurst } from './burst.ts';
import { cpuShare, snapshot } from './cpu.ts';
import { writeResults } from './document.ts';
import { createClient } from './http-client.ts';
import { type Operation, runClosedLoop } from './load.ts';
import { describeMachine } from './machine.ts';
import { counterMix } from './mix.ts';
import { type Options, readOptions } from './options.ts';
import { initPgbench, type PgbenchResult, runPgbench } from './pgbench.ts';
import { latestMainProfile, monotonicUs, profileSummary, type Window } from './profile.ts';
import { query, serverSettings, statementCount, transactionCount, withDatabase } from './psql.ts';
import {
  type Backend,
  type Cell,
  detailTable,
  errorExamples,
  headlineTable,
  type Row,
  verdicts,
} from './report.ts';
import { startServer } from './server-process.ts';
import { createRegular, createShop } from './shop.ts';

const DOC = fileURLToPath(new URL('../../docs/benchmarks/counter.md', import.meta.url));
const APP_DATABASE = 'habitue';
const PGBENCH_DATABASE = 'pgbench';

/** Everything to undo, newest first, whether the run succeeds, fails or is interrupted. */
const cleanups: (() => void)[] = [];
function cleanUp() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()!();
    } catch (error) {
      console.error(`clean-up: ${error}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and PostgreSQL`);
    cleanUp();
    process.exit(130);
  });
}

const log = (line: string) => console.error(`[bench] ${line}`);

function postmasterPid(pg: PostgresServer): number | null {
  try {
    return Number(readFileSync(join(pg.dataDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

async function benchBackend(
  backend: Backend,
  options: Options,
  pg: PostgresServer,
  pgbench: Map<number, PgbenchResult>,
  bursts: (BurstResult & { backend: Backend })[],
  profiles: string[],
): Promise<Row[]> {
  const onPostgres = backend === 'PostgreSQL';
  const citusUrl = backend === 'Citus' ? options.citusUrl : null;
  const appUrl = citusUrl ?? withDatabase(pg.url, APP_DATABASE);
  const appDatabase = citusUrl ? new URL(citusUrl).pathname.slice(1) : APP_DATABASE;
  let target: { databaseUrl: string } | { dataDir: string };
  /** The embedded cluster's data directory (its postmaster.pid, its superuser). */
  let embeddedDir: string | null = null;
  if (onPostgres || citusUrl) {
    target = { databaseUrl: appUrl };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'habitue-bench-embedded-'));
    embeddedDir = dataDir;
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // A server killed by Ctrl-C leaves its PostgreSQL running (its own process group).
    cleanups.push(() => {
      const left = readPostmaster(clusterFiles(dataDir).pgdata);
      if (left && isAlive(left.pid)) process.kill(left.pid, 'SIGINT');
    });
    target = { dataDir };
  }
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const profileDir = options.profileDir ? join(options.profileDir, backend) : null;
  /** The purchases-only cells' measured phases, for the profile's summary. */
  const profiled: Window[] = [];
  let server = await startServer(target, {
    ...(profileDir ? { cpuProfileDir: profileDir } : {}),
    onSpawn: (kill) => cleanups.push(kill),
  });
  const clientSize = Math.max(...options.concurrencies, ...options.bursts) + 8;
  let client = createClient(server.url, clientSize);
  try {
    log(`${backend}: server ${server.url}; creating the shop (${options.customers} customers)`);
    const shop = await createShop(client, options.customers);
    const warm = await runClosedLoop({
      client,
      concurrency: 8,
      durationMs: 180_000,
      maxRequests: options.warmupPurchases,
      next: counterMix(shop, { seed: options.seed + 1, phase: 'stock', only: 'purchase' }),
    });
    const failed = [...warm.byKind.values()].reduce((n, k) => n + k.errors, 0);
    if (failed > 0) throw new Error(`warm-up purchases failed: ${warm.errorExamples.join('; ')}`);
    log(
      `${backend}: ${warm.latencies.length} warm-up purchases in ${(warm.elapsedMs / 1000).toFixed(1)} s`,
    );
    /** A server on this machine, from its data directory. */
    const postmasterAt = (url: string) =>
      readPostmaster(query(url, 'show data_directory')[0]![0]!)?.pid ?? null;
    const findPostmaster = () =>
      embeddedDir
        ? (readPostmaster(clusterFiles(embeddedDir).pgdata)?.pid ?? null)
        : citusUrl
          ? postmasterAt(citusUrl)
          : postmasterPid(pg);
    // On Citus the workers' PostgreSQL CPU counts too (the nodes of the cluster's metadata).
    const workers = citusUrl
      ? query(citusUrl, 'select nodename, nodeport from pg_dist_node where groupid <> 0').flatMap(
          ([host, port]) => {
            const url = new URL(citusUrl);
            url.hostname = host!;
            url.port = port!;
            const pid = postmasterAt(url.toString());
            return pid === null ? [] : [pid];
          },
        )
      : [];
    let postmaster = findPostmaster();
    // Transactions counted on the server the cell runs on, as its superuser.
    const findStatsUrl = () =>
      embeddedDir ? embeddedSuperuserUrl(embeddedDir) : (citusUrl ?? pg.url);
    let statsUrl = findStatsUrl();
    const rows: Row[] = [];
    /** One measured cell: a checkpoint, unmeasured warm-up, then the measured phase. */
    const measure = async (
      cell: Cell,
      concurrency: number,
      next: (phase: string, seed: number) => (worker: number) => Operation,
    ) => {
      query(statsUrl, 'checkpoint');
      await runClosedLoop({
        client,
        concurrency,
        durationMs: options.warmupSeconds * 1000,
        maxRequests: 1_000_000,
        next: next('warm', options.seed + 100 + concurrency),
      });
      const before = snapshot(server.pid, postmaster, workers);
      const xactsBefore = transactionCount(statsUrl, appDatabase);
      const statementsBefore = statementCount(statsUrl, appDatabase);
      const fromUs = monotonicUs();
      const phase = await runClosedLoop({
        client,
        concurrency,
        durationMs: options.measureSeconds * 1000,
        maxRequests: 5_000_000,
        next: next('measure', options.seed + 200 + concurrency),
      });
      if (cell === 'purchases') profiled.push({ fromUs, toUs: monotonicUs() });
      const cpu = cpuShare(before, snapshot(server.pid, postmaster, workers));
      const xacts = transactionCount(statsUrl, appDatabase) - xactsBefore;
      const statementsAfter = statementCount(statsUrl, appDatabase);
      const requests = phase.latencies.length;
      rows.push({
        backend,
        cell,
        concurrency,
        phase,
        cpu,
        transactionsPerOp: xacts / requests,
        statementsPerOp:
          statementsBefore === null || statementsAfter === null
            ? null
            : (statementsAfter - statementsBefore) / requests,
        pgbenchTps: onPostgres ? (pgbench.get(concurrency)?.tps ?? null) : null,
        pgbenchCpuMs: onPostgres ? (pgbench.get(concurrency)?.postgresCpuMsPerTxn ?? null) : null,
      });
      log(
        `${backend} ${cell} c=${concurrency}: ${(requests / (phase.elapsedMs / 1000)).toFixed(0)} ops/s`,
      );
    };
    for (const concurrency of options.concurrencies) {
      const cellOf = (cell: string, only?: 'purchase') => (phase: string, seed: number) =>
        counterMix(shop, {
          seed,
          phase: `${backend}-${cell}-${concurrency}-${phase}`,
          ...(only ? { only } : {}),
        });
      await measure('mix', concurrency, cellOf('mix'));
      await measure('purchases', concurrency, cellOf('purchases', 'purchase'));
    }
    if (options.history > 0) {
      // History independence: the same purchase for a regular with `history` purchases behind
      // them (two ledger entries each, one per program) and for the shop's ordinary customers.
      // In both cells a free coffee is taken every eleventh request, as a regular uses the
      // voucher each ten visits unlock (without it the regular would pile up hundreds of open
      // vouchers during the cell, which no real customer has and every card must show).
      const regular = await createRegular(client, shop, options.history);
      log(`${backend}: a regular with ${options.history} purchases is ready`);
      const only = (customerIds: string[], cell: string) => (phase: string, seed: number) =>
        counterMix(
          { ...shop, customerIds },
          {
            seed,
            phase: `${backend}-${cell}-${phase}`,
            only: 'purchase',
            stampRedemptionEvery: 11,
          },
        );
      await measure('new customers', 1, only(shop.customerIds, 'new'));
      await measure(`${options.history} purchases`, 1, only([regular], 'regular'));
    }
    for (const concurrency of options.bursts) {
      const burst = await runBurst({
        client,
        concurrency,
        durationMs: options.measureSeconds * 1000,
        next: counterMix(shop, {
          seed: options.seed + 300 + concurrency,
          phase: `${backend}-burst-${concurrency}`,
        }),
      });
      bursts.push({ ...burst, backend });
      log(
        `${backend} burst of ${concurrency}: ${burst.shed} shed, ${burst.accepted.length} accepted`,
      );
    }
    for (const processes of options.processes.filter((n) => n > 1)) {
      // The same shop and database, served by N processes sharing the port: next to the
      // purchases cell of one process at the same concurrency.
      client.close();
      await stopProfiled();
      server = await startServer(target, {
        processes,
        onSpawn: (kill) => cleanups.push(kill),
      });
      client = createClient(server.url, clientSize);
      postmaster = findPostmaster();
      statsUrl = findStatsUrl();
      const concurrency = Math.max(...options.concurrencies);
      await measure(`purchases, ${processes} processes`, concurrency, (phase, seed) =>
        counterMix(shop, {
          seed,
          phase: `${backend}-processes-${processes}-${concurrency}-${phase}`,
          only: 'purchase',
        }),
      );
    }
    return rows;
  } finally {
    client.close();
    await stopProfiled();
  }

  /** Stops the server; the first (profiled) one writes its profile, summarised once. */
  async function stopProfiled() {
    await server.stop();
    if (!profileDir || profiled.length === 0) return;
    const path = latestMainProfile(profileDir);
    if (path) profiles.push(`${backend}. ${profileSummary(path, profiled.splice(0))}`);
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  log('starting PostgreSQL (fsync and synchronous_commit left on, as in production)');
  // pg_stat_statements counts the statements (BEGIN and COMMIT included) of each cell.
  const pg = await startPostgres({
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track_utility': 'on',
    'pg_stat_statements.max': '10000',
  });
  cleanups.push(() => pg.stop());
  try {
    query(pg.url, 'create extension pg_stat_statements');
    query(pg.url, `create database ${APP_DATABASE}`);
    query(pg.url, `create database ${PGBENCH_DATABASE}`);
    const settings = serverSettings(pg.url);
    const pgbench = new Map<number, PgbenchResult>();
    if (options.backends.includes('PostgreSQL')) {
      const target = { port: pg.port, database: PGBENCH_DATABASE, postmaster: postmasterPid(pg) };
      log(`pgbench -i -s ${options.pgbenchScale}`);
      initPgbench(target, options.pgbenchScale);
      for (const clients of options.concurrencies) {
        query(pg.url, 'checkpoint');
        const result = await runPgbench(target, clients, options.pgbenchSeconds);
        pgbench.set(clients, result);
        log(`${result.command}: ${result.tps.toFixed(0)} tps`);
      }
    }
    const rows: Row[] = [];
    const bursts: (BurstResult & { backend: Backend })[] = [];
    const profiles: string[] = [];
    for (const backend of options.backends) {
      rows.push(...(await benchBackend(backend, options, pg, pgbench, bursts, profiles)));
    }
    const machine = describeMachine(settings);
    const results = [
      `Run of ${new Date().toISOString().slice(0, 10)}${options.quick ? ' (--quick: short phases, not for comparison)' : ''}: ${options.measureSeconds} s measured per cell after ${options.warmupSeconds} s of warm-up, ${options.customers} customers, seed ${options.seed}; total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
      '',
      machine,
      '',
      headlineTable(rows),
      '',
      'ops/s: every request of the mix, completed (2xx, expected 409 refusals and errors alike) per second. purchases/s: recorded purchases (201) per second. Latency: from writing the request to reading the last byte of the answer, over every request of the cell. ratio: ops/s ÷ pgbench tps at the same concurrency.',
      '',
      detailTable(rows),
      '',
      'pgbench: ' +
        [...pgbench.values()]
          .map(
            (r) =>
              `\`${r.command}\` → ${r.tps.toFixed(0)} tps, ${r.latencyAvgMs} ms average, ${r.failed} failed, PostgreSQL CPU ${r.postgresCpuMsPerTxn.toFixed(2)} ms/transaction, pgbench ${r.pgbenchCores.toFixed(2)} cores`,
          )
          .join('; ') +
        ` (after \`pgbench -i -s ${options.pgbenchScale}\`).`,
      '',
      ...(bursts.length > 0
        ? [
            'Bursts: every client at once for the measured seconds; a request the server cannot start in time is answered 503 `overloaded` at once (shed) and its client waits the Retry-After before the next one. Latency of accepted requests only.',
            '',
            burstTable(bursts),
            '',
          ]
        : []),
      ...verdicts(rows).map((v) => `- ${v}`),
      ...burstVerdicts(bursts).map((v) => `- ${v}`),
      ...bursts.flatMap((b) =>
        b.errorExamples.map((e) => `- error: ${b.backend} burst ${b.concurrency}: ${e}`),
      ),
      ...errorExamples(rows).map((e) => `- error: ${e}`),
      ...profiles.flatMap((p) => ['', p]),
    ].join('\n');
    console.log(`\n${results}\n`);
    if (options.writeDoc) {
      writeResults(DOC, results);
      log(`results written to ${DOC}`);
    }
  } finally {
    cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  cleanUp();
  process.exitCode = 1;
});
