import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, release, tmpdir, totalmem } from 'node:os';

/** The machine and PostgreSQL settings a reader needs to judge the numbers. */
export function describeMachine(postgres: Record<string, string>): string {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  let disk = 'unknown';
  try {
    disk = execFileSync('df', ['-T', tmpdir()], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!
      .split(/\s+/)[1]!;
  } catch {}
  const pg = Object.entries(postgres)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return [
    `- Machine: ${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Linux ${release()}; load generator, server and PostgreSQL share those cores.`,
    `- Node ${process.version}; PostgreSQL ${postgres.server_version ?? '?'} (Debian binaries, throwaway cluster on ${disk} in ${tmpdir()}, default settings from initdb except max_connections=200).`,
    `- PostgreSQL settings: ${pg}.`,
    '- Server: `node packages/server/bin/habitue.js start` as a child process (HOST=127.0.0.1, HABITUE_DEMO=off, LOG_LEVEL=warn), pool of 20 connections (the default) on either backend; the embedded PostgreSQL 17 in a temporary data directory, fsync on.',
    '- Load: closed loop, N workers over keep-alive HTTP/1.1 (node:http), every write with a fresh Idempotency-Key, customers drawn uniformly (seeded).',
  ].join('\n');
}
