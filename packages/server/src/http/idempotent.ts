import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { type Tx, withMerchant } from '../db/tenant.ts';
import { AppError, ERROR_CODES } from '../errors/app-error.ts';
import {
  claimKey,
  findKey,
  type IdempotencyKeyId,
  releaseKey,
  retakeKey,
  storeResponse,
} from '../repositories/idempotency-keys.ts';
import type { MerchantScope } from '../use-cases/scope.ts';
import { problemOf } from './problem.ts';
import type { AppEnv } from './types.ts';

const REPLAY_WINDOW_MS = 24 * 3_600_000;
/** A key still "in flight" after this long belonged to a process that died: it may be retaken. */
const ABANDONED_AFTER_MS = 60_000;
const WAIT_FOR_FIRST_MS = 5_000;

export type WriteResult = { status: 200 | 201; body: unknown };

/**
 * Runs a write for a request, exactly once per Idempotency-Key. The response is stored in the
 * same transaction as the write's effects, so either both exist or neither does: a replay
 * can never describe an effect that was lost, and a lost response never hides an effect.
 * - same key, same body, within 24 h → the first response again (status and body);
 * - same key, different body → 422 `idempotency_key_reused`;
 * - same key while the first is still running → waits for it, then replays (409
 *   `idempotency_key_in_flight` if it takes more than 5 s).
 * Business rejections (4xx) are stored and replayed too; unexpected failures release the key.
 */
export async function runWrite(
  c: Context<AppEnv>,
  scope: MerchantScope,
  body: unknown,
  work: (tx: Tx) => Promise<WriteResult>,
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  if (key === undefined) {
    const result = await withMerchant(scope.db, scope.merchantId, work);
    return c.json(result.body as object, result.status);
  }
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new AppError(
      'validation_failed',
      'Idempotency-Key must be 1–255 visible ASCII characters',
      {
        fields: [{ field: 'Idempotency-Key', message: 'invalid', code: 'invalid_idempotency_key' }],
      },
    );
  }
  const id: IdempotencyKeyId = {
    merchantId: scope.merchantId,
    principal: `${scope.actor.type}:${scope.actor.id}`,
    key,
  };
  const hash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body)}`)
    .digest('base64url');
  const replay = await claimOrReplay(scope, id, hash, c.get('services').now);
  if (replay) {
    c.header('idempotent-replayed', 'true');
    const type = replay.status >= 400 ? 'application/problem+json' : 'application/json';
    return c.body(JSON.stringify(replay.body), replay.status as 200, { 'content-type': type });
  }
  try {
    const result = await withMerchant(scope.db, scope.merchantId, async (tx) => {
      const r = await work(tx);
      await storeResponse(tx, id, r.status, r.body);
      return r;
    });
    return c.json(result.body as object, result.status);
  } catch (error) {
    if (error instanceof AppError && ERROR_CODES[error.code] < 500) {
      const problem = problemOf(error, c.get('requestId'));
      await withMerchant(scope.db, scope.merchantId, (tx) =>
        storeResponse(tx, id, problem.status, problem),
      );
    } else {
      await withMerchant(scope.db, scope.merchantId, (tx) => releaseKey(tx, id)).catch(() => {});
    }
    throw error;
  }
}

async function claimOrReplay(
  scope: MerchantScope,
  id: IdempotencyKeyId,
  hash: string,
  now: () => Date,
): Promise<{ status: number; body: unknown } | null> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const at = now();
    const outcome = await withMerchant(scope.db, scope.merchantId, async (tx) => {
      if (await claimKey(tx, id, hash, at)) return { kind: 'claimed' as const };
      const existing = await findKey(tx, id);
      if (!existing) return { kind: 'retry' as const };
      const age = at.getTime() - existing.created_at.getTime();
      const expired = age > REPLAY_WINDOW_MS;
      const abandoned = existing.response_status === null && age > ABANDONED_AFTER_MS;
      if (expired || abandoned) {
        return (await retakeKey(tx, id, existing.created_at, hash, at))
          ? { kind: 'claimed' as const }
          : { kind: 'retry' as const };
      }
      if (existing.request_hash !== hash) {
        throw new AppError(
          'idempotency_key_reused',
          'This Idempotency-Key was already used with a different request',
        );
      }
      if (existing.response_status !== null) {
        return {
          kind: 'replay' as const,
          status: existing.response_status,
          body: existing.response_body as unknown,
        };
      }
      return { kind: 'retry' as const };
    });
    if (outcome.kind === 'claimed') return null;
    if (outcome.kind === 'replay') return { status: outcome.status, body: outcome.body };
    if (Date.now() - started > WAIT_FOR_FIRST_MS) {
      throw new AppError(
        'idempotency_key_in_flight',
        'A request with this Idempotency-Key is still being processed; retry shortly',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 250)));
  }
}
