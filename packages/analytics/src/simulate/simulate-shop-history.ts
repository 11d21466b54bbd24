import { DAY_MS } from '../clv/purchase.ts';
import { createRandom, deriveSeed } from '../random/prng.ts';
import { arrivalTimes } from './arrivals.ts';
import { calendarOf, toTimestamp, yearlyFactor } from './business-clock.ts';
import { type LatentCustomer, simulateCustomer } from './customer-history.ts';
import { BOULANGERIE, type ShopParameters, type ShopSimulationOptions } from './options.ts';

export interface SimulatedCustomer {
  readonly customerId: string;
  /** First purchase, ms since epoch. */
  readonly joinedAt: number;
  readonly isMember: boolean;
  readonly memberSince: number | null;
  /** When the customer silently left (their last purchase); null if still active at `end`. */
  readonly droppedOutAt: number | null;
  readonly latent: LatentCustomer;
}

export interface SimulatedTransaction {
  readonly customerId: string;
  readonly at: number;
  readonly amountCents: number;
}

export interface ShopHistory {
  readonly parameters: ShopParameters;
  /** In order of arrival. */
  readonly customers: readonly SimulatedCustomer[];
  /** Sorted by time, then by customer id. */
  readonly transactions: readonly SimulatedTransaction[];
}

/**
 * A deterministic purchase history for a simulated shop — the demo shop and the ground truth of
 * the model tests. Same options, same history, on any machine. Customers arrive from the shop's
 * own random stream; each customer then lives on a stream of their own, so changing the
 * membership lift alters members' histories only.
 *
 * @example
 * const history = simulateShopHistory({ seed: 7, start: Date.UTC(2024, 10, 21, 23), end: Date.UTC(2026, 10, 21, 23) });
 * history.customers.length; // 2 015
 * history.transactions[0]; // { customerId: 'c00001', at: 1_732_262_490_382, amountCents: 543 }
 */
export function simulateShopHistory(options: ShopSimulationOptions): ShopHistory {
  const { seed, start, end, ...overrides } = options;
  const parameters: ShopParameters = { ...BOULANGERIE, ...overrides };
  if (!(end > start)) throw new RangeError('simulateShopHistory: end must be after start');
  const horizonDays = (end - start) / DAY_MS;
  const launchAt = parameters.membership?.launchAt;
  const launchDay = launchAt === undefined ? null : (launchAt - start) / DAY_MS;
  const at = (day: number) => toTimestamp(start, day, parameters.openingHours);

  const joins = arrivalTimes(
    createRandom(deriveSeed(seed, 0xa771)),
    parameters,
    start,
    horizonDays,
  );
  const season = purchaseSeason(parameters, start);
  const customers: SimulatedCustomer[] = [];
  const transactions: SimulatedTransaction[] = [];
  joins.forEach((joinDay, index) => {
    const customerId = `c${String(index + 1).padStart(5, '0')}`;
    const random = createRandom(deriveSeed(seed, index + 1));
    const timeline = simulateCustomer(random, parameters, {
      joinDay,
      horizonDays,
      launchDay,
      ...season,
    });
    customers.push({
      customerId,
      joinedAt: at(joinDay),
      isMember: timeline.memberSinceDay !== null,
      memberSince: timeline.memberSinceDay === null ? null : at(timeline.memberSinceDay),
      droppedOutAt: timeline.dropoutDay === null ? null : at(timeline.dropoutDay),
      latent: timeline.latent,
    });
    for (const purchase of timeline.purchases) {
      transactions.push({ customerId, at: at(purchase.day), amountCents: purchase.amountCents });
    }
  });
  transactions.sort(
    (a, b) =>
      a.at - b.at || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
  );
  return { parameters, customers, transactions };
}

/** The purchase rate's seasonal factor by model day, and its peak; none without seasons. */
function purchaseSeason(
  parameters: ShopParameters,
  start: number,
): { season: (t: number) => number; peakSeason: number } | Record<string, never> {
  const seasonality = parameters.purchaseSeasonality;
  if (!seasonality || seasonality.amplitude === 0) return {};
  return {
    season: (t) => {
      const day = Math.floor(t);
      return yearlyFactor(seasonality, calendarOf(start, day).dayOfYear + (t - day));
    },
    peakSeason: 1 + Math.abs(seasonality.amplitude),
  };
}
