import { parseArgs } from 'node:util';
import type { Backend } from './report.ts';

export type Options = {
  quick: boolean;
  concurrencies: number[];
  /** Clients of the burst cells (load shedding), after the concurrency cells. */
  bursts: number[];
  backends: Backend[];
  /** Superuser URL of a migrated, distributed database on a Citus coordinator (`--backend citus`). */
  citusUrl: string | null;
  measureSeconds: number;
  warmupSeconds: number;
  pgbenchSeconds: number;
  pgbenchScale: number;
  customers: number;
  warmupPurchases: number;
  seed: number;
  /** Purchases behind the regular of the history cells (0: no history cells). */
  history: number;
  /** Server processes (`HABITUE_PROCESSES`) of the last cells, next to one; 1: no such cell. */
  processes: number[];
  /** Directory for the server's .cpuprofile files, or null. */
  profileDir: string | null;
  writeDoc: boolean;
};

const USAGE = `npm run bench:counter -- [options]
  --quick                 short run (~2 min): 4 s phases, 200 customers
  --concurrency 1,8,32    concurrencies to measure
  --burst 64,128          clients of the burst cells (load shedding); none to skip
  --backend postgres,embedded   (and citus, with --citus)
  --citus URL             superuser URL of a database migrated and distributed on a Citus
                          coordinator (docs/scale.md); its cells run after PostgreSQL's
  --seconds N             measured seconds per (backend, concurrency)   [15]
  --pgbench-seconds N     pgbench -T per concurrency                     [15]
  --history N             purchases of the regular in the history cells   [2500]; 0 to skip
  --processes 1,2         last cells: purchases on each N > 1 server processes, next to
                          the one-process cell at the highest concurrency  [1,2]; 1 to skip
  --profile DIR           write a .cpuprofile of each server run to DIR
  --no-write              do not update docs/benchmarks/counter.md
  --seed N                seed of the request mix                         [2026]`;

/** Reads the command line; unknown options fail with the usage text. */
export function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      burst: { type: 'string' },
      backend: { type: 'string' },
      citus: { type: 'string' },
      seconds: { type: 'string' },
      'pgbench-seconds': { type: 'string' },
      profile: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      seed: { type: 'string' },
      history: { type: 'string' },
      processes: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const number = (v: string | undefined, fallback: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${v}\n${USAGE}`);
    return n;
  };
  const backends = (values.backend ?? 'postgres,embedded').split(',').map((b): Backend => {
    if (b === 'postgres') return 'PostgreSQL';
    if (b === 'embedded') return 'Embedded';
    if (b === 'citus' && values.citus) return 'Citus';
    if (b === 'citus') throw new Error(`--backend citus needs --citus URL\n${USAGE}`);
    throw new Error(`unknown backend ${b}\n${USAGE}`);
  });
  return {
    quick,
    concurrencies: (values.concurrency ?? '1,8,32').split(',').map((c) => number(c, 1)),
    bursts:
      values.burst === 'none' ? [] : (values.burst ?? '64,128').split(',').map((c) => number(c, 1)),
    backends,
    citusUrl: values.citus ?? null,
    measureSeconds: number(values.seconds, quick ? 4 : 15),
    warmupSeconds: quick ? 1 : 3,
    pgbenchSeconds: number(values['pgbench-seconds'], quick ? 5 : 15),
    pgbenchScale: 10,
    customers: quick ? 200 : 1000,
    warmupPurchases: quick ? 400 : 2000,
    seed: number(values.seed, 2026),
    history: values.history === '0' ? 0 : number(values.history, quick ? 500 : 2500),
    processes: (values.processes ?? '1,2').split(',').map((n) => number(n, 1)),
    profileDir: values.profile ?? null,
    writeDoc: !(values['no-write'] ?? false),
  };
}
