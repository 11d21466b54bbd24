/**
 * The counter's sales queue, as plain functions over plain data (the browser storage and the
 * network live in sale-store.ts and use-sale-queue.ts).
 *
 * A sale is written down before it is first sent, with the exact bytes of its request and its
 * Idempotency-Key; every resend sends those bytes under that key, so the server either records
 * it or replays its first answer. The body carries an `externalId` derived from the key, so even
 * after the server has forgotten the key (24 h) a late resend is recognised and never counts
 * twice. A sale is in one state at a time: en attente, enregistré or refusé.
 */
export type SaleState = 'pending' | 'recorded' | 'refused';

export type Refusal = {
  status: number;
  code: string;
  detail: string;
  fields: { field: string; message: string; code?: string }[];
};

export type QueuedSale = {
  /** The Idempotency-Key of the tap that made the sale. */
  key: string;
  /** The exact JSON first sent; resends send these bytes, never a rebuilt body. */
  body: string;
  customerId: string;
  customerName: string;
  amountCents: number;
  /** When the cashier confirmed it: the purchase happened then, not when it syncs. */
  occurredAt: string;
  state: SaleState;
  attempts: number;
  /** Epoch ms before which the sale is not resent (back-off, or the server's Retry-After). */
  nextAttemptAt: number;
  /** Why it waits: no answer at all, a busy server, or a session to renew. */
  waitingFor: 'network' | 'server' | 'sign-in' | null;
  refusal: Refusal | null;
};

/** What one attempt got back. */
export type Answer =
  | { kind: 'network' }
  | { kind: 'answer'; status: number; code?: string; retryAfterSeconds?: number | null }
  | { kind: 'refusal'; refusal: Refusal; retryAfterSeconds?: number | null };

/** The externalId of a sale made at this counter (the server keeps it forever). */
export const externalIdOf = (key: string) => `counter:${key}`;

/** A sale as the cashier confirmed it, ready to be stored and then sent. */
export function newSale(input: {
  key: string;
  customerId: string;
  customerName: string;
  amountCents: number;
  now: Date;
  /** The quoted discounts the amount is after, and the promo code used (see quote.ts). */
  discounts?: readonly { kind: string; label: string; amountCents: number }[];
  promoCode?: string | null;
}): QueuedSale {
  const occurredAt = input.now.toISOString();
  return {
    key: input.key,
    body: JSON.stringify({
      customerId: input.customerId,
      amountCents: input.amountCents,
      occurredAt,
      externalId: externalIdOf(input.key),
      ...(input.discounts?.length ? { discounts: input.discounts } : {}),
      ...(input.promoCode ? { promoCode: input.promoCode } : {}),
    }),
    customerId: input.customerId,
    customerName: input.customerName,
    amountCents: input.amountCents,
    occurredAt,
    state: 'pending',
    attempts: 0,
    // The first send is made by the tap itself; the sync loop waits before trying again.
    nextAttemptAt: input.now.getTime() + FIRST_RETRY_MS,
    waitingFor: null,
    refusal: null,
  };
}

const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Codes that say "not now" rather than "no": the sale waits and is sent again. */
const TRY_AGAIN_CODES = new Set([
  'idempotency_key_in_flight',
  'rate_limited',
  'overloaded',
  'database_unavailable',
  'database_busy',
]);

/**
 * Whether an answer means recorded, try again later, or refused for good. No answer, any 5xx,
 * 429, 408 and "still in progress" are "later"; a 401 waits for the cashier to sign in again.
 * @example classify({ kind: 'answer', status: 503 }) // 'retry'
 */
export function classify(answer: Answer): 'recorded' | 'retry' | 'sign-in' | 'refused' {
  if (answer.kind === 'network') return 'retry';
  const status = answer.kind === 'answer' ? answer.status : answer.refusal.status;
  const code = answer.kind === 'answer' ? answer.code : answer.refusal.code;
  if (status >= 200 && status < 300) return 'recorded';
  if (status === 401) return 'sign-in';
  if (status >= 500 || status === 429 || status === 408) return 'retry';
  if (code && TRY_AGAIN_CODES.has(code)) return 'retry';
  return 'refused';
}

/**
 * The wait before the next attempt: the server's Retry-After when it gave one, else 15 s
 * doubling up to 5 minutes.
 * @example retryDelayMs(3) // 60_000
 */
export function retryDelayMs(attempts: number, retryAfterSeconds?: number | null): number {
  if (retryAfterSeconds && retryAfterSeconds > 0)
    return Math.min(retryAfterSeconds * 1000, MAX_RETRY_MS);
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** The sale after one attempt, in exactly one state. */
export function afterAttempt(sale: QueuedSale, answer: Answer, now: number): QueuedSale {
  const attempts = sale.attempts + 1;
  const verdict = classify(answer);
  if (verdict === 'recorded')
    return { ...sale, attempts, state: 'recorded', waitingFor: null, refusal: null };
  if (verdict === 'refused' && answer.kind === 'refusal')
    return { ...sale, attempts, state: 'refused', waitingFor: null, refusal: answer.refusal };
  if (verdict === 'refused' && answer.kind === 'answer') {
    const refusal = {
      status: answer.status,
      code: answer.code ?? 'unknown',
      detail: '',
      fields: [],
    };
    return { ...sale, attempts, state: 'refused', waitingFor: null, refusal };
  }
  const retryAfter = answer.kind === 'network' ? null : answer.retryAfterSeconds;
  return {
    ...sale,
    attempts,
    state: 'pending',
    refusal: null,
    waitingFor:
      verdict === 'sign-in' ? 'sign-in' : answer.kind === 'network' ? 'network' : 'server',
    nextAttemptAt: now + retryDelayMs(attempts, retryAfter),
  };
}

/** The sales to send now, oldest first. */
export function dueSales(queue: readonly QueuedSale[], now: number): QueuedSale[] {
  return queue
    .filter((s) => s.state === 'pending' && s.nextAttemptAt <= now)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/**
 * A purchase queued by an earlier version of the counter (localStorage, no externalId): its
 * body is rebuilt byte for byte as that version first sent it, so a purchase the server did
 * record is replayed, not counted again.
 */
export function fromLegacyPending(
  legacy: {
    key: string;
    customerId: string;
    customerName: string;
    amountCents: number;
    occurredAt: string;
  },
  now: number,
): QueuedSale {
  return {
    key: legacy.key,
    body: JSON.stringify({ customerId: legacy.customerId, amountCents: legacy.amountCents }),
    customerId: legacy.customerId,
    customerName: legacy.customerName,
    amountCents: legacy.amountCents,
    occurredAt: legacy.occurredAt,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    waitingFor: null,
    refusal: null,
  };
}
