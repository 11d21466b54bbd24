import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../../config/config.ts';
import { type ConnectionTarget, openDatabase } from '../../db/connect.ts';
import type { Io } from '../io.ts';
import { startServing } from './serve.ts';

/** How the first process tells the others where the database is (inherited, never logged). */
const DATABASE_VARIABLE = 'HABITUE_PROCESS_DATABASE';
/** A process that does not stop within this time after SIGTERM is killed. */
const STOP_GRACE_MS = 30_000;
/** The embedded PostgreSQL accepts 100 connections; the processes share 80 of them. */
const EMBEDDED_CONNECTIONS = 80;

export type ServerProcesses = { stop(): Promise<void> };

/**
 * `HABITUE_PROCESSES=N`: this (first) process keeps the database — it started the embedded
 * PostgreSQL and migrated it — and starts N server processes that share the port (Node's
 * cluster hands out connections) and the database. One that dies is replaced; on stop each
 * finishes its requests, mail round and jobs first. Resolves once all N listen.
 */
export async function startServerProcesses(
  config: Config,
  target: ConnectionTarget,
  io: Io,
): Promise<ServerProcesses> {
  const count = config.processes;
  const poolSize =
    target.kind === 'embedded'
      ? Math.max(4, Math.floor(EMBEDDED_CONNECTIONS / count))
      : target.poolSize;
  const env = {
    [DATABASE_VARIABLE]: JSON.stringify({ ...target, ...(poolSize ? { poolSize } : {}) }),
  };
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork(env);
    return new Promise<Worker>((resolve, reject) => {
      worker.once('listening', () => resolve(worker));
      worker.once('exit', (code, signal) =>
        reject(
          new Error(`server process exited before listening (code ${code}, signal ${signal})`),
        ),
      );
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    // A process that stopped on a signal (Ctrl-C reaches them all) said so by disconnecting.
    if (stopping || worker.exitedAfterDisconnect) return;
    io.stderr.write(
      `Server process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.\n`,
    );
    fork().catch((error: Error) => io.stderr.write(`${error.message}\n`));
  });
  const started = await Promise.allSettled(Array.from({ length: count }, fork));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    stopping = true;
    await stopAll();
    throw failed.reason;
  }
  return {
    async stop() {
      stopping = true;
      await stopAll();
    },
  };
}

async function stopAll(): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
          worker.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.process.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * One of the N server processes: connects to the database the first process opened, serves
 * until SIGINT/SIGTERM (or until the first process is gone), then stops cleanly.
 */
export async function runServerProcess(config: Config): Promise<number> {
  const target = JSON.parse(process.env[DATABASE_VARIABLE] ?? 'null') as ConnectionTarget | null;
  if (!target)
    throw new Error(`${DATABASE_VARIABLE} is not set: start Habitué with \`habitue start\``);
  // Listening before anything slow: the first process may die (kill -9) while this one starts.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    // The first process is gone: nobody would ever stop this one.
    process.once('disconnect', resolve);
    if (!process.connected) resolve();
  });
  const handle = await openDatabase(target);
  const serving = await startServing({ ...handle, warnings: [], target }, config);
  await stopped;
  await serving.stop();
  await handle.close();
  // The channel to the first process would keep this one alive.
  if (process.connected) cluster.worker?.disconnect();
  return 0;
}
