import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type LockOwner = { pid: number; url?: string; command: string; startedAt: string };

/** Another live process holds the embedded database: say who, so the user knows what to do. */
export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';

  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Habitué process ` +
        `(pid ${owner.pid}, "${owner.command}"${owner.url ? `, serving ${owner.url}` : ''}). ` +
        'PGlite is a single-process database, so a second process must not open it. Stop that ' +
        'process first, use the running server (web app or API), or point both at PostgreSQL ' +
        'with DATABASE_URL.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock file atomically (O_EXCL). A lock left by a process that
 * died (kill -9, power loss) is recognised by its dead pid and taken over.
 * Returns the release function.
 */
export function lockDataDir(
  dataDir: string,
  owner: Omit<LockOwner, 'pid' | 'startedAt'>,
): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'habitue.lock');
  const me: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), ...owner };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readOwner(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid))
        throw new DataDirBusyError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}
