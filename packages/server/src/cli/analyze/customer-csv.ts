import type { CustomerSummary, CustomerValueAnalysis } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import { neutraliseText, quote } from '../../use-cases/exports/csv.ts';
import { CsvBytes } from './csv-bytes.ts';
import { money } from './key-figures.ts';

/** The delimiter's byte. */
const COMMA = 0x2c;

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
  const bytes = new CsvBytes(out);
  /** A figure as String prints it, an absent one as an empty cell, then the delimiter. */
  const figure = (values: Float64Array | null | undefined, c: number, last = false) => {
    const v = values?.[c];
    if (v !== undefined && Number.isFinite(v)) bytes.number(v);
    if (!last) bytes.byte(COMMA);
  };
  const amount = (values: Float64Array | null | undefined, c: number, last = false) => {
    const v = values?.[c];
    if (v !== undefined && Number.isFinite(v)) bytes.amount(v);
    if (!last) bytes.byte(COMMA);
  };
  // recency and T take a few thousand values (days over the unit): each printed once.
  const printedSpans = new Map<number, string>();
  const span = (v: number) => {
    let t = printedSpans.get(v);
    if (t === undefined) {
      t = String(v);
      printedSpans.set(v, t);
    }
    bytes.text(t);
    bytes.byte(COMMA);
  };
  /** The line of a customer whose id is plain: what {@link csvOfRows} writes for its row. */
  const plainLine = (c: number) => {
    bytes.text(ids[c]!);
    bytes.byte(COMMA);
    bytes.number(full.frequency[c]!);
    bytes.byte(COMMA);
    span(full.recency[c]!);
    span(full.T[c]!);
    bytes.amount(full.monetaryRepeatCents[c]!);
    bytes.byte(COMMA);
    bytes.amount(full.monetaryAllCents[c]!);
    bytes.byte(COMMA);
    bytes.amount(full.revenueCents[c]!);
    bytes.byte(COMMA);
    bytes.text(formatDay(full.firstPurchaseDay[c]!));
    bytes.byte(COMMA);
    bytes.text(formatDay(full.lastPurchaseDay[c]!));
    bytes.byte(COMMA);
    figure(p?.pAlive, c);
    figure(p?.expectedPurchases, c);
    amount(p?.expectedAvgSpendCents, c);
    amount(p?.clvCents, c);
    const score = analysis.rfm[c];
    if (score) {
      bytes.number(score.recency);
      bytes.byte(COMMA);
      bytes.number(score.frequencyScore);
      bytes.byte(COMMA);
      bytes.number(score.monetaryScore);
      bytes.byte(COMMA);
      bytes.text(score.segment);
    } else bytes.text(',,,');
    if (intervals) {
      bytes.byte(COMMA);
      figure(p?.pAliveLow, c);
      figure(p?.pAliveHigh, c);
      figure(p?.expectedPurchasesLow, c);
      figure(p?.expectedPurchasesHigh, c);
      amount(p?.clvLowCents, c);
      amount(p?.clvHighCents, c, true);
    }
    bytes.endLine();
  };
  bytes.text([...COLUMNS, ...(intervals ? INTERVAL_COLUMNS : [])].join(','));
  bytes.endLine();
  for (const c of customersByValue(full, p?.clvCents ?? null)) {
    if (isPlain(ids[c]!)) plainLine(c);
    else {
      bytes.text(csvOfRows([row(c)]).slice(0, -1)); // its line break is written by endLine
      bytes.endLine();
    }
  }
  bytes.flush();
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
