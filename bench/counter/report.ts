import type { CpuShare } from './cpu.ts';
import type { PhaseResult } from './load.ts';
import { summarize } from './stats.ts';

/** Citus: a cluster's coordinator named by `--citus` (docs/scale.md). */
export type Backend = 'PostgreSQL' | 'Embedded' | 'Citus';

/**
 * What a cell sends: the till's mix, purchases only, or (history cells) purchases for
 * ordinary customers next to the same for one regular with a long history.
 */
export type Cell = string;

/** One measured (backend, cell, concurrency) cell. */
export type Row = {
  backend: Backend;
  cell: Cell;
  concurrency: number;
  phase: PhaseResult;
  cpu: CpuShare;
  /** PostgreSQL transactions (commits + rollbacks) per request, from pg_stat_database. */
  transactionsPerOp: number | null;
  /** Statements (BEGIN and COMMIT included) per request, from pg_stat_statements. */
  statementsPerOp: number | null;
  pgbenchTps: number | null;
  /** PostgreSQL's CPU per pgbench transaction at the same concurrency (ms). */
  pgbenchCpuMs: number | null;
};

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const rate = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const cores = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
/** CPU milliseconds per request: what the machine would need per request without neighbours. */
const perOp = (busyCores: number, opsPerSec: number) => ms((busyCores * 1000) / opsPerSec);

function measures(row: Row) {
  const seconds = row.phase.elapsedMs / 1000;
  const all = summarize(row.phase.latencies);
  const kinds = (k: string) =>
    row.phase.byKind.get(k) ?? { ok: 0, rejected: 0, errors: 0, latencies: [] };
  const errors = [...row.phase.byKind.values()].reduce((n, k) => n + k.errors, 0);
  const opsPerSec = all.count / seconds;
  return {
    seconds,
    all,
    kinds,
    errors,
    opsPerSec,
    purchasesPerSec: kinds('purchase').ok / seconds,
  };
}

