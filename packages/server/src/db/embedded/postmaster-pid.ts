import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a running postmaster says about itself in `postmaster.pid` (PostgreSQL ≥ 10 layout). */
export type Postmaster = {
  pid: number;
  port: number;
  /** The Unix socket directory, or '' when it listens on TCP only. */
  socketDir: string;
  /** The first listen address, or '' when it listens on a Unix socket only. */
  listenAddress: string;
  status: string;
};

export function readPostmaster(pgdata: string): Postmaster | undefined {
  let text: string;
  try {
    text = readFileSync(join(pgdata, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return {
    pid,
    port: Number(lines[3]),
    socketDir: lines[4]?.trim() ?? '',
    listenAddress: lines[5]?.trim() ?? '',
    status: lines[7]?.trim() ?? '',
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` is a PostgreSQL server of this data directory, not a process that reused the
 * number after a reboot (PostgreSQL itself would then refuse to start: "lock file already exists").
 */
export function isPostmasterOf(pid: number, pgdata: string): boolean {
  if (!isAlive(pid)) return false;
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    try {
      command = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return true; // cannot tell: treat it as the server, stopping it is the safe side
    }
  }
  return command.includes('postgres') && command.includes(pgdata);
}

/** PostgreSQL's shutdown modes are signals: smart (wait for sessions), fast, immediate. */
const MODES = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;

/**
 * Stops a postmaster that is not our child (left running by a Habitué process that was killed):
 * smart shutdown first, then fast, then immediate, each given `graceMs` to finish.
 */
export async function stopPostmaster(pid: number, graceMs = 10_000): Promise<void> {
  for (const signal of MODES) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Clears what a crashed process left in the cluster directory: a postmaster still running
 * without its owner is stopped cleanly; a `postmaster.pid` naming a process that is not this
 * cluster's server is removed. Returns what it did, for the start-up message.
 */
export async function recoverPostmaster(pgdata: string): Promise<'none' | 'stopped' | 'removed'> {
  const found = readPostmaster(pgdata);
  if (!found) return 'none';
  if (isPostmasterOf(found.pid, pgdata)) {
    await stopPostmaster(found.pid, 5_000);
    return 'stopped';
  }
  rmSync(join(pgdata, 'postmaster.pid'), { force: true });
  return 'removed';
}
