import type { CpuShare } from './cpu.ts';
import type { PhaseResult } from './load.ts';
import { summarize } from './stats.ts';

export type Backend = 'PostgreSQL' | 'Embedded';

/** One measured (backend, concurrency) cell. */
export type Row = {
  backend: Backend;
  concurrency: number;
  phase: PhaseResult;
  cpu: CpuShare;
  /** PostgreSQL transactions (commits + rollbacks) per request, from pg_stat_database. */
  transactionsPerOp: number | null;
  pgbenchTps: number | null;
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
    '| backend | concurrency | ops/s | purchases/s | p50 ms | p95 ms | p99 ms | errors | pgbench tps | ratio |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const m = measures(row);
    const ratio = row.pgbenchTps ? `${((m.opsPerSec / row.pgbenchTps) * 100).toFixed(0)} %` : '–';
    lines.push(
      `| ${row.backend} | ${row.concurrency} | ${rate(m.opsPerSec)} | ${rate(m.purchasesPerSec)} | ${ms(m.all.p50)} | ${ms(m.all.p95)} | ${ms(m.all.p99)} | ${m.errors} | ${row.pgbenchTps === null ? '–' : rate(row.pgbenchTps)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

/** Per-request-kind outcomes and latencies, and where the CPU went. */
export function detailTable(rows: readonly Row[]): string {
  const lines = [
    '| backend | c | purchases ok (p99 ms) | card reads ok (p99 ms) | redemptions ok / refused 409 (p99 ms) | xacts/op | CPU ms/op: server / postgres | CPU cores: load gen / server / postgres / other processes |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const m = measures(row);
    const p = m.kinds('purchase');
    const c = m.kinds('card');
    const r = m.kinds('redemption');
    const p99 = (k: { latencies: number[] }) => ms(summarize(k.latencies).p99);
    lines.push(
      `| ${row.backend} | ${row.concurrency} | ${p.ok} (${p99(p)}) | ${c.ok} (${p99(c)}) | ${r.ok} / ${r.rejected} (${p99(r)}) | ${row.transactionsPerOp === null ? '–' : row.transactionsPerOp.toFixed(2)} | ${perOp(row.cpu.server, m.opsPerSec)} / ${perOp(row.cpu.postgres, m.opsPerSec)} | ${cores(row.cpu.loadGenerator)} / ${cores(row.cpu.server)} / ${cores(row.cpu.postgres)} / ${cores(row.cpu.machine - row.cpu.loadGenerator - row.cpu.server - row.cpu.postgres)} |`,
    );
  }
  return lines.join('\n');
}

/** Does the run meet the targets? One line per target, with the measured value. */
export function verdicts(rows: readonly Row[]): string[] {
  const out: string[] = [];
  const pg32 = rows.find((r) => r.backend === 'PostgreSQL' && r.concurrency === 32);
  if (pg32) {
    const m = measures(pg32);
    const ratio = pg32.pgbenchTps ? m.opsPerSec / pg32.pgbenchTps : Number.NaN;
    out.push(
      `PostgreSQL, concurrency 32: ${(ratio * 100).toFixed(0)} % of pgbench tps (target ≥ 50 %) — ${ratio >= 0.5 ? 'met' : 'NOT met'}; p99 ${ms(m.all.p99)} ms (target ≤ 50 ms) — ${m.all.p99 <= 50 ? 'met' : 'NOT met'}`,
    );
  }
  const embedded = rows.filter((r) => r.backend === 'Embedded');
  if (embedded.length > 0) {
    const best = Math.max(...embedded.map((r) => measures(r).purchasesPerSec));
    out.push(
      `Embedded PostgreSQL: best ${rate(best)} purchases/s in the mix (target ≥ 500) — ${best >= 500 ? 'met' : 'NOT met'}`,
    );
  }
  return out;
}

export function errorExamples(rows: readonly Row[]): string[] {
  return rows.flatMap((r) =>
    r.phase.errorExamples.map((e) => `${r.backend} c=${r.concurrency}: ${e}`),
  );
}
