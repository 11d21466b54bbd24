import type { DayOrder } from './parse-date.ts';
import type { DecimalSeparator } from './parse-number.ts';
import type { Cell } from './table.ts';

const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/;
const UNAMBIGUOUS_DECIMAL = /\d([.,])\d{1,2}(?!\d)|\d[.,]\d{3}([.,])\d/;

/**
 * Day first or month first, from sample dates: a first number above 12 proves day first, a
 * second number above 12 proves month first. French files are day first, so that is the default
 * when nothing proves otherwise.
 *
 * @example inferDayOrder(['03/15/2024', '04/01/2024']) // 'mdy'
 */
export function inferDayOrder(sample: readonly Cell[]): DayOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of sample) {
    const match = typeof cell === 'string' ? DAY_MONTH.exec(cell.trim()) : null;
    if (!match) continue;
    if (+match[1]! > 12) dayFirst++;
    if (+match[2]! > 12) monthFirst++;
  }
  return monthFirst > dayFirst ? 'mdy' : 'dmy';
}

/**
 * The decimal separator of an amount column, from the values that show it unambiguously
 * ("12,50", "1.234,5"); used for the ambiguous ones ("1,234"). Comma by default (French).
 *
 * @example inferDecimalSeparator(['1,234', '12.50']) // '.'
 */
export function inferDecimalSeparator(sample: readonly Cell[]): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const cell of sample) {
    const match = typeof cell === 'string' ? UNAMBIGUOUS_DECIMAL.exec(cell) : null;
    const separator = match?.[1] ?? match?.[2];
    if (separator === ',') comma++;
    else if (separator === '.') dot++;
  }
  return dot > comma ? '.' : ',';
}

/** Cancellations and credit notes in a numbering of digits: "C536379", "AV-1042". */
const CANCELLATION = /^(?:C|AV)-?\d+$/i;
const DIGITS = /^\d+$/;

/**
 * Whether receipt numbers carry a cancellation prefix: when most numbers in the sample are plain
 * digits, a "C" or "AV" (avoir) before the digits marks a cancellation or a credit note (as in
 * the UCI Online Retail export and French tills). A numbering that is not plain digits ("F2024-
 * 001", "C0001" for every receipt) has no such prefix.
 *
 * @example inferCancellation(['536365', '536366', 'C536379'])?.test('C536380') // true
 */
export function inferCancellation(sample: readonly Cell[]): RegExp | null {
  let digits = 0;
  let other = 0;
  for (const cell of sample) {
    const text =
      typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
    if (text === '') continue;
    if (DIGITS.test(text)) digits++;
    else if (!CANCELLATION.test(text)) other++;
  }
  return digits > 0 && digits >= 2 * other ? CANCELLATION : null;
}
