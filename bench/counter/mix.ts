import { createRandom, deriveSeed, type Random } from '../../packages/analytics/src/random/prng.ts';
import type { Reply } from './http-client.ts';
import type { Operation } from './load.ts';
import type { Shop } from './shop.ts';

/** The counter's mix of requests, from the issue: 70 % purchases, 20 % card reads, 10 % redemptions. */
export const MIX = { purchase: 0.7, card: 0.2, redemption: 0.1 } as const;

/** Refusals the counter expects in normal trade: counted apart, not as errors. */
const EXPECTED_REFUSALS = new Set(['insufficient_balance', 'no_voucher_available']);

const created = (r: Reply) => (r.status === 201 ? 'ok' : 'error');

function redemptionVerdict(r: Reply) {
  if (r.status === 201) return 'ok';
  if (r.status === 409 && EXPECTED_REFUSALS.has(codeOf(r.body))) return 'rejected';
  return 'error';
}

function codeOf(body: string): string {
  try {
    return (JSON.parse(body) as { code?: string }).code ?? '';
  } catch {
    return '';
  }
}

/** A basket between 2.50 € and 25 €, in cents. */
const basketCents = (random: Random) => 250 + Math.floor(random.next() * 2251);

/**
 * The request source for one phase: each worker draws from its own seeded stream (so the same
 * seed replays the same customers and amounts) and every write carries a fresh Idempotency-Key.
 * Customers are drawn uniformly, so two tills sometimes serve the same customer at once.
 */
export function counterMix(
  shop: Shop,
  options: {
    seed: number;
    phase: string;
    only?: keyof typeof MIX;
    /**
     * With `only`, every Nth request of a worker is a free coffee taken instead (the history
     * cells: a regular uses the vouchers they unlock, one per ten visits).
     */
    stampRedemptionEvery?: number;
  },
) {
  const streams = new Map<number, Random>();
  const sent = new Map<number, number>();
  let sequence = 0;
  const auth = { authorization: `Bearer ${shop.apiKey}` };
  return (worker: number): Operation => {
    let random = streams.get(worker);
    if (!random) {
      random = createRandom(deriveSeed(options.seed, worker));
      streams.set(worker, random);
    }
    const customerId = shop.customerIds[Math.floor(random.next() * shop.customerIds.length)]!;
    const roll = random.next();
    const nth = (sent.get(worker) ?? 0) + 1;
    sent.set(worker, nth);
    const takesCoffee =
      options.stampRedemptionEvery !== undefined && nth % options.stampRedemptionEvery === 0;
    const kind = takesCoffee
      ? 'redemption'
      : (options.only ??
        (roll < MIX.purchase
          ? 'purchase'
          : roll < MIX.purchase + MIX.card
            ? 'card'
            : 'redemption'));
    sequence += 1;
    const write = { ...auth, 'idempotency-key': `${options.phase}-${worker}-${sequence}` };
    switch (kind) {
      case 'purchase':
        return {
          kind,
          method: 'POST',
          path: '/api/v1/purchases',
          body: { customerId, amountCents: basketCents(random) },
          headers: write,
          judge: created,
        };
      case 'card':
        return {
          kind,
          method: 'GET',
          path: `/api/v1/customers/${customerId}/card`,
          headers: auth,
          judge: (r) => (r.status === 200 ? 'ok' : 'error'),
        };
      case 'redemption': {
        const rewardId =
          takesCoffee || random.next() >= 0.5 ? shop.stampRewardId : shop.pointsRewardId;
        return {
          kind,
          method: 'POST',
          path: '/api/v1/redemptions',
          body: { customerId, rewardId },
          headers: write,
          judge: redemptionVerdict,
        };
      }
    }
  };
}
