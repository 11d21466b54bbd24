import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './embedded/postmaster-pid.ts';

/** The process that runs the embedded PostgreSQL of a data directory (and stops it). */
export type LockOwner = { pid: number; url?: string; command: string; startedAt: string };

/** A second server on a data directory another Habitué server already runs: say who. */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';

  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const serving = owner.url ? `, serving ${owner.url}` : '';
    super(
      owner.command === 'habitue start'
        ? `The data directory ${dataDir} is in use by another Habitué server (pid ${owner.pid}${serving}). ` +
            'Two servers cannot share one database: use the running one (web app or API), or stop it first. ' +
            'Other habitue commands (merchant, api-key, demo, migrate…) work while it runs.'
        : `The data directory ${dataDir} is still in use by "${owner.command}" (pid ${owner.pid}), which runs its database for now. ` +
            'Start the server again when that command has finished.',
    );
  }
}

export type Lock = { release(): void } | { heldBy: LockOwner };

/**
 * Takes the data directory's lock file atomically (O_EXCL), or says which live process holds
 * it. A lock left by a process that died (kill -9, power loss) is recognised by its dead pid
 * and taken over.
 */
export function lockDataDir(dataDir: string, owner: Omit<LockOwner, 'pid' | 'startedAt'>): Lock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'habitue.lock');
  const me: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), ...owner };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock file just created by another process may not have its content yet.
      const holder = readOwner(path) ?? readOwnerAfter(path, 100);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) return { heldBy: holder };
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}

function readOwnerAfter(path: string, ms: number): LockOwner | undefined {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return readOwner(path);
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}