/** The headline table the issue asks for. */
export function headlineTable(rows: readonly Row[]): string {
  const lines = [
    '| backend | cell | concurrency | ops/s | purchases/s | p50 ms | p95 ms | p99 ms | errors | pgbench tps | ratio |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const m = measures(row);
    const ratio = row.pgbenchTps ? `${((m.opsPerSec / row.pgbenchTps) * 100).toFixed(0)} %` : '–';
    lines.push(
      `| ${row.backend} | ${row.cell} | ${row.concurrency} | ${rate(m.opsPerSec)} | ${rate(m.purchasesPerSec)} | ${ms(m.all.p50)} | ${ms(m.all.p95)} | ${ms(m.all.p99)} | ${m.errors} | ${row.pgbenchTps === null ? '–' : rate(row.pgbenchTps)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

/** Per-request-kind outcomes and latencies, and where the CPU went. */
export function detailTable(rows: readonly Row[]): string {
  const lines = [
    '| backend | cell | c | purchases ok (p99 ms) | card reads ok (p99 ms) | redemptions ok / refused 409 (p99 ms) | xacts/op | statements/op | CPU ms/op: server / postgres | CPU cores: load gen / server / postgres / other processes |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const m = measures(row);
    const p = m.kinds('purchase');
    const c = m.kinds('card');
    const r = m.kinds('redemption');
    const p99 = (k: { latencies: number[] }) => ms(summarize(k.latencies).p99);
    lines.push(
      `| ${row.backend} | ${row.cell} | ${row.concurrency} | ${p.ok} (${p99(p)}) | ${c.ok} (${p99(c)}) | ${r.ok} / ${r.rejected} (${p99(r)}) | ${row.transactionsPerOp === null ? '–' : row.transactionsPerOp.toFixed(2)} | ${row.statementsPerOp === null ? '–' : row.statementsPerOp.toFixed(1)} | ${perOp(row.cpu.server, m.opsPerSec)} / ${perOp(row.cpu.postgres, m.opsPerSec)} | ${cores(row.cpu.loadGenerator)} / ${cores(row.cpu.server)} / ${cores(row.cpu.postgres)} / ${cores(row.cpu.machine - row.cpu.loadGenerator - row.cpu.server - row.cpu.postgres)} |`,
    );
  }
  return lines.join('\n');
}

/** Does the run meet the targets? One line per target, with the measured value. */
export function verdicts(rows: readonly Row[]): string[] {
  const out: string[] = [];
  const pg32 = rows.find(
    (r) => r.backend === 'PostgreSQL' && r.cell === 'purchases' && r.concurrency === 32,
  );
  if (pg32) {
    const m = measures(pg32);
    // Recorded purchases only: a request shed with 503 is not a purchase.
    const ratio = pg32.pgbenchTps ? m.purchasesPerSec / pg32.pgbenchTps : Number.NaN;
    out.push(
      `PostgreSQL, purchases only, concurrency 32: ${rate(m.purchasesPerSec)} purchases/s, ${(ratio * 100).toFixed(0)} % of pgbench tps (target ≥ 35 %) — ${ratio >= 0.35 ? 'met' : 'NOT met'}; p99 ${ms(m.all.p99)} ms (target ≤ 50 ms) — ${m.all.p99 <= 50 ? 'met' : 'NOT met'}`,
    );
  }
  const embedded8 = rows.find(
    (r) => r.backend === 'Embedded' && r.cell === 'purchases' && r.concurrency === 8,
  );
  if (embedded8) {
    const m = measures(embedded8);
    out.push(
      `Embedded PostgreSQL, purchases only, concurrency 8: ${rate(m.purchasesPerSec)} purchases/s (target ≥ 500) — ${m.purchasesPerSec >= 500 ? 'met' : 'NOT met'}; p99 ${ms(m.all.p99)} ms (target ≤ 100 ms) — ${m.all.p99 <= 100 ? 'met' : 'NOT met'}`,
    );
  }
  out.push(...cpuVerdicts(rows), ...processVerdicts(rows));
  for (const backend of ['PostgreSQL', 'Embedded', 'Citus'] as const) {
    const history = rows.filter((r) => r.backend === backend && r.concurrency === 1);
    const fresh = history.find((r) => r.cell === 'new customers');
    const regular = history.find((r) => r.cell.endsWith(' purchases'));
    if (!fresh || !regular) continue;
    // The purchases' median; CPU per request (both cells send 10 purchases to 1 free coffee).
    const cost = (r: Row) => {
      const m = measures(r);
      return {
        p50: summarize(m.kinds('purchase').latencies).p50,
        cpu: ((r.cpu.server + r.cpu.postgres) * 1000) / m.opsPerSec,
      };
    };
    const a = cost(fresh);
    const b = cost(regular);
    out.push(
      `${backend}, history independence: a regular (${regular.cell}) is served in ${(b.p50 / a.p50).toFixed(2)}× the median time of ordinary customers (target ≤ 1.2×) — ${b.p50 / a.p50 <= 1.2 ? 'met' : 'NOT met'}; CPU per request ${ms(b.cpu)} vs ${ms(a.cpu)} ms (${(b.cpu / a.cpu).toFixed(2)}×)`,
    );
  }
  return out;
}

/** CPU per recorded purchase, in ms: the server's and PostgreSQL's. */
function cpuPerPurchase(row: Row) {
  const m = measures(row);
  return {
    server: (row.cpu.server * 1000) / m.purchasesPerSec,
    postgres: (row.cpu.postgres * 1000) / m.purchasesPerSec,
  };
}

/** The common case's CPU targets, on every purchases-only cell. */
function cpuVerdicts(rows: readonly Row[]): string[] {
  return rows
    .filter((r) => r.cell === 'purchases')
    .map((row) => {
      const cpu = cpuPerPurchase(row);
      const server = `server CPU ${ms(cpu.server)} ms per purchase (target ≤ 1 ms) — ${cpu.server <= 1 ? 'met' : 'NOT met'}`;
      if (!row.pgbenchCpuMs)
        return `${row.backend}, purchases only, c=${row.concurrency}: ${server}`;
      const both = cpu.server + cpu.postgres;
      const times = both / row.pgbenchCpuMs;
      return `${row.backend}, purchases only, c=${row.concurrency}: ${server}; server + PostgreSQL ${ms(both)} ms = ${times.toFixed(1)} × pgbench's ${row.pgbenchCpuMs.toFixed(2)} ms per transaction (target ≤ 2×) — ${times <= 2 ? 'met' : 'NOT met'}`;
    });
}

/** Several server processes next to one, at the same concurrency (`--processes 1,2`). */
function processVerdicts(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => {
    const match = /^purchases, (\d+) processes$/.exec(row.cell);
    const one = rows.find(
      (r) =>
        r.backend === row.backend && r.cell === 'purchases' && r.concurrency === row.concurrency,
    );
    if (!match || !one) return [];
    const describe = (r: Row) => {
      const m = measures(r);
      const cpu = cpuPerPurchase(r);
      return `${rate(m.purchasesPerSec)} purchases/s, p99 ${ms(m.all.p99)} ms, ${ms(cpu.server)} + ${ms(cpu.postgres)} ms CPU (server + PostgreSQL) per purchase, ${m.errors} errors`;
    };
    return [
      `${row.backend}, purchases at c=${row.concurrency}: 1 process ${describe(one)}; ${match[1]} processes ${describe(row)}`,
    ];
  });
}

export function errorExamples(rows: readonly Row[]): string[] {
  return rows.flatMap((r) =>
    r.phase.errorExamples.map((e) => `${r.backend} ${r.cell} c=${r.concurrency}: ${e}`),
  );
}
