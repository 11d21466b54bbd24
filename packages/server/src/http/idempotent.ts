import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { sql } from 'kysely';
import { commitWithNextStatement } from '../db/pipelined-driver.ts';
import { proveOwedApiKey, type Tx, withMerchant } from '../db/tenant.ts';
import { ApiKeyNotLive, AppError, ERROR_CODES } from '../errors/app-error.ts';
import {
  type CarriedClaim,
  claimKey,
  findKey,
  type IdempotencyKeyId,
  retakeKey,
  storeResponse,
} from '../repositories/idempotency-keys.ts';
import type { MerchantScope } from '../use-cases/scope.ts';
import { problemOf } from './problem.ts';
import type { AppEnv } from './types.ts';

const REPLAY_WINDOW_MS = 24 * 3_600_000;
/** How long a duplicate waits for the first request with its key before giving up with 409. */
const WAIT_FOR_FIRST = '5s';

export type WriteResult = { status: 200 | 201; body: unknown };

type Outcome =
  | { kind: 'done'; status: number; text: string }
  | { kind: 'replay'; status: number; text: string }
  | { kind: 'refused'; error: AppError };

/**
 * Runs a write for a request, exactly once per Idempotency-Key, in ONE transaction: the key is
 * claimed, the work done and its response stored together, so either all of it exists or none
 * does — a replay can never describe an effect that was lost, and a lost response never hides an
 * effect.
 * - same key, same body, within 24 h → the first response again (status and body);
 * - same key, different body → 422 `idempotency_key_reused`;
 * - same key while the first is still running → PostgreSQL makes the second insert of the key
 *   wait for the first transaction; then it replays (409 `idempotency_key_in_flight` after 5 s).
 * Business refusals (4xx) are stored and replayed too: the work is rolled back to a savepoint and
 * only the refusal is committed. Unexpected failures roll everything back, key included.
 * Keys belong to the caller (`options.principal`, by default the authenticated actor), so one
 * caller can never replay another's answer; anonymous routes pass a per-address principal.
 */
