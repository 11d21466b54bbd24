import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  clusterFiles,
  connectionUrl,
  readCredentials,
} from '../../src/db/embedded/cluster-files.ts';
import { readPostmaster, stopPostmaster } from '../../src/db/embedded/postmaster-pid.ts';
import { freePort } from '../support/postgres-server.ts';
import { sessionCookie } from '../support/test-app.ts';

/**
 * The real `habitue` command run as a child process, the way an operator runs it: the only way
 * to test what survives `kill -9` and what a second process on the same data directory sees.
 */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = 'packages/server/bin/habitue.js';

/**
 * Where a child keeps its data (an embedded data directory, or a PostgreSQL URL), and which
 * release runs (this checkout unless `release` names another one's command).
 */
export type Target = {
  dataDir: string;
  databaseUrl?: string;
  release?: { root: string; bin: string };
};

function environment(target: Target, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    HABITUE_DATA_DIR: target.dataDir,
    HABITUE_DEMO: 'off',
    LOG_LEVEL: 'warn',
    ...extra,
  };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  return env;
}

export type CliResult = {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
};

/** Runs one CLI command to completion (killed after `timeoutMs`). */
export function runCli(args: string[], target: Target, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [target.release?.bin ?? BIN, ...args], {
      cwd: target.release?.root ?? REPO_ROOT,
      env: environment(target),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A `habitue start` child listening on 127.0.0.1. */
export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** Everything the child printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code/signal once the child is gone. */
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** SIGKILL: no shutdown hook, no flush, no lock release. */
  killHard(): Promise<void>;
  /** SIGTERM and wait (SIGKILL after 10 s). For clean-up. */
  stop(): Promise<void>;
};

/** Starts `habitue start` and waits until `/ready` answers 200 (or the child dies). */
export async function startServer(
  target: Target,
  timeoutMs = 90_000,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [target.release?.bin ?? BIN, 'start'], {
    cwd: target.release?.root ?? REPO_ROOT,
    env: environment(target, { PORT: String(port), HABITUE_PUBLIC_URL: url, ...extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let gone = false;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('close', (code, signal) => {
      gone = true;
      resolve({ code, signal });
    });
  });
  const server: ServerProcess = {
    url,
    child,
    output: () => ({ stdout, stderr }),
    exited,
    async killHard() {
      if (gone) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) {
      const { code, signal } = await exited;
      throw new Error(
        `habitue start exited (code ${code}, signal ${signal}) before it was ready:\n${stderr}${stdout}`,
      );
    }
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.killHard();
  throw new Error(`habitue start was not ready after ${timeoutMs} ms:\n${stderr}${stdout}`);
}

/** JSON over HTTP with an optional session cookie or API key. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    body?: unknown;
    cookie?: string;
    apiKey?: string;
    timeoutMs?: number;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

/** Signs up an owner over HTTP and returns the session cookie. */
export async function signUp(baseUrl: string, businessName: string): Promise<string> {
  const response = await call(baseUrl, 'POST', '/api/v1/auth/signup', {
    body: {
      email: `owner-${Date.now()}@example.fr`,
      password: 'pain-au-chocolat-42',
      businessName,
    },
  });
  if (response.status !== 201) {
    throw new Error(`sign-up failed (${response.status}): ${JSON.stringify(response.body)}`);
  }
  return sessionCookie(response.headers);
}

/** The embedded PostgreSQL a server runs in `dataDir`, as its postmaster.pid describes it. */
export function embeddedPostmaster(dataDir: string) {
  return readPostmaster(clusterFiles(dataDir).pgdata);
}

/** A superuser URL to the running embedded cluster of `dataDir` (for checks the app cannot make). */
export function embeddedSuperuserUrl(dataDir: string, database = 'habitue'): string {
  const files = clusterFiles(dataDir);
  const postmaster = readPostmaster(files.pgdata);
  if (!postmaster) throw new Error(`no PostgreSQL running in ${dataDir}`);
  const endpoint = {
    socketDir: postmaster.socketDir,
    host: postmaster.listenAddress || '127.0.0.1',
    port: postmaster.port,
  };
  return connectionUrl(endpoint, readCredentials(files).superuser, database);
}

/** After a test: a PostgreSQL a killed server left running is stopped, not leaked. */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const postmaster = embeddedPostmaster(dataDir);
  if (postmaster) await stopPostmaster(postmaster.pid, 2_000);
}
