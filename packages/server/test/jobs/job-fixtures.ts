import type { Kysely } from 'kysely';
import pino from 'pino';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { Database } from '../../src/db/schema.ts';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { defineJob, type JobContext } from '../../src/jobs/define-job.ts';
import { appendAudit } from '../../src/repositories/audit-log.ts';

/** A shop to own jobs, in the given time zone. */
export async function buildMerchant(
  db: Kysely<Database>,
  overrides: { timeZone?: string } = {},
): Promise<string> {
  const id = uuidv7();
  await asSystem(db, (tx) =>
    tx
      .insertInto('merchants')
      .values({
        id,
        name: 'Boulangerie',
        slug: `shop-${id}`,
        signup_token: `signup-${id}`,
        ...(overrides.timeZone ? { time_zone: overrides.timeZone } : {}),
      })
      .execute(),
  );
  return id;
}

/** A clock tests move by hand: nothing in the runner waits on real time. */
export function testClock(start = '2026-12-06T09:00:00Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    set(iso: string) {
      current = new Date(iso).getTime();
    },
  };
}

/** A logger whose lines the test can read. */
export function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

/**
 * The effect a test job has: an audit entry in the job's transaction, so "the job ran" is a
 * row that exists only if the run committed.
 */
export async function recordEffect(context: JobContext, label: string): Promise<void> {
  await appendAudit(context.tx, context.merchantId, { type: 'system', id: null }, context.now, {
    action: 'job.effect',
    subjectType: 'job',
    subjectId: context.job.id,
    details: { label, attempt: context.job.attempt },
  });
}

/** The effects recorded for a merchant, oldest first. */
export async function effects(db: Kysely<Database>, merchantId: string) {
  const rows = await withMerchant(db, merchantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['subject_id', 'details'])
      .where('action', '=', 'job.effect')
      .orderBy('id')
      .execute(),
  );
  return rows.map((r) => ({
    jobId: r.subject_id,
    ...(r.details as { label: string; attempt: number }),
  }));
}

export async function jobRow(db: Kysely<Database>, merchantId: string, id: string) {
  return withMerchant(db, merchantId, (tx) =>
    tx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

/** A job that records its effect and then does whatever `behaviour` says. */
export function effectJob(
  kind: string,
  behaviour: (context: JobContext, payload: { label: string }) => Promise<void> = async () => {},
  maxAttempts?: number,
) {
  return defineJob({
    kind,
    payload: z.object({ label: z.string() }),
    ...(maxAttempts ? { maxAttempts } : {}),
    async handle(context, payload) {
      await recordEffect(context, payload.label);
      await behaviour(context, payload);
    },
  });
}
