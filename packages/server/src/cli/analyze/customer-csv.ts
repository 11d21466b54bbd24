import type { CustomerSummary, CustomerValueAnalysis } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import { neutraliseText, quote } from '../../use-cases/exports/csv.ts';
import { money } from './key-figures.ts';

/** Lines per write: the file goes out as it is made, never whole in memory. */
const LINES_PER_CHUNK = 4096;

const COLUMNS = [
  'id',
  'frequency',
  'recency',
  'T',
  'monetary',
  'averageBasket',
  'revenue',
  'firstPurchase',
  'lastPurchase',
  'pAlive',
  'expectedPurchases',
  'expectedAvgSpend',
  'clv',
  'rfmR',
  'rfmF',
  'rfmM',
  'rfmSegment',
];
const INTERVAL_COLUMNS = [
  'pAliveLow',
  'pAliveHigh',
  'expectedPurchasesLow',
  'expectedPurchasesHigh',
  'clvLow',
  'clvHigh',
];

/**
 * An id that is its own CSV field: no delimiter, quote or control character, no formula start.
 * Its line is written directly; any other id's goes through {@link csvOfRows}.
 */
const PLAIN_ID = /^[\p{L}\p{N}_./ ][\p{L}\p{N}_./ -]*$/u;
const isPlain = (id: string) => PLAIN_ID.test(id);

type Cell = string | number | null;

/**
 * `habitue analyze --csv`: one line per customer with a purchase day, the same figures and order
 * as the JSON's `customers` (highest CLV first, then highest revenue), written to `out` in chunks.
 * Column names are the JSON's keys (docs/analyze.md); numbers are written in full precision with
 * a decimal point, an absent figure as an empty cell; the interval columns only when intervals
 * were computed.
 *
 * @example writeCustomerCsv(process.stdout, ids, full, analysis, true)
 */
