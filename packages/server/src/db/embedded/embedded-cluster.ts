import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { platform } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import {
  type ClusterFiles,
  type Credentials,
  connectionUrl,
  type Endpoint,
  isInitialised,
  readCredentials,
  writeNewCredentials,
} from './cluster-files.ts';
import { findPostgresBinaries, type PostgresBinaries } from './postgres-binaries.ts';
import { readPostmaster, recoverPostmaster } from './postmaster-pid.ts';
import { postgresRunAs, type RunAs } from './system-user.ts';

/** The settings that keep PostgreSQL's promise: an acknowledged commit is on disk. */
export const DURABLE_SETTINGS = {
  fsync: 'on',
  full_page_writes: 'on',
  synchronous_commit: 'on',
} as const;

export type ClusterOptions = {
  files: ClusterFiles;
  /** Extra `-c name=value` settings; the durable ones above unless overridden (tests only). */
  settings?: Record<string, string>;
  /** Told when the server dies on its own and is restarted, and of crash recovery at start. */
  onEvent?: (message: string) => void;
};

const SOCKET_PORT = 5432;
/** sun_path is 104 bytes on macOS, 108 on Linux, including the final NUL. */
const MAX_SOCKET_PATH = 103;

/**
 * A PostgreSQL cluster that this process started and owns: initialised on first use, started
 * as a child process, restarted if it dies on its own, stopped cleanly by `stop()`.
 * Other `habitue` processes connect to it through `connectionUrl` (see attach-embedded.ts).
 */
export class EmbeddedCluster {
  #child: ChildProcess | undefined;
  #stopping = false;
  #restarting: Promise<void> | undefined;
  #endpoint!: Endpoint;
  readonly credentials: Credentials;
  /** True when this start created the cluster. */
  readonly created: boolean;

  private constructor(
    private readonly options: ClusterOptions,
    private readonly binaries: PostgresBinaries,
    private readonly runAs: RunAs,
    created: boolean,
  ) {
    this.created = created;
    this.credentials = readCredentials(options.files);
  }

