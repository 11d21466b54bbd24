import {
  type ColumnRole,
  headerRank,
  normalizeHeader,
  type TaxBasis,
  taxBasis,
} from './header-names.ts';
import { parseDateCell } from './parse-date.ts';
import { ReadError } from './read-error.ts';
import type { Cell } from './table.ts';

/** 0-based column index per role; `amount` or `price` (× `quantity` when present) is set. */
export interface ColumnChoice {
  hasHeader: boolean;
  /** Header texts (or "1", "2"… without a header), for messages and the report. */
  headers: string[];
  customer: number;
  date: number;
  amount: number | null;
  price: number | null;
  quantity: number | null;
  /** The receipt or invoice number, when the file has one. */
  invoice: number | null;
  /** What was sold on the line (article, product, description), when the file says. */
  item: number | null;
  /** Whether the amount (or price) column includes VAT, as its header says. */
  taxBasis: TaxBasis;
  /** Things the owner should know about how the columns were understood. */
  notices: ColumnNotice[];
}

/**
 * `amount-is-unit-price`: the column given as the amount is a unit price next to a quantity
 * column, so it is multiplied by the quantity rather than summed as it is.
 * `before-tax-amount`: only a before-tax (HT) amount was found.
 */
export type ColumnNotice = 'amount-is-unit-price' | 'before-tax-amount';

/** What the owner passed: a header name (any case/accents) or a 1-based column number. */
export type ColumnOverrides = Partial<Record<'customer' | 'date' | 'amount', string>>;

/**
 * Decides which columns hold the customer, the date and the amount, from `--customer/--date/
 * --amount` first, then from known French and English headers. A first row with a date in it is
 * data, not a header: such files need column numbers (`--customer 1 --date 3 --amount 5`).
 *
 * @example chooseColumns(['N° client', 'Date', 'Montant TTC'], {}).amount // 2
 */
export function chooseColumns(firstRow: readonly Cell[], overrides: ColumnOverrides): ColumnChoice {
  const hasHeader = !firstRow.some(
    (cell) =>
      typeof cell === 'number' || cell instanceof Date || parseDateCell(cell, 'dmy') !== null,
  );
  const headers = firstRow.map((cell, i) =>
    hasHeader ? String(cell ?? '').trim() : String(i + 1),
  );
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const pick = (role: ColumnRole): number | null => {
    const override =
      role === 'customer' || role === 'date' || role === 'amount' ? overrides[role] : undefined;
    if (override !== undefined) return columnOf(override, role, normalized, headers, hasHeader);
    if (!hasHeader) return null;
    let best: number | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    normalized.forEach((name, i) => {
      const rank = headerRank(name, role);
      if (rank < bestRank && !used.has(i)) [best, bestRank] = [i, rank];
    });
    return best;
  };
  const choose = (role: ColumnRole) => {
    const index = pick(role);
    if (index !== null) used.add(index);
    return index;
  };
  const customer = choose('customer');
  const date = choose('date');
  let amount = choose('amount');
  let price = amount === null ? choose('price') : null;
  const quantity = choose('quantity');
  const notices: ColumnNotice[] = [];
  // An amount given by hand that is in fact a unit price: summing prices would forget the
  // quantities, so it becomes price × quantity, and the report says so.
  if (amount !== null && quantity !== null && isUnitPrice(normalized[amount] ?? '')) {
    [price, amount] = [amount, null];
    notices.push('amount-is-unit-price');
  }
  const invoice = hasHeader ? choose('invoice') : null;
  const item = hasHeader ? choose('item') : null;
  if (!hasHeader && (customer === null || date === null || (amount === null && price === null))) {
    throw new ReadError('headerless-needs-indices', { columns: firstRow.length });
  }
  const missing = [
    ...(customer === null ? ['customer'] : []),
    ...(date === null ? ['date'] : []),
    ...(amount === null && price === null ? ['amount'] : []),
  ];
  if (missing.length > 0) throw new ReadError('columns-not-found', { missing, headers });
  const basis = hasHeader ? taxBasis(normalized[(amount ?? price)!] ?? '') : null;
  if (basis === 'ht') notices.push('before-tax-amount');
  return {
    hasHeader,
    headers,
    customer: customer!,
    date: date!,
    amount,
    price,
    quantity,
    invoice,
    item,
    taxBasis: basis,
    notices,
  };
}

/** A header that names a unit price and not a line total ("Prix unitaire", "UnitPrice"). */
export function isUnitPrice(normalized: string): boolean {
  return (
    headerRank(normalized, 'price') < Number.POSITIVE_INFINITY &&
    headerRank(normalized, 'amount') === Number.POSITIVE_INFINITY
  );
}

function columnOf(
  option: string,
  role: ColumnRole,
  normalized: string[],
  headers: string[],
  hasHeader: boolean,
): number {
  const byName = normalized.indexOf(normalizeHeader(option));
  if (hasHeader && byName >= 0) return byName;
  const number = Number(option);
  if (Number.isInteger(number) && number >= 1 && number <= headers.length) return number - 1;
  throw new ReadError('column-not-in-file', { option: role, value: option, headers });
}