export function writeCustomerCsv(
  out: NodeJS.WritableStream,
  ids: readonly string[],
  full: CustomerSummary,
  analysis: CustomerValueAnalysis,
  intervals: boolean,
): void {
  const p = analysis.predictions;
  const at = (values: Float64Array | null | undefined, c: number): number | null => {
    const v = values?.[c];
    return v === undefined || !Number.isFinite(v) ? null : v;
  };
  const atMoney = (values: Float64Array | null | undefined, c: number) => {
    const v = at(values, c);
    return v === null ? null : money(v);
  };
  const row = (c: number): Cell[] => {
    const score = analysis.rfm[c];
    const cells: Cell[] = [
      ids[c]!,
      full.frequency[c]!,
      full.recency[c]!,
      full.T[c]!,
      money(full.monetaryRepeatCents[c]!),
      money(full.monetaryAllCents[c]!),
      money(full.revenueCents[c]!),
      formatDay(full.firstPurchaseDay[c]!),
      formatDay(full.lastPurchaseDay[c]!),
      at(p?.pAlive, c),
      at(p?.expectedPurchases, c),
      atMoney(p?.expectedAvgSpendCents, c),
      atMoney(p?.clvCents, c),
      score?.recency ?? null,
      score?.frequencyScore ?? null,
      score?.monetaryScore ?? null,
      score?.segment ?? null,
    ];
    if (intervals) {
      cells.push(at(p?.pAliveLow, c), at(p?.pAliveHigh, c));
      cells.push(at(p?.expectedPurchasesLow, c), at(p?.expectedPurchasesHigh, c));
      cells.push(atMoney(p?.clvLowCents, c), atMoney(p?.clvHighCents, c));
    }
    return cells;
  };
  const text = (values: Float64Array | null | undefined, c: number): string => {
    const v = values?.[c];
    return v === undefined || !Number.isFinite(v) ? '' : String(v);
  };
  const moneyCell = (values: Float64Array | null | undefined, c: number): string => {
    const v = values?.[c];
    return v === undefined || !Number.isFinite(v) ? '' : amountText(v);
  };
  // recency and T take a few thousand values (days over the unit): each printed once.
  const printedSpans = new Map<number, string>();
  const spanText = (v: number) => {
    let t = printedSpans.get(v);
    if (t === undefined) {
      t = String(v);
      printedSpans.set(v, t);
    }
    return t;
  };
  /** The line of a customer whose id is plain: what {@link csvOfRows} writes for its row. */
  const plainLine = (c: number): string => {
    const score = analysis.rfm[c];
    const line =
      `${ids[c]},${full.frequency[c]},${spanText(full.recency[c]!)},${spanText(full.T[c]!)},` +
      `${amountText(full.monetaryRepeatCents[c]!)},${amountText(full.monetaryAllCents[c]!)},` +
      `${amountText(full.revenueCents[c]!)},${formatDay(full.firstPurchaseDay[c]!)},` +
      `${formatDay(full.lastPurchaseDay[c]!)},${text(p?.pAlive, c)},${text(p?.expectedPurchases, c)},` +
      `${moneyCell(p?.expectedAvgSpendCents, c)},${moneyCell(p?.clvCents, c)},` +
      (score
        ? `${score.recency},${score.frequencyScore},${score.monetaryScore},${score.segment}`
        : ',,,');
    if (!intervals) return `${line}\n`;
    return (
      `${line},${text(p?.pAliveLow, c)},${text(p?.pAliveHigh, c)},` +
      `${text(p?.expectedPurchasesLow, c)},${text(p?.expectedPurchasesHigh, c)},` +
      `${moneyCell(p?.clvLowCents, c)},${moneyCell(p?.clvHighCents, c)}\n`
    );
  };
  out.write(`${[...COLUMNS, ...(intervals ? INTERVAL_COLUMNS : [])].join(',')}\n`);
  let chunk = '';
  let lines = 0;
  for (const c of customersByValue(full, p?.clvCents ?? null)) {
    chunk += isPlain(ids[c]!) ? plainLine(c) : csvOfRows([row(c)]);
    if (++lines === LINES_PER_CHUNK) {
      out.write(chunk);
      chunk = '';
      lines = 0;
    }
  }
  if (lines > 0) out.write(chunk);
}

/**
 * `String(money(cents))` without printing a double: an amount has at most two decimals, so its
 * shortest round-trip text is its whole units and its cents, trailing zeros dropped. Amounts
 * beyond 10^13 units, where a double no longer holds every cent, go through `String`.
 *
 * @example amountText(123450) // '1234.5'
 */
export function amountText(cents: number): string {
  const n = Math.round(cents);
  if (!(Math.abs(n) < 1e15)) return String(n / 100);
  const a = Math.abs(n);
  const units = Math.floor(a / 100);
  const rest = a - units * 100;
  const sign = n < 0 ? '-' : '';
  if (rest === 0) return `${sign}${units}`;
  if (rest % 10 === 0) return `${sign}${units}.${rest / 10}`;
  return `${sign}${units}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Any rows: each cell quoted as RFC 4180 needs, text cells made harmless for a spreadsheet. */
export function csvOfRows(rows: readonly Cell[][]): string {
  const field = (cell: Cell) =>
    cell === null ? '' : typeof cell === 'number' ? String(cell) : quote(neutraliseText(cell), ',');
  return rows.map((cells) => `${cells.map(field).join(',')}\n`).join('');
}

/** Customers with a purchase day, highest CLV (in whole cents) first, then highest revenue. */
function customersByValue(full: CustomerSummary, clvCents: Float64Array | null): number[] {
  const order: number[] = [];
  for (let c = 0; c < full.customerCount; c++) if (full.purchaseDays[c]! > 0) order.push(c);
  const clv = new Float64Array(full.customerCount);
  if (clvCents)
    for (const c of order) clv[c] = Number.isFinite(clvCents[c]!) ? money(clvCents[c]!) : 0;
  return order.sort((a, b) => clv[b]! - clv[a]! || full.revenueCents[b]! - full.revenueCents[a]!);
}
