import { formatDay } from '@habitue/import';
import { type CustomerColumns, segmentOfCode } from './customer-columns.ts';
import { moneyJson, NumberJsonCache } from './json-text.ts';

/** Customers per piece of the JSON written: the document is never whole in memory. */
const CUSTOMERS_PER_CHUNK = 4096;

/** What goes between two customers of the `--json` document's list. */
export const CUSTOMER_SEPARATOR = ',\n    ';

/**
 * The customers [from, to) of the `--json` document's list, in pieces to write one after the
 * other (separated, not preceded or followed, by {@link CUSTOMER_SEPARATOR}), one line per
 * customer, without indentation inside a line: a list of 160,000 customers takes about 35 MB
 * instead of 80 MB.
 */
export function* customersJson(
  columns: CustomerColumns,
  from: number,
  to: number,
): Generator<string> {
  const line = customerLineWriter(columns);
  for (let start = from; start < to; start += CUSTOMERS_PER_CHUNK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(to, start + CUSTOMERS_PER_CHUNK); i++) lines.push(line(i));
    const piece = lines.join(CUSTOMER_SEPARATOR);
    yield start === from ? piece : `${CUSTOMER_SEPARATOR}${piece}`;
  }
}

/**
 * The line of customer i: `JSON.stringify(customerEntries(columns, i, i + 1)[0])` character for
 * character (a test holds them together), written directly rather than through an object per
 * customer, so that the money, recency and T are not each put through V8's shortest-digits
 * search (≈ 0.3 µs a number, a dozen numbers a customer).
 */
export function customerLineWriter(columns: CustomerColumns): (i: number) => string {
  const p = columns.predictions;
  const times = new NumberJsonCache();
  const number = (values: Float64Array | undefined, i: number) =>
    values === undefined || !Number.isFinite(values[i]!) ? 'null' : String(values[i]!);
  const money = (values: Float64Array | undefined, i: number) =>
    values === undefined ? 'null' : moneyJson(values[i]!); // NaN: null
  const interval = (
    low: Float64Array | undefined,
    high: Float64Array | undefined,
    i: number,
    text: (values: Float64Array | undefined, i: number) => string,
  ) => {
    const l = text(low, i);
    const h = text(high, i);
    return l === 'null' || h === 'null' ? 'null' : `[${l},${h}]`;
  };
  const rfm = (i: number) => {
    const segment = columns.rfm[4 * i + 3]!;
    if (segment === 0) return 'null';
    const scores = columns.rfm;
    return `{"r":${scores[4 * i]},"f":${scores[4 * i + 1]},"m":${scores[4 * i + 2]},"segment":"${segmentOfCode(segment)}"}`;
  };
  return (i) =>
    `{"id":${JSON.stringify(columns.ids[i]!)},` +
    `"frequency":${columns.frequency[i]},` +
    `"recency":${times.text(columns.recency[i]!)},` +
    `"T":${times.text(columns.T[i]!)},` +
    `"monetary":${moneyJson(columns.monetaryRepeatCents[i]!)},` +
    `"averageBasket":${moneyJson(columns.monetaryAllCents[i]!)},` +
    `"revenue":${moneyJson(columns.revenueCents[i]!)},` +
    `"firstPurchase":"${formatDay(columns.firstPurchaseDay[i]!)}",` +
    `"lastPurchase":"${formatDay(columns.lastPurchaseDay[i]!)}",` +
    `"pAlive":${number(p.pAlive, i)},` +
    `"pAliveInterval":${interval(p.pAliveLow, p.pAliveHigh, i, number)},` +
    `"expectedPurchases":${number(p.expectedPurchases, i)},` +
    `"expectedPurchasesInterval":${interval(p.expectedPurchasesLow, p.expectedPurchasesHigh, i, number)},` +
    `"expectedAvgSpend":${money(p.expectedAvgSpendCents, i)},` +
    `"clv":${money(p.clvCents, i)},` +
    `"clvInterval":${interval(p.clvLowCents, p.clvHighCents, i, money)},` +
    `"rfm":${rfm(i)}}`;
}
