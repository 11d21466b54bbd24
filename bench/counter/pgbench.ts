import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { findPostgresBin } from '../../packages/server/test/support/postgres-server.ts';
import { postgresTicks, TICK_MS, ticksBetween, ticksOf } from './cpu.ts';

export type PgbenchResult = {
  tps: number;
  latencyAvgMs: number;
  failed: number;
  command: string;
  /** CPU of PostgreSQL's processes per transaction (ms), sampled inside the run. */
  postgresCpuMsPerTxn: number;
  /** CPU of pgbench itself, in cores. */
  pgbenchCores: number;
};

type Target = { port: number; database: string; postmaster: number | null };

const bin = () => join(findPostgresBin(), 'pgbench');
// Over TCP as the `postgres` role (trust auth), so this works as root or not.
const connection = (t: Target) => ['-h', '127.0.0.1', '-p', String(t.port), '-U', 'postgres'];

/** `pgbench -i -s <scale>`: the TPC-B-like tables (scale 10 = 1 M accounts, 10 branches). */
export function initPgbench(target: Target, scale: number): void {
  execFileSync(bin(), ['-i', '-q', '-s', String(scale), ...connection(target), target.database], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The default TPC-B-like script for a fixed duration: `-c clients -j min(2, clients) -T s`.
 * CPU is sampled from 1 s after the start to 0.5 s before the end, when every client is connected.
 */
export async function runPgbench(
  target: Target,
  clients: number,
  seconds: number,
): Promise<PgbenchResult> {
  const options = [
    '-c',
    String(clients),
    '-j',
    String(Math.min(2, clients)),
    '-T',
    String(seconds),
  ];
  const child = spawn(bin(), [...options, ...connection(target), target.database], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await sleep(1000);
  const before = {
    at: performance.now(),
    pg: postgresTicks(target.postmaster),
    self: ticksOf(child.pid!),
  };
  await sleep(seconds * 1000 - 1500);
  const wallMs = performance.now() - before.at;
  const pgTicks = ticksBetween(before.pg, postgresTicks(target.postmaster));
  const selfTicks = ticksOf(child.pid!) - before.self;
  if ((await exited) !== 0) throw new Error(`pgbench failed:\n${out}`);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1];
  if (!tps) throw new Error(`could not read tps from pgbench output:\n${out}`);
  return {
    tps: Number(tps),
    latencyAvgMs: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? Number.NaN),
    failed: Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0),
    command: `pgbench ${options.join(' ')} ${target.database}`,
    postgresCpuMsPerTxn: (pgTicks * TICK_MS) / ((Number(tps) * wallMs) / 1000),
    pgbenchCores: (selfTicks * TICK_MS) / wallMs,
  };
}
