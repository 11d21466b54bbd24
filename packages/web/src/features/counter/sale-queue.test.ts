import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  classify,
  dueSales,
  externalIdOf,
  fromLegacyPending,
  newSale,
  type QueuedSale,
  retryDelayMs,
} from './sale-queue.ts';

const now = new Date('2026-12-06T10:00:00Z');
const sale = (overrides: Partial<Parameters<typeof newSale>[0]> = {}) =>
  newSale({
    key: 'k-1',
    customerId: 'c-1',
    customerName: 'Léa',
    amountCents: 1250,
    now,
    ...overrides,
  });

describe('a queued sale', () => {
  it('is written down with the exact body it is sent with, dated when it was confirmed', () => {
    const s = sale();
    expect(JSON.parse(s.body)).toEqual({
      customerId: 'c-1',
      amountCents: 1250,
      occurredAt: '2026-12-06T10:00:00.000Z',
      externalId: externalIdOf('k-1'),
    });
    expect(s.state).toBe('pending');
  });

  it('keeps its bytes and key through every outcome', () => {
    let s = sale();
    const body = s.body;
    s = afterAttempt(s, { kind: 'network' }, now.getTime());
    s = afterAttempt(
      s,
      { kind: 'answer', status: 503, code: 'database_unavailable' },
      now.getTime(),
    );
    s = afterAttempt(s, { kind: 'answer', status: 201 }, now.getTime());
    expect(s.body).toBe(body);
    expect(s.key).toBe('k-1');
    expect(s.state).toBe('recorded');
  });

  it('stays "en attente" after 503, 429, 500, no answer or a key still in flight', () => {
    for (const answer of [
      { kind: 'network' as const },
      { kind: 'answer' as const, status: 503, code: 'overloaded' },
      { kind: 'answer' as const, status: 429, code: 'rate_limited' },
      { kind: 'answer' as const, status: 500 },
      { kind: 'answer' as const, status: 409, code: 'idempotency_key_in_flight' },
    ]) {
      const s = afterAttempt(sale(), answer, now.getTime());
      expect(s.state, JSON.stringify(answer)).toBe('pending');
      expect(s.refusal).toBeNull();
    }
  });

  it('waits for the cashier to sign in again after a 401, without being refused', () => {
    const s = afterAttempt(sale(), { kind: 'answer', status: 401, code: 'unauthenticated' }, 0);
    expect(s).toMatchObject({ state: 'pending', waitingFor: 'sign-in' });
  });

  it('is refused, with the reason, only by a final answer', () => {
    const refusal = { status: 404, code: 'not_found', detail: 'Customer not found', fields: [] };
    const s = afterAttempt(sale(), { kind: 'refusal', refusal }, 0);
    expect(s).toMatchObject({ state: 'refused', refusal, waitingFor: null });
    expect(classify({ kind: 'answer', status: 422, code: 'validation_failed' })).toBe('refused');
  });

  it('backs off 15 s doubling to 5 min, or follows Retry-After', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelayMs(n))).toEqual([
      15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
    expect(retryDelayMs(1, 7)).toBe(7_000);
    const s = afterAttempt(
      sale(),
      { kind: 'answer', status: 503, code: 'overloaded', retryAfterSeconds: 2 },
      1_000,
    );
    expect(s.nextAttemptAt).toBe(3_000);
  });

  it('is due only once its wait is over, oldest first, refused ones never', () => {
    const a = { ...sale({ key: 'a' }), occurredAt: '2026-12-06T10:00:02Z', nextAttemptAt: 0 };
    const b = { ...sale({ key: 'b' }), occurredAt: '2026-12-06T10:00:01Z', nextAttemptAt: 0 };
    const later = { ...sale({ key: 'c' }), nextAttemptAt: 10 };
    const refused: QueuedSale = { ...sale({ key: 'd' }), nextAttemptAt: 0, state: 'refused' };
    expect(dueSales([a, later, refused, b], 5).map((s) => s.key)).toEqual(['b', 'a']);
  });

  it('rebuilds a purchase queued by the earlier counter with the bytes it was first sent with', () => {
    const legacy = fromLegacyPending(
      {
        key: 'old',
        customerId: 'c-1',
        customerName: 'Léa',
        amountCents: 450,
        occurredAt: '2026-12-05T09:00:00Z',
      },
      0,
    );
    expect(legacy.body).toBe('{"customerId":"c-1","amountCents":450}');
  });
});
