import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { postgresRunAs } from '../../src/db/embedded/system-user.ts';
import { runCli, stopLeftoverPostgres } from './server-process.ts';

/**
 * After a power cut or a reboot, the cluster's `postmaster.pid` can name a process number that
 * now belongs to something else. PostgreSQL alone would refuse to start ("lock file already
 * exists"); Habitué sees that the process is not this cluster's server and clears the file.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'habitue-stale-pid-'));
// Another program, run by the user PostgreSQL runs as (PostgreSQL ignores a pid it may not signal).
const other = spawn('sleep', ['600'], { stdio: 'ignore', ...(postgresRunAs() ?? {}) });
afterAll(async () => {
  other.kill();
  await stopLeftoverPostgres(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts over a postmaster.pid that names a live process of another program', async () => {
  const first = await runCli(['migrate'], { dataDir }, 120_000);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);

  const pgdata = join(dataDir, 'postgres');
  // A live process of the same user, and not a PostgreSQL server of that directory.
  writeFileSync(
    join(pgdata, 'postmaster.pid'),
    `${other.pid}\n${pgdata}\n1765000000\n5432\n${pgdata}\n\n  5432001     12\nready   \n`,
  );
  const second = await runCli(['migrate'], { dataDir }, 120_000);
  expect(second.stderr).toBe('');
  expect(second.code).toBe(0);
  expect(second.stdout).toBe('Database schema is up to date.\n');
  expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).not.toMatch(
    /lock file "postmaster.pid" already exists/,
  );
});