  /** Initialises the cluster if it does not exist yet, recovers a crashed one, and starts it. */
  static async start(options: ClusterOptions): Promise<EmbeddedCluster> {
    const binaries = findPostgresBinaries();
    const runAs = postgresRunAs();
    const created = !isInitialised(options.files);
    if (created) initialise(options.files, binaries, runAs);
    const recovered = await recoverPostmaster(options.files.pgdata);
    if (recovered === 'stopped') {
      options.onEvent?.(
        'A PostgreSQL server left running by a stopped Habitué process was shut down cleanly.',
      );
    }
    const cluster = new EmbeddedCluster(options, binaries, runAs, created);
    await cluster.#launch();
    process.once('exit', cluster.#stopOnExit);
    try {
      await cluster.#bootstrapRoles();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  get endpoint(): Endpoint {
    return this.#endpoint;
  }

  /** The URL the application connects with (the owner role, the Habitué database). */
  get url(): string {
    return connectionUrl(this.#endpoint, this.credentials.owner, this.credentials.database);
  }

  /** A superuser URL, for setting up roles and databases (tests, migrate-embedded). */
  superuserUrl(database = 'postgres'): string {
    return connectionUrl(this.#endpoint, this.credentials.superuser, database);
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /**
   * Smart shutdown (waits for other `habitue` commands' sessions), then fast, then immediate.
   * The caller closes its own pool first.
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.#stopping = true;
    await this.#restarting;
    const child = this.#child;
    if (!child) return;
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      const exited = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      child.kill(signal);
      if (await exited) break;
    }
    process.off('exit', this.#stopOnExit);
  }

  async #launch(): Promise<void> {
    const { files } = this.options;
    this.#endpoint = await chooseEndpoint(files.pgdata);
    const settings = {
      ...DURABLE_SETTINGS,
      listen_addresses: this.#endpoint.socketDir ? '' : this.#endpoint.host,
      unix_socket_directories: this.#endpoint.socketDir,
      port: String(this.#endpoint.port),
      max_connections: '100',
      ...this.options.settings,
    };
    const args = [
      '-D',
      files.pgdata,
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ];
    const log = openSync(files.log, 'a');
    let child: ChildProcess;
    try {
      // Its own process group: Ctrl-C in a terminal reaches Habitué, which then stops
      // PostgreSQL after the last request, instead of PostgreSQL dropping them mid-flight.
      child = spawn(this.binaries.postgres, args, {
        detached: true,
        stdio: ['ignore', log, log],
        env: { ...process.env, LC_MESSAGES: 'C' },
        ...(this.runAs ?? {}),
      });
    } finally {
      closeSync(log);
    }
    this.#child = child;
    await waitUntilReady(child, files);
    child.once('exit', (code, signal) => {
      if (this.#stopping) return;
      this.options.onEvent?.(
        `PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it.`,
      );
      this.#restarting = this.#restart().finally(() => {
        this.#restarting = undefined;
      });
    });
  }

  /** Habitué is exiting without stop() (an uncaught error): do not leave the server behind. */
  #stopOnExit = () => {
    const child = this.#child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };

  /** Restarts after a crash; PostgreSQL replays its write-ahead log before it accepts work. */
  async #restart(): Promise<void> {
    let delay = 100;
    while (!this.#stopping) {
      try {
        await this.#launch();
        this.options.onEvent?.('PostgreSQL restarted after crash recovery.');
        return;
      } catch (error) {
        this.options.onEvent?.(`PostgreSQL could not restart yet: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 5_000);
      }
    }
  }

  /** The owner role and database, made (or repaired) with the superuser on every start. */
  async #bootstrapRoles(): Promise<void> {
    const { owner, database } = this.credentials;
    const client = new pg.Client({ connectionString: this.superuserUrl() });
    await client.connect();
    try {
      await client.query(`do $$ begin
        if not exists (select from pg_roles where rolname = 'habitue_app') then
          create role habitue_app nologin;
        end if;
        if not exists (select from pg_roles where rolname = '${owner.user}') then
          create role ${owner.user} login;
        end if;
      end $$`);
      await client.query(
        `alter role ${owner.user} with login nosuperuser bypassrls password '${owner.password}'`,
      );
      await client.query(`grant habitue_app to ${owner.user}`);
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
        database,
      ]);
      if (!rowCount) await client.query(`create database ${database} owner ${owner.user}`);
    } finally {
      await client.end();
    }
  }
}

/** initdb into a temporary directory, renamed into place only once complete. */
function initialise(files: ClusterFiles, binaries: PostgresBinaries, runAs: RunAs): void {
  const credentials = writeNewCredentials(files);
  const partial = `${files.pgdata}.init`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(files.pgdata, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  const passwordFile = join(partial, '..', `.postgres-password.${process.pid}`);
  writeFileSync(passwordFile, `${credentials.superuser.password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      letThrough(dirname(files.pgdata));
      chownSync(partial, runAs.uid, runAs.gid);
      chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${partial}`,
        `--username=${credentials.superuser.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--data-checksums',
      ],
      { encoding: 'utf8', env: { ...process.env, LC_MESSAGES: 'C' }, ...(runAs ?? {}) },
    );
    if (result.status !== 0) {
      const reason = result.error?.message ?? `${result.stderr}${result.stdout}`.trim();
      throw new Error(
        `Could not create the embedded PostgreSQL cluster in ${files.pgdata}: ${reason}${runAs ? hintForRoot(files.pgdata) : ''}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
  renameSync(partial, files.pgdata);
}

/**
 * As root the server runs as `postgres`, which must be able to pass through Habitué's own data
 * directory to reach the cluster (only through it: x, not r; the secrets in it are 0600).
 */
function letThrough(dir: string): void {
  const mode = statSync(dir).mode;
  if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o011);
}

function hintForRoot(pgdata: string): string {
  return `\n(As root, PostgreSQL runs as the "postgres" user, which must be able to reach ${pgdata}: every parent directory needs o+x. Or run Habitué as an ordinary user.)`;
}

/** A Unix socket inside the cluster directory where the path fits, a free loopback port otherwise. */
async function chooseEndpoint(pgdata: string): Promise<Endpoint> {
  const socket = join(pgdata, `.s.PGSQL.${SOCKET_PORT}`);
  if (platform() !== 'win32' && Buffer.byteLength(socket) <= MAX_SOCKET_PATH) {
    return { socketDir: pgdata, host: '', port: SOCKET_PORT };
  }
  return { socketDir: '', host: '127.0.0.1', port: await freeLoopbackPort() };
}

function freeLoopbackPort(): Promise<number> {
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

/** Resolves once postmaster.pid says "ready" for this child; rejects with the log if it dies. */
async function waitUntilReady(child: ChildProcess, files: ClusterFiles): Promise<void> {
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = signal ?? `exit code ${code}`;
  });
  child.once('error', (error) => {
    exit = error.message;
  });
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      throw new Error(`PostgreSQL did not start (${exit}):\n${tail(files.log)}`);
    }
    const found = readPostmaster(files.pgdata);
    if (found && found.pid === child.pid && found.status === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGQUIT');
  throw new Error(`PostgreSQL was not ready after 10 minutes:\n${tail(files.log)}`);
}

function tail(file: string, lines = 12): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
