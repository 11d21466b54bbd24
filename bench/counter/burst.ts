import type { Client } from './http-client.ts';
import type { Operation } from './load.ts';
import { summarize } from './stats.ts';

/** One burst cell: every client at once, shed requests retried after their Retry-After. */
export type BurstResult = {
  concurrency: number;
  elapsedMs: number;
  /** Answers other than 503 `overloaded`, with their latency (ms). */
  accepted: number[];
  shed: number;
  errors: number;
  errorExamples: string[];
};

/**
 * `concurrency` clients start together and each sends the counter's requests one after the
 * other for `durationMs`. A 503 `overloaded` is counted as shed (not as an error) and the client
 * waits its Retry-After before the next request, as the counter's queue does; every other answer
 * is an accepted request, judged by the mix and timed from write to last byte.
 */
export async function runBurst(options: {
  client: Client;
  concurrency: number;
  durationMs: number;
  next(worker: number): Operation;
}): Promise<BurstResult> {
  const { client, concurrency, durationMs, next } = options;
  const result: BurstResult = {
    concurrency,
    elapsedMs: 0,
    accepted: [],
    shed: 0,
    errors: 0,
    errorExamples: [],
  };
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (id: number) => {
    while (performance.now() < deadline) {
      const op = next(id);
      const sent = performance.now();
      try {
        const reply = await client.send(op.method, op.path, op.body, op.headers);
        const ms = performance.now() - sent;
        if (reply.status === 503 && reply.body.includes('"overloaded"')) {
          result.shed += 1;
          const wait = Number(reply.headers['retry-after'] ?? 1) * 1000;
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, deadline - sent)));
          continue;
        }
        result.accepted.push(ms);
        if (op.judge(reply) === 'error') {
          result.errors += 1;
          if (result.errorExamples.length < 3)
            result.errorExamples.push(`${op.kind}: ${reply.status} ${reply.body.slice(0, 160)}`);
        }
      } catch (error) {
        result.errors += 1;
        if (result.errorExamples.length < 3) result.errorExamples.push(`${op.kind}: ${error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** The burst cells as a table: share shed, and the latency of what was accepted. */
export function burstTable(rows: readonly (BurstResult & { backend: string })[]): string {
  const lines = [
    '| backend | clients | accepted/s | shed (503 overloaded) | accepted p50 ms | accepted p99 ms | errors |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    const s = summarize(row.accepted);
    const total = row.accepted.length + row.shed;
    const share = total === 0 ? '–' : `${((row.shed / total) * 100).toFixed(1)} %`;
    lines.push(
      `| ${row.backend} | ${row.concurrency} | ${(row.accepted.length / (row.elapsedMs / 1000)).toFixed(0)} | ${share} (${row.shed}) | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${row.errors} |`,
    );
  }
  return lines.join('\n');
}

/** The target for the burst cells: accepted requests keep p99 under 1 s. */
export function burstVerdicts(rows: readonly (BurstResult & { backend: string })[]): string[] {
  return rows.map((row) => {
    const p99 = summarize(row.accepted).p99;
    return `${row.backend}, burst of ${row.concurrency}: accepted p99 ${p99.toFixed(0)} ms (target < 1000 ms) — ${p99 < 1000 ? 'met' : 'NOT met'}`;
  });
}