export async function runWrite(
  c: Context<AppEnv>,
  scope: MerchantScope,
  body: unknown,
  work: (tx: Tx, claim?: CarriedClaim) => Promise<WriteResult>,
  options: {
    principal?: string;
    /**
     * The work claims the key itself, in its first locking statement (`CarriedClaim`), and
     * writes nothing before it; a refusal before that claim is stored after claiming the key.
     */
    carriesClaim?: boolean;
  } = {},
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  // A work that carries its claim proves the request's API key in the same statement.
  const keyCheckInWork = options.carriesClaim === true;
  if (key === undefined) {
    const result = await withMerchant(scope.db, scope.merchantId, work, { keyCheckInWork });
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
    principal: options.principal ?? `${scope.actor.type}:${scope.actor.id}`,
    key,
  };
  const hash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body)}`)
    .digest('base64url');
  // The lock timeout bounds the wait for a concurrent first request (and any lock later in
  // this transaction); it is set with the merchant, in the transaction's first statement.
  const outcome = await withMerchant(
    scope.db,
    scope.merchantId,
    async (tx): Promise<Outcome> => {
      let working = false;
      const start = async () => {
        await sql`savepoint idempotent_work`.execute(tx);
        working = true;
      };
      const attempt = async (carried?: CarriedClaim): Promise<Outcome> => {
        try {
          const result = await work(tx, carried);
          if (!working) throw new Error('a write that carries its claim never claimed its key');
          // Serialised once: the answer sent now and every replay of it are the same bytes.
          const text = JSON.stringify(result.body);
          // Nothing runs after the stored response: it carries the transaction's COMMIT.
          await commitWithNextStatement(tx);
          await storeResponse(tx, id, result.status, text);
          return { kind: 'done', status: result.status, text };
        } catch (error) {
          // A revoked API key is the caller's refusal, not the request's: never stored.
          if (error instanceof KeyTaken || isRevokedKey(error)) throw error;
          if (isKeyWaitTimeout(error)) throw inFlight();
          if (!(error instanceof AppError) || ERROR_CODES[error.code] >= 500) throw error;
          if (working) await sql`rollback to savepoint idempotent_work`.execute(tx);
          else {
            // Refused before its first statement claimed the key (and proved the API key):
            // nothing was written yet.
            await proveOwedApiKey(tx, scope.merchantId);
            const replay = await claim(tx, id, hash, scope.now);
            if (replay) return replay;
          }
          const problem = problemOf(error, c.get('requestId'));
          await commitWithNextStatement(tx);
          await storeResponse(tx, id, problem.status, JSON.stringify(problem));
          return { kind: 'refused', error };
        }
      };
      if (options.carriesClaim) {
        const carried: CarriedClaim = {
          id,
          requestHash: hash,
          at: scope.now,
          async settle(claimed) {
            if (!claimed) throw new KeyTaken();
            await start();
          },
        };
        try {
          return await attempt(carried);
        } catch (error) {
          if (!(error instanceof KeyTaken)) throw error;
          // Another request held the key when the work's first statement ran: replay its
          // answer, or (past the window, or left without one) take the key over and work.
        }
      }
      const replay = await claim(tx, id, hash, scope.now);
      if (replay) return replay;
      await start();
      return attempt();
    },
    { lockTimeout: WAIT_FOR_FIRST, keyCheckInWork },
  );
  if (outcome.kind === 'refused') throw outcome.error;
  if (outcome.kind === 'replay') c.header('idempotent-replayed', 'true');
  const type = outcome.status >= 400 ? 'application/problem+json' : 'application/json';
  return c.body(outcome.text, outcome.status as 200, { 'content-type': type });
}

/**
 * The API key's liveness check refused the request inside the write (`keyCheckInWork`,
 * `proveOwedApiKey`, `apiKeyLive`): never stored under the Idempotency-Key. Any other refusal,
 * `unauthenticated` too, is the request's answer, stored and replayed.
 */
export function isRevokedKey(error: unknown): boolean {
  return error instanceof ApiKeyNotLive;
}

/** The key was held by another request when a write's first statement tried to claim it. */
class KeyTaken extends Error {}

function inFlight() {
  return new AppError(
    'idempotency_key_in_flight',
    'A request with this Idempotency-Key is still being processed; retry shortly',
  );
}

/**
 * A lock timeout while waiting for the key (PostgreSQL names the relation it waited on in the
 * error's context — on a Citus cluster the worker's shard, `idempotency_keys_102008`), not for a
 * row the work locks — that one stays 503 `database_busy`.
 */
function isKeyWaitTimeout(error: unknown): boolean {
  const e = error as { code?: string; where?: string };
  return e.code === '55P03' && /relation "idempotency_keys(_\d+)?"/.test(e.where ?? '');
}

/** Claims the key for this transaction, or returns what to replay. */
async function claim(
  tx: Tx,
  id: IdempotencyKeyId,
  hash: string,
  now: Date,
): Promise<Outcome | null> {
  let claimed: boolean;
  try {
    claimed = await claimKey(tx, id, hash, now);
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') throw inFlight();
    throw error;
  }
  if (claimed) return null;
  const existing = await findKey(tx, id);
  if (!existing)
    throw new AppError('database_busy', 'The request could not be recorded; retry it', {
      retryAfterSeconds: 1,
    });
  // Past the replay window (or left without a response by an older version): a fresh start.
  if (
    existing.response_status === null ||
    now.getTime() - existing.created_at.getTime() > REPLAY_WINDOW_MS
  ) {
    await retakeKey(tx, id, existing.created_at, hash, now);
    return null;
  }
  if (existing.request_hash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request',
    );
  }
  return {
    kind: 'replay',
    status: existing.response_status,
    text: existing.response_text ?? JSON.stringify(existing.response_body),
  };
}
