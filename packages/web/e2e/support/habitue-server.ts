import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopLeftoverPostgres } from '../../../server/test/durability/server-process.ts';
import { freePort } from '../../../server/test/support/postgres-server.ts';

/**
 * The real `habitue start` as a child process on a throwaway data directory, the way an owner
 * runs it — the same approach as the server's durability tests (server-process.ts), with the
 * demo shop optional: end-to-end flows start empty, screenshots and benchmarks use the demo.
 */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = 'packages/server/bin/habitue.js';

export type Habitue = {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, wait (SIGKILL after 10 s), then delete the data directory unless it was given. */
  stop(): Promise<void>;
};

export type StartOptions = {
  /** Seed the demo shop (~2,000 customers, two years) on the empty database. */
  demo?: boolean;
  /** An existing data directory to reuse (kept on stop); a fresh temporary one otherwise. */
  dataDir?: string;
  timeoutMs?: number;
  env?: Record<string, string>;
};

let building: Promise<unknown> | undefined;

/**
 * Builds the web app once per process when its build is older than its sources, before any
 * server starts, so that two servers never build into the same `dist` at the same time.
 */
export function ensureWebBuilt(): Promise<unknown> {
  building ??= import('../../../server/src/web/ensure-web-build.ts').then(({ ensureWebBuild }) =>
    ensureWebBuild(() => {}),
  );
  return building;
}

/** Starts `habitue start` and resolves once `/ready` answers 200. */
export async function startHabitue(options: StartOptions = {}): Promise<Habitue> {
  await ensureWebBuilt();
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'habitue-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    HABITUE_PUBLIC_URL: url,
    HABITUE_DATA_DIR: dataDir,
    HABITUE_DEMO: options.demo ? 'auto' : 'off',
    LOG_LEVEL: 'warn',
    // Every flow signs up its own shops from 127.0.0.1: more than a real address would.
    HABITUE_SIGNUPS_PER_ADDRESS: '1000',
    ...options.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'start'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.on('close', () => {
      gone = true;
      resolve();
    }),
  );
  const habitue: Habitue = {
    url,
    dataDir,
    child,
    output: () => output,
    async stop() {
      if (!gone) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // A server that had to be killed leaves its embedded PostgreSQL running.
      await stopLeftoverPostgres(dataDir);
      if (owned) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 150_000);
  while (Date.now() < deadline) {
    if (gone) throw new Error(`habitue start exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return habitue;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await habitue.stop();
  throw new Error(`habitue start was not ready in time:\n${output}`);
}
