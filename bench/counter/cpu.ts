import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the two shared cores go during a phase: the load generator (this process), the server
 * child, PostgreSQL's processes, and the machine as a whole. Read from /proc (Linux only; on
 * other systems every figure is NaN).
 */
export type CpuShare = { loadGenerator: number; server: number; postgres: number; machine: number };

type Snapshot = {
  at: number;
  self: NodeJS.CpuUsage;
  server: Map<number, number>;
  postgres: Map<number, number>;
  machine: { busy: number; total: number };
};

export const TICK_MS = 10; // USER_HZ is 100 on every Linux the benchmark targets.

export function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return Number.NaN;
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/** The postmaster and its children (backends, WAL writer, checkpointer, …). */
export function postgresTicks(postmaster: number | null): Map<number, number> {
  const ticks = new Map<number, number>();
  if (postmaster === null) return ticks;
  ticks.set(postmaster, ticksOf(postmaster));
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {}
  for (const name of pids) {
    const pid = Number(name);
    if (parentOf(pid) === postmaster) ticks.set(pid, ticksOf(pid));
  }
  return ticks;
}

function machineTicks() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

/**
 * The server and the server processes it started (`HABITUE_PROCESSES`), not its embedded
 * PostgreSQL, which is counted apart.
 */
export function serverTicks(serverPid: number, postmaster: number | null): Map<number, number> {
  const ticks = new Map<number, number>([[serverPid, ticksOf(serverPid)]]);
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {}
  for (const name of pids) {
    const pid = Number(name);
    if (pid !== postmaster && parentOf(pid) === serverPid) ticks.set(pid, ticksOf(pid));
  }
  return ticks;
}

/** `otherPostmasters`: more PostgreSQL servers counted as PostgreSQL (a Citus cluster's workers). */
export function snapshot(
  serverPid: number,
  postmaster: number | null,
  otherPostmasters: readonly number[] = [],
): Snapshot {
  const postgres = postgresTicks(postmaster);
  for (const other of otherPostmasters) {
    for (const [pid, ticks] of postgresTicks(other)) postgres.set(pid, ticks);
  }
  return {
    at: performance.now(),
    self: process.cpuUsage(),
    server: serverTicks(serverPid, postmaster),
    postgres,
    machine: machineTicks(),
  };
}

/** CPU use between two snapshots, in cores (1.0 = one core fully busy). */
export function cpuShare(before: Snapshot, after: Snapshot): CpuShare {
  const wallMs = after.at - before.at;
  const cores = (ms: number) => ms / wallMs;
  const self = process.cpuUsage(before.self);
  const postgres = ticksBetween(before.postgres, after.postgres);
  const machineTotal = after.machine.total - before.machine.total;
  return {
    loadGenerator: cores((self.user + self.system) / 1000),
    server: cores(ticksBetween(before.server, after.server) * TICK_MS),
    postgres: cores(postgres * TICK_MS),
    machine:
      machineTotal > 0
        ? ((after.machine.busy - before.machine.busy) / machineTotal) * cpuCount()
        : Number.NaN,
  };
}

function cpuCount(): number {
  try {
    return readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .filter((l) => /^cpu\d/.test(l)).length;
  } catch {
    return Number.NaN;
  }
}

/** Ticks spent by the processes of `after` since `before` (a process new in `after` counts whole). */
export function ticksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks;
}
