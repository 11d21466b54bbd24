import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the embedded cluster keeps its files inside HABITUE_DATA_DIR. */
export type ClusterFiles = {
  /** PGDATA: the PostgreSQL cluster itself. */
  pgdata: string;
  /** Roles and passwords (mode 0600), so every `habitue` command can connect. */
  credentials: string;
  /** PostgreSQL's own log. */
  log: string;
};

export function clusterFiles(dataDir: string): ClusterFiles {
  return {
    pgdata: join(dataDir, 'postgres'),
    credentials: join(dataDir, 'postgres.json'),
    log: join(dataDir, 'postgres.log'),
  };
}

/**
 * The cluster's roles: a superuser for setting it up, and the owner role the application
 * connects as (not a superuser; BYPASSRLS for the look-ups that identify a merchant, as
 * docs/architecture.md asks of a DATABASE_URL role). Requests run as `habitue_app`.
 */
export type Credentials = {
  superuser: { user: string; password: string };
  owner: { user: string; password: string };
  database: string;
};

export function isInitialised(files: ClusterFiles): boolean {
  return existsSync(join(files.pgdata, 'PG_VERSION')) && existsSync(files.credentials);
}

export function readCredentials(files: ClusterFiles): Credentials {
  return JSON.parse(readFileSync(files.credentials, 'utf8')) as Credentials;
}

/** New random passwords, written atomically before the cluster that uses them exists. */
export function writeNewCredentials(files: ClusterFiles): Credentials {
  const credentials: Credentials = {
    superuser: { user: 'postgres', password: randomBytes(24).toString('hex') },
    owner: { user: 'habitue', password: randomBytes(24).toString('hex') },
    database: 'habitue',
  };
  const temporary = `${files.credentials}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, files.credentials);
  return credentials;
}

/** How to reach the running server: its Unix socket directory, or a loopback port. */
export type Endpoint = { socketDir: string; host: string; port: number };

/**
 * A `pg` connection URL for one role and database. Passwords are hex, so they need no escaping.
 * @example connectionUrl({ socketDir: '/srv/.habitue/postgres', host: '', port: 5432 }, owner, 'habitue')
 * // 'postgresql://habitue:…@localhost/habitue?host=%2Fsrv%2F.habitue%2Fpostgres&port=5432'
 */
export function connectionUrl(
  endpoint: Endpoint,
  role: { user: string; password: string },
  database: string,
): string {
  if (endpoint.socketDir) {
    return `postgresql://${role.user}:${role.password}@localhost/${database}?host=${encodeURIComponent(endpoint.socketDir)}&port=${endpoint.port}`;
  }
  return `postgresql://${role.user}:${role.password}@${endpoint.host}:${endpoint.port}/${database}`;
}
