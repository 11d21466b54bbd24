import { DataDirBusyError, type Lock, type LockOwner, lockDataDir } from '../data-dir-lock.ts';
import { clusterFiles, connectionUrl, isInitialised, readCredentials } from './cluster-files.ts';
import { EmbeddedCluster } from './embedded-cluster.ts';
import { hasLegacyPgliteData, LegacyDataError, legacyPgliteMessage } from './legacy-pglite.ts';
import { isAlive, readPostmaster } from './postmaster-pid.ts';

/** A connection to the data directory's PostgreSQL, and what to do when done with it. */
export type EmbeddedAttachment = {
  url: string;
  /** 'owner': this process started the cluster and stops it on detach; 'guest': another did. */
  role: 'owner' | 'guest';
  /** Set when this process owns the cluster (for set-up work that needs a superuser). */
  cluster?: EmbeddedCluster;
  detach(): Promise<void>;
};

export type AttachOptions = {
  /** Who is asking, recorded in the lock file and quoted to a second server. */
  owner: Omit<LockOwner, 'pid' | 'startedAt'>;
  /** A server must own the cluster; a command may also use one another process runs. */
  mustOwn: boolean;
  /** `habitue migrate-embedded` is the one command allowed next to PGlite data. */
  allowLegacyData?: boolean;
  settings?: Record<string, string>;
  onEvent?: (message: string) => void;
};

/**
 * Reaches the PostgreSQL of a data directory. With nobody running it, this process starts it
 * (and owns it until `detach`); with a Habitué server running it, a command connects to that
 * same server through its socket, so every `habitue` command works while the shop is open.
 */
export async function attachEmbedded(
  dataDir: string,
  options: AttachOptions,
): Promise<EmbeddedAttachment> {
  const files = clusterFiles(dataDir);
  if (!options.allowLegacyData && hasLegacyPgliteData(dataDir) && !isInitialised(files)) {
    throw new LegacyDataError(legacyPgliteMessage(dataDir));
  }
  const lock = await lockWhenFree(dataDir, options);
  if ('heldBy' in lock) {
    if (options.mustOwn) throw new DataDirBusyError(dataDir, lock.heldBy);
    return { url: await guestUrl(dataDir, lock.heldBy), role: 'guest', detach: async () => {} };
  }
  try {
    const cluster = await EmbeddedCluster.start({
      files,
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
    return {
      url: cluster.url,
      role: 'owner',
      cluster,
      async detach() {
        try {
          await cluster.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** How long a server waits for a command that runs the database for itself (a demo, an import). */
const COMMAND_WAIT_MS = 10 * 60_000;

/**
 * Takes the data directory's lock. A server finding it held by a command (not by another
 * server) waits for that command to finish, then starts the database itself.
 */
async function lockWhenFree(dataDir: string, options: AttachOptions): Promise<Lock> {
  const deadline = Date.now() + COMMAND_WAIT_MS;
  let lock = lockDataDir(dataDir, options.owner);
  let told = false;
  while (
    'heldBy' in lock &&
    options.mustOwn &&
    lock.heldBy.command !== 'habitue start' &&
    Date.now() < deadline
  ) {
    if (!told) {
      options.onEvent?.(
        `Waiting for "${lock.heldBy.command}" (pid ${lock.heldBy.pid}) to finish with the database…`,
      );
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    lock = lockDataDir(dataDir, options.owner);
  }
  return lock;
}

/** Waits (while the owner is alive) until its PostgreSQL says "ready", then builds the URL. */
async function guestUrl(dataDir: string, holder: LockOwner): Promise<string> {
  const files = clusterFiles(dataDir);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && isAlive(holder.pid)) {
    const postmaster = readPostmaster(files.pgdata);
    if (postmaster?.status === 'ready' && isAlive(postmaster.pid) && isInitialised(files)) {
      const credentials = readCredentials(files);
      const endpoint = {
        socketDir: postmaster.socketDir,
        host: postmaster.listenAddress || '127.0.0.1',
        port: postmaster.port,
      };
      return connectionUrl(endpoint, credentials.owner, credentials.database);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new DataDirBusyError(dataDir, holder);
}
