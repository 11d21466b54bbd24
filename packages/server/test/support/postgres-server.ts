import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks, started from the system's
 * PostgreSQL binaries (Debian's `postgresql` package; `.ci/run` installs it). PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` user the package creates.
 */
export type PostgresServer = { url: string; port: number; dataDir: string; stop(): void };

export function findPostgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .map(Number)
        .filter((v) => v >= 15)
        .sort((a, b) => b - a)
    : [];
  const dir = versions
    .map((v) => join(base, String(v), 'bin'))
    .find((d) => existsSync(join(d, 'initdb')));
  if (!dir) {
    throw new Error(
      'PostgreSQL ≥ 15 server binaries not found in /usr/lib/postgresql. Install them with `apt-get install postgresql` (or set TEST_DATABASE_URL).',
    );
  }
  return dir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startPostgres(
  settings: Record<string, string> = {},
): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'habitue-pg-'));
  chmodSync(dataDir, 0o777);
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(file, argv as string[], { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    }
  };
  const pgData = join(dataDir, 'data');
  run('initdb', ['-D', pgData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dataDir}`,
    '-c max_connections=200',
    ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
  ].join(' ');
  run('pg_ctl', ['-D', pgData, '-o', options, '-l', join(dataDir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop() {
      try {
        run('pg_ctl', ['-D', pgData, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** `psql` one statement against a server (used to create per-file test databases). */
export function psql(url: string, statement: string): void {
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', statement], { stdio: 'pipe' });
}
