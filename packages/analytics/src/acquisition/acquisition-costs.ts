import { monthOf, monthsFrom } from './calendar.ts';
import { type ChannelKey, countsAsAcquiredHere } from './channel.ts';

/** A customer and the day (shop-local) they became one. */
export interface AcquiredCustomer {
  readonly customerId: string;
  readonly channel: ChannelKey;
  readonly acquiredOn: string;
}

/**
 * Seed 003's two budgets: "développement des affaires" (bringing new customers, per channel or
 * in general) and "fidélisation" (keeping them).
 */
export type Budget = 'development' | 'loyalty';

/** What the owner spent in one month on one budget (and, for development, one channel or none). */
export interface SpendEntry {
  readonly month: string;
  readonly budget: Budget;
  /** The channel the development money went to; null: not tied to one channel. */
  readonly channel: ChannelKey | null;
  readonly amountCents: number;
}

export interface MonthAcquisition {
  readonly month: string;
  /** New customers per channel (imported ones included, under `imported`). */
  readonly newCustomers: Readonly<Partial<Record<ChannelKey, number>>>;
  /** New customers the shop acquired itself (all channels but `imported`). */
  readonly acquired: number;
  readonly developmentCents: number;
  readonly loyaltyCents: number;
  /** Development spend ÷ customers acquired that month; null without customers. */
  readonly costPerCustomerCents: number | null;
}

export interface ChannelAcquisition {
  readonly channel: ChannelKey;
  readonly newCustomers: number;
  /** Development spend entered for this channel over the period. */
  readonly spendCents: number;
  /** Spend ÷ new customers; null without customers or without any spend entered. */
  readonly costPerCustomerCents: number | null;
}

export interface AcquisitionCosts {
  readonly months: readonly MonthAcquisition[];
  readonly channels: readonly ChannelAcquisition[];
  readonly totals: {
    readonly acquired: number;
    readonly developmentCents: number;
    readonly loyaltyCents: number;
    /** All development spend (channel or not) ÷ customers acquired; null without customers. */
    readonly costPerCustomerCents: number | null;
  };
}

const perCustomer = (cents: number, customers: number) =>
  customers === 0 ? null : Math.round(cents / customers);

/**
 * New customers by channel and month, what each budget cost per month, and the cost per
 * acquired customer by channel and overall, from `fromMonth` to `toMonth` ('YYYY-MM', both
 * included). A channel with customers but no spend entered has no cost per customer (null, not
 * zero: nothing says it was free); general development spend only enters the overall figure.
 * @example
 * acquisitionCosts({
 *   customers: [{ customerId: 'a', channel: 'channel:flyer', acquiredOn: '2026-11-03' }],
 *   spend: [{ month: '2026-11', budget: 'development', channel: 'channel:flyer', amountCents: 5000 }],
 *   fromMonth: '2026-11', toMonth: '2026-11',
 * }).channels[0].costPerCustomerCents // 5000
 */
export function acquisitionCosts(input: {
  customers: readonly AcquiredCustomer[];
  spend: readonly SpendEntry[];
  fromMonth: string;
  toMonth: string;
}): AcquisitionCosts {
  const { fromMonth, toMonth } = input;
  const inRange = (month: string) => month >= fromMonth && month <= toMonth;
  const months = new Map(
    monthsFrom(fromMonth, toMonth).map((month) => [
      month,
      { newCustomers: {} as Partial<Record<ChannelKey, number>>, acquired: 0, dev: 0, loyalty: 0 },
    ]),
  );
  const channels = new Map<ChannelKey, { customers: number; spend: number; hasSpend: boolean }>();
  const channelOf = (key: ChannelKey) => {
    let found = channels.get(key);
    if (!found) {
      found = { customers: 0, spend: 0, hasSpend: false };
      channels.set(key, found);
    }
    return found;
  };
  for (const c of input.customers) {
    const month = months.get(monthOf(c.acquiredOn));
    if (!month) continue;
    month.newCustomers[c.channel] = (month.newCustomers[c.channel] ?? 0) + 1;
    if (countsAsAcquiredHere(c.channel)) month.acquired += 1;
    channelOf(c.channel).customers += 1;
  }
  for (const s of input.spend) {
    const month = months.get(s.month);
    if (!month || !inRange(s.month)) continue;
    if (s.budget === 'loyalty') {
      month.loyalty += s.amountCents;
      continue;
    }
    month.dev += s.amountCents;
    if (s.channel !== null) {
      const channel = channelOf(s.channel);
      channel.spend += s.amountCents;
      channel.hasSpend = true;
    }
  }
  const monthRows = [...months].map(([month, m]) => ({
    month,
    newCustomers: m.newCustomers,
    acquired: m.acquired,
    developmentCents: m.dev,
    loyaltyCents: m.loyalty,
    costPerCustomerCents: perCustomer(m.dev, m.acquired),
  }));
  const totals = monthRows.reduce(
    (t, m) => ({
      acquired: t.acquired + m.acquired,
      developmentCents: t.developmentCents + m.developmentCents,
      loyaltyCents: t.loyaltyCents + m.loyaltyCents,
    }),
    { acquired: 0, developmentCents: 0, loyaltyCents: 0 },
  );
  return {
    months: monthRows,
    channels: [...channels]
      .map(([channel, c]) => ({
        channel,
        newCustomers: c.customers,
        spendCents: c.spend,
        costPerCustomerCents: c.hasSpend ? perCustomer(c.spend, c.customers) : null,
      }))
      .sort((a, b) => b.newCustomers - a.newCustomers || a.channel.localeCompare(b.channel)),
    totals: {
      ...totals,
      costPerCustomerCents: perCustomer(totals.developmentCents, totals.acquired),
    },
  };
}
