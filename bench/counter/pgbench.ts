import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findPostgresBin } from '../../packages/server/test/support/postgres-server.ts';

export type PgbenchResult = { tps: number; latencyAvgMs: number; failed: number; command: string };

type Target = { port: number; database: string };

function pgbench(args: string[]): string {
  // Over TCP as the `postgres` role (trust auth), so this works as root or not.
  return execFileSync(join(findPostgresBin(), 'pgbench'), args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
}

const connection = (t: Target) => ['-h', '127.0.0.1', '-p', String(t.port), '-U', 'postgres'];

/** `pgbench -i -s <scale>`: the TPC-B-like tables (scale 10 = 1 M accounts, 10 branches). */
export function initPgbench(target: Target, scale: number): void {
  pgbench(['-i', '-q', '-s', String(scale), ...connection(target), target.database]);
}

/** The default TPC-B-like script for a fixed duration: `-c clients -j min(2, clients) -T s`. */
export function runPgbench(target: Target, clients: number, seconds: number): PgbenchResult {
  const args = [
    '-c',
    String(clients),
    '-j',
    String(Math.min(2, clients)),
    '-T',
    String(seconds),
    ...connection(target),
    target.database,
  ];
  const out = pgbench(args);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1];
  if (!tps) throw new Error(`could not read tps from pgbench output:\n${out}`);
  return {
    tps: Number(tps),
    latencyAvgMs: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? Number.NaN),
    failed: Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0),
    command: `pgbench ${args.filter((a, i) => !['-h', '-p', '-U'].includes(args[i - 1] ?? '') && !['-h', '-p', '-U'].includes(a)).join(' ')}`,
  };
}
