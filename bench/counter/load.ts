import type { Client, Reply } from './http-client.ts';

/** One request of the mix, and how to judge its answer. */
export type Operation = {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** 'ok' for success, 'rejected' for an expected business refusal (e.g. 409), else 'error'. */
  judge(reply: Reply): Verdict;
};

export type Verdict = 'ok' | 'rejected' | 'error';

export type KindResult = { ok: number; rejected: number; errors: number; latencies: number[] };

export type PhaseResult = {
  elapsedMs: number;
  /** Latency of every completed request (ms), all kinds together. */
  latencies: number[];
  byKind: Map<string, KindResult>;
  errorExamples: string[];
};

export type LoadOptions = {
  client: Client;
  concurrency: number;
  durationMs: number;
  /** Hard cap on requests, whatever the duration: the generator can never run away. */
  maxRequests: number;
  /** The next request for a worker; each worker should draw from its own seeded stream. */
  next(worker: number): Operation;
};

/**
 * A closed-loop load generator: `concurrency` workers each send one request, read the whole
 * answer, and send the next, until the duration or the request cap is reached. Latency runs
 * from just before the request is written to the end of the response body.
 */
export async function runClosedLoop(options: LoadOptions): Promise<PhaseResult> {
  const { client, concurrency, durationMs, maxRequests, next } = options;
  const byKind = new Map<string, KindResult>();
  const latencies: number[] = [];
  const errorExamples: string[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  let issued = 0;
  const record = (kind: string, verdict: Verdict, ms: number, detail: string) => {
    let slot = byKind.get(kind);
    if (!slot) {
      slot = { ok: 0, rejected: 0, errors: 0, latencies: [] };
      byKind.set(kind, slot);
    }
    if (verdict === 'ok') slot.ok += 1;
    else if (verdict === 'rejected') slot.rejected += 1;
    else {
      slot.errors += 1;
      if (errorExamples.length < 5) errorExamples.push(`${kind}: ${detail}`);
    }
    slot.latencies.push(ms);
    latencies.push(ms);
  };
  const worker = async (id: number) => {
    while (performance.now() < deadline && issued < maxRequests) {
      issued += 1;
      const op = next(id);
      const sent = performance.now();
      try {
        const reply = await client.send(op.method, op.path, op.body, op.headers);
        const verdict = op.judge(reply);
        record(
          op.kind,
          verdict,
          performance.now() - sent,
          `${reply.status} ${reply.body.slice(0, 200)}`,
        );
      } catch (error) {
        record(op.kind, 'error', performance.now() - sent, String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  return { elapsedMs: performance.now() - started, latencies, byKind, errorExamples };
}
