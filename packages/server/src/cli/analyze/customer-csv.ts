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
 * An id that is its own CSV field and JSON string but for the quotes: no delimiter, quote,
 * backslash or control character, no formula start, and not the word the fast path removes.
 */
const PLAIN_ID = /^[\p{L}\p{N}_./ ][\p{L}\p{N}_./ -]*$/u;
const isPlain = (id: string) => PLAIN_ID.test(id) && !id.includes('null');

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
  out.write(`${[...COLUMNS, ...(intervals ? INTERVAL_COLUMNS : [])].join(',')}\n`);
  let rows: Cell[][] = [];
  let plain = true;
  for (const c of customersByValue(full, p?.clvCents ?? null)) {
    rows.push(row(c));
    plain &&= isPlain(ids[c]!);
    if (rows.length === LINES_PER_CHUNK) {
      out.write(plain ? csvOfPlainRows(rows) : csvOfRows(rows));
      rows = [];
      plain = true;
    }
  }
  if (rows.length > 0) out.write(plain ? csvOfPlainRows(rows) : csvOfRows(rows));
}

/** Any rows: each cell quoted as RFC 4180 needs, text cells made harmless for a spreadsheet. */
export function csvOfRows(rows: readonly Cell[][]): string {
  const field = (cell: Cell) =>
    cell === null ? '' : typeof cell === 'number' ? String(cell) : quote(neutraliseText(cell), ',');
  return rows.map((cells) => `${cells.map(field).join(',')}\n`).join('');
}

/**
 * Rows whose text cells are all plain (ids by {@link isPlain}, dates, segment names): the same
 * text as {@link csvOfRows}, from one `JSON.stringify` of the chunk, which prints numbers as
 * `String` does in a third less time; its quotes and nulls are then dropped.
 */
export function csvOfPlainRows(rows: readonly Cell[][]): string {
  const json = JSON.stringify(rows);
  return `${json.slice(2, -2).replaceAll('],[', '\n').replaceAll('null', '').replaceAll('"', '')}\n`;
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
