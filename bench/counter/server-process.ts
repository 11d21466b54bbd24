import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../packages/server/test/support/postgres-server.ts';

const BIN = fileURLToPath(new URL('../../packages/server/bin/habitue.js', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export type ServerProcess = {
  url: string;
  pid: number;
  /** Clean stop (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** Immediate, synchronous stop for signal handlers. */
  kill(): void;
};

export type ServerTarget = { databaseUrl: string } | { dataDir: string };

/**
 * Runs `habitue start` as a child process, exactly as an operator would, so the server has an
 * event loop of its own and the load generator measures it from the outside. With
 * `cpuProfileDir`, Node writes a .cpuprofile there when the server stops.
 */
export async function startServer(
  target: ServerTarget,
  options: {
    cpuProfileDir?: string;
    /** `HABITUE_PROCESSES`: server processes sharing the port (default 1). */
    processes?: number;
    /** Called as soon as the child exists, so a Ctrl-C during start-up still stops it. */
    onSpawn?: (kill: () => void) => void;
  } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: '127.0.0.1',
    HABITUE_DEMO: 'off',
    LOG_LEVEL: 'warn',
    HABITUE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: 'databaseUrl' in target ? target.databaseUrl : '',
    HABITUE_DATA_DIR: 'dataDir' in target ? target.dataDir : '',
    HABITUE_PROCESSES: String(options.processes ?? 1),
  };
  const nodeArgs = options.cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  options.onSpawn?.(kill);
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    output.push(chunk.toString());
    process.stderr.write(`[server] ${chunk}`);
  });
  await waitForReady(child, output);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => stopChild(child),
    kill,
  };
}

function waitForReady(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${output.join('')}`));
    }, READY_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Habitué is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited (${code ?? signal}) before it was ready:\n${output.join('')}`),
      );
    });
  });
}

/** SIGTERM (clean stop: the CPU profile is written), SIGKILL if it takes over 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
