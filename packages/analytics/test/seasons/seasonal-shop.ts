import { simulateShopHistory } from '../../src/simulate/index.ts';
import type { Transactions } from '../../src/summary/transactions.ts';

const DAY_MS = 86_400_000;

/**
 * The seasonal shop: the boulangerie with a yearly pattern of ±30 % peaking mid-December
 * (day 348 of the year) on both the purchase rate and the arrivals, simulated from `start` to
 * `end` (UTC midnights: epoch days are then the shop's days).
 */
export function seasonalShop(seed: number, start: number, end: number, amplitude = 0.3) {
  const season = { amplitude, peakDayOfYear: 348 };
  const history = simulateShopHistory({
    seed,
    start,
    end,
    seasonality: season,
    purchaseSeasonality: season,
  });
  return transactionsOf(history.transactions);
}

/** Simulated transactions as the analytics' typed columns, by epoch day. */
export function transactionsOf(
  rows: readonly { customerId: string; at: number; amountCents: number }[],
): Transactions {
  const index = new Map<string, number>();
  const customer = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const amountCents = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    if (!index.has(row.customerId)) index.set(row.customerId, index.size);
    customer[i] = index.get(row.customerId)!;
    day[i] = Math.floor(row.at / DAY_MS);
    amountCents[i] = row.amountCents;
  });
  return { customer, day, amountCents, customerCount: index.size };
}

export const epochDay = (year: number, month: number, date: number) =>
  Date.UTC(year, month, date) / DAY_MS;
